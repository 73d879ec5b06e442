"""Activities: awareness events, trainings, study tours, demonstrations, with their participants and
attached files (``sxsh activity add/list``, the activity screen). The import from an attendance
spreadsheet is in ``services/attendance_import.py``.

An activity is written with its participants and files in one transaction; a participant naming an
enterprise that is not in the registry is refused before anything is written.
"""

from __future__ import annotations

import dataclasses
import hashlib
import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from sxsh_desktop.domain.model import Enterprise
from sxsh_desktop.domain.office import (
    TASK_CODES,
    Activity,
    ActivityFile,
    ActivityParticipant,
    ActivityType,
    Period,
    Zone,
)
from sxsh_desktop.errors import KnownProblem, ValidationError
from sxsh_desktop.services.changes import Changes, Outcome
from sxsh_desktop.services.locks import refuse_if_locked
from sxsh_desktop.store import office, schema
from sxsh_desktop.store.chunks import chunked
from sxsh_desktop.store.office_tables import activity, activity_file, activity_participant

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from sxsh_desktop.store.repository import Store

MAX_FILE_BYTES = 20 * 1024 * 1024  # an attendance list or a photo
MAX_FILES = 50
MAX_PARTICIPANTS = 5000
MAX_COST_VND = 1e13
_TEXTS = ("title", "commune", "organiser", "funding_source", "notes")


class UnknownEnterpriseError(KnownProblem):
    code = "unknown_enterprise"


@dataclass(frozen=True)
class AttachedFile:
    """A file to attach: its name and bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class ActivitySummary:
    activity: Activity
    participants: int
    enterprises: int
    files: int


def check_activity(activity_record: Activity) -> Activity:
    """The activity with its texts trimmed, or the first problem (ValidationError naming the field)."""
    texts: dict[str, Any] = {name: " ".join(getattr(activity_record, name).split()) for name in _TEXTS}
    checked = dataclasses.replace(activity_record, **texts, task_code=activity_record.task_code.strip())
    if checked.task_code not in TASK_CODES:
        raise ValidationError(
            f"Task code {checked.task_code!r} is not one of the plan's ({', '.join(TASK_CODES)}).",
            field="task_code",
        )
    if checked.kind not in {k.value for k in ActivityType}:
        kinds = ", ".join(k.value for k in ActivityType)
        raise ValidationError(f"Activity type {checked.kind!r} is not one of {kinds}.", field="kind")
    if checked.held_on is None:
        raise ValidationError("An activity needs the date it was held.", field="held_on")
    if checked.held_on > date.today():
        raise ValidationError(f"The date {checked.held_on:%d/%m/%Y} is in the future.", field="held_on")
    if not checked.title:
        raise ValidationError("An activity needs a title.", field="title")
    if checked.cost_vnd is not None and not (0 <= checked.cost_vnd <= MAX_COST_VND):
        raise ValidationError("The cost is a number of VND from 0 to 10¹³.", field="cost_vnd")
    return checked


def _check_participants(connection: Connection, participants: Sequence[ActivityParticipant]) -> None:
    if len(participants) > MAX_PARTICIPANTS:
        raise ValidationError(f"At most {MAX_PARTICIPANTS} participants per activity.", field="participants")
    wanted = sorted({p.enterprise_id for p in participants if p.enterprise_id})
    found: set[str] = set()
    for chunk in chunked(wanted):
        found.update(
            connection.execute(
                select(schema.enterprise.c.id).where(schema.enterprise.c.id.in_(chunk))
            ).scalars()
        )
    for number, participant in enumerate(participants, 1):
        if participant.enterprise_id and participant.enterprise_id not in found:
            raise UnknownEnterpriseError(
                f"Participant {number}: no enterprise with id {participant.enterprise_id} in the registry; "
                "nothing was saved.",
                field="participants",
            )
        if not participant.enterprise_id and not participant.person_name.strip():
            raise ValidationError(
                f"Participant {number} needs an enterprise of the registry or a person's name.",
                field="participants",
            )


def _file_records(activity_id: str, files: Sequence[AttachedFile]) -> list[tuple[ActivityFile, bytes]]:
    if len(files) > MAX_FILES:
        raise ValidationError(f"At most {MAX_FILES} files per activity.", field="files")
    records = []
    for f in files:
        name = f.name.strip().replace("\\", "/").rsplit("/", 1)[-1]
        if not name:
            raise ValidationError("An attached file needs a name.", field="files")
        if len(f.data) > MAX_FILE_BYTES:
            raise ValidationError(
                f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; attach a smaller copy.",
                field="files",
            )
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        record = ActivityFile(
            activity_id=activity_id,
            name=name,
            mime_type=mime,
            size_bytes=len(f.data),
            sha256=hashlib.sha256(f.data).hexdigest(),
        )
        records.append((record, f.data))
    return records


def add_activity(
    store: Store,
    activity_record: Activity,
    participants: Sequence[ActivityParticipant] = (),
    files: Sequence[AttachedFile] = (),
) -> Outcome[Activity]:
    """Record an activity with its participants and files, all together or not at all."""
    checked = check_activity(activity_record)
    if checked.zone_id:
        _zone_exists(store, checked.zone_id)
    people = [dataclasses.replace(p, activity_id=checked.id) for p in participants]
    attached = _file_records(checked.id, files)
    device_id = store.device_id
    with store.transaction() as connection:
        refuse_if_locked(connection, checked.held_on, what="An activity")
        _check_participants(connection, people)
        (added,) = office.add(connection, [checked], device_id)
        if people:
            office.add(connection, people, device_id)
        for record, data in attached:
            office.add(connection, [record], device_id)
            office.put_file_data(connection, record.id, data)
    return Outcome(added, Changes.of(["activity", "activity_participant"], [added.id]))


def _zone_exists(store: Store, zone_id: str) -> None:
    with store.reading() as connection:
        office.get(connection, Zone, zone_id)


def edit_activity(
    store: Store,
    activity_id: str,
    edited: Activity,
    participants: Sequence[ActivityParticipant] | None = None,
) -> Outcome[Activity]:
    """Change an activity's fields; with ``participants``, replace its list of participants too."""
    checked = check_activity(dataclasses.replace(edited, id=activity_id))
    if checked.zone_id:
        _zone_exists(store, checked.zone_id)
    sync = {"id", "created_at", "updated_at", "revision", "device_id"}
    changes = {f.name: getattr(checked, f.name) for f in dataclasses.fields(Activity) if f.name not in sync}
    device_id = store.device_id
    with store.transaction() as connection:
        before = office.get(connection, Activity, activity_id)
        refuse_if_locked(connection, before.held_on, checked.held_on, what="The activity")
        saved = office.change(connection, Activity, activity_id, device_id, **changes)
        if participants is not None:
            people = [dataclasses.replace(p, activity_id=activity_id) for p in participants]
            _check_participants(connection, people)
            office.remove(connection, ActivityParticipant, activity_participant.c.activity_id == activity_id)
            if people:
                office.add(connection, people, device_id)
    return Outcome(saved, Changes.of(["activity", "activity_participant"], [activity_id]))


