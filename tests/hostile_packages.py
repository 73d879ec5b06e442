"""A generator of hostile packages: files that try to exhaust, hang or crash the import.

Each ``Case`` builds one file from a genuine package of a registered consultant (``Sender``) and
names the refusal expected of it; ``ACCEPTED`` cases are odd but valid and must import sanely.
Nothing here allocates what it describes: a "1 GiB" file is sparse, a 2,400-recipient header is a
few hundred KB, and the files that must not be read (a pipe, ``/dev/zero``) are never written to.
Assessment packages go to the office import; ``REFERENCE_CASES`` to a consultant's installation of
a reference package.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import struct
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from sxsh_desktop.interchange.jsonformat import FORMAT_VERSION
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import keys
from sxsh_desktop.sync import reference_package as refpack
from sxsh_desktop.sync.errors import (
    BadSignatureError,
    DamagedPackageError,
    InvalidContentError,
    SyncError,
    UnknownSenderError,
)
from sxsh_desktop.sync.keys import KeyPair
from sxsh_desktop.sync.manifest import MANIFEST_NAME, SIGNATURE_NAME, TOMBSTONES_NAME, sha256_hex
from sxsh_desktop.sync.package import MAX_PACKAGE_BYTES
from tests.sync_world import World, reseal, unpack

MiB = 1024 * 1024


@dataclass
class Sender:
    """A registered consultant of the office and a genuine package of theirs."""

    world: World
    consultant: Store
    package: Path

    @property
    def signer(self) -> KeyPair:
        return keys.device_keys(self.consultant)

    def entries(self) -> dict[str, bytes]:
        return unpack(self.world, self.package)

    def path(self, name: str) -> Path:
        return self.world.root / name

    def record_name(self) -> str:
        return next(name for name in self.entries() if name.startswith("records/"))


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Sender], Path]
    error: type[SyncError]
    match: str
    posix_only: bool = False


# --- building blocks ----------------------------------------------------------------------------


def zip_items(items: list[tuple[str, bytes]], stored: frozenset[str] = frozenset()) -> bytes:
    """A zip of ``items`` in order; the names in ``stored`` are not compressed."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in items:
            method = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buffer.getvalue()


def centre_recipient(world: World) -> x25519.Recipient:
    return world.centre.identity.to_public()


def encrypt_to_centre(world: World, plain: bytes, extra_recipients: int = 0) -> bytes:
    others = [x25519.Identity.generate().to_public() for _ in range(extra_recipients)]
    return pyrage.encrypt(plain, [*others, centre_recipient(world)])


def signed_raw_manifest(
    sender: Sender,
    name: str,
    manifest: bytes,
    *,
    signer: KeyPair | None = None,
    payload: dict[str, bytes] | None = None,
    stored: frozenset[str] = frozenset(),
) -> Path:
    """A package whose manifest is exactly ``manifest`` (any bytes), signed by ``signer``."""
    signing = signer or sender.signer
    if payload is None:
        payload = {n: d for n, d in sender.entries().items() if n not in (MANIFEST_NAME, SIGNATURE_NAME)}
    items = [(MANIFEST_NAME, manifest), (SIGNATURE_NAME, signing.sign(manifest)), *payload.items()]
    path = sender.path(name)
    path.write_bytes(encrypt_to_centre(sender.world, zip_items(items, stored)))
    return path


def manifest_text(sender: Sender) -> str:
    return sender.entries()[MANIFEST_NAME].decode("utf-8")


def edited_manifest(sender: Sender, name: str, edit: Callable[[dict[str, Any]], None]) -> Path:
    """A package whose manifest (a JSON object) ``edit`` changes, signed by the sender."""
    data = json.loads(manifest_text(sender))
    edit(data)
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    return signed_raw_manifest(sender, name, raw)


def replaced_in_manifest(sender: Sender, name: str, old: str, new: str) -> Path:
    """A package whose manifest text has ``old`` replaced by ``new`` (for what json cannot write)."""
    text = manifest_text(sender)
    assert old in text
    return signed_raw_manifest(sender, name, text.replace(old, new, 1).encode("utf-8"))


