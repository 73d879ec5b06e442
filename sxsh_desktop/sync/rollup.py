"""Roll-up packages: a province office's yearly figures for the ministry, and the ministry's replies.

A roll-up package (``.sxshroll``) is the same kind of file as an assessment package: a standard age
file (X25519) encrypted to the ministry's key and the sender's own, holding a zip with a canonical
JSON manifest (format ``sxsh-rollup-package``, kind ``rollup`` or ``rollup_reply``, package id, the
sender's public key, sequence number, creation time, SHA-256 of every entry) and the sender's Ed25519
signature over it. The package code (``sync.package``) decrypts and bounds it; the signature is
checked over the raw manifest before anything else of it is read.

At the ministry, each province office's key is registered for one province (``register_province_key``):
a key may send only its own province's roll-ups, and a 2025 province's key also those of the former
provinces it succeeds. A roll-up is refused, with nothing written, when its signer is not registered
or revoked, when it was imported before (same package id), when it is older than one already received
from that key (sequence number), or when any entry or field is wrong. The ministry accepts a
roll-up or returns it with comments; the decision travels back in a signed ``rollup_reply`` package
that the province imports the same way.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from pyrage import x25519
from sqlalchemy import Connection, func, insert, select, update

from sxsh_desktop.atomic import write_atomically
from sxsh_desktop.domain.model import utc_now
from sxsh_desktop.domain.provinces import Province, Vintage, provinces, vintage_of_year
from sxsh_desktop.interchange.jsonformat import DOCUMENT_LIMITS, InterchangeError, parse_json_bytes
from sxsh_desktop.store import schema
from sxsh_desktop.store.db import set_meta
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import package
from sxsh_desktop.sync.errors import (
    AlreadyImportedError,
    BadSignatureError,
    DamagedPackageError,
    InvalidContentError,
    KeyProblem,
    SyncError,
)
from sxsh_desktop.sync.files import MiB
from sxsh_desktop.sync.keys import KeyPair, PublicKey
from sxsh_desktop.sync.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    claimed_sender,
    is_payload_name,
    parse_manifest,
    read_header,
    sha256_hex,
)
from sxsh_desktop.sync.rollup_document import ReplyStatus, RollupDocument, RollupReply

PACKAGE_FORMAT = "sxsh-rollup-package"
FORMAT_VERSION = 1
PACKAGE_SUFFIX = ".sxshroll"
REPLY_SUFFIX = ".sxshreply"
KIND_ROLLUP = "rollup"
KIND_REPLY = "rollup_reply"
KIND_OFFICE = "office_export"  # a whole office, for the office of the province it merged into
ROLLUP_ENTRY = "rollup.json"
REPLY_ENTRY = "reply.json"
OFFICE_ENTRY = "enterprises.json"
ROLE_PROVINCE = "province"
ROLE_MINISTRY = "ministry"
ROLE_OFFICE = "office"  # another province's office whose whole database is merged into this one
MAX_ROLLUP_BYTES = 256 * MiB
_ENTRY_OF_KIND = {KIND_ROLLUP: ROLLUP_ENTRY, KIND_REPLY: REPLY_ENTRY, KIND_OFFICE: OFFICE_ENTRY}
_SENT_SEQUENCE_KEY = "rollup.sent_sequence"
_SHA256 = re.compile(r"[0-9a-f]{64}")
PROVINCE_SETTING = "rollup.province"  # "CODE/VINTAGE" of this office


class Status(StrEnum):
    RECEIVED = "received"
    ACCEPTED = "accepted"
    RETURNED = "returned"


def _entry_limit(name: str) -> int:
    if name == MANIFEST_NAME:
        return 64 * 1024
    if name == SIGNATURE_NAME:
        return package.SIGNATURE_BYTES
    if name == ROLLUP_ENTRY:
        return 200 * MiB
    if name == REPLY_ENTRY:
        return 1 * MiB
    if name == OFFICE_ENTRY:
        return 256 * MiB
    return package.max_entry_bytes(name) if is_payload_name(name) else 0


# --- problems ----------------------------------------------------------------------------------


class RollupRefused(SyncError):
    """A roll-up or reply this installation does not accept (who sent it, for whom, in what order)."""

    code = "rollup_refused"


# --- the manifest ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RollupManifest:
    kind: str
    package_id: str
    sender: PublicKey
    sequence: int
    created_at: datetime
    entries: dict[str, str]
    format_version: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        data = {
            "format": PACKAGE_FORMAT,
            "kind": self.kind,
            "format_version": self.format_version,
            "package_id": self.package_id,
            "sender": {**self.sender.to_json(), "key_id": self.sender.key_id},
            "sequence": self.sequence,
            "created_at": self.created_at.astimezone(UTC).isoformat(),
            "entries": dict(sorted(self.entries.items())),
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> RollupManifest:
        data = parse_manifest(raw, what="roll-up package")
        if not isinstance(data, dict) or data.get("format") != PACKAGE_FORMAT:
            raise DamagedPackageError("The file is not an SXSH roll-up package (its manifest is not one).")
        kind = data.get("kind")
        if kind not in _ENTRY_OF_KIND:
            raise DamagedPackageError(f"The roll-up package's manifest has an unknown kind {kind!r}.")
        header = read_header(data, what="roll-up package", supported_version=FORMAT_VERSION)
        entries = data.get("entries")
        expected = _ENTRY_OF_KIND[kind]
        if (
            not isinstance(entries, dict)
            or expected not in entries
            or any(not isinstance(v, str) or not _SHA256.fullmatch(v) for v in entries.values())
            or any(n != expected and (kind != KIND_OFFICE or not is_payload_name(n)) for n in entries)
        ):
            raise DamagedPackageError(
                f"The roll-up package's manifest must list {expected} and only what a {kind} package holds."
            )
        return cls(
            kind,
            header.package_id,
            header.sender,
            header.sequence,
            header.created_at,
            dict(entries),
            header.format_version,
        )


# --- keys --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RollupKey:
    public: PublicKey
    role: str  # ROLE_PROVINCE (registered at the ministry) or ROLE_MINISTRY (installed at a province)
    province: Province | None
    added_at: datetime
    revoked_at: datetime | None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


def _key_from_row(row: Any) -> RollupKey:
    public = PublicKey("centre", row.name, row.device_id, row.age_recipient, base64.b64decode(row.verify_key))
    province = (
        provinces().find(row.province_code, row.province_vintage) if row.province_code is not None else None
    )
    return RollupKey(public, row.role, province, row.added_at, row.revoked_at)


def rollup_keys(store: Store, role: str | None = None) -> list[RollupKey]:
    table = schema.rollup_key
    query = select(table).order_by(table.c.role, table.c.province_code, table.c.added_at)
    if role is not None:
        query = query.where(table.c.role == role)
    with store.reading() as connection:
        return [_key_from_row(row) for row in connection.execute(query)]


def _find_key(connection: Connection, key_id: str) -> RollupKey | None:
    table = schema.rollup_key
    row = connection.execute(select(table).where(table.c.key_id == key_id)).first()
    return _key_from_row(row) if row is not None else None


def insert_key(connection: Connection, key: PublicKey, role: str, province: Province | None) -> RollupKey:
    existing = _find_key(connection, key.key_id)
    if existing is not None:
        if existing.revoked:
            raise KeyProblem(
                f"The key of {key.name} (fingerprint {key.fingerprint}) was revoked; a revoked key is not "
                "registered again.",
                reason="revoked_again",
            )
        if existing.role != role or existing.province != province:
            raise KeyProblem(
                f"The key of {key.name} (fingerprint {key.fingerprint}) is already registered for another "
                "role or province; revoke it first.",
                reason="registered_otherwise",
            )
        return existing
    now = utc_now()
    if role == ROLE_MINISTRY:  # one ministry key at a time: replies are checked against the newest
        table = schema.rollup_key
        connection.execute(
            update(table)
            .where(table.c.role == ROLE_MINISTRY, table.c.revoked_at.is_(None))
            .values(revoked_at=now)
        )
    connection.execute(
        insert(schema.rollup_key).values(
            key_id=key.key_id,
            role=role,
            province_code=province.code if province else None,
            province_vintage=province.vintage.value if province else None,
            name=key.name,
            device_id=key.device_id,
            age_recipient=key.age_recipient,
            verify_key=base64.b64encode(key.verify_key).decode("ascii"),
            added_at=now,
            revoked_at=None,
        )
    )
    return RollupKey(key, role, province, now, None)


def find_province(code: str, vintage: Vintage | str = Vintage.CURRENT) -> Province:
    found = provinces().find(code.strip(), vintage)
    if found is None:
        raise SyncError(
            f"No province with code {code!r} in the {'2025' if str(vintage) == '2025' else 'former'} list.",
            field="province",
            reason="unknown_province",
            code=code,
        )
    return found


def register_province_key(store: Store, key: PublicKey, province: Province) -> RollupKey:
    """At the ministry: accept roll-ups signed by ``key`` for ``province`` (and, for a 2025 province,
    for the former provinces it succeeds)."""
    with store.transaction() as connection:
        return insert_key(connection, key, ROLE_PROVINCE, province)


def install_ministry_key(store: Store, key: PublicKey) -> RollupKey:
    """At a province: the ministry's key, to encrypt roll-ups to and to check replies with."""
    with store.transaction() as connection:
        return insert_key(connection, key, ROLE_MINISTRY, None)


