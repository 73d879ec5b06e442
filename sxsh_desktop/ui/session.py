"""An open database as the window holds it: the store plus a lock file beside the database.

The lock keeps a second copy of the application away from the same file (two windows writing
the same assessment would overwrite each other's edits). It is an operating-system lock on the
file (``store/lockfile.py``), released by the system when its process ends: a lock left by a
killed process is taken over, whatever process now has its old id.

A database in a folder nobody may write to is opened read-only, without a lock (nobody can change
it there); the window says that edits cannot be saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.store.errors import file_problem
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.problems import problem_title, set_open_database

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from sxsh_desktop.store.lockfile import LockFile
    from sxsh_desktop.store.repository import Store


class DatabaseInUseError(KnownProblem):
    code = "database_in_use"

    def __init__(self, path: Path, pid: int, host: str) -> None:
        super().__init__(f"The database {path} is already open in SXSH Desktop (process {pid} on {host}).")
        self.path, self.pid, self.host = path, pid, host


def tell_notices(parent: QWidget | None, session: Session) -> None:
    """Tell, once, what the user must know about the database just opened (see ``Session.notices``)."""
    for notice in session.notices():
        if session.read_only:
            dialogs().warn(parent, problem_title(), notice)
        else:
            dialogs().inform(parent, problem_title(), notice)


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class Session:
    """A database opened for this window, locked against other copies of the application."""

    def __init__(self, store: Store, lock: LockFile | None) -> None:
        self.store = store
        self._lock = lock

    @property
    def path(self) -> Path | str:
        """The database file, or an office's PostgreSQL database as it may be shown (no password)."""
        return self.store.location if self.store.database.is_postgres else self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.database.read_only

    def notices(self) -> list[str]:
        """What the user must be told once about this opening: a backup made before the database
        was updated to this version, and a database that can only be read."""
        found = []
        backup = self.store.database.backup_path
        if backup is not None:
            found.append(
                QCoreApplication.translate(
                    "Startup",
                    "The database was updated to this version of SXSH Desktop. A copy of it as it was "
                    "before was kept as:\n{path}",
                ).format(path=backup)
            )
        if self.store.database.connects_as_owner():
            found.append(
                QCoreApplication.translate(
                    "Startup",
                    "You are connected to the office database {path} as its administrator: nobody's "
                    "assessments are protected from your edits. For everyday work, log in as yourself.",
                ).format(path=self.path)
            )
        if self.read_only:
            found.append(
                QCoreApplication.translate(
                    "Startup",
                    "The database {path} is opened read-only: its file, folder or disk cannot be "
                    "written. You can read and print everything, but edits cannot be saved. Copy the "
                    "file to a folder of your own to work on it.",
                ).format(path=self.path)
            )
        return found

    def close(self) -> None:
        self.store.close()
        if self._lock is not None:
            self._lock.unlock()
        set_open_database(None)


def open_postgres_session(url: str) -> Session:
    """Open an office's PostgreSQL database: no lock file, since several staff work on it at once
    (the server keeps their edits apart)."""
    from sxsh_desktop.store.repository import Store
    from sxsh_desktop.store.setup import ensure_reference

    store = Store.open(url)
    try:
        ensure_reference(store)
    except BaseException:
        store.close()
        raise
    set_open_database(store.location)
    return Session(store, None)


def open_session(path: Path | str) -> Session:
    """Lock and open ``path`` (created if new), with the reference data installed; a
    ``postgresql://`` URL opens an office's shared database.

    Raises a ``KnownProblem`` (in use, damaged, newer, read-only, ...) and leaves no lock behind."""
    from sxsh_desktop.paths import is_database_url
    from sxsh_desktop.store.lockfile import LockFile

    if is_database_url(path):
        return open_postgres_session(str(path))
    path = Path(path).absolute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise file_problem(exc, str(path), opening=True) from exc
    lock: LockFile | None = LockFile(lock_path(path))
    lock_error: OSError | None = None
    try:
        owner = lock.try_lock()
    except OSError as exc:
        if not path.is_file():
            raise file_problem(exc, str(path), opening=True) from exc
        # No lock can be made beside it (a read-only folder): the database opens read-only below,
        # or its own problem (a full disk) is told.
        lock, owner, lock_error = None, None, exc
    if owner is not None:
        raise DatabaseInUseError(path, owner.pid, owner.host)
    try:
        # The storage layer is loaded here, not at import, so the window can show before it.
        from sxsh_desktop.store.repository import Store
        from sxsh_desktop.store.setup import ensure_reference

        store = Store.open(path)
        try:
            if lock_error is not None and not store.database.read_only:
                raise file_problem(lock_error, str(path), opening=True) from lock_error
            ensure_reference(store)
        except BaseException:
            store.close()
            raise
    except BaseException:
        if lock is not None:
            lock.unlock()
        raise
    set_open_database(path)
    return Session(store, lock)
