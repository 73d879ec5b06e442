"""Who may change an assessment at the office: its owner, and the consultants it is shared with.

The installation whose package first brings an assessment owns it (``merge.apply`` records it).
The office may share an assessment with another registered consultant who continues the work: the
assessment as the office holds it then becomes that consultant's common base, so that their later
packages merge record by record like the owner's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select

from sxsh_desktop.domain.model import utc_now
from sxsh_desktop.store import schema
from sxsh_desktop.store.errors import NotFoundError
from sxsh_desktop.store.repository import Store, load_document, records_of
from sxsh_desktop.sync.content import content_hash
from sxsh_desktop.sync.errors import SyncError
from sxsh_desktop.sync.keys import ROLE_CENTRE, TrustedKey

_ENTITY_OF = {cls: entity for entity, (cls, _) in schema.RECORD_TABLES.items()}


@dataclass(frozen=True)
class AssessmentWriter:
    device_id: str
    role: str  # "owner" or "shared"
    since: datetime


def assessment_writers(store: Store, assessment_id: str) -> list[AssessmentWriter]:
    """The installations that may change an assessment (none: it belongs to the office)."""
    table = schema.sync_assessment_owner
    with store.reading() as connection:
        rows = connection.execute(
            select(table.c.device_id, table.c.role, table.c.since)
            .where(table.c.assessment_id == assessment_id)
            .order_by(table.c.since, table.c.device_id)
        ).all()
    return [AssessmentWriter(*row) for row in rows]


def share_assessment(store: Store, assessment_id: str, consultant: TrustedKey) -> None:
    """Let ``consultant`` change an assessment from the version the office holds now, in one transaction."""
    if consultant.public.role == ROLE_CENTRE or consultant.revoked:
        raise SyncError(
            f"{consultant.public.name}'s key is not a registered consultant's key in use; the assessment "
            "was not shared.",
            reason="not_a_consultant",
            name=consultant.public.name,
        )
    device_id = consultant.public.device_id
    owners, states = schema.sync_assessment_owner, schema.sync_record_state
    with store.transaction() as connection:
        try:
            document = load_document(connection, assessment_id)
        except NotFoundError as exc:
            raise SyncError(
                f"No assessment with id {assessment_id}. Nothing was changed.",
                reason="not_found",
                assessment_id=assessment_id,
            ) from exc
        records = list(records_of([document]))
        ids = [record.id for record in records]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            connection.execute(
                delete(states).where(states.c.device_id == device_id, states.c.record_id.in_(chunk))
            )
        connection.execute(
            insert(states),
            [
                {
                    "record_id": record.id,
                    "device_id": device_id,
                    "entity": _ENTITY_OF[type(record)],
                    "revision": record.revision,
                    "content_hash": content_hash(record),
                }
                for record in records
            ],
        )
        known = connection.execute(
            select(owners.c.device_id).where(
                owners.c.assessment_id == assessment_id, owners.c.device_id == device_id
            )
        ).first()
        if known is None:
            connection.execute(
                insert(owners).values(
                    assessment_id=assessment_id, device_id=device_id, role="shared", since=utc_now()
                )
            )
