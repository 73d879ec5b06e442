"""What every command shares: opening the store chosen by ``--db`` and printing results."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.paths import database_location

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store


class CommandError(KnownProblem):
    """Bad command-line input."""

    code = "bad_argument"


def database_path(args: argparse.Namespace) -> Path | str:
    """The database of ``--db`` (or ``SXSH_DB``, or the default file): a path or a PostgreSQL URL."""
    return database_location(args.db)


def open_store(args: argparse.Namespace) -> Store:
    """The store of ``--db``, migrated, with the shipped reference data installed if it has none."""
    from sxsh_desktop.store.repository import Store
    from sxsh_desktop.store.setup import ensure_reference

    store = Store.open(database_path(args), backup=not getattr(args, "no_backup", False))
    database = store.database
    if database.backup_path is not None:
        print(
            f"Database updated to this version; the previous one was kept as {database.backup_path}",
            file=sys.stderr,
        )
    if database.read_only:
        print(
            f"The database {database.location} is read-only: it can be read, changes cannot be saved.",
            file=sys.stderr,
        )
    ensure_reference(store)
    return store


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(headers: list[str], rows: list[list[Any]]) -> None:
    """A plain aligned text table."""
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        print("  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))
