"""The package manifest: what the package holds and who sent it, signed by the sender.

The manifest is canonical JSON (sorted keys, UTF-8); the Ed25519 signature is over its exact bytes
and it lists the SHA-256 of every other entry, so the signature covers the whole package.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeGuard

from sxsh_desktop.domain.validation import EARLIEST_YEAR, LATEST_YEAR
from sxsh_desktop.interchange.jsonformat import INT64_MAX, InterchangeError, JsonLimits, parse_json_bytes
from sxsh_desktop.sync.errors import DamagedPackageError, NewerPackageError
from sxsh_desktop.sync.keys import PublicKey

PACKAGE_FORMAT = "sxsh-package"
FORMAT_VERSION = 1

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
TOMBSTONES_NAME = "tombstones.json"
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
RECORDS_PATTERN = re.compile(rf"records/({_UUID})\.json")
PHOTOS_PATTERN = re.compile(rf"photos/({_UUID})")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_payload_name(name: str) -> bool:
    """Whether ``name`` is one of the entry names a package may hold besides the manifest."""
    return (
        name == TOMBSTONES_NAME
        or RECORDS_PATTERN.fullmatch(name) is not None
        or PHOTOS_PATTERN.fullmatch(name) is not None
    )


@dataclass(frozen=True)
class Manifest:
    package_id: str
    sender: PublicKey
    sequence: int
    created_at: datetime
    interchange_version: int
    entries: dict[str, str]  # entry name -> SHA-256 (hex) of its bytes
    format_version: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        data = {
            "format": PACKAGE_FORMAT,
            "format_version": self.format_version,
            "package_id": self.package_id,
            "sender": {**self.sender.to_json(), "key_id": self.sender.key_id},
            "sequence": self.sequence,
            "created_at": self.created_at.astimezone(UTC).isoformat(),
            "interchange_version": self.interchange_version,
            "entries": dict(sorted(self.entries.items())),
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        """Parse and check a manifest; a newer format is refused before anything else is read."""
        data = parse_manifest(raw, what="package")
        if not isinstance(data, dict) or data.get("format") != PACKAGE_FORMAT:
            raise DamagedPackageError("The file is not an SXSH package (its manifest is not one).")
        header = read_header(data, what="package", supported_version=FORMAT_VERSION)
        interchange_version = data.get("interchange_version")
        if not _is_int(interchange_version) or interchange_version < 1:
            raise DamagedPackageError("The package's manifest has no valid interchange version.")
        entries = data.get("entries")
        if not isinstance(entries, dict):
            raise DamagedPackageError("The package's manifest lists no entries.")
        for name, digest in entries.items():
            if not is_payload_name(name) or not isinstance(digest, str) or not _SHA256.fullmatch(digest):
                raise DamagedPackageError(f"The package's manifest lists an invalid entry: {name!r}.")
        return cls(
            package_id=header.package_id,
            sender=header.sender,
            sequence=header.sequence,
            created_at=header.created_at,
            interchange_version=interchange_version,
            entries=dict(entries),
            format_version=header.format_version,
        )


# A manifest is a flat object with the sender's key inside and a list of entry names and hashes.
MANIFEST_LIMITS = JsonLimits(max_depth=4, max_values=250_000, max_string=1_000, max_number_chars=20)
MAX_MANIFEST_BYTES = 16 * 1024 * 1024  # 100,000 entries of about 120 bytes each
MAX_SEQUENCE = INT64_MAX


def parse_manifest(raw: bytes, *, what: str) -> Any:
    """The JSON of a manifest, parsed with tight limits; ``what`` names the package in messages."""
    try:
        return parse_json_bytes(raw, max_bytes=MAX_MANIFEST_BYTES, limits=MANIFEST_LIMITS)
    except InterchangeError as exc:
        raise DamagedPackageError(f"The {what}'s manifest is not readable JSON ({exc}).") from exc


def claimed_sender(raw: bytes, *, what: str) -> PublicKey:
    """The key a manifest names as its sender, read only to check the signature with it: nothing
    else of the manifest is used before the signature is checked."""
    data = parse_manifest(raw, what=what)
    if not isinstance(data, dict):
        raise DamagedPackageError(f"The {what}'s manifest is not a JSON object.")
    return PublicKey.from_json(data.get("sender"), where=f"{what}'s sender key")


@dataclass(frozen=True)
class ManifestHeader:
    """What every signed manifest (assessment or reference package) starts with."""

    package_id: str
    sender: PublicKey
    sequence: int
    created_at: datetime
    format_version: int


def read_header(data: dict[str, Any], *, what: str, supported_version: int) -> ManifestHeader:
    """Check the common fields of a manifest; ``what`` names the package in messages.

    A newer format is refused before anything else is read."""
    version = data.get("format_version")
    if not _is_int(version) or version < 1:
        raise DamagedPackageError(f"The {what}'s manifest has no valid format version.")
    if version > supported_version:
        raise NewerPackageError(version, supported_version)
    package_id = data.get("package_id")
    if not isinstance(package_id, str) or not _is_uuid(package_id):
        raise DamagedPackageError(f"The {what}'s manifest has no valid package id.")
    sender = PublicKey.from_json(data.get("sender"), where=f"{what}'s sender key")
    if data["sender"].get("key_id") != sender.key_id:
        raise DamagedPackageError(f"The {what}'s sender key id does not match the sender's keys.")
    sequence = data.get("sequence")
    if not _is_int(sequence) or not 1 <= sequence <= MAX_SEQUENCE:
        raise DamagedPackageError(f"The {what}'s manifest has no valid sequence number.")
    created_at = _creation_time(data.get("created_at"), what)
    return ManifestHeader(package_id, sender, sequence, created_at, version)


def _creation_time(value: Any, what: str) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise DamagedPackageError(f"The {what}'s manifest has no valid creation time.")
    try:
        created_at = datetime.fromisoformat(value)
    except ValueError as exc:
        raise DamagedPackageError(f"The {what}'s manifest has no valid creation time.") from exc
    if created_at.tzinfo is None:
        raise DamagedPackageError(f"The {what}'s creation time has no time zone.")
    # Years far from today would overflow when converted to UTC (year 1, year 9999).
    if not EARLIEST_YEAR <= created_at.year <= LATEST_YEAR:
        raise DamagedPackageError(
            f"The {what}'s creation time is not in the years {EARLIEST_YEAR} to {LATEST_YEAR}."
        )
    return created_at.astimezone(UTC)


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False
