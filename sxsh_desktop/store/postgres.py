"""Everything PostgreSQL-specific about opening an office database: the connection URL, session
settings (the twin of SQLite's pragmas), backups before a migration and error translation.

An office with several staff keeps one database on a PostgreSQL server, reached by a URL such as
``postgresql://mai@office-pc/sxsh``. The driver is psycopg 3 (the ``postgres`` extra); it is loaded
only when such a URL is opened, so a consultant's installation does without it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, Table, create_engine, make_url, text
from sqlalchemy.exc import ArgumentError

from sxsh_desktop.store.errors import (
    BackupNeededError,
    DatabaseLockedError,
    DatabaseLoginError,
    DatabaseUnreachableError,
    DiskFullAtStartError,
    DiskFullError,
    NotPermittedError,
    StoreError,
)

SCHEMES = ("postgresql", "postgres")
# How long a statement waits for a row another member of staff is writing before it is refused
# as busy (the twin of SQLite's busy timeout).
LOCK_TIMEOUT_MS = 5000
# Imports wait for each other (one at a time) for up to this long.
IMPORT_LOCK_TIMEOUT_MS = 10 * 60 * 1000
# Key of the advisory lock that lets one package import run at a time.
_IMPORT_LOCK_KEY = 0x5358_5348


def is_url(location: str | Path) -> bool:
    """Whether ``location`` names a PostgreSQL database rather than an SQLite file."""
    if isinstance(location, Path):
        return False
    scheme = location.split(":", 1)[0].split("+", 1)[0].lower()
    return scheme in SCHEMES and "://" in location


def engine_url(location: str) -> URL:
    """The SQLAlchemy URL of ``location`` with the psycopg 3 driver."""
    try:
        url = make_url(location)
    except ArgumentError as exc:
        raise StoreError(f"Not a database address: {display(location)}") from exc
    return url.set(drivername="postgresql+psycopg")


def display(location: str) -> str:
    """``location`` as it may be shown or logged: without its password."""
    try:
        return make_url(location).render_as_string(hide_password=True)
    except ArgumentError:
        return location.split("@", 1)[-1]


def create_postgres_engine(location: str) -> Engine:
    """An engine on the PostgreSQL database at ``location`` (nothing is connected yet)."""
    # Statements are planned for their values each time: a plan made for any pattern cannot use
    # the search's trigram index (psycopg prepares a statement from its fifth run on).
    options = (
        f"-c lock_timeout={LOCK_TIMEOUT_MS} -c idle_in_transaction_session_timeout=600000"
        " -c plan_cache_mode=force_custom_plan"
    )
    return create_engine(
        engine_url(location),
        connect_args={"application_name": "SXSH Desktop", "options": options, "connect_timeout": 10},
        pool_pre_ping=True,
    )


def lock_imports(connection: Connection) -> None:
    """Let one package import at a time write (a second waits for the first to end, then sees what
    it wrote): inside the caller's transaction, released when it ends."""
    connection.execute(text(f"SET LOCAL lock_timeout = {IMPORT_LOCK_TIMEOUT_MS}"))
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _IMPORT_LOCK_KEY})


def insert_new(connection: Connection, table: Table, row: dict[str, Any]) -> bool:
    """Insert a row unless one with its id is there; whether it was inserted (one statement: an
    update that changed nothing may be a row that row-level security hides from this login)."""
    from sqlalchemy.dialects.postgresql import insert

    statement = insert(table).values(row).on_conflict_do_nothing(index_elements=[table.c.id])
    return bool(connection.execute(statement).rowcount)


def erase_old_versions(engine: Engine) -> None:
    """Old row versions of a rewritten secret are reclaimed by VACUUM; a member of staff who does
    not own the table cannot run it, and then the server's autovacuum does it later."""
    with engine.connect() as connection:
        autocommit = connection.execution_options(isolation_level="AUTOCOMMIT")
        try:
            autocommit.execute(text("VACUUM sync_own_key"))
        except Exception:  # a best effort: the server vacuums on its own too
            return


def backup(location: str, label: str, folder: Path) -> Path:
    """A ``pg_dump`` custom-format copy of the database in ``folder`` before a migration.

    Raises ``BackupNeededError`` with what to run when ``pg_dump`` is not installed or fails."""
    url = make_url(location)
    dump = shutil.which("pg_dump")
    if dump is None:
        raise BackupNeededError(display(location), "pg_dump is not installed on this computer")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupNeededError(display(location), str(exc)) from exc
    target = folder / f"{url.database or 'sxsh'}.backup-{label}-{stamp}.dump"
    environment = dict(os.environ)
    if url.password is not None:
        environment["PGPASSWORD"] = str(url.password)
    libpq = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    try:
        subprocess.run(
            [dump, "--format=custom", f"--file={target}", f"--dbname={libpq}"],
            env=environment,
            check=True,
            capture_output=True,
            timeout=3600,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        target.unlink(missing_ok=True)
        stderr = getattr(exc, "stderr", b"") or b""
        reason = stderr.decode("utf-8", "replace").strip() or str(exc)
        raise BackupNeededError(display(location), reason) from exc
    return target


def _sqlstate(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    return str(getattr(original, "sqlstate", "") or "")


def translate(exc: BaseException, location: str, *, opening: bool = False) -> StoreError:
    """Turn a driver error into a known problem with a clear message, or a generic StoreError."""
    where = display(location)
    state = _sqlstate(exc)
    message = str(getattr(exc, "orig", None) or exc)
    if state in ("53100", "53200"):  # disk_full, out_of_memory
        return DiskFullAtStartError(where) if opening else DiskFullError(where)
    if state in ("55P03", "40P01", "40001"):  # lock_not_available, deadlock, serialization failure
        return DatabaseLockedError(where)
    if state == "42501" or "row-level security" in message:  # insufficient_privilege
        return NotPermittedError(where, message.splitlines()[0])
    if state in ("28P01", "28000"):  # invalid password, invalid authorization
        return DatabaseLoginError(where)
    if state == "3D000":  # invalid_catalog_name
        return DatabaseUnreachableError(where, "there is no such database on the server")
    lowered = message.lower()
    if not state and any(
        phrase in lowered
        for phrase in ("password authentication failed", "not permitted to log in", "no password supplied")
    ):
        return DatabaseLoginError(where)
    if not state and "database" in lowered and "does not exist" in lowered:
        return DatabaseUnreachableError(where, "there is no such database on the server")
    if not state and _is_connection_failure(exc):
        return DatabaseUnreachableError(where, message.strip().splitlines()[-1] if message else "")
    return StoreError(f"Database error in {where}: {message}")


def _is_connection_failure(exc: BaseException) -> bool:
    original: Any = getattr(exc, "orig", None) or exc
    return type(original).__name__ == "OperationalError"
