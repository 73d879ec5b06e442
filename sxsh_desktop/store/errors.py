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


class StaleRecordError(StoreError):
    """Someone else saved the record after it was read here: the edit is refused, nothing is lost."""

    code = "record_changed"

    def __init__(self, what: str, changed_at: str) -> None:
        super().__init__(
            f"This {what} was changed by someone else at {changed_at}, after you opened it. Your edit was "
            "not saved and theirs was kept: reload it and make your edit again."
        )


class NotPermittedError(StoreError):
    """The database refused a change this login may not make (row ownership at the office)."""

    code = "not_permitted"

    def __init__(self, where: str, detail: str = "") -> None:
        super().__init__(
            f"You may not change this record in {where}: it belongs to another member of staff, and only "
            "they or a lead may change it." + (f" ({detail})" if detail else "")
        )


class DatabaseUnreachableError(StoreError):
    code = "database_unreachable"

    def __init__(self, where: str, reason: str = "") -> None:
        super().__init__(
            f"The database server {where} cannot be reached"
            + (f" ({reason})" if reason else "")
            + ". Check the address and that the server is running, then try again."
        )


class DatabaseLoginError(StoreError):
    code = "database_login"

    def __init__(self, where: str) -> None:
        super().__init__(f"The database server {where} refused the login: check the user name and password.")


class BackupNeededError(StoreError):
    """A database about to be migrated could not be backed up first: nothing was changed."""

    code = "backup_needed"

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(
            f"The database {where} needs updating to this version, and no backup of it could be made "
            f"first ({reason}). Nothing was changed. Back it up yourself (pg_dump --format=custom), then "
            "run: sxsh init --no-backup --db <address>"
        )


class NeedsAdministratorError(StoreError):
    """A shared database must be created or updated by an administrator's connection."""

    code = "database_needs_admin"

    def __init__(self, where: str) -> None:
        super().__init__(
            f"The database {where} must be created or updated to this version by an administrator: "
            "run sxsh init --db <administrator's address> once, then open it again."
        )