def _sequence_field(sender: Sender) -> str:
    return f'"sequence":{json.loads(manifest_text(sender))["sequence"]}'


def edited_record(sender: Sender, name: str, edit: Callable[[str], str]) -> Path:
    """A package whose first record's JSON text ``edit`` changes; hashes recomputed and signed."""
    entries = sender.entries()
    record = sender.record_name()
    entries[record] = edit(entries[record].decode("utf-8")).encode("utf-8")
    return reseal(sender.world, sender.path(name), entries, sender.signer)


def record_value(field: str, value: str, collection: str | None = None) -> Callable[[str], str]:
    """An edit that writes ``value`` (raw JSON text) into ``field`` of the assessment (or of the
    first record of ``collection``)."""

    def edit(text: str) -> str:
        document = json.loads(text)
        target = document["assessment"] if collection is None else document[collection][0]
        marker = f"@@{uuid.uuid4()}@@"
        target[field] = marker
        return json.dumps(document, ensure_ascii=False).replace(f'"{marker}"', value)

    return edit


def deep(depth: int) -> str:
    return "[" * depth + "]" * depth


def stranger() -> KeyPair:
    return KeyPair.generate(keys.ROLE_CONSULTANT, "kẻ lạ", str(uuid.uuid4()))


def large_payload(sender: Sender, megabytes: int) -> dict[str, bytes]:
    """The genuine entries plus a photo entry of random bytes that nothing describes."""
    entries = {n: d for n, d in sender.entries().items() if n not in (MANIFEST_NAME, SIGNATURE_NAME)}
    entries[f"photos/{uuid.uuid4()}"] = os.urandom(megabytes * MiB)
    return entries


# --- the file itself ----------------------------------------------------------------------------


def a_pipe(sender: Sender) -> Path:
    path = sender.path("ống.sxsh")
    os.mkfifo(path)  # nobody ever writes to it: reading it would wait forever
    return path


def a_device(sender: Sender) -> Path:
    path = sender.path("zero.sxsh")
    path.symlink_to("/dev/zero")  # endless zeros
    return path


def a_folder(sender: Sender) -> Path:
    path = sender.path("thư mục.sxsh")
    path.mkdir()
    return path


def a_sparse_giant(sender: Sender) -> Path:
    path = sender.path("khổng lồ.sxsh")
    with path.open("wb") as handle:
        handle.write(sender.package.read_bytes())
        handle.truncate(MAX_PACKAGE_BYTES + 1)  # sparse: nothing is allocated
    return path


def recipients(count: int) -> Callable[[Sender], Path]:
    def build(sender: Sender) -> Path:
        plain = pyrage.decrypt(sender.package.read_bytes(), [sender.world.centre.identity])
        path = sender.path(f"{count} người nhận.sxsh")
        path.write_bytes(encrypt_to_centre(sender.world, plain, extra_recipients=count - 1))
        return path

    return build


def a_huge_stanza(sender: Sender) -> Path:
    """One recipient stanza whose body runs to 8 KB: the header is read no further than 4 KB."""
    header = b"age-encryption.org/v1\n-> X25519 " + b"A" * 43 + b"\n" + (b"B" * 64 + b"\n") * 128
    path = sender.path("khối lớn.sxsh")
    path.write_bytes(header + b"C" * 10 + b"\n--- " + b"D" * 43 + b"\n" + os.urandom(1024))
    return path


def an_endless_header(sender: Sender) -> Path:
    """The intro line, then binary bytes without a single newline."""
    path = sender.path("không hết.sxsh")
    path.write_bytes(b"age-encryption.org/v1\n" + os.urandom(64 * 1024).replace(b"\n", b"x"))
    return path


def a_malformed_stanza(sender: Sender) -> Path:
    data = sender.package.read_bytes()
    path = sender.path("hỏng tiêu đề.sxsh")
    path.write_bytes(data.replace(b"\n-> X25519 ", b"\n-> X25519 \n\n\n", 1))
    return path


