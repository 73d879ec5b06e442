"""Reference packages: the Centre's signed reference data, and the enterprises it assigns, for consultants.

The file (``.sxshref``) is a plain zip, not an age file: reference data is public, so anyone can
look inside with any zip tool, and a consultant whose key the office has not registered yet can
still install it. It holds

- ``manifest.json``: canonical JSON (format ``sxsh-reference-package``, kind ``reference``, format
  version, package id, the Centre's public key and key id, sequence number, creation time, and the
  SHA-256 of every other entry);
- ``manifest.sig``: the Centre's Ed25519 signature over the manifest's exact bytes, which therefore
  covers every entry;
- ``reference/KIND.json``: one per kind sent, in the shape of ``resources/reference/KIND.json``;
- ``registry.age`` (optional): the assigned enterprises as interchange JSON records, in a standard
  age file (``age -d -i IDENTITY registry.age``) encrypted to the consultants the Centre chose (by
  default every registered consultant whose key is not revoked) and to the Centre itself, because
  registry data is confidential.

A consultant's installation accepts a package only if the Centre key installed there signed it,
every hash matches, its format is known, its sequence number is above that of the last package
installed from that key, and every item passes the checks the shipped files pass.
``reference_install`` then replaces the kinds sent (kinds not sent stay as they are) and merges the
enterprises, in one transaction.
"""

from __future__ import annotations

import io
import json
import re
import uuid
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

import pyrage
from pyrage import x25519
from sqlalchemy import Connection, select

from sxsh_desktop.atomic import write_atomically
from sxsh_desktop.domain import model
from sxsh_desktop.domain.model import utc_now
from sxsh_desktop.domain.reference_files import (
    REFERENCE_KINDS,
    ReferenceFileError,
    reference_document,
    reference_items_from_text,
)
from sxsh_desktop.domain.validation import validate_record
from sxsh_desktop.interchange.jsonformat import (
    DOCUMENT_LIMITS,
    InterchangeError,
    parse_json_bytes,
    record_from_json,
    record_to_json,
)
from sxsh_desktop.store import schema
from sxsh_desktop.store.chunks import chunked
from sxsh_desktop.store.db import set_meta
from sxsh_desktop.store.records import from_row
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import keys, package
from sxsh_desktop.sync.errors import (
    BadSignatureError,
    DamagedPackageError,
    InvalidContentError,
    KeyProblem,
    SyncError,
    WrongKeyError,
)
from sxsh_desktop.sync.files import open_regular_file
from sxsh_desktop.sync.keys import KeyPair, PublicKey
from sxsh_desktop.sync.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    claimed_sender,
    parse_manifest,
    read_header,
    sha256_hex,
)

PACKAGE_FORMAT = "sxsh-reference-package"
PACKAGE_KIND = "reference"
FORMAT_VERSION = 1
REGISTRY_FORMAT = "sxsh-registry"
REGISTRY_VERSION = 1
PACKAGE_SUFFIX = ".sxshref"
REGISTRY_NAME = "registry.age"
ALL = "all"

KINDS: tuple[str, ...] = tuple(REFERENCE_KINDS)
# Names people use for several kinds at once.
KIND_GROUPS: dict[str, tuple[str, ...]] = {"emission_factors": ("grid_factors", "fuels", "constants")}
KIND_LABELS: dict[str, str] = {
    "techniques": "CP techniques",
    "cause_categories": "waste-cause categories",
    "grid_factors": "grid emission factors",
    "fuels": "fuels",
    "constants": "constants",
    "units": "units",
    "admin_units": "administrative units",
    "sectors": "sectors",
    "catalogue": "option catalogue",
}

_SENT_SEQUENCE_KEY = "reference_package.sent_sequence"
_AGE_HEADER = b"age-encryption.org/v1\n"
_ZIP_HEADER = b"PK\x03\x04"
_SHA256 = re.compile(r"[0-9a-f]{64}")
MiB = 1024 * 1024
# The enterprises are encrypted to every consultant the Centre chose: more recipients than a
# package has, but each costs time to read, so their number is limited too.
MAX_REGISTRY_RECIPIENTS = 500
MAX_REGISTRY_HEADER_BYTES = 64 * 1024


