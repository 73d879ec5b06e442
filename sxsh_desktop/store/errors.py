"""Known database problems, translated from driver errors by the store."""

from __future__ import annotations

import errno

from sxsh_desktop.errors import KnownProblem


class StoreError(KnownProblem):
    code = "database"


class NewerDatabaseError(StoreError):
    code = "database_newer"

    def __init__(self, path: str, revision: str) -> None:
        super().__init__(
            f"The database {path} was written by a newer version of SXSH Desktop (schema {revision}). "
            "Update the application to open it; the file has not been changed."
        )


class DamagedDatabaseError(StoreError):
    code = "database_damaged"

    def __init__(self, path: str) -> None:
        super().__init__(
            f"The file {path} is not a readable SXSH database (damaged or another kind of file). "
            "It has not been changed; restore a backup or choose another file."
        )


class ReadOnlyDatabaseError(StoreError):
    code = "database_read_only"

    def __init__(self, path: str) -> None:
        super().__init__(
            f"The database {path} cannot be written (read-only file or folder, or no permission)."
        )


class DatabaseLockedError(StoreError):
    code = "database_locked"

    def __init__(self, path: str) -> None:
        super().__init__(f"The database {path} is busy in another program. Close it there and try again.")


class DiskFullError(StoreError):
    code = "disk_full"

    def __init__(self, path: str) -> None:
        super().__init__(
            f"The disk holding {path} is full. Nothing was saved from the last change; free some space."
        )


class DiskFullAtStartError(DiskFullError):
    """The disk was already full when the database was opened: nothing was lost, nothing can be saved."""

    code = "database_disk_full"

    def __init__(self, path: str) -> None:
        StoreError.__init__(
            self,
            f"The disk holding {path} is full: the database cannot be opened for work. Free some space "
            "and start again.",
        )


class NotFoundError(StoreError):
    code = "not_found"


def file_problem(exc: OSError, path: str, *, opening: bool = False) -> StoreError:
    """The known problem behind a failed file operation on (or beside) the database."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFullAtStartError(path) if opening else DiskFullError(path)
    return ReadOnlyDatabaseError(path)