def revoke_key(store: Store, key_id: str) -> RollupKey:
    table = schema.rollup_key
    with store.transaction() as connection:
        key = _find_key(connection, key_id)
        if key is None:
            raise KeyProblem(f"No registered roll-up key with id {key_id}.", reason="not_found")
        if not key.revoked:
            connection.execute(update(table).where(table.c.key_id == key_id).values(revoked_at=utc_now()))
            key = _find_key(connection, key_id)
    assert key is not None
    return key


def ministry_key(store: Store) -> PublicKey:
    active = [k for k in rollup_keys(store, ROLE_MINISTRY) if not k.revoked]
    if not active:
        raise KeyProblem(
            "The ministry's public key is not installed here: install it first ('sxsh rollup trust-ministry "
            "FILE' with the key file from the ministry).",
            reason="no_ministry_key",
        )
    return max(active, key=lambda k: k.added_at).public


def may_report_for(key_province: Province, province: Province) -> bool:
    """Whether an office registered for ``key_province`` may send ``province``'s roll-up."""
    if key_province == province:
        return True
    return (
        key_province.vintage is Vintage.CURRENT
        and province.vintage is Vintage.FORMER
        and province.successor == key_province.code
    )


# --- this office's province --------------------------------------------------------------------


def office_province(store: Store) -> Province | None:
    with store.reading() as connection:
        value = _meta(connection, PROVINCE_SETTING)
    if not value or "/" not in value:
        return None
    code, vintage = value.split("/", 1)
    return provinces().find(code, vintage)


