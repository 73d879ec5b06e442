"""Import at the office: decrypt, authenticate, check, preview, then apply in one transaction.

``read_package`` does everything that can fail before the database is touched and returns a
``PendingImport`` whose ``preview`` the window shows; ``apply_import`` then plans again inside the
write transaction (the database may have changed meanwhile) and applies all of it or nothing.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pyrage import x25519
from sqlalchemy import Connection

from sxsh_desktop.interchange import jsonformat
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import history, keys, merge, package, payload
from sxsh_desktop.sync.errors import (
    AlreadyImportedError,
    BadSignatureError,
    DamagedPackageError,
    NewerPackageError,
    RevokedSenderError,
    UnknownSenderError,
)
from sxsh_desktop.sync.keys import PublicKey
from sxsh_desktop.sync.merge import ChangeKind, RecordChange
from sxsh_desktop.sync.package import OpenedPackage
from sxsh_desktop.sync.payload import Payload


@dataclass(frozen=True)
class ImportPreview:
    """What importing a package does, for the window to show before the user confirms."""

    file_name: str
    package_id: str
    sender: PublicKey
    sender_is_new: bool  # the sender's key is registered by this import (approved by the user)
    sequence: int
    created_at: datetime
    changes: tuple[RecordChange, ...]
    missing_sequences: history.SequenceGaps  # earlier packages of this sender never imported here
    applied: bool = False

    @property
    def counts(self) -> dict[str, int]:
        return merge.count_kinds(self.changes)

    def of_kind(self, kind: ChangeKind) -> list[RecordChange]:
        return [change for change in self.changes if change.kind is kind]

    @property
    def conflicts(self) -> list[RecordChange]:
        return self.of_kind(ChangeKind.CONFLICT)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "package_id": self.package_id,
            "sender": {
                "name": self.sender.name,
                "device_id": self.sender.device_id,
                "key_id": self.sender.key_id,
                "fingerprint": self.sender.fingerprint,
                "new_key": self.sender_is_new,
            },
            "sequence": self.sequence,
            "created_at": self.created_at.isoformat(),
            "missing_sequences": self.missing_sequences.to_json(),  # [[first, last], …]
            "applied": self.applied,
            "counts": self.counts,
            "changes": [
                change.to_json() for change in self.changes if change.kind is not ChangeKind.UNCHANGED
            ],
        }


@dataclass(frozen=True)
class PendingImport:
    """A package that passed every check, with its preview; ``apply_import`` applies it."""

    opened: OpenedPackage
    payload: Payload
    approve_new_key: bool
    preview: ImportPreview
    hashes: dict[str, str] = field(default_factory=dict, repr=False)


def _check_sender(
    connection: Connection, opened: OpenedPackage, approve_new_key: bool
) -> tuple[PublicKey, bool]:
    """The registered key that signed the package, and whether it is registered by this import."""
    claimed = opened.manifest.sender
    if not claimed.verifies(opened.signature, opened.manifest_bytes):
        raise BadSignatureError()
    trusted = keys.find_trusted(connection, claimed.key_id)
    if trusted is None:
        if not approve_new_key:
            raise UnknownSenderError(claimed)
        return claimed, True
    if trusted.revoked:
        raise RevokedSenderError(trusted.public)
    if trusted.public.device_id != claimed.device_id:
        raise DamagedPackageError(
            f"The package claims to come from another installation than the one {trusted.public.name}'s key "
            "was registered for; refused."
        )
    return trusted.public, False


def _preview(
    connection: Connection,
    opened: OpenedPackage,
    decoded: Payload,
    approve_new_key: bool,
    office_device: str,
    hashes: dict[str, str],
) -> tuple[PublicKey, ImportPreview]:
    manifest = opened.manifest
    sender, is_new = _check_sender(connection, opened, approve_new_key)
    earlier = history.previous_import(connection, manifest.package_id)
    if earlier is not None:
        raise AlreadyImportedError(manifest.package_id, f"{earlier.imported_at:%d/%m/%Y %H:%M} UTC")
    changes = merge.plan(connection, decoded, sender.device_id, office_device, hashes)
    preview = ImportPreview(
        file_name=opened.file_name,
        package_id=manifest.package_id,
        sender=sender,
        sender_is_new=is_new,
        sequence=manifest.sequence,
        created_at=manifest.created_at,
        changes=tuple(changes),
        missing_sequences=history.missing_sequences(connection, sender.device_id, manifest.sequence),
    )
    return sender, preview


def _open_checked(
    store: Store, path: Path, identities: list[x25519.Identity], approve_new_key: bool
) -> tuple[OpenedPackage, Payload]:
    """Decrypt, authenticate and check a package; nothing is written."""
    path = Path(path)
    opened = package.open_sealed_file(path, identities)
    with store.reading() as connection:
        # The signature first: nothing else of the package is trusted before it is checked.
        _check_sender(connection, opened, approve_new_key)
    opened.verify_entries()
    if opened.manifest.interchange_version > jsonformat.FORMAT_VERSION:
        raise NewerPackageError(
            f"interchange {opened.manifest.interchange_version}", jsonformat.FORMAT_VERSION
        )
    return opened, payload.decode(opened.entries)


def read_package(
    store: Store, path: Path, identities: list[x25519.Identity], *, approve_new_key: bool = False
) -> PendingImport:
    """Open, authenticate and check a package, and compute its preview; nothing is written."""
    opened, decoded = _open_checked(store, path, identities, approve_new_key)
    office_device = store.device_id
    hashes = dict(decoded.hashes)
    with store.reading() as connection:
        _, preview = _preview(connection, opened, decoded, approve_new_key, office_device, hashes)
    return PendingImport(opened, decoded, approve_new_key, preview, hashes)


def apply_import(store: Store, pending: PendingImport, imported_by: str | None = None) -> ImportPreview:
    """Apply a read package in one transaction; any error leaves the database as it was.

    The changes are planned again inside the transaction: the database may have changed since the
    preview was shown.
    """
    return _apply(
        store, pending.opened, pending.payload, pending.approve_new_key, pending.hashes, imported_by
    )


def _apply(
    store: Store,
    opened: OpenedPackage,
    decoded: Payload,
    approve_new_key: bool,
    hashes: dict[str, str],
    imported_by: str | None,
) -> ImportPreview:
    office_device = store.device_id
    with store.transaction() as connection:
        # Several staff may import at once: one import writes at a time, and the next one plans
        # its changes on what the first wrote (the same package twice: the second is refused).
        store.serialize_imports(connection)
        sender, preview = _preview(connection, opened, decoded, approve_new_key, office_device, hashes)
        if preview.sender_is_new:
            keys.trust_on(connection, sender)
        changes = list(preview.changes)
        merge.apply(
            connection,
            changes,
            decoded,
            package_id=preview.package_id,
            sender_device=sender.device_id,
            sender_name=sender.name,
        )
        enterprises = [change for change in changes if change.entity == "enterprise"]
        written = (ChangeKind.NEW, ChangeKind.UPDATED)
        store.index_written(
            connection, [c.incoming for c in enterprises if c.kind in written and c.incoming is not None]
        )
        for change in enterprises:
            if change.kind is ChangeKind.DELETED:
                store.index_removed(connection, change.entity, change.record_id)
        history.log_import(
            connection,
            history.ImportRecord(
                package_id=preview.package_id,
                sender_name=sender.name,
                sender_key_id=sender.key_id,
                sender_device_id=sender.device_id,
                sequence=preview.sequence,
                created_at=preview.created_at,
                imported_at=datetime.now(UTC),  # to the microsecond: the log is ordered by it
                imported_by=imported_by or keys.default_key_name(),
                file_name=preview.file_name,
                counts=preview.counts,
                missing_sequences=preview.missing_sequences,
            ),
        )
    return dataclasses.replace(preview, applied=True)


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cycle collector paused while a package is read and merged: the records made by the
    tens of thousands hold no cycles, yet each few hundred new objects set off a pass over the
    young ones and every few passes one over all of them. The collector resumes, as before, when
    the import ends; what the import made and still holds (the preview) is long-lived by then and
    joins the oldest generation, instead of being looked at at once by a pass over the youngest
    (0.065 s for 1,000 assessments)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:  # nothing else is frozen: freezing and thawing moves it all
            gc.freeze()
            gc.unfreeze()
        if was_enabled:
            gc.enable()


def import_package(
    store: Store,
    path: Path,
    identities: list[x25519.Identity],
    *,
    dry_run: bool = False,
    approve_new_key: bool = False,
) -> ImportPreview:
    """Read a package and, unless ``dry_run``, apply it; returns what it does (or did)."""
    with collection_paused():
        if dry_run:
            return read_package(store, path, identities, approve_new_key=approve_new_key).preview
        opened, decoded = _open_checked(store, path, identities, approve_new_key)
        preview = _apply(store, opened, decoded, approve_new_key, dict(decoded.hashes), None)
        # The package's records and values are let go before the collector resumes: its first pass
        # then looks only at what the preview keeps, in half the time.
        del opened, decoded
    return preview
