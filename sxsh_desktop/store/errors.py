"""Known database problems, translated from driver errors by the store."""

from __future__ import annotations

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


class NotFoundError(StoreError):
    code = "not_found"
