"""The registry's rows read with the standard library's ``sqlite3``, before SQLAlchemy is loaded.

Loading SQLAlchemy and opening the store take longer than showing the window; reading a page of
the registry does not. The window shows these rows while the store opens, and reads through the
store from then on. Only a SQLite file at this version's schema is read: for anything else (a new,
older, newer or damaged file) ``RegistryPreview.open`` gives None and the window waits for the
store, which tells what is wrong. The rows and their order are those of ``search.search`` with
nothing typed (a test compares them).

SQLite-only, like ``store/search.py``; the values are converted as SQLAlchemy's SQLite types store
them: dates as ISO text, times as ISO text in UTC, booleans as 0/1, code tuples as JSON lists.
"""

from __future__ import annotations

import json
import sqlite3
import typing
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sxsh_desktop.domain.model import Enterprise
from sxsh_desktop.store.revision import SCHEMA_REVISION
from sxsh_desktop.store.sqlite_uri import read_only_uri

_ORDER = "ORDER BY s.sort_key, s.enterprise_id"  # as search.search orders an empty search


def _converter(annotation: Any) -> Any:
    """How to turn the stored value of a field with this annotation back into its Python value."""
    arguments = [a for a in typing.get_args(annotation) if a is not type(None)]
    kind = arguments[0] if arguments and typing.get_origin(annotation) is not tuple else annotation
    if kind is date:
        return date.fromisoformat
    if kind is datetime:
        return lambda text: datetime.fromisoformat(text).replace(tzinfo=UTC)
    if kind is bool:
        return bool
    if typing.get_origin(kind) is tuple:
        return lambda text: tuple(json.loads(text or "[]"))
    return None


_FIELDS = tuple(typing.get_type_hints(Enterprise).items())
_CONVERTERS = tuple((name, _converter(annotation)) for name, annotation in _FIELDS)
_COLUMNS = ", ".join(f"e.{name}" for name, _ in _FIELDS)


def _enterprise(values: tuple[Any, ...]) -> Enterprise:
    fields = {}
    for (name, convert), value in zip(_CONVERTERS, values, strict=True):
        fields[name] = convert(value) if convert is not None and value is not None else value
    return Enterprise(**fields)


class RegistryPreview:
    """The registry of a SQLite database, by name, as the window's registry model reads it."""

    def __init__(self, path: Path, total: int) -> None:
        self.path = path
        self._total = total

    @classmethod
    def open(cls, path: Path) -> RegistryPreview | None:
        """The preview of ``path``, or None where the store must be waited for."""
        try:
            with closing(_connect(path)) as connection:
                [(revision,)] = connection.execute("SELECT version_num FROM alembic_version").fetchall()
                if revision != SCHEMA_REVISION:
                    return None
                (total,) = connection.execute("SELECT count(*) FROM enterprise_search").fetchone()
        except (sqlite3.Error, ValueError, OSError):
            return None
        return cls(path, total)

    def count_search(self, text: str) -> int:
        return self._total if not text else 0  # searching waits for the store

    def search_enterprises(self, text: str, *, limit: int | None = None, offset: int = 0) -> list[Enterprise]:
        if text:
            return []
        query = (
            f"SELECT {_COLUMNS} FROM enterprise_search s JOIN enterprise e ON e.id = s.enterprise_id "
            f"{_ORDER} LIMIT ? OFFSET ?"
        )
        try:
            with closing(_connect(self.path)) as connection:
                rows = connection.execute(query, (-1 if limit is None else limit, offset)).fetchall()
        except sqlite3.Error:
            return []  # the store, open a moment later, reads again and tells what is wrong
        return [_enterprise(row) for row in rows]


def _connect(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise FileNotFoundError(path)  # sqlite3 would make an empty one
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=0.5)