def set_office_province(store: Store, province: Province) -> None:
    with store.transaction() as connection:
        set_meta(connection, PROVINCE_SETTING, f"{province.code}/{province.vintage.value}")


def _meta(connection: Connection, key: str) -> str | None:
    table = schema.meta
    return connection.execute(select(table.c.value).where(table.c.key == key)).scalar_one_or_none()


# --- writing -----------------------------------------------------------------------------------


def _dump(value: Any) -> bytes:
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


@dataclass(frozen=True)
class SentPackage:
    path: Path
    package_id: str
    kind: str
    sequence: int
    created_at: datetime


def write_package(
    store: Store,
    path: Path,
    kind: str,
    body: bytes | dict[str, bytes],
    signer: KeyPair,
    recipient: PublicKey,
    province: Province,
    year: int,
    subject_id: str | None = None,
    status: str | None = None,
    also: Callable[[Connection], None] | None = None,
) -> SentPackage:
    """Seal ``body`` as a package of ``kind`` and write it; the sequence number is used up only with
    the file, and the package is recorded as sent."""
    path = Path(path)
    created_at = utc_now()
    package_id = str(uuid.uuid4())
    entries = body if isinstance(body, dict) else {_ENTRY_OF_KIND[kind]: body}
    hashes = {name: sha256_hex(data) for name, data in entries.items()}
    with store.transaction() as connection:
        sequence = int(_meta(connection, _SENT_SEQUENCE_KEY) or 0) + 1
        manifest = RollupManifest(kind, package_id, signer.public, sequence, created_at, hashes)
        sealed = package.seal(manifest, entries, signer, [recipient.recipient(), signer.public.recipient()])
        set_meta(connection, _SENT_SEQUENCE_KEY, str(sequence))
        connection.execute(
            insert(schema.rollup_sent).values(
                package_id=package_id,
                kind=kind,
                sequence=sequence,
                province_code=province.code,
                province_vintage=province.vintage.value,
                year=year,
                created_at=created_at,
                file_name=path.name,
                recipient_key_id=recipient.key_id,
                subject_id=subject_id,
                status=status,
            )
        )
        if also is not None:
            also(connection)
        write_atomically(path, sealed)  # inside the transaction: no file, nothing recorded
    return SentPackage(path, package_id, kind, sequence, created_at)