def _patched_end_record(sender: Sender, name: str, patch: Callable[[bytearray, int], None]) -> Path:
    plain = bytearray(pyrage.decrypt(sender.package.read_bytes(), [sender.world.centre.identity]))
    patch(plain, plain.rfind(b"PK\x05\x06"))
    path = sender.path(name)
    path.write_bytes(encrypt_to_centre(sender.world, bytes(plain)))
    return path


def a_huge_directory_claim(sender: Sender) -> Path:
    def patch(plain: bytearray, end: int) -> None:
        plain[end + 12 : end + 16] = struct.pack("<I", 40 * MiB)

    return _patched_end_record(sender, "danh mục lớn.sxsh", patch)


def a_zip64_entry_count_claim(sender: Sender) -> Path:
    """A zip64 end record claiming 10 million entries (reading them would take GBs)."""
    plain = zip_items([(f"records/{uuid.UUID(int=n)}.json", b"") for n in range(0x10000)])
    data = bytearray(plain)
    locator = data.rfind(b"PK\x06\x07")
    (offset,) = struct.unpack("<Q", data[locator + 8 : locator + 16])
    data[offset + 24 : offset + 40] = struct.pack("<QQ", 10_000_000, 10_000_000)
    path = sender.path("zip64.sxsh")
    path.write_bytes(encrypt_to_centre(sender.world, bytes(data)))
    return path


# --- the signature ------------------------------------------------------------------------------


def a_forged_signature(sender: Sender) -> Path:
    entries = large_payload(sender, 8)
    manifest = sender.entries()[MANIFEST_NAME]
    items = [(MANIFEST_NAME, manifest), (SIGNATURE_NAME, os.urandom(64)), *entries.items()]
    path = sender.path("chữ ký giả.sxsh")
    path.write_bytes(encrypt_to_centre(sender.world, zip_items(items, frozenset(entries))))
    return path


def an_unknown_signer(sender: Sender) -> Path:
    entries = large_payload(sender, 8)
    return reseal(sender.world, sender.path("người lạ.sxsh"), {**sender.entries(), **entries}, stranger())


def a_signature_of_other_bytes(sender: Sender) -> Path:
    manifest = sender.entries()[MANIFEST_NAME]
    items = [(MANIFEST_NAME, manifest), (SIGNATURE_NAME, sender.signer.sign(manifest + b" "))]
    items += [(n, d) for n, d in sender.entries().items() if n not in (MANIFEST_NAME, SIGNATURE_NAME)]
    path = sender.path("ký khác.sxsh")
    path.write_bytes(encrypt_to_centre(sender.world, zip_items(items)))
    return path


# --- the manifest (signed by the registered sender) --------------------------------------------


def manifest_nested(depth: int) -> Callable[[Sender], Path]:
    def build(sender: Sender) -> Path:
        text = manifest_text(sender)
        return signed_raw_manifest(
            sender, f"manifest sâu {depth}.sxsh", ('{"padding":' + deep(depth) + "," + text[1:]).encode()
        )

    return build


def manifest_sequence(raw: str) -> Callable[[Sender], Path]:
    def build(sender: Sender) -> Path:
        return replaced_in_manifest(
            sender, f"số {raw[:12]}.sxsh", _sequence_field(sender), f'"sequence":{raw}'
        )

    return build


def manifest_created_at(value: str) -> Callable[[Sender], Path]:
    def build(sender: Sender) -> Path:
        return edited_manifest(sender, f"ngày {value[:4]}.sxsh", lambda data: data.update(created_at=value))

    return build


def manifest_lone_surrogate(sender: Sender) -> Path:
    name = json.loads(manifest_text(sender))["sender"]["name"]
    return replaced_in_manifest(
        sender, "surrogate.sxsh", json.dumps(name, ensure_ascii=False), '"An \\udc80"'
    )


def manifest_infinite_version(sender: Sender) -> Path:
    return replaced_in_manifest(
        sender,
        "vô hạn.sxsh",
        f'"interchange_version":{FORMAT_VERSION}',
        f'"interchange_version":{FORMAT_VERSION}e400',
    )


def manifest_long_entry_name(sender: Sender) -> Path:
    return edited_manifest(
        sender, "tên dài.sxsh", lambda data: data["entries"].update({"records/" + "a" * 5000: "0" * 64})
    )


