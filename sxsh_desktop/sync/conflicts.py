"""Conflicts kept for review: both versions side by side, resolved by choosing one."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from sxsh_desktop.domain.model import SyncFields, utc_now
from sxsh_desktop.store import schema
from sxsh_desktop.store.records import to_row
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync.content import record_from_values, record_values
from sxsh_desktop.sync.errors import ConflictNotFoundError, SyncError
from sxsh_desktop.sync.merge import record_owner, write_photo_blobs

Keep = Literal["office", "incoming"]
_STAMPS = {"created_at", "updated_at", "revision", "device_id"}


@dataclass(frozen=True)
class Conflict:
    id: str
    record_id: str
    entity: str
    assessment_id: str | None
    sender_name: str
    sender_device_id: str
    package_id: str
    detected_at: datetime
    reason: str
    office: SyncFields | None  # None: deleted at the office
    incoming: SyncFields | None  # None: deleted by the sender
    resolved_at: datetime | None
    resolution: str | None

    def differences(self) -> list[tuple[str, Any, Any]]:
        """(field, office value, incoming value) for each field that differs, sync stamps left out."""
        office = record_values(self.office) if self.office is not None else {}
        incoming = record_values(self.incoming) if self.incoming is not None else {}
        names = [n for n in (office or incoming) if n not in _STAMPS]
        return [(n, office.get(n), incoming.get(n)) for n in names if office.get(n) != incoming.get(n)]


def _version(entity: str, text: str | None) -> SyncFields | None:
    if text is None:
        return None
    cls = schema.RECORD_TABLES[entity][0]
    return record_from_values(cls, json.loads(text))


def _from_row(row: Any) -> Conflict:
    return Conflict(
        id=row.id,
        record_id=row.record_id,
        entity=row.entity,
        assessment_id=row.assessment_id,
        sender_name=row.sender_name,
        sender_device_id=row.sender_device_id,
        package_id=row.package_id,
        detected_at=row.detected_at,
        reason=row.reason,
        office=_version(row.entity, row.office_version),
        incoming=_version(row.entity, row.incoming_version),
        resolved_at=row.resolved_at,
        resolution=row.resolution,
    )


def conflicts(store: Store, *, include_resolved: bool = False) -> list[Conflict]:
    table = schema.sync_conflict
    query = select(table).order_by(table.c.detected_at, table.c.entity, table.c.record_id)
    if not include_resolved:
        query = query.where(table.c.resolved_at.is_(None))
    with store.reading() as connection:
        return [_from_row(row) for row in connection.execute(query).all()]


def _current(connection: Connection, entity: str, record_id: str) -> bool:
    table = schema.RECORD_TABLES[entity][1]
    return connection.execute(select(table.c.id).where(table.c.id == record_id)).first() is not None


def _has_owner(connection: Connection, assessment_id: str) -> bool:
    table = schema.sync_assessment_owner
    query = select(table.c.device_id).where(table.c.assessment_id == assessment_id)
    return connection.execute(query).first() is not None


def resolve_conflict(store: Store, conflict_id: str, keep: Keep) -> Conflict:
    """Keep the office's version (nothing changes) or take the incoming one, in one transaction."""
    if keep not in ("office", "incoming"):
        raise SyncError(f"Choose 'office' or 'incoming', not {keep!r}.", reason="bad_choice")
    table = schema.sync_conflict
    with store.transaction() as connection:
        row = connection.execute(select(table).where(table.c.id == conflict_id)).first()
        if row is None:
            raise ConflictNotFoundError(f"No conflict with id {conflict_id}.")
        conflict = _from_row(row)
        if conflict.resolved_at is not None:
            raise SyncError(
                f"This conflict was already resolved on {conflict.resolved_at:%d/%m/%Y}.",
                reason="already_resolved",
                date=f"{conflict.resolved_at:%d/%m/%Y}",
            )
        if keep == "incoming":
            try:
                _take_incoming(store, connection, conflict, row.incoming_photo)
            except IntegrityError as exc:
                raise SyncError(
                    f"The incoming version of this {conflict.entity.replace('_', ' ')} belongs to a record "
                    "the office deleted; resolve that record's conflict first.",
                    reason="parent_deleted",
                ) from exc
        now = utc_now()
        connection.execute(
            update(table).where(table.c.id == conflict_id).values(resolved_at=now, resolution=keep)
        )
    return dataclasses.replace(conflict, resolved_at=now, resolution=keep)


def _take_incoming(store: Store, connection: Connection, conflict: Conflict, photo: bytes | None) -> None:
    cls_table = schema.RECORD_TABLES[conflict.entity][1]
    if conflict.incoming is None:  # the sender deleted it
        store.remove_record(
            connection,
            conflict.entity,
            conflict.record_id,
            assessment_id=conflict.assessment_id,
            device_id=conflict.sender_device_id,
        )
        return
    row = to_row(conflict.incoming)
    if _current(connection, conflict.entity, conflict.record_id):
        connection.execute(update(cls_table).where(cls_table.c.id == conflict.record_id).values(row))
    else:
        connection.execute(insert(cls_table).values(row))
        connection.execute(delete(schema.tombstone).where(schema.tombstone.c.record_id == conflict.record_id))
        if conflict.entity == "assessment" and not _has_owner(connection, conflict.record_id):
            record_owner(connection, [conflict.record_id], conflict.sender_device_id)
    if photo is not None:
        write_photo_blobs(connection, {conflict.record_id: photo})
    store.index_written(connection, [conflict.incoming])