def export_rollup(store: Store, path: Path, document: RollupDocument, signer: KeyPair) -> SentPackage:
    """Write ``document`` as a roll-up package to the ministry, signed with the office's key."""
    recipient = ministry_key(store)
    # What is sent is what the ministry will read: checked the same way before it leaves.
    body = _dump(document.to_json())
    RollupDocument.from_json(json.loads(body))
    return write_package(store, path, KIND_ROLLUP, body, signer, recipient, document.province, document.year)


# --- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenedRollup:
    file_name: str
    manifest: RollupManifest
    signature: bytes
    manifest_bytes: bytes
    entries: dict[str, bytes]

    @property
    def body(self) -> bytes:
        return self.entries[_ENTRY_OF_KIND[self.manifest.kind]]


def open_package(path: Path, identities: list[x25519.Identity], kind: str) -> OpenedRollup:
    """Decrypt and authenticate a roll-up package and read its one entry; nothing is written.

    The signature is checked against the key the manifest names before the manifest is read for
    anything else; whether that key is registered here is checked by the caller."""
    path = Path(path)
    with package.decrypt_archive(path, identities, _entry_limit, max_bytes=MAX_ROLLUP_BYTES) as archive:
        manifest_bytes, signature = package.read_signed_manifest(archive)
        sender = claimed_sender(manifest_bytes, what="roll-up package")
        if not sender.verifies(signature, manifest_bytes):
            raise BadSignatureError()
        manifest = RollupManifest.from_bytes(manifest_bytes)
        if manifest.kind != kind:
            wanted = {KIND_ROLLUP: "a roll-up", KIND_REPLY: "a reply of the ministry"}.get(
                kind, "an office export"
            )
            raise DamagedPackageError(
                f"{path.name} is not {wanted} (it is a package of kind {manifest.kind})."
            )
        present = archive.names - {MANIFEST_NAME, SIGNATURE_NAME}
        if present != set(manifest.entries):
            raise DamagedPackageError(f"{path.name} holds other entries than its manifest lists.")
        entries = {}
        for name in sorted(present):
            data = archive.read(name)
            if sha256_hex(data) != manifest.entries[name]:
                raise DamagedPackageError(f"The entry {name} does not match the hash in the manifest.")
            entries[name] = data
    return OpenedRollup(path.name, manifest, signature, manifest_bytes, entries)


def _parse(body: bytes, what: str) -> Any:
    try:
        return parse_json_bytes(body, max_bytes=len(body), limits=DOCUMENT_LIMITS)
    except InterchangeError as exc:
        raise InvalidContentError(f"The {what} is not readable JSON ({exc}). Nothing was imported.") from exc


def check_signer(connection: Connection, opened: OpenedRollup, role: str) -> RollupKey:
    claimed = opened.manifest.sender
    if not claimed.verifies(opened.signature, opened.manifest_bytes):
        raise BadSignatureError()
    key = _find_key(connection, claimed.key_id)
    who = {ROLE_PROVINCE: "province office", ROLE_MINISTRY: "ministry"}.get(role, "merged office")
    if key is None or key.role != role:
        raise RollupRefused(
            f"{opened.file_name} is signed by a key not registered here as a {who}'s ({claimed.name}, "
            f"fingerprint {claimed.fingerprint}). Nothing was imported.",
            reason="unregistered_signer",
            name=claimed.name,
            fingerprint=claimed.fingerprint,
        )
    if key.revoked:
        raise RollupRefused(
            f"{opened.file_name} is signed by the revoked key of {key.public.name} (fingerprint "
            f"{key.public.fingerprint}). Nothing was imported.",
            reason="revoked_signer",
            name=key.public.name,
            fingerprint=key.public.fingerprint,
        )
    return key


def check_order(connection: Connection, opened: OpenedRollup, table: Any, key_column: Any) -> None:
    """Refuse a package imported before (same id) or older than the last one from the same key."""
    manifest = opened.manifest
    earlier = connection.execute(select(table).where(table.c.package_id == manifest.package_id)).first()
    if earlier is not None:
        raise AlreadyImportedError(manifest.package_id, f"{earlier.received_at:%d/%m/%Y %H:%M} UTC")
    last = connection.execute(
        select(func.max(table.c.sequence)).where(key_column == manifest.sender.key_id)
    ).scalar_one_or_none()
    if last is not None and manifest.sequence <= last:
        raise RollupRefused(
            f"{opened.file_name} is number {manifest.sequence} from its sender, but number {last} was "
            "already received: an older or replayed package is refused. Nothing was imported.",
            reason="replayed",
            sequence=str(manifest.sequence),
            last=str(last),
        )