def manifest_not_utf8(sender: Sender) -> Path:
    return signed_raw_manifest(sender, "latin.sxsh", manifest_text(sender).encode("utf-8") + b"\xff\xfe")


def manifest_a_list(sender: Sender) -> Path:
    return signed_raw_manifest(sender, "danh sách.sxsh", b"[" + sender.entries()[MANIFEST_NAME] + b"]")


def manifest_repeated_long_key(sender: Sender) -> Path:
    key = "k" * 900
    text = manifest_text(sender)
    return signed_raw_manifest(sender, "khóa lặp.sxsh", f'{{"{key}":1,"{key}":2,{text[1:]}'.encode())


def manifest_over_its_limit(sender: Sender) -> Path:
    """A 17 MB manifest (stored, so that no compression ratio refuses it first)."""
    text = manifest_text(sender)
    raw = ('{"padding":"' + "x" * (17 * MiB) + '",' + text[1:]).encode()
    return signed_raw_manifest(sender, "manifest lớn.sxsh", raw, stored=frozenset({MANIFEST_NAME}))


# --- the records (signed, every hash right) ----------------------------------------------------


def record(name: str, edit: Callable[[str], str]) -> Callable[[Sender], Path]:
    return lambda sender: edited_record(sender, name, edit)


def record_nested(depth: int) -> Callable[[str], str]:
    return lambda text: '{"padding":' + deep(depth) + "," + text.lstrip()[1:]


def tombstones(value: str) -> Callable[[Sender], Path]:
    def build(sender: Sender) -> Path:
        entries = sender.entries()
        entries[TOMBSTONES_NAME] = value.encode()
        return reseal(sender.world, sender.path("bia mộ.sxsh"), entries, sender.signer)

    return build


def tombstone_deleted_at(value: str) -> str:
    item = {
        "record_id": str(uuid.uuid4()),
        "entity": "solution",
        "assessment_id": None,
        "deleted_at": value,
        "device_id": "x",
    }
    return json.dumps([item])


def many_values(sender: Sender) -> Path:
    """5,000,001 zeros in a list (10 MB, stored): more values than a package entry may hold."""
    entries = {n: d for n, d in sender.entries().items() if n not in (MANIFEST_NAME, SIGNATURE_NAME)}
    entries[TOMBSTONES_NAME] = b"[" + b"0," * 5_000_000 + b"0]"
    manifest = json.loads(manifest_text(sender))
    manifest["entries"] = {n: sha256_hex(d) for n, d in entries.items()}
    raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    return signed_raw_manifest(
        sender, "nhiều giá trị.sxsh", raw, payload=entries, stored=frozenset({TOMBSTONES_NAME})
    )


