"""Export: chosen assessments (or everything changed since the last export) into one package file."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, func, insert, or_, select
from sqlalchemy.exc import IntegrityError

from sxsh_desktop.atomic import write_atomically
from sxsh_desktop.domain.model import AssessmentDocument, utc_now
from sxsh_desktop.interchange import jsonformat
from sxsh_desktop.store import schema
from sxsh_desktop.store.chunks import chunked
from sxsh_desktop.store.repository import Store, load_document, records_of
from sxsh_desktop.sync import keys, package, payload
from sxsh_desktop.sync.errors import SyncError
from sxsh_desktop.sync.manifest import Manifest, sha256_hex
from sxsh_desktop.sync.payload import Tombstone


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: str
    sequence: int
    created_at: datetime
    assessment_ids: tuple[str, ...]
    record_count: int
    photo_count: int
    tombstone_count: int


@dataclass(frozen=True)
class ExportRecord:
    """One line of the export history."""

    package_id: str
    sequence: int
    created_at: datetime
    file_name: str
    assessment_count: int
    record_count: int
    photo_count: int


def last_export_time(connection: Connection) -> datetime | None:
    return connection.execute(select(func.max(schema.sync_export.c.created_at))).scalar_one_or_none()


def changed_assessment_ids(connection: Connection, since: datetime | None) -> list[str]:
    """Assessments with any record changed at or after ``since`` (all of them when ``since`` is None)."""
    assessment = schema.assessment
    if since is None:
        return list(connection.execute(select(assessment.c.id).order_by(assessment.c.id)).scalars())
    changed: set[str] = set()
    changed.update(
        connection.execute(select(assessment.c.id).where(assessment.c.updated_at >= since)).scalars()
    )
    enterprise = schema.enterprise
    changed.update(
        connection.execute(
            select(assessment.c.id)
            .join(enterprise, enterprise.c.id == assessment.c.enterprise_id)
            .where(enterprise.c.updated_at >= since)
        ).scalars()
    )
    for collection, table_name in schema.COLLECTION_TABLES.items():
        table = schema.RECORD_TABLES[table_name][1]
        if "assessment_id" in table.c:
            query = select(table.c.assessment_id).where(table.c.updated_at >= since)
        else:  # flows, causes, savings: through their parent
            parent_column, parent = {
                "flows": ("step_id", schema.process_step),
                "causes": ("waste_stream_id", schema.waste_stream),
                "savings": ("solution_id", schema.solution),
            }[collection]
            query = (
                select(parent.c.assessment_id)
                .join(table, table.c[parent_column] == parent.c.id)
                .where(table.c.updated_at >= since)
            )
        changed.update(connection.execute(query).scalars())
    return sorted(changed)


def _tombstones(
    connection: Connection, assessment_ids: Sequence[str], since: datetime | None
) -> list[Tombstone]:
    table = schema.tombstone
    if since is None:
        query = select(table).where(table.c.assessment_id.in_(assessment_ids))
    else:
        query = select(table).where(
            or_(table.c.deleted_at >= since, table.c.assessment_id.in_(assessment_ids))
        )
    rows = connection.execute(query.order_by(table.c.deleted_at, table.c.record_id)).all()
    return [Tombstone(r.record_id, r.entity, r.assessment_id, r.deleted_at, r.device_id) for r in rows]


def export_package(
    store: Store,
    path: Path,
    assessment_ids: Sequence[str] | None = None,
    *,
    signer: keys.KeyPair | None = None,
) -> ExportResult:
    """Write a package of ``assessment_ids`` (default: everything changed since the last export),
    signed by ``signer`` (default: this installation's device key, unlocked without asking).

    The file appears complete or not at all, and the export is recorded in the history only with it.
    """
    path = Path(path)
    sender = signer if signer is not None else keys.device_keys(store)
    centre = keys.centre_recipient_key(store)
    # Taken before the snapshot is read: an edit made while the package is built goes in the next one.
    created_at = utc_now()
    with store.transaction() as connection:
        since = None if assessment_ids is not None else last_export_time(connection)
        chosen = list(dict.fromkeys(assessment_ids)) if assessment_ids is not None else None
        if chosen is None:
            chosen = changed_assessment_ids(connection, since)
        documents = [load_document(connection, assessment_id) for assessment_id in chosen]
        photos = _photo_bytes(connection, documents)
        tombstones = _tombstones(connection, chosen, since)
    if not documents and not tombstones:
        if assessment_ids is not None:
            raise SyncError("No assessment was chosen for export.", reason="nothing_chosen")
        if since is None:
            raise SyncError("There is no assessment to export yet.", reason="nothing_to_export")
        raise SyncError(
            f"Nothing has changed since the last export ({since:%d/%m/%Y %H:%M} UTC).",
            reason="nothing_changed",
            date=f"{since:%d/%m/%Y %H:%M} UTC",
        )
    package_id = str(uuid.uuid4())
    entries = payload.encode(documents, photos, tombstones)
    record_count = sum(1 for _ in records_of(documents))
    with store.transaction() as connection:
        sequence = (connection.execute(select(func.max(schema.sync_export.c.sequence))).scalar_one() or 0) + 1
        manifest = Manifest(
            package_id=package_id,
            sender=sender.public,
            sequence=sequence,
            created_at=created_at,
            interchange_version=jsonformat.FORMAT_VERSION,
            entries={name: sha256_hex(data) for name, data in entries.items()},
        )
        sealed = package.seal(manifest, entries, sender, [centre.recipient(), sender.public.recipient()])
        try:
            connection.execute(
                insert(schema.sync_export).values(
                    package_id=package_id,
                    sequence=sequence,
                    created_at=created_at,
                    file_name=path.name,
                    assessment_count=len(documents),
                    record_count=record_count,
                    photo_count=len(photos),
                )
            )
        except IntegrityError as exc:
            raise SyncError("Another export ran at the same time; try again.", reason="busy") from exc
        if documents:
            connection.execute(
                insert(schema.sync_export_assessment),
                [{"package_id": package_id, "assessment_id": d.assessment.id} for d in documents],
            )
        write_atomically(path, sealed)
    return ExportResult(
        path=path,
        package_id=package_id,
        sequence=sequence,
        created_at=created_at,
        assessment_ids=tuple(d.assessment.id for d in documents),
        record_count=record_count,
        photo_count=len(photos),
        tombstone_count=len(tombstones),
    )


def _photo_bytes(connection: Connection, documents: list[AssessmentDocument]) -> dict[str, bytes]:
    blobs = schema.photo_blob
    wanted = [photo.id for document in documents for photo in document.photos]
    found: dict[str, bytes] = {}
    for chunk in chunked(wanted):
        query = select(blobs.c.photo_id, blobs.c.data).where(blobs.c.photo_id.in_(chunk))
        for photo_id, data in connection.execute(query):
            found[photo_id] = data
    if missing := [photo_id for photo_id in wanted if photo_id not in found]:
        raise SyncError(
            f"The bytes of photo {missing[0]} are missing from the database; it cannot be exported.",
            reason="photo_missing",
        )
    return found


@dataclass(frozen=True)
class ExportChoice:
    """An assessment that can be exported, and whether it changed since the last export."""

    assessment_id: str
    title: str
    enterprise_name: str
    updated_at: datetime
    changed: bool


def export_choices(store: Store) -> list[ExportChoice]:
    """Every assessment, by enterprise and title; ``changed`` marks what the next export should send."""
    assessment, enterprise = schema.assessment, schema.enterprise
    query = (
        select(assessment.c.id, assessment.c.title, enterprise.c.name, assessment.c.updated_at)
        .join(enterprise, enterprise.c.id == assessment.c.enterprise_id)
        .order_by(enterprise.c.name, assessment.c.title, assessment.c.id)
    )
    with store.reading() as connection:
        changed = set(changed_assessment_ids(connection, last_export_time(connection)))
        rows = connection.execute(query).all()
    return [ExportChoice(r.id, r.title, r.name, r.updated_at, r.id in changed) for r in rows]


def export_history(store: Store, assessment_id: str | None = None) -> list[ExportRecord]:
    """The packages written here, newest first; only those holding ``assessment_id`` if given."""
    table = schema.sync_export
    query = select(table).order_by(table.c.sequence.desc())
    if assessment_id is not None:
        held = schema.sync_export_assessment
        query = query.join(held, held.c.package_id == table.c.package_id).where(
            held.c.assessment_id == assessment_id
        )
    with store.reading() as connection:
        rows = connection.execute(query).all()
    return [
        ExportRecord(
            r.package_id,
            r.sequence,
            r.created_at,
            r.file_name,
            r.assessment_count,
            r.record_count,
            r.photo_count,
        )
        for r in rows
    ]