# --- the ministry: import --------------------------------------------------------------------------


@dataclass(frozen=True)
class RollupPreview:
    file_name: str
    package_id: str
    sender: PublicKey
    sequence: int
    created_at: datetime
    province: Province
    year: int
    indicator_rows: int
    enterprise_rows: int
    replaces: str | None  # the package id of the earlier roll-up of this province and year
    applied: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "package_id": self.package_id,
            "sender": {
                "name": self.sender.name,
                "key_id": self.sender.key_id,
                "fingerprint": self.sender.fingerprint,
            },
            "sequence": self.sequence,
            "created_at": self.created_at.isoformat(),
            "province": {
                "code": self.province.code,
                "vintage": self.province.vintage.value,
                "name": self.province.name,
            },
            "year": self.year,
            "indicator_rows": self.indicator_rows,
            "enterprise_rows": self.enterprise_rows,
            "replaces": self.replaces,
            "applied": self.applied,
        }


@dataclass(frozen=True)
class PendingRollup:
    opened: OpenedRollup
    document: RollupDocument
    preview: RollupPreview


def _preview(connection: Connection, opened: OpenedRollup, document: RollupDocument) -> RollupPreview:
    key = check_signer(connection, opened, ROLE_PROVINCE)
    assert key.province is not None
    province = document.province
    if not may_report_for(key.province, province):
        raise RollupRefused(
            f"{opened.file_name} is a roll-up of {province.name} ({province.code}), but its signer's key is "
            f"registered for {key.province.name} ({key.province.code}): a province sends only its own. "
            "Nothing was imported.",
            reason="foreign_province",
            province=province.name,
            registered=key.province.name,
        )
    check_order(connection, opened, schema.rollup_submission, schema.rollup_submission.c.sender_key_id)
    current = _current_submission(connection, province, document.year)
    manifest = opened.manifest
    return RollupPreview(
        opened.file_name,
        manifest.package_id,
        key.public,
        manifest.sequence,
        manifest.created_at,
        province,
        document.year,
        len(document.indicators),
        len(document.enterprises),
        current.package_id if current is not None else None,
    )


def read_rollup(store: Store, path: Path, identities: list[x25519.Identity]) -> PendingRollup:
    """Open, authenticate and check a roll-up, and say what importing it does; nothing is written."""
    opened = open_package(path, identities, KIND_ROLLUP)
    with store.reading() as connection:
        check_signer(connection, opened, ROLE_PROVINCE)  # the signer before the content is parsed
    document = RollupDocument.from_json(_parse(opened.body, "roll-up"))
    with store.reading() as connection:
        preview = _preview(connection, opened, document)
    return PendingRollup(opened, document, preview)


def apply_rollup(store: Store, pending: PendingRollup) -> RollupPreview:
    """Record a read roll-up in one transaction (checked again inside it); it becomes the province's
    current submission for its year, received and awaiting a decision."""
    opened, document = pending.opened, pending.document
    now = datetime.now(UTC)
    with store.transaction() as connection:
        preview = _preview(connection, opened, document)
        connection.execute(
            insert(schema.rollup_submission).values(
                package_id=preview.package_id,
                province_code=preview.province.code,
                province_vintage=preview.province.vintage.value,
                year=preview.year,
                sender_key_id=preview.sender.key_id,
                sender_name=preview.sender.name,
                sequence=preview.sequence,
                created_at=preview.created_at,
                received_at=now,
                file_name=preview.file_name,
                status=Status.RECEIVED.value,
                status_at=now,
                comment="",
                document=opened.body.decode("utf-8"),
            )
        )
        rows = [
            {
                "submission_id": preview.package_id,
                "code": figure.code,
                "basis": figure.basis,
                "grp": figure.group,
                "definition_version": figure.definition_version,
                "numerator": figure.numerator,
                "denominator": figure.denominator,
                "denominator_source": figure.denominator_source,
                "coverage": figure.coverage,
                "target": figure.target,
            }
            for figure in document.indicators
        ]
        if rows:
            connection.execute(insert(schema.rollup_figure), rows)
    return _replace(preview, applied=True)


def _replace(preview: RollupPreview, **changes: Any) -> RollupPreview:
    return dataclasses.replace(preview, **changes)


def import_rollup(
    store: Store, path: Path, identities: list[x25519.Identity], *, dry_run: bool = False
) -> RollupPreview:
    pending = read_rollup(store, path, identities)
    return pending.preview if dry_run else apply_rollup(store, pending)