def reference_entry(kind: str) -> str:
    return f"reference/{kind}.json"


_KIND_OF_ENTRY = {reference_entry(kind): kind for kind in KINDS}


def _entry_limit(name: str) -> int:
    """Size limit of each entry a reference package may hold; 0 for any other name."""
    if name == MANIFEST_NAME:
        return 1 * MiB
    if name == SIGNATURE_NAME:
        return package.SIGNATURE_BYTES
    if name in _KIND_OF_ENTRY:
        return 32 * MiB
    if name == REGISTRY_NAME:
        return 128 * MiB
    return 0


def _is_listable(name: str) -> bool:
    return name in _KIND_OF_ENTRY or name == REGISTRY_NAME


# --- problems ----------------------------------------------------------------------------------


class ForeignSignerError(SyncError):
    """Signed, but not by the Centre key installed here."""

    code = "reference_foreign_signer"


class OlderReferencePackageError(SyncError):
    code = "reference_package_older"


# --- the manifest ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReferenceManifest:
    package_id: str
    sender: PublicKey  # the Centre's key
    sequence: int
    created_at: datetime
    entries: dict[str, str]  # entry name -> SHA-256 (hex) of its bytes
    format_version: int = FORMAT_VERSION

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(kind for kind in KINDS if reference_entry(kind) in self.entries)

    @property
    def has_registry(self) -> bool:
        return REGISTRY_NAME in self.entries

    def to_bytes(self) -> bytes:
        data = {
            "format": PACKAGE_FORMAT,
            "kind": PACKAGE_KIND,
            "format_version": self.format_version,
            "package_id": self.package_id,
            "sender": {**self.sender.to_json(), "key_id": self.sender.key_id},
            "sequence": self.sequence,
            "created_at": self.created_at.astimezone(UTC).isoformat(),
            "entries": dict(sorted(self.entries.items())),
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> ReferenceManifest:
        """Parse and check a manifest; a newer format is refused before anything else is read."""
        data = parse_manifest(raw, what="reference package")
        if not isinstance(data, dict) or data.get("format") != PACKAGE_FORMAT:
            raise DamagedPackageError("The file is not an SXSH reference package (its manifest is not one).")
        if data.get("kind") != PACKAGE_KIND:
            raise DamagedPackageError(
                f"The reference package's manifest has an unknown kind {data.get('kind')!r}."
            )
        header = read_header(data, what="reference package", supported_version=FORMAT_VERSION)
        entries = data.get("entries")
        if not isinstance(entries, dict) or not entries:
            raise DamagedPackageError("The reference package's manifest lists no entries.")
        for name, digest in entries.items():
            if not _is_listable(name) or not isinstance(digest, str) or not _SHA256.fullmatch(digest):
                raise DamagedPackageError(
                    f"The reference package's manifest lists an invalid entry: {name!r}."
                )
        return cls(
            header.package_id,
            header.sender,
            header.sequence,
            header.created_at,
            dict(entries),
            header.format_version,
        )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# --- choosing what to send ---------------------------------------------------------------------


def parse_kinds(text: str) -> tuple[str, ...]:
    """Kinds from ``catalogue,grid_factors`` (also ``all``, ``none`` and ``emission_factors``)."""
    chosen: list[str] = []
    for word in (part.strip().lower() for part in text.split(",")):
        if not word:
            continue
        if word == ALL:
            chosen.extend(KINDS)
        elif word == "none":
            continue
        elif word in KIND_GROUPS:
            chosen.extend(KIND_GROUPS[word])
        elif word in KINDS:
            chosen.append(word)
        else:
            names = ", ".join((*KINDS, *KIND_GROUPS, ALL, "none"))
            raise SyncError(
                f"Unknown kind of reference data {word!r}; choose from {names}.",
                field="kinds",
                reason="unknown_reference_kind",
                kind=word,
            )
    return tuple(kind for kind in KINDS if kind in chosen)  # in the usual order, each once


def default_recipients(store: Store) -> list[PublicKey]:
    """Every registered consultant key that is not revoked: who may read the registry by default."""
    return [
        trusted.public
        for trusted in keys.trusted_keys(store)
        if trusted.public.role == keys.ROLE_CONSULTANT and not trusted.revoked
    ]


def registry_document(enterprises: Iterable[model.Enterprise]) -> dict[str, Any]:
    return {
        "format": REGISTRY_FORMAT,
        "version": REGISTRY_VERSION,
        "enterprises": [record_to_json(enterprise) for enterprise in enterprises],
    }


def _chosen_enterprises(
    connection: Connection, enterprises: Sequence[str] | Literal["all"]
) -> list[model.Enterprise]:
    table = schema.enterprise
    if enterprises == ALL:
        rows = connection.execute(select(table).order_by(table.c.name, table.c.id)).mappings()
        return [from_row(model.Enterprise, row) for row in rows]
    wanted = list(dict.fromkeys(enterprises))
    found: dict[str, model.Enterprise] = {}
    for chunk in chunked(wanted):
        for row in connection.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = from_row(model.Enterprise, row)
    if missing := [enterprise_id for enterprise_id in wanted if enterprise_id not in found]:
        raise SyncError(f"No enterprise with id {missing[0]}.", reason="no_such_enterprise", id=missing[0])
    return [found[enterprise_id] for enterprise_id in wanted]


# --- writing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReferenceExportResult:
    path: Path
    package_id: str
    sequence: int
    created_at: datetime
    item_counts: dict[str, int]  # kind -> items sent
    enterprise_count: int
    recipients: tuple[PublicKey, ...]  # who can read the enterprises besides the Centre (none without)


def export_reference_package(
    store: Store,
    path: Path,
    centre: KeyPair,
    *,
    kinds: Sequence[str] | None = None,
    enterprises: Sequence[str] | Literal["all"] | None = None,
    recipients: Sequence[PublicKey] | None = None,
) -> ReferenceExportResult:
    """Write a reference package signed by the (unlocked) Centre key.

    ``kinds``: the reference kinds to send (default: every kind). ``enterprises``: ids of the
    enterprises to assign, or ``"all"`` (default: none). ``recipients``: the consultant keys that
    may read the enterprises (default: every registered consultant key that is not revoked). The
    file appears complete or not at all; the sequence number is used up only with it.
    """
    path = Path(path)
    own = keys.centre_public(store)
    if own is None or own.key_id != centre.public.key_id:
        raise KeyProblem(
            "Only the Centre signs reference packages, with the Centre key of this installation.",
            reason="not_centre",
        )
    chosen_kinds = KINDS if kinds is None else tuple(kinds)
    if unknown := [kind for kind in chosen_kinds if kind not in KINDS]:
        raise SyncError(
            f"Unknown kind of reference data {unknown[0]!r}.",
            field="kinds",
            reason="unknown_reference_kind",
            kind=unknown[0],
        )
    reference = store.reference()
    entries: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    for kind in chosen_kinds:
        items = getattr(reference, kind)
        if not items:
            raise SyncError(
                f"There are no {KIND_LABELS[kind]} in the reference data to send.",
                reason="empty_reference_kind",
                kind=KIND_LABELS[kind],
            )
        entries[reference_entry(kind)] = _dump(reference_document(kind, items))
        counts[kind] = len(items)
    readers: tuple[PublicKey, ...] = ()
    records: list[model.Enterprise] = []
    if enterprises is not None:
        with store.transaction() as connection:
            records = _chosen_enterprises(connection, enterprises)
        if not records:
            raise SyncError("There is no enterprise in the registry to send.", reason="no_enterprises")
        for record in records:
            if problems := validate_record(record, "enterprise"):
                problem = str(problems[0]).rstrip(".")
                raise SyncError(
                    f"The enterprise {record.name!r} ({record.id}) cannot be sent: {problem}.",
                    reason="enterprise_invalid",
                    name=record.name,
                    problem=problem,
                )
        readers = tuple(recipients) if recipients is not None else tuple(default_recipients(store))
        if not readers:
            raise KeyProblem(
                "No consultant key is registered to encrypt the enterprises to: register the consultants' "
                "keys first ('sxsh keys trust FILE'), or send the reference data without enterprises.",
                reason="no_recipients",
            )
        age_recipients = [key.recipient() for key in (*readers, centre.public)]
        entries[REGISTRY_NAME] = pyrage.encrypt(_dump(registry_document(records)), age_recipients)
    if not entries:
        raise SyncError(
            "Nothing to send: choose some reference data or enterprises.", reason="reference_nothing_chosen"
        )
    created_at = utc_now()
    package_id = str(uuid.uuid4())
    with store.transaction() as connection:
        sequence = int(_meta(connection, _SENT_SEQUENCE_KEY) or 0) + 1
        manifest = ReferenceManifest(
            package_id=package_id,
            sender=centre.public,
            sequence=sequence,
            created_at=created_at,
            entries={name: sha256_hex(data) for name, data in entries.items()},
        )
        archive = _zip(manifest, entries, centre)
        set_meta(connection, _SENT_SEQUENCE_KEY, str(sequence))
        write_atomically(path, archive)  # inside the transaction: no file, no sequence used
    return ReferenceExportResult(path, package_id, sequence, created_at, counts, len(records), readers)


def _dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


def _zip(manifest: ReferenceManifest, entries: dict[str, bytes], signer: KeyPair) -> bytes:
    manifest_bytes = manifest.to_bytes()
    stamp = manifest.created_at.timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        items = [(MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, signer.sign(manifest_bytes))]
        for name, data in [*items, *sorted(entries.items())]:
            info = zipfile.ZipInfo(name, date_time=stamp)
            # The signature and the age file do not compress.
            stored = name in (SIGNATURE_NAME, REGISTRY_NAME)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def _meta(connection: Connection, key: str) -> str | None:
    table = schema.meta
    return connection.execute(select(table.c.value).where(table.c.key == key)).scalar_one_or_none()


# --- reading -----------------------------------------------------------------------------------


class RegistryStatus(StrEnum):
    NONE = "none"  # the package holds no enterprises
    RECEIVED = "received"
    NOT_ADDRESSED = "not_addressed"  # encrypted to other consultants: left aside


@dataclass(frozen=True)
class OpenedReferencePackage:
    """A package that passed every check that needs no database state."""

    file_name: str
    manifest: ReferenceManifest
    signer: PublicKey
    reference: dict[str, list[Any]]  # kind -> items
    registry: RegistryStatus
    enterprises: tuple[model.Enterprise, ...]


def installed_centre_keys(store: Store) -> tuple[list[PublicKey], list[keys.TrustedKey]]:
    """The Centre keys a reference package may be signed with, and the revoked ones (for messages)."""
    trusted = keys.trusted_keys(store)
    active = [
        k.public
        for k in sorted(trusted, key=lambda k: k.added_at, reverse=True)
        if k.public.role == keys.ROLE_CENTRE and not k.revoked
    ]
    own = keys.centre_public(store)
    if own is not None:
        active.insert(0, own)
    revoked = [k for k in trusted if k.public.role == keys.ROLE_CENTRE and k.revoked]
    return active, revoked


def _claimed_sender(manifest_bytes: bytes) -> PublicKey | None:
    """The key an unverified manifest names, to say whose package it is; None if it names none.

    Read with the manifest's tight limits, and only for the message."""
    try:
        return claimed_sender(manifest_bytes, what="reference package")
    except SyncError:
        return None


def _check_signature(store: Store, manifest_bytes: bytes, signature: bytes) -> PublicKey:
    """The installed Centre key that made ``signature``; anything else is refused."""
    installed, revoked = installed_centre_keys(store)
    for key in installed:
        if key.verifies(signature, manifest_bytes):
            return key
    if not installed:
        raise KeyProblem(
            "The Centre's public key is not installed here: install it first ('sxsh keys trust FILE' with "
            "the key file from the Industrial Promotion Centre). Nothing was imported.",
            reason="no_centre_key",
        )
    claimed = _claimed_sender(manifest_bytes)
    if claimed is None or any(key.key_id == claimed.key_id for key in installed):
        raise BadSignatureError()
    centre = installed[0]
    for old in revoked:
        if old.public.key_id == claimed.key_id:
            raise ForeignSignerError(
                f"The reference package is signed by an earlier Centre key ({old.public.name}, fingerprint "
                f"{old.public.fingerprint}), replaced here on {old.revoked_at:%d/%m/%Y}; only packages "
                f"signed by the current Centre key ({centre.fingerprint}) are accepted. Nothing was imported."
            )
    raise ForeignSignerError(
        f"The reference package is signed by {claimed.name} (fingerprint {claimed.fingerprint}), not by the "
        f"Centre key installed here ({centre.name}, fingerprint {centre.fingerprint}). Nothing was imported."
    )


def _read_verified(archive: package.CheckedArchive, manifest: ReferenceManifest) -> dict[str, bytes]:
    """The entries the signed manifest lists, each read within its limit and checked against its hash
    before anything parses it; an entry listed but absent, or present but not listed, is refused."""
    listed, present = set(manifest.entries), archive.names - {MANIFEST_NAME, SIGNATURE_NAME}
    if unlisted := sorted(present - listed):
        raise DamagedPackageError(
            f"The package holds entries its manifest does not list: {', '.join(unlisted)}."
        )
    if absent := sorted(listed - present):
        raise DamagedPackageError(f"The package lacks entries its manifest lists: {', '.join(absent)}.")
    entries = {}
    for name in sorted(listed):
        data = archive.read(name)
        if sha256_hex(data) != manifest.entries[name]:
            raise DamagedPackageError(f"The entry {name} does not match the hash in the manifest.")
        entries[name] = data
    return entries


def _decode_reference(entries: dict[str, bytes]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for name, data in entries.items():
        kind = _KIND_OF_ENTRY.get(name)
        if kind is None:
            continue
        try:
            # Parsed once with limits (depth, whole numbers, texts) before the reference reader parses
            # it, which checks each item's numbers and names the item.
            parse_json_bytes(data, max_bytes=len(data), limits=DOCUMENT_LIMITS)
        except InterchangeError as exc:
            raise InvalidContentError(
                f"Invalid reference data in the package: {name}: {exc}. Nothing was imported.", field=name
            ) from exc
        try:
            items = reference_items_from_text(data.decode("utf-8"), kind, name)
        except UnicodeDecodeError as exc:
            raise InvalidContentError(
                f"The entry {name} of the reference package is not UTF-8 text."
            ) from exc
        except ReferenceFileError as exc:
            where = name if exc.item is None else f"{name}, item {exc.item}"
            if exc.item is not None and exc.code:
                where += f" ({exc.code})"
            raise InvalidContentError(
                f"Invalid reference data in the package: {where}: {exc.problem}. Nothing was imported.",
                field=name,
            ) from exc
        if not items:
            raise InvalidContentError(
                f"The entry {name} of the reference package holds no items.", field=name
            )
        found[kind] = items
    return {kind: found[kind] for kind in KINDS if kind in found}


def _decode_registry(
    data: bytes, identity: x25519.Identity
) -> tuple[RegistryStatus, tuple[model.Enterprise, ...]]:
    if not data.startswith(_AGE_HEADER):
        raise InvalidContentError(f"The entry {REGISTRY_NAME} of the reference package is not an age file.")
    limit = _entry_limit(REGISTRY_NAME)
    try:
        with package.decrypt_bounded(
            io.BytesIO(data),
            [identity],
            REGISTRY_NAME,
            max_input=limit,
            max_output=limit,
            max_stanzas=MAX_REGISTRY_RECIPIENTS,
            max_header=MAX_REGISTRY_HEADER_BYTES,
            target=io.BytesIO(),
        ) as decrypted:
            plain = decrypted.read()
    except WrongKeyError:
        return RegistryStatus.NOT_ADDRESSED, ()
    except DamagedPackageError as exc:
        raise InvalidContentError(
            f"The entry {REGISTRY_NAME} of the reference package is damaged or too large ({exc})"
        ) from exc
    try:
        document = parse_json_bytes(plain, max_bytes=len(plain), limits=DOCUMENT_LIMITS)
    except InterchangeError as exc:
        raise InvalidContentError(f"The enterprises of the reference package: {exc}.") from exc
    if (
        not isinstance(document, dict)
        or document.get("format") != REGISTRY_FORMAT
        or set(document) != {"format", "version", "enterprises"}
    ):
        raise InvalidContentError("The enterprises of the reference package are not an SXSH registry.")
    if document["version"] != REGISTRY_VERSION:
        raise InvalidContentError(
            f"The enterprises of the reference package have format version {document['version']!r}; this "
            f"version reads {REGISTRY_VERSION}. Update the application to import them."
        )
    items = document["enterprises"]
    if not isinstance(items, list) or not items:
        raise InvalidContentError("The reference package's enterprise list is empty or not a list.")
    enterprises: list[model.Enterprise] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        path = f"enterprises[{index}]"
        try:
            enterprise = record_from_json(model.Enterprise, item, path)
        except InterchangeError as exc:
            raise InvalidContentError(
                f"The reference package's {exc}. Nothing was imported.", field=exc.field
            ) from exc
        if problems := validate_record(enterprise, path):
            name = f" ({enterprise.name})" if isinstance(enterprise.name, str) and enterprise.name else ""
            raise InvalidContentError(
                f"The reference package's {problems[0].message.rstrip('.')}{name}. Nothing was imported.",
                field=problems[0].field,
            )
        if enterprise.id in seen:
            raise InvalidContentError(f"The reference package holds the enterprise {enterprise.id} twice.")
        seen.add(enterprise.id)
        enterprises.append(enterprise)
    return RegistryStatus.RECEIVED, tuple(enterprises)


def open_reference_package(store: Store, path: Path) -> OpenedReferencePackage:
    """Read and authenticate a package and check everything in it; nothing is written.

    Only the manifest and its signature are read before the signature is checked; each other entry
    is read within its limit and checked against its hash before it is parsed."""
    path = Path(path)
    source = open_regular_file(path, package.MAX_PACKAGE_BYTES)
    try:
        head = source.read(len(_AGE_HEADER))
        source.seek(0)
        if head.startswith(_AGE_HEADER):
            raise DamagedPackageError(
                f"{path.name} is an encrypted package of assessments, not a reference package "
                "(the office imports it with 'sxsh import')."
            )
        if not head.startswith(_ZIP_HEADER):
            raise DamagedPackageError(f"{path.name} is not an SXSH reference package (not a zip archive).")
    except BaseException:
        source.close()
        raise
    with package.CheckedArchive(source, path.name, _entry_limit) as archive:
        names = archive.names
        signature = archive.read(SIGNATURE_NAME) if SIGNATURE_NAME in names else b""
        if MANIFEST_NAME not in names or len(signature) != package.SIGNATURE_BYTES:
            raise DamagedPackageError(f"{path.name} has no signed manifest: it is not a reference package.")
        manifest_bytes = archive.read(MANIFEST_NAME)
        # The signature first: nothing of the package is trusted before it is checked.
        signer = _check_signature(store, manifest_bytes, signature)
        manifest = ReferenceManifest.from_bytes(manifest_bytes)
        if manifest.sender.key_id != signer.key_id:
            raise DamagedPackageError(
                "The reference package names another sender than the key that signed it."
            )
        entries = _read_verified(archive, manifest)
    reference = _decode_reference(entries)
    registry: RegistryStatus = RegistryStatus.NONE
    enterprises: tuple[model.Enterprise, ...] = ()
    if REGISTRY_NAME in entries:
        registry, enterprises = _decode_registry(entries[REGISTRY_NAME], keys.device_identity(store))
    return OpenedReferencePackage(path.name, manifest, signer, reference, registry, enterprises)