CASES: tuple[Case, ...] = (
    # The file: refused before a byte of it is read, or before the header is parsed.
    Case("a pipe (FIFO)", a_pipe, DamagedPackageError, "is not a file", posix_only=True),
    Case("/dev/zero", a_device, DamagedPackageError, "is not a file", posix_only=True),
    Case("a folder", a_folder, DamagedPackageError, "is not a file"),
    Case("a sparse file over 1 GB", a_sparse_giant, DamagedPackageError, "larger than a package may be"),
    Case("2,400 recipients", recipients(2400), DamagedPackageError, "more than 20 recipients"),
    Case("21 recipients", recipients(21), DamagedPackageError, "more than 20 recipients"),
    Case("a stanza of 8 KB", a_huge_stanza, DamagedPackageError, "encryption header over 4096 bytes"),
    Case("a header that never ends", an_endless_header, DamagedPackageError, "encryption header"),
    Case("a malformed stanza", a_malformed_stanza, DamagedPackageError, "encryption header cannot be read"),
    Case("a 40 MB archive directory", a_huge_directory_claim, DamagedPackageError, "archive directory"),
    Case("10 million entries (zip64)", a_zip64_entry_count_claim, DamagedPackageError, "archive directory"),
    # The signature: checked before any entry but the manifest is read.
    Case("a forged signature", a_forged_signature, BadSignatureError, "changed after it was signed"),
    Case("an unknown signer", an_unknown_signer, UnknownSenderError, "not registered"),
    Case("a signature of other bytes", a_signature_of_other_bytes, BadSignatureError, "changed after"),
    # The manifest, signed by the registered sender.
    Case("manifest nested 100,000 deep", manifest_nested(100_000), DamagedPackageError, "nested too deeply"),
    Case("manifest nested 40 deep", manifest_nested(40), DamagedPackageError, "nested more than 4 levels"),
    Case("sequence of 5,000 digits", manifest_sequence("9" * 5000), DamagedPackageError, "too long"),
    Case("sequence 2**64", manifest_sequence(str(2**64)), DamagedPackageError, "beyond 64 bits"),
    Case("sequence 2**63", manifest_sequence(str(2**63)), DamagedPackageError, "beyond 64 bits"),
    Case("sequence -5", manifest_sequence("-5"), DamagedPackageError, "no valid sequence number"),
    Case("sequence 1.5", manifest_sequence("1.5"), DamagedPackageError, "no valid sequence number"),
    Case("created in year 1", manifest_created_at("0001-01-01T00:00:00+05:00"), DamagedPackageError, "years"),
    Case(
        "created in year 9999",
        manifest_created_at("9999-12-31T23:00:00-05:00"),
        DamagedPackageError,
        "years 1900 to 2100",
    ),
    Case("created at no time", manifest_created_at("hôm qua"), DamagedPackageError, "creation time"),
    Case("a lone surrogate in the sender", manifest_lone_surrogate, DamagedPackageError, "lone surrogate"),
    Case("interchange version 1e400", manifest_infinite_version, DamagedPackageError, "too large"),
    Case(
        "an entry name of 5,000 letters", manifest_long_entry_name, DamagedPackageError, "5,00\\d characters"
    ),
    Case("a manifest not in UTF-8", manifest_not_utf8, DamagedPackageError, "not UTF-8"),
    Case("a manifest that is a list", manifest_a_list, DamagedPackageError, "not a JSON object"),
    Case("a repeated 900-letter key", manifest_repeated_long_key, DamagedPackageError, "appears twice"),
    Case("a 17 MB manifest", manifest_over_its_limit, DamagedPackageError, "more than the 16.0 MB"),
    # The records, signed with every hash right.
    Case(
        "a record nested 100,000 deep", record("sâu", record_nested(100_000)), InvalidContentError, "deeply"
    ),
    Case("a record nested 20 deep", record("sâu 20", record_nested(20)), InvalidContentError, "16 levels"),
    Case(
        "a 5,000-digit whole number",
        record("5000", record_value("revision", "9" * 5000)),
        InvalidContentError,
        "too long",
    ),
    Case(
        "a revision of 2**64",
        record("2^64", record_value("revision", str(2**64))),
        InvalidContentError,
        "beyond 64 bits",
    ),
    Case(
        "a grid year of -2**63 - 1",
        record("-2^63", record_value("grid_factor_year", str(-(2**63) - 1))),
        InvalidContentError,
        "beyond 64 bits",
    ),
    Case(
        "an investment of 1e400",
        record("1e400", record_value("investment", "1e400", "solutions")),
        InvalidContentError,
        "finite number",
    ),
    Case(
        "an investment of 400 digits",
        record("400 chữ số", record_value("investment", "1" + "0" * 400, "solutions")),
        InvalidContentError,
        "too long",
    ),
    Case(
        "a start date in year 1",
        record("năm 1", record_value("start_date", '"0001-01-01"')),
        InvalidContentError,
        "years 1900 to 2100",
    ),
    Case(
        "a change time in year 9999",
        record("năm 9999", record_value("updated_at", '"9999-12-31T23:59:59-05:00"')),
        InvalidContentError,
        "years 1900 to 2100",
    ),
    Case(
        "a creation time in year 1",
        record("năm 1 giờ", record_value("created_at", '"0001-01-01T00:00:00+05:00"')),
        InvalidContentError,
        "years 1900 to 2100",
    ),
    Case(
        "a lone high surrogate in a title",
        record("cao", record_value("title", '"Đánh giá \\ud800"')),
        InvalidContentError,
        "lone surrogate",
    ),
    Case(
        "a lone low surrogate in a name",
        record("thấp", record_value("name", '"\\udc00 Nung"', "steps")),
        InvalidContentError,
        "lone surrogate",
    ),
    Case(
        "a tombstone deleted in year 1",
        tombstones(tombstone_deleted_at("0001-01-01T00:00:00+05:00")),
        InvalidContentError,
        "deleted_at",
    ),
    Case("tombstones of 2**64", tombstones(f"[{2**64}]"), InvalidContentError, "beyond 64 bits"),
    Case("5,000,001 values", many_values, InvalidContentError, "more than 5,000,000 values"),
)