# --- the ministry: submissions and decisions --------------------------------------------------------


@dataclass(frozen=True)
class Submission:
    package_id: str
    province: Province
    year: int
    sender_name: str
    sequence: int
    created_at: datetime
    received_at: datetime
    file_name: str
    status: Status
    status_at: datetime
    comment: str
    current: bool  # the newest roll-up of its province and year

    def to_json(self) -> dict[str, Any]:
        return {
            "package_id": self.package_id,
            "province": {
                "code": self.province.code,
                "vintage": self.province.vintage.value,
                "name": self.province.name,
            },
            "year": self.year,
            "sender": self.sender_name,
            "sequence": self.sequence,
            "received_at": self.received_at.isoformat(),
            "status": self.status.value,
            "status_at": self.status_at.isoformat(),
            "comment": self.comment,
            "current": self.current,
        }


def _submission(row: Any, current: bool) -> Submission:
    province = provinces().find(row.province_code, row.province_vintage)
    assert province is not None
    return Submission(
        row.package_id,
        province,
        row.year,
        row.sender_name,
        row.sequence,
        row.created_at,
        row.received_at,
        row.file_name,
        Status(row.status),
        row.status_at,
        row.comment,
        current,
    )


def _current_submission(connection: Connection, province: Province, year: int) -> Any:
    table = schema.rollup_submission
    return connection.execute(
        select(table)
        .where(
            table.c.province_code == province.code,
            table.c.province_vintage == province.vintage.value,
            table.c.year == year,
        )
        .order_by(table.c.received_at.desc(), table.c.sequence.desc())
        .limit(1)
    ).first()


def _submissions(connection: Connection, year: int | None = None) -> list[Submission]:
    table = schema.rollup_submission
    query = select(table).order_by(table.c.province_code, table.c.year, table.c.received_at.desc())
    if year is not None:
        query = query.where(table.c.year == year)
    result: list[Submission] = []
    seen: set[tuple[str, str, int]] = set()
    for row in connection.execute(query):
        key = (row.province_code, row.province_vintage, row.year)
        result.append(_submission(row, key not in seen))
        seen.add(key)
    return result


def submissions(store: Store, year: int | None = None) -> list[Submission]:
    """Every roll-up received, newest first within each province and year."""
    with store.reading() as connection:
        return _submissions(connection, year)


def find_submission(store: Store, text: str) -> Submission:
    """A submission by package id (or its first 8 characters or more)."""
    wanted = text.strip().lower()
    found = [s for s in submissions(store) if len(wanted) >= 8 and s.package_id.startswith(wanted)]
    if len(found) != 1:
        raise SyncError(
            f"No roll-up received matches {text!r}." if not found else f"{text!r} matches several roll-ups.",
            reason="no_such_submission",
            id=text,
        )
    return found[0]


def decide(
    store: Store,
    submission_id: str,
    status: ReplyStatus,
    comment: str,
    path: Path,
    signer: KeyPair,
    decided_by: str = "",
) -> tuple[Submission, SentPackage]:
    """Accept or return a roll-up, and write the signed reply for its province, in one step."""
    if status is ReplyStatus.RETURNED and not comment.strip():
        raise SyncError(
            "A returned roll-up needs comments saying what to correct.", field="comment", reason="no_comment"
        )
    if len(comment) > 10_000:
        raise SyncError(
            "The comments are longer than 10,000 characters.", field="comment", reason="long_comment"
        )
    submission = find_submission(store, submission_id)
    if not submission.current:
        raise SyncError(
            "A newer roll-up of this province and year was received since: decide on that one.",
            reason="not_current",
        )
    table = schema.rollup_submission
    with store.reading() as connection:
        row = connection.execute(select(table).where(table.c.package_id == submission.package_id)).one()
        sender = _find_key(connection, row.sender_key_id)
    if sender is None or sender.revoked:
        raise KeyProblem(
            "The province's key that sent this roll-up is no longer registered.", reason="no_sender"
        )
    now = utc_now()
    reply = RollupReply(
        submission.package_id,
        submission.province.code,
        submission.province.vintage,
        submission.year,
        status,
        comment.strip(),
        now,
        decided_by,
    )

    def record(connection: Connection) -> None:
        connection.execute(
            update(table)
            .where(table.c.package_id == submission.package_id)
            .values(status=status.value, status_at=now, comment=reply.comment)
        )

    sent = write_package(
        store,
        path,
        KIND_REPLY,
        _dump(reply.to_json()),
        signer,
        sender.public,
        submission.province,
        submission.year,
        submission.package_id,
        status.value,
        also=record,
    )
    return find_submission(store, submission.package_id), sent


