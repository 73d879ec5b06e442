"""Moving domain records in and out of table rows (field names are column names)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, select

T = TypeVar("T")


def to_row(record: Any) -> dict[str, Any]:
    """Column values of a record; tuples (reference code lists) become JSON text."""
    row = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        row[f.name] = json.dumps(list(value), ensure_ascii=False) if isinstance(value, tuple) else value
    return row


def from_row(cls: type[T], row: Mapping[str, Any]) -> T:
    """A record from a row; JSON lists in text columns of tuple fields come back as tuples."""
    values = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        value = row[f.name]
        if isinstance(value, str) and "tuple" in str(f.type):
            value = tuple(json.loads(value or "[]"))
        values[f.name] = value
    return cls(**values)


def fetch(connection: Connection, cls: type[T], table: Table, *where: Any, order_by: Any = None) -> list[T]:
    query = select(table).where(*where)
    if order_by is not None:
        query = query.order_by(order_by)
    return [from_row(cls, row) for row in connection.execute(query).mappings()]


def fetch_one(connection: Connection, cls: type[T], table: Table, record_id: str) -> T | None:
    row = connection.execute(select(table).where(table.c.id == record_id)).mappings().first()
    return from_row(cls, row) if row is not None else None
