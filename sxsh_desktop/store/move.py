"""Moving an office from its SQLite file to a PostgreSQL database, completely.

Every table of the schema is copied row for row in one transaction on the new database (which
must be empty: freshly created and migrated), in the order that foreign keys need; the registry's
search index is then built there. The SQLite file is only read (after being migrated to this
version, with its backup, as any opening does).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text

from sxsh_desktop.domain import model
from sxsh_desktop.store import roles, schema, search
from sxsh_desktop.store.db import Database
from sxsh_desktop.store.errors import StoreError
from sxsh_desktop.store.records import from_row

_BATCH = 2000


class TargetNotEmptyError(StoreError):
    code = "move_target_not_empty"

    def __init__(self, where: str, table: str) -> None:
        super().__init__(
            f"The database {where} already holds data (table {table}): an office is moved only into a new, "
            "empty database. Nothing was copied."
        )


@dataclass(frozen=True)
class Moved:
    rows: dict[str, int]  # table → rows copied
    target: str


def tables() -> list[Table]:
    """Every table of the schema, parents before children."""
    return list(schema.metadata.sorted_tables)


def _batches(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    result = connection.execute(select(table).execution_options(stream_results=True))
    for partition in result.mappings().partitions(_BATCH):
        yield [dict(row) for row in partition]


def move_to_postgres(source: Path, target_url: str, *, owner: str | None = None) -> Moved:
    """Copy the office database ``source`` (an SQLite file) into the empty PostgreSQL database at
    ``target_url`` (created and migrated here if it has no schema yet). ``owner``: the member of
    staff the moved assessments belong to (default: the login that runs the move)."""
    if not Path(source).is_file():
        raise StoreError(f"There is no database file {source}.")
    origin = Database.open(source)
    try:
        target = Database.open(target_url)
        try:
            if not target.is_postgres:
                raise StoreError(f"{target.location} is not a PostgreSQL database.")
            return _copy(origin, target, owner)
        finally:
            target.close()
    finally:
        origin.close()


def _copy(origin: Database, target: Database, owner: str | None) -> Moved:
    copied: dict[str, int] = {}
    with origin.read() as reading, target.begin() as writing:
        for table in tables():
            if writing.execute(select(func.count()).select_from(table)).scalar_one():
                raise TargetNotEmptyError(target.location, table.name)
        for table in tables():
            count = 0
            for rows in _batches(reading, table):
                writing.execute(insert(table), rows)
                count += len(rows)
            copied[table.name] = count
        enterprises = schema.enterprise
        for rows in _batches(writing, enterprises):
            search.index_enterprises(writing, [from_row(model.Enterprise, row) for row in rows])
        if owner is not None:
            writing.execute(text(f"UPDATE assessment SET {roles.OWNER_COLUMN} = :owner"), {"owner": owner})
    return Moved(copied, target.location)
