"""An open database as the window holds it: the store plus a lock file beside the database.

The lock keeps a second copy of the application away from the same file (two windows writing
the same assessment would overwrite each other's edits). A lock left by a killed process is
stale and taken over: Qt checks whether the process that wrote it is still running.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.store.errors import ReadOnlyDatabaseError
from sxsh_desktop.ui.problems import set_open_database

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store


class DatabaseInUseError(KnownProblem):
    code = "database_in_use"

    def __init__(self, path: Path, pid: int, host: str) -> None:
        super().__init__(f"The database {path} is already open in SXSH Desktop (process {pid} on {host}).")
        self.path, self.pid, self.host = path, pid, host


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class Session:
    """A database opened for this window, locked against other copies of the application."""

    def __init__(self, store: Store, lock: QLockFile) -> None:
        self.store = store
        self._lock = lock

    @property
    def path(self) -> Path:
        return self.store.path

    def close(self) -> None:
        self.store.close()
        self._lock.unlock()
        set_open_database(None)


def open_session(path: Path) -> Session:
    """Lock and open ``path`` (created if new), with the reference data installed.

    Raises a ``KnownProblem`` (in use, damaged, newer, read-only, ...) and leaves no lock behind."""
    path = Path(path).absolute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReadOnlyDatabaseError(str(path)) from exc
    lock = QLockFile(str(lock_path(path)))
    # The application holds its lock for hours: only a dead owner makes a lock stale, not its age.
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        if lock.error() == QLockFile.LockError.LockFailedError:
            pid, host, _application = lock.getLockInfo()
            raise DatabaseInUseError(path, pid, host)
        raise ReadOnlyDatabaseError(str(path))
    try:
        # The storage layer is loaded here, not at import, so the window can show before it.
        from sxsh_desktop.store.repository import Store
        from sxsh_desktop.store.setup import ensure_reference

        store = Store.open(path)
        try:
            ensure_reference(store)
        except BaseException:
            store.close()
            raise
    except BaseException:
        lock.unlock()
        raise
    set_open_database(path)
    return Session(store, lock)