def delete_activity(store: Store, activity_id: str) -> Outcome[None]:
    """Remove an activity with its participants and files."""
    with store.transaction() as connection:
        before = office.get(connection, Activity, activity_id)
        refuse_if_locked(connection, before.held_on, what="The activity")
        office.remove(connection, Activity, activity.c.id == activity_id)
    return Outcome(None, Changes.of(["activity", "activity_participant"], [activity_id]))


def get_activity(
    store: Store, activity_id: str
) -> tuple[Activity, list[ActivityParticipant], list[ActivityFile]]:
    with store.reading() as connection:
        record = office.get(connection, Activity, activity_id)
        people = office.find(
            connection,
            ActivityParticipant,
            activity_participant.c.activity_id == activity_id,
            order_by=[activity_participant.c.created_at],
        )
        files = office.find(connection, ActivityFile, activity_file.c.activity_id == activity_id)
    return record, people, files


def attached_file_data(store: Store, file_id: str) -> bytes:
    with store.reading() as connection:
        return office.file_data(connection, file_id)


def list_activities(
    store: Store,
    period: Period | None = None,
    *,
    task_code: str | None = None,
    enterprise_id: str | None = None,
) -> list[ActivitySummary]:
    """Activities, newest first, with their numbers of participants, enterprises and files."""
    where: list[Any] = []
    if period is not None:
        where += [activity.c.held_on >= period.start, activity.c.held_on <= period.end]
    if task_code is not None:
        where.append(activity.c.task_code == task_code)
    if enterprise_id is not None:
        attended = select(activity_participant.c.activity_id).where(
            activity_participant.c.enterprise_id == enterprise_id
        )
        where.append(activity.c.id.in_(attended))
    p, f = activity_participant, activity_file
    with store.reading() as connection:
        records = office.find(connection, Activity, *where, order_by=[activity.c.held_on.desc()])
        counts = {
            row.activity_id: (row.people, row.enterprises)
            for row in connection.execute(
                select(
                    p.c.activity_id,
                    func.count().label("people"),
                    func.count(func.distinct(p.c.enterprise_id)).label("enterprises"),
                ).group_by(p.c.activity_id)
            )
        }
        files: dict[str, int] = {
            row.activity_id: row.n
            for row in connection.execute(
                select(f.c.activity_id, func.count().label("n")).group_by(f.c.activity_id)
            )
        }
    return [
        ActivitySummary(r, counts.get(r.id, (0, 0))[0], counts.get(r.id, (0, 0))[1], files.get(r.id, 0))
        for r in records
    ]


def participant_for(store: Store, enterprise_id: str, **fields: Any) -> ActivityParticipant:
    """A participant for an enterprise of the registry (NotFoundError for an unknown id)."""
    store.get(Enterprise, enterprise_id)
    return ActivityParticipant(enterprise_id=enterprise_id, **fields)
