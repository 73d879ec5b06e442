"""Everything SQLite-specific about opening a database file: pragmas, backups, error translation.

Kept in one module so that an office database on PostgreSQL later needs only another module like it.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from sxsh_desktop.store.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    ReadOnlyDatabaseError,
    StoreError,
)

BUSY_TIMEOUT_MS = 5000


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # WAL keeps readers and the writer apart; FULL syncs every commit, so a laptop whose battery
    # dies keeps the last field the consultant typed, not only a killed process.
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def create_sqlite_engine(path: Path) -> Engine:
    # The pysqlite driver's own transaction handling is switched off so that SQLAlchemy's BEGIN
    # is what starts a transaction (the documented recipe for correct SAVEPOINT and DDL handling).
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        dbapi_connection.isolation_level = None
        _set_pragmas(dbapi_connection, record)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def check_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before anything writes to it."""
    if not path.exists():
        parent = path.parent
        if not parent.exists():
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ReadOnlyDatabaseError(str(path)) from exc
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise ReadOnlyDatabaseError(str(path)) from exc
    if header and header != b"SQLite format 3\x00":
        raise DamagedDatabaseError(str(path))
    # Reading the schema is cheap and catches a file that is not (or no longer) a database; the
    # full page check is left to migrations, so that opening a large registry stays fast.
    _read_only_query(path, "SELECT count(*) FROM sqlite_master")


def check_integrity(path: Path) -> None:
    """Refuse a database whose pages are damaged (SQLite's quick check)."""
    result = _read_only_query(path, "PRAGMA quick_check")
    if result and result[0] != "ok":
        raise DamagedDatabaseError(str(path))


def _read_only_query(path: Path, sql: str) -> tuple | None:
    try:
        connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            return connection.execute(sql).fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise translate(exc, path) from exc


def backup(path: Path, label: str) -> Path | None:
    """Copy the database (with its WAL content) beside itself before a migration."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix}")
    try:
        source = sqlite3.connect(str(path))
        try:
            destination = sqlite3.connect(str(target))
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise translate(exc, path) from exc
    except OSError:
        target.unlink(missing_ok=True)
        shutil.copy2(path, target)  # last resort: a plain copy is still a backup
    return target


def translate(exc: BaseException, path: Path | str) -> StoreError:
    """Turn a driver error into a known problem with a clear message, or a generic StoreError."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    where = str(path)
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(where)
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return ReadOnlyDatabaseError(where)
    if "disk is full" in text or "database or disk is full" in text or "no space" in text:
        return DiskFullError(where)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DamagedDatabaseError(where)
    return StoreError(f"Database error in {where}: {exc}")
