"""The import log: who sent which package, when it was imported, what it changed, what is missing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from sxsh_desktop.store import schema
from sxsh_desktop.store.repository import Store


@dataclass(frozen=True)
class ImportRecord:
    package_id: str
    sender_name: str
    sender_key_id: str
    sender_device_id: str
    sequence: int
    created_at: datetime
    imported_at: datetime
    imported_by: str
    file_name: str
    counts: dict[str, int]
    missing_sequences: tuple[int, ...]


def previous_import(connection: Connection, package_id: str) -> ImportRecord | None:
    table = schema.sync_import
    row = connection.execute(select(table).where(table.c.package_id == package_id)).first()
    return _from_row(row) if row is not None else None


def missing_sequences(connection: Connection, device_id: str, sequence: int) -> tuple[int, ...]:
    """Sequence numbers of ``device_id`` never received, counting ``sequence`` as received now."""
    table = schema.sync_import
    received = set(
        connection.execute(select(table.c.sequence).where(table.c.sender_device_id == device_id)).scalars()
    )
    received.add(sequence)
    return tuple(n for n in range(1, max(received) + 1) if n not in received)


def log_import(connection: Connection, record: ImportRecord) -> None:
    connection.execute(
        insert(schema.sync_import).values(
            package_id=record.package_id,
            sender_key_id=record.sender_key_id,
            sender_device_id=record.sender_device_id,
            sender_name=record.sender_name,
            sequence=record.sequence,
            created_at=record.created_at,
            imported_at=record.imported_at,
            imported_by=record.imported_by,
            file_name=record.file_name,
            new_count=record.counts.get("new", 0),
            updated_count=record.counts.get("updated", 0),
            unchanged_count=record.counts.get("unchanged", 0),
            deleted_count=record.counts.get("deleted", 0),
            conflict_count=record.counts.get("conflict", 0),
            missing_sequences=json.dumps(list(record.missing_sequences)),
        )
    )


def import_log(store: Store) -> list[ImportRecord]:
    """Every imported package, most recent first."""
    table = schema.sync_import
    with store.transaction() as connection:
        rows = connection.execute(select(table).order_by(table.c.imported_at.desc())).all()
    return [_from_row(row) for row in rows]


def _from_row(r: Any) -> ImportRecord:
    return ImportRecord(
        package_id=r.package_id,
        sender_name=r.sender_name,
        sender_key_id=r.sender_key_id,
        sender_device_id=r.sender_device_id,
        sequence=r.sequence,
        created_at=r.created_at,
        imported_at=r.imported_at,
        imported_by=r.imported_by,
        file_name=r.file_name,
        counts={
            "new": r.new_count,
            "updated": r.updated_count,
            "unchanged": r.unchanged_count,
            "deleted": r.deleted_count,
            "conflict": r.conflict_count,
        },
        missing_sequences=tuple(json.loads(r.missing_sequences)),
    )
