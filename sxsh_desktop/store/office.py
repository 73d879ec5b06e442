"""Reading and writing the office's records (``store/office_tables.py``) on a caller's transaction.

The services open one transaction per use case (``Store.transaction`` / ``Store.reading``) and call
these inside it, so that an activity and its participants, or a follow-up and its results, are
written together or not at all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, delete, insert, select, update

from sxsh_desktop.domain.model import SyncFields, utc_now
from sxsh_desktop.store.errors import NotFoundError
from sxsh_desktop.store.office_tables import OFFICE_TABLES, activity_file_blob
from sxsh_desktop.store.records import from_row, insert_rows, to_row

R = TypeVar("R", bound=SyncFields)

_SYNC = {f.name for f in dataclasses.fields(SyncFields)}


def _label(cls: type) -> str:
    return OFFICE_TABLES[cls].name.replace("_", " ")


def add(connection: Connection, records: Sequence[R], device_id: str) -> list[R]:
    """Insert new records, stamped as made now on ``device_id``; parents before children."""
    now = utc_now()
    stamped = [
        dataclasses.replace(record, created_at=now, updated_at=now, revision=1, device_id=device_id)
        for record in records
    ]
    by_class: dict[type[SyncFields], list[dict[str, Any]]] = {}
    for record in stamped:
        by_class.setdefault(type(record), []).append(to_row(record))
    for cls, rows in by_class.items():
        connection.execute(insert(OFFICE_TABLES[cls]), rows)
    return stamped


def get(connection: Connection, cls: type[R], record_id: str) -> R:
    table = OFFICE_TABLES[cls]
    row = connection.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if row is None:
        raise NotFoundError(f"No {_label(cls)} with id {record_id}.")
    return from_row(cls, row)


def find(connection: Connection, cls: type[R], *where: Any, order_by: Iterable[Any] = ()) -> list[R]:
    table = OFFICE_TABLES[cls]
    query = select(table).where(*where).order_by(*order_by, table.c.id)
    return [from_row(cls, row) for row in connection.execute(query).mappings()]


def change(connection: Connection, cls: type[R], record_id: str, device_id: str, **changes: Any) -> R:
    """Change some fields of a record; its revision goes up by one. Unchanged: nothing written."""
    bad = (set(changes) - {f.name for f in dataclasses.fields(cls)}) | (_SYNC & set(changes))
    if bad:
        raise ValueError(f"cannot change {sorted(bad)} of {cls.__name__}")
    current = get(connection, cls, record_id)
    if all(getattr(current, name) == value for name, value in changes.items()):
        return current
    changed = dataclasses.replace(
        current, **changes, updated_at=utc_now(), revision=current.revision + 1, device_id=device_id
    )
    table = OFFICE_TABLES[cls]
    connection.execute(update(table).where(table.c.id == record_id).values(to_row(changed)))
    return changed


def remove(connection: Connection, cls: type[SyncFields], *where: Any) -> int:
    """Delete the records of ``cls`` that match (their children go with them); how many."""
    table = OFFICE_TABLES[cls]
    return int(connection.execute(delete(table).where(*where)).rowcount or 0)


def table_of(cls: type[SyncFields]) -> Any:
    return OFFICE_TABLES[cls]


def put_file_data(connection: Connection, file_id: str, data: bytes) -> None:
    connection.execute(insert(activity_file_blob).values(file_id=file_id, data=data))


def file_data(connection: Connection, file_id: str) -> bytes:
    blob = activity_file_blob
    data = connection.execute(select(blob.c.data).where(blob.c.file_id == file_id)).scalar_one_or_none()
    if data is None:
        raise NotFoundError(f"No attached file with id {file_id}.")
    return bytes(data)


def add_rows(connection: Connection, rows: list[dict[str, Any]], cls: type[SyncFields]) -> None:
    """Insert many rows of ``cls`` already stamped (bulk loads: the sample, imports)."""
    insert_rows(connection, OFFICE_TABLES[cls], rows)