def accepted_sequence(number: int) -> Callable[[Sender], Path]:
    return manifest_sequence(str(number))


def an_emoji_title(sender: Sender) -> Path:
    """A surrogate pair written as escapes is one character (🙂), not a lone surrogate."""
    return edited_record(sender, "emoji.sxsh", record_value("title", '"Lò gạch \\ud83d\\ude42"'))


# --- reference packages (installed by a consultant) ---------------------------------------------


@dataclass
class Reference:
    """A reference package the Centre exported, and the consultant who installs it."""

    world: World
    consultant: Store
    package: Path

    def entries(self) -> dict[str, bytes]:
        with zipfile.ZipFile(self.package) as archive:
            return {name: archive.read(name) for name in archive.namelist()}

    def path(self, name: str) -> Path:
        return self.world.root / name

    def write(
        self, name: str, manifest: bytes, payload: dict[str, bytes], signer: KeyPair | None = None
    ) -> Path:
        signing = signer or self.world.centre
        items = [(MANIFEST_NAME, manifest), (SIGNATURE_NAME, signing.sign(manifest)), *payload.items()]
        path = self.path(name)
        path.write_bytes(zip_items(items))
        return path

    def rewritten(self, name: str, payload: dict[str, bytes], signer: KeyPair | None = None) -> Path:
        """The package with ``payload`` as its entries, hashes recomputed and signed by ``signer``."""
        original = refpack.ReferenceManifest.from_bytes(self.entries()[MANIFEST_NAME])
        signing = signer or self.world.centre
        manifest = dataclasses.replace(
            original, sender=signing.public, entries={n: sha256_hex(d) for n, d in payload.items()}
        )
        return self.write(name, manifest.to_bytes(), payload, signing)

    def payload(self) -> dict[str, bytes]:
        return {n: d for n, d in self.entries().items() if n not in (MANIFEST_NAME, SIGNATURE_NAME)}


@dataclass(frozen=True)
class ReferenceCase:
    name: str
    build: Callable[[Reference], Path]
    error: type[SyncError]
    match: str
    posix_only: bool = False


def _as_sender(reference: Reference) -> Sender:
    return Sender(reference.world, reference.consultant, reference.package)


def ref_file(build: Callable[[Sender], Path]) -> Callable[[Reference], Path]:
    return lambda reference: build(_as_sender(reference))


def ref_forged(reference: Reference) -> Path:
    payload = reference.payload()
    payload[refpack.reference_entry("units")] = os.urandom(8 * MiB)
    return reference.rewritten("giả mạo.sxshref", payload, signer=stranger_centre())


def stranger_centre() -> KeyPair:
    return KeyPair.generate(keys.ROLE_CENTRE, "Trung tâm giả mạo", str(uuid.uuid4()))


def ref_manifest_nested(reference: Reference) -> Path:
    text = reference.entries()[MANIFEST_NAME].decode()
    raw = ('{"padding":' + deep(100_000) + "," + text[1:]).encode()
    return reference.write("sâu.sxshref", raw, reference.payload())


def ref_manifest_sequence(reference: Reference) -> Path:
    text = reference.entries()[MANIFEST_NAME].decode()
    sequence = json.loads(text)["sequence"]
    raw = text.replace(f'"sequence":{sequence}', f'"sequence":{2**64}', 1).encode()
    return reference.write("số lớn.sxshref", raw, reference.payload())