# --- the province: replies ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ReplyPreview:
    file_name: str
    package_id: str
    sender: PublicKey
    reply: RollupReply
    known_submission: bool  # the roll-up decided on was sent from here
    applied: bool = False


def _reply_preview(connection: Connection, opened: OpenedRollup, reply: RollupReply) -> ReplyPreview:
    key = check_signer(connection, opened, ROLE_MINISTRY)
    check_order(connection, opened, schema.rollup_reply, schema.rollup_reply.c.sender_key_id)
    sent = schema.rollup_sent
    known = connection.execute(
        select(sent.c.package_id).where(sent.c.package_id == reply.submission_id, sent.c.kind == KIND_ROLLUP)
    ).first()
    if known is None:
        raise RollupRefused(
            f"{opened.file_name} decides on a roll-up that was not sent from here. Nothing was imported.",
            reason="unknown_submission",
        )
    return ReplyPreview(opened.file_name, opened.manifest.package_id, key.public, reply, True)


def import_reply(
    store: Store, path: Path, identities: list[x25519.Identity], *, dry_run: bool = False
) -> ReplyPreview:
    """At a province: read the ministry's decision on a roll-up and record it, in one transaction."""
    opened = open_package(path, identities, KIND_REPLY)
    with store.reading() as connection:
        check_signer(connection, opened, ROLE_MINISTRY)
    reply = RollupReply.from_json(_parse(opened.body, "ministry's reply"))
    if dry_run:
        with store.reading() as connection:
            return _reply_preview(connection, opened, reply)
    with store.transaction() as connection:
        preview = _reply_preview(connection, opened, reply)
        connection.execute(
            insert(schema.rollup_reply).values(
                package_id=preview.package_id,
                submission_id=reply.submission_id,
                province_code=reply.province_code,
                province_vintage=reply.province_vintage.value,
                year=reply.year,
                status=reply.status.value,
                comment=reply.comment,
                decided_at=reply.decided_at,
                decided_by=reply.decided_by,
                sender_key_id=preview.sender.key_id,
                sequence=opened.manifest.sequence,
                received_at=datetime.now(UTC),
            )
        )
    return ReplyPreview(preview.file_name, preview.package_id, preview.sender, reply, True, applied=True)


@dataclass(frozen=True)
class SentRollup:
    """A roll-up this office sent, with the ministry's decision when it came back."""

    package_id: str
    province: Province
    year: int
    sequence: int
    created_at: datetime
    file_name: str
    status: Status  # received (no reply yet), accepted or returned
    comment: str
    decided_at: datetime | None


def sent_rollups(store: Store) -> list[SentRollup]:
    sent, reply = schema.rollup_sent, schema.rollup_reply
    with store.reading() as connection:
        rows = connection.execute(
            select(sent)
            .where(sent.c.kind == KIND_ROLLUP)
            .order_by(sent.c.year.desc(), sent.c.created_at.desc())
        ).all()
        replies: dict[str, Any] = {}
        for row in connection.execute(select(reply).order_by(reply.c.decided_at)):
            replies[row.submission_id] = row  # the latest decision wins
    result = []
    for row in rows:
        province = provinces().find(row.province_code, row.province_vintage)
        assert province is not None
        decision = replies.get(row.package_id)
        result.append(
            SentRollup(
                row.package_id,
                province,
                row.year,
                row.sequence,
                row.created_at,
                row.file_name,
                Status(decision.status) if decision is not None else Status.RECEIVED,
                decision.comment if decision is not None else "",
                decision.decided_at if decision is not None else None,
            )
        )
    return result


# --- the ministry: national figures ---------------------------------------------------------------


class Scope(StrEnum):
    NATIONAL = "national"
    PROVINCE = "province"
    REGION = "region"
    SECTOR = "sector"


@dataclass(frozen=True)
class NationalFigure:
    scope: Scope
    key: str  # "" nationally; the 2025 province code; the region key; the sector group
    code: str
    definition_version: int
    basis: str
    numerator: float
    denominator: float
    coverage: float | None  # Σ(coverage × denominator) / Σ denominator
    provinces: int  # roll-ups added up

    @property
    def value(self) -> float | None:
        """Percent: 100 × Σ numerators / Σ denominators (never an average of percentages)."""
        return 100 * self.numerator / self.denominator if self.denominator else None

    def to_json(self) -> dict[str, Any]:
        return {
            "scope": self.scope.value,
            "key": self.key,
            "code": self.code,
            "definition_version": self.definition_version,
            "basis": self.basis,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "value_percent": self.value,
            "coverage": self.coverage,
            "provinces": self.provinces,
        }


