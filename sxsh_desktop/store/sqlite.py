"""Everything SQLite-specific about opening a database file: pragmas, backups, error translation.

Kept in one module so that an office database on PostgreSQL later needs only another module like it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, QueuePool, create_engine, event

from sxsh_desktop.store.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    DiskFullAtStartError,
    DiskFullError,
    ReadOnlyDatabaseError,
    StoreError,
    file_problem,
)
from sxsh_desktop.store.sqlite_uri import read_only_uri

BUSY_TIMEOUT_MS = 5000
# Execution option set on a connection whose transaction will write (``Database.begin``).
WRITE_TRANSACTION = "sxsh_write"
# Below this much free space a failure to open or create a file is a full disk, not a permission.
_NEARLY_FULL_BYTES = 256 * 1024


def _set_pragmas(dbapi_connection: sqlite3.Connection, read_only: bool) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if not read_only:
        # WAL keeps readers and the writer apart; FULL syncs every commit, so a laptop whose battery
        # dies keeps the last field the consultant typed, not only a killed process.
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        # What is deleted or rewritten is zeroed in the file, not left in free space: an enterprise
        # deleted at its request, a signing key replaced by its protected form.
        cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def create_sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on ``path``; ``read_only`` opens it so (a read-only file, folder or disk)."""
    # The pysqlite driver's own transaction handling is switched off so that SQLAlchemy's BEGIN
    # is what starts a transaction (the documented recipe for correct SAVEPOINT and DDL handling).
    if read_only:
        uri = read_only_uri(path)
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=QueuePool,
        )
    else:
        engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        _set_pragmas(dbapi_connection, read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A transaction that will write takes the write lock at once, waiting up to the busy
        # timeout for another writer: a deferred one that read first could not wait, and would fail
        # at its first write as soon as another connection holds the lock.
        writes = connection.get_execution_options().get(WRITE_TRANSACTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes and not read_only else "BEGIN")

    return engine


def erase_old_versions(engine: Engine) -> None:
    """Leave no earlier version of rewritten rows in the write-ahead log (a secret just protected):
    the log is copied into the database and emptied. Pages freed inside the database are already
    zeroed (``secure_delete``)."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def writable(path: Path) -> bool:
    """Whether ``path`` (an existing database) and its folder may be written by this user."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def disk_is_full(path: Path | str) -> bool:
    """Whether the disk holding ``path`` (or its nearest existing folder) has next to no space left."""
    folder = Path(path).absolute().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


def check_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before anything writes to it."""
    if not path.exists():
        parent = path.parent
        if not parent.exists():
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise file_problem(exc, str(path), opening=True) from exc
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise file_problem(exc, str(path), opening=True) from exc
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


def _read_only_query(path: Path, sql: str) -> tuple[Any, ...] | None:
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            row: tuple[Any, ...] | None = connection.execute(sql).fetchone()
            return row
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise translate(exc, path, opening=True) from exc


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


def translate(exc: BaseException, path: Path | str, *, opening: bool = False) -> StoreError:
    """Turn a driver error into a known problem with a clear message, or a generic StoreError.

    ``opening``: the error came while the database was being opened (a full disk is then not a
    lost change but a database that cannot be worked on)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    where = str(path)
    full = DiskFullAtStartError(where) if opening else DiskFullError(where)
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(where)
    if "disk is full" in text or "database or disk is full" in text or "no space" in text:
        return full
    # Creating the write-ahead log or its index on a full disk fails as an I/O error or as a
    # file that cannot be opened: only the free space tells it from a permission problem.
    if ("disk i/o error" in text or "unable to open" in text) and disk_is_full(path):
        return full
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return ReadOnlyDatabaseError(where)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DamagedDatabaseError(where)
    return StoreError(f"Database error in {where}: {exc}")