def ref_entry_edit(kind: str, edit: Callable[[str], str]) -> Callable[[Reference], Path]:
    def build(reference: Reference) -> Path:
        payload = reference.payload()
        name = refpack.reference_entry(kind)
        payload[name] = edit(payload[name].decode()).encode()
        return reference.rewritten(f"{kind} sửa.sxshref", payload)

    return build


def first_item_field(field: str, raw: str) -> Callable[[str], str]:
    def edit(text: str) -> str:
        document = json.loads(text)
        marker = f"@@{uuid.uuid4()}@@"
        document["items"][0][field] = marker
        return json.dumps(document, ensure_ascii=False).replace(f'"{marker}"', raw)

    return edit


def ref_registry_recipients(count: int) -> Callable[[Reference], Path]:
    def build(reference: Reference) -> Path:
        payload = reference.payload()
        consultant = keys.device_keys(reference.consultant).identity
        plain = pyrage.decrypt(payload[refpack.REGISTRY_NAME], [consultant])
        others = [x25519.Identity.generate().to_public() for _ in range(count - 1)]
        payload[refpack.REGISTRY_NAME] = pyrage.encrypt(plain, [*others, consultant.to_public()])
        return reference.rewritten(f"{count} người đọc.sxshref", payload)

    return build


def ref_registry_surrogate(reference: Reference) -> Path:
    payload = reference.payload()
    consultant = keys.device_keys(reference.consultant).identity
    document = json.loads(pyrage.decrypt(payload[refpack.REGISTRY_NAME], [consultant]))
    marker = f"@@{uuid.uuid4()}@@"
    document["enterprises"][0]["name"] = marker
    plain = json.dumps(document, ensure_ascii=False).replace(f'"{marker}"', '"Công ty \\udfff"').encode()
    payload[refpack.REGISTRY_NAME] = pyrage.encrypt(plain, [consultant.to_public()])
    return reference.rewritten("đăng ký.sxshref", payload)


REFERENCE_CASES: tuple[ReferenceCase, ...] = (
    ReferenceCase("a pipe (FIFO)", ref_file(a_pipe), DamagedPackageError, "is not a file", posix_only=True),
    ReferenceCase("/dev/zero", ref_file(a_device), DamagedPackageError, "is not a file", posix_only=True),
    ReferenceCase("a sparse file over 1 GB", ref_file(a_sparse_giant), DamagedPackageError, "larger than"),
    ReferenceCase("a forged Centre", ref_forged, refpack.ForeignSignerError, "not by the Centre key"),
    ReferenceCase("manifest nested 100,000 deep", ref_manifest_nested, DamagedPackageError, "deeply"),
    ReferenceCase("sequence 2**64", ref_manifest_sequence, DamagedPackageError, "beyond 64 bits"),
    ReferenceCase(
        "a 5,000-digit year",
        ref_entry_edit("grid_factors", first_item_field("factor_year", "9" * 5000)),
        InvalidContentError,
        "too long",
    ),
    ReferenceCase(
        "a year of 2**64",
        ref_entry_edit("grid_factors", first_item_field("factor_year", str(2**64))),
        InvalidContentError,
        "beyond 64 bits",
    ),
    ReferenceCase(
        "an item nested 100,000 deep",
        ref_entry_edit("units", lambda text: '{"padding":' + deep(100_000) + "," + text.lstrip()[1:]),
        InvalidContentError,
        "deeply",
    ),
    ReferenceCase(
        "a lone surrogate in a unit",
        ref_entry_edit("units", first_item_field("code", '"\\ud800"')),
        InvalidContentError,
        "lone surrogate",
    ),
    ReferenceCase(
        "enterprises for 600 readers",
        ref_registry_recipients(600),
        InvalidContentError,
        "more than 500 recipients",
    ),
    ReferenceCase(
        "a lone surrogate in an enterprise", ref_registry_surrogate, InvalidContentError, "lone surrogate"
    ),
)

# Every case must be named once: the names are the test ids.
assert len({case.name for case in CASES}) == len(CASES)
assert len({case.name for case in REFERENCE_CASES}) == len(REFERENCE_CASES)