@dataclass
class _Sum:
    numerator: float = 0
    denominator: float = 0
    covered: float = 0.0
    provinces: set[tuple[str, str]] = field(default_factory=set)


COUNTED = (Status.RECEIVED, Status.ACCEPTED)


def national_figures(
    store: Store, year: int, *, statuses: Iterable[Status] = COUNTED
) -> list[NationalFigure]:
    """Σ numerators ÷ Σ denominators of the current roll-up of every province for ``year``,
    nationally and by 2025 province (former provinces add up under their successor), region and sector.

    Only roll-ups whose current decision is in ``statuses`` count (by default not those returned)."""
    wanted = set(statuses)
    figures = schema.rollup_figure
    with store.reading() as connection:
        current = [s for s in _submissions(connection, year) if s.current and s.status in wanted]
        ids = [s.package_id for s in current]
        rows = (
            connection.execute(select(figures).where(figures.c.submission_id.in_(ids))).all() if ids else []
        )
    by_id = {s.package_id: s for s in current}
    sums: dict[tuple[Scope, str, str, int, str], _Sum] = defaultdict(_Sum)
    table_ = provinces()
    for row in rows:
        province = by_id[row.submission_id].province
        successor = table_.successor_of(province)
        scopes: list[tuple[Scope, str]]
        if row.grp:
            scopes = [(Scope.SECTOR, row.grp.removeprefix("sector:"))]
        else:
            scopes = [
                (Scope.NATIONAL, ""),
                (Scope.PROVINCE, successor.code),
                (Scope.REGION, successor.region),
            ]
        for scope, key in scopes:
            total = sums[(scope, key, row.code, row.definition_version, row.basis)]
            total.numerator += row.numerator
            total.denominator += row.denominator
            total.covered += row.coverage * row.denominator
            total.provinces.add((province.code, province.vintage.value))
    return [
        NationalFigure(
            scope,
            key,
            code,
            version,
            basis,
            s.numerator,
            s.denominator,
            s.covered / s.denominator if s.denominator else None,
            len(s.provinces),
        )
        for (scope, key, code, version, basis), s in sorted(sums.items())
    ]


@dataclass(frozen=True)
class OverviewRow:
    """One 2025 province for one year at the ministry: what came, what was decided, what is missing."""

    province: Province
    parts: tuple[tuple[Province, Submission | None], ...]  # itself, or its former provinces (before 2025)
    figures: dict[str, tuple[float, float]]  # indicator code -> (numerator, denominator), registry basis

    @property
    def missing(self) -> list[Province]:
        return [part for part, submission in self.parts if submission is None]

    @property
    def returned(self) -> list[Province]:
        return [part for part, s in self.parts if s is not None and s.status is Status.RETURNED]


def overview(store: Store, year: int) -> list[OverviewRow]:
    """For every 2025 province: the roll-ups expected for ``year`` (its own from 2025, its former
    provinces' before), the current one received for each, and its registry-basis figures."""
    table_ = provinces()
    vintage = vintage_of_year(year)
    with store.reading() as connection:
        current = {
            (s.province.code, s.province.vintage): s for s in _submissions(connection, year) if s.current
        }
        figures = schema.rollup_figure
        ids = [s.package_id for s in current.values()]
        figure_rows = (
            connection.execute(
                select(figures).where(
                    figures.c.submission_id.in_(ids), figures.c.grp == "", figures.c.basis == "registry"
                )
            ).all()
            if ids
            else []
        )
    per_submission: dict[str, list[Any]] = defaultdict(list)
    for row in figure_rows:
        per_submission[row.submission_id].append(row)
    result = []
    for province in table_.current():
        parts = [province] if vintage is Vintage.CURRENT else table_.predecessors(province.code)
        found = tuple((part, current.get((part.code, part.vintage))) for part in parts)
        totals: dict[str, tuple[float, float]] = {}
        for _part, submission in found:
            if submission is None or submission.status is Status.RETURNED:
                continue
            for row in per_submission[submission.package_id]:
                n, d = totals.get(row.code, (0, 0))
                totals[row.code] = (n + row.numerator, d + row.denominator)
        result.append(OverviewRow(province, found, totals))
    return result
