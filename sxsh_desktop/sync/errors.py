"""Known problems of keys and packages: each leaves the database exactly as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sxsh_desktop.errors import KnownProblem

if TYPE_CHECKING:
    from sxsh_desktop.sync.keys import PublicKey


class SyncError(KnownProblem):
    """``reason`` tells apart the problems of one code, and ``params`` holds what the message names,
    so that the window can say the same in the user's language."""

    code = "sync"

    def __init__(
        self, message: str, *, field: str | None = None, reason: str | None = None, **params: str
    ) -> None:
        super().__init__(message, field=field)
        self.reason = reason
        self.params = params


class KeyProblem(SyncError):
    """A missing, malformed or unusable key."""

    code = "key"


class WrongPassphraseError(SyncError):
    code = "wrong_passphrase"

    def __init__(self) -> None:
        super().__init__("Wrong passphrase for the Centre's key. Nothing was changed.")


class WrongKeyError(SyncError):
    code = "wrong_key"

    def __init__(self, file_name: str) -> None:
        super().__init__(
            f"{file_name} is not addressed to this Centre's key (it was made for another Centre, or its "
            "header is damaged). Nothing was imported.",
            file=file_name,
        )


class DamagedPackageError(SyncError):
    """The file, the archive inside it or its manifest is damaged or unsafe."""

    code = "package_damaged"


class NewerPackageError(SyncError):
    code = "package_newer"

    def __init__(self, version: object, supported: int) -> None:
        super().__init__(
            f"The package was made by a newer version of SXSH Desktop (package format {version}; this "
            f"version reads format {supported}). Update the application to import it. Nothing was imported.",
            version=str(version),
        )


class UnknownSenderError(SyncError):
    """Signed by a key that is not registered: the office may approve it after comparing fingerprints."""

    code = "unknown_sender"

    def __init__(self, sender: PublicKey) -> None:
        super().__init__(
            f"The package is signed by a key that is not registered: {sender.name} "
            f"(fingerprint {sender.fingerprint}). Compare the fingerprint with the consultant (by phone) "
            "and approve the key if it matches. Nothing was imported.",
            name=sender.name,
            fingerprint=sender.fingerprint,
        )
        self.sender = sender


class RevokedSenderError(SyncError):
    code = "revoked_sender"

    def __init__(self, sender: PublicKey) -> None:
        super().__init__(
            f"The package is signed by the key of {sender.name} (fingerprint {sender.fingerprint}), which "
            "has been revoked. Nothing was imported.",
            name=sender.name,
            fingerprint=sender.fingerprint,
        )


class BadSignatureError(SyncError):
    code = "bad_signature"

    def __init__(self) -> None:
        super().__init__(
            "The package's signature does not match its content: it was changed after it was signed. "
            "Nothing was imported."
        )


class AlreadyImportedError(SyncError):
    code = "already_imported"

    def __init__(self, package_id: str, imported_at: str) -> None:
        super().__init__(
            f"This package ({package_id}) was already imported on {imported_at}; importing it again "
            "changes nothing.",
            date=imported_at,
        )


class ConflictNotFoundError(SyncError):
    code = "conflict_not_found"


class InvalidContentError(SyncError):
    """A signed, intact package whose records are not acceptable (malformed or out of limits)."""

    code = "package_invalid"


class RecordIdentityError(SyncError):
    """A package reuses a record's id for another kind of record, or under another parent: an id
    belongs to one kind and one parent for life."""

    code = "record_identity"
