"""Bad packages: each is refused with a clear message and leaves the office database exactly as it was."""

from __future__ import annotations

import base64
import json
import os
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyrage import x25519

from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import keys
from sxsh_desktop.sync.errors import (
    AlreadyImportedError,
    BadSignatureError,
    DamagedPackageError,
    InvalidContentError,
    KeyProblem,
    NewerPackageError,
    RevokedSenderError,
    SyncError,
    UnknownSenderError,
    WrongKeyError,
    WrongPassphraseError,
)
from sxsh_desktop.sync.keys import KeyPair, PublicKey
from sxsh_desktop.sync.manifest import MANIFEST_NAME, SIGNATURE_NAME, Manifest
from tests.sync_world import World, reseal, small_document, unpack, zip_entries


@pytest.fixture
def world(tmp_path: Path, db_location: Path | str) -> Iterator[World]:
    opened = World(tmp_path, db_location)
    yield opened
    opened.close()


@pytest.fixture
def sent(world: World) -> tuple[Store, Path]:
    """A consultant (registered at the office) and a valid package of theirs."""
    consultant = world.consultant("an")
    small_document(consultant)
    return consultant, world.export(consultant)


def _refused(world: World, path: Path, error: type[Exception], match: str | None = None) -> SyncError:
    before = world.dump()
    with pytest.raises(error, match=match) as refused:
        world.import_(path)
    assert world.dump() == before
    assert "Traceback" not in str(refused.value) and str(refused.value)
    return refused.value  # type: ignore[return-value]


def _signer(consultant: Store) -> KeyPair:
    return keys.device_keys(consultant)


def test_a_package_for_another_centre(world: World, tmp_path: Path) -> None:
    consultant = world.consultant("an")
    small_document(consultant)
    other = x25519.Identity.generate()
    other_centre = PublicKey(
        keys.ROLE_CENTRE,
        "Trung tâm Khuyến công Nghệ An",
        str(uuid.uuid4()),
        str(other.to_public()),
        Ed25519PrivateKey.generate().public_key().public_bytes_raw(),
    )
    keys.trust(consultant, other_centre)  # the consultant installed the wrong Centre's key
    package = world.export(consultant)
    _refused(world, package, WrongKeyError, "not addressed to this Centre")


def test_a_wrong_passphrase(world: World) -> None:
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
        keys.unlock_centre(world.office, "not the passphrase")


@pytest.mark.parametrize("keep", [0, 10, 60, 200, -1000, -17, -1])
def test_a_truncated_file(world: World, sent: tuple[Store, Path], keep: int) -> None:
    _, package = sent
    data = package.read_bytes()
    package.write_bytes(data[:keep] if keep >= 0 else data[: len(data) + keep])
    _refused(world, package, SyncError)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.floats(0, 1, exclude_max=True), bit=st.integers(0, 7))
def test_bytes_flipped_anywhere(world: World, sent: tuple[Store, Path], position: float, bit: int) -> None:
    _, package = sent
    data = bytearray(package.read_bytes())
    index = int(position * len(data))
    data[index] ^= 1 << bit
    flipped = package.with_name("flipped.sxsh")
    flipped.write_bytes(bytes(data))
    error = _refused(world, flipped, SyncError)
    assert isinstance(error, WrongKeyError | DamagedPackageError)
    assert "flipped.sxsh" in str(error)


def test_a_file_that_is_not_a_package(world: World, tmp_path: Path) -> None:
    path = tmp_path / "báo cáo.sxsh"
    path.write_bytes(b"PK\x03\x04 a zip, not encrypted")
    _refused(world, path, DamagedPackageError, "not an SXSH package")


def test_a_signature_by_an_unknown_key(world: World, sent: tuple[Store, Path]) -> None:
    _, package = sent
    stranger = KeyPair.generate(keys.ROLE_CONSULTANT, "kẻ lạ", str(uuid.uuid4()))
    resealed = reseal(world, package.with_name("stranger.sxsh"), unpack(world, package), stranger)
    error = _refused(world, resealed, UnknownSenderError, "not registered")
    assert stranger.public.fingerprint in str(error)


def test_a_signature_by_a_revoked_key(world: World, sent: tuple[Store, Path]) -> None:
    consultant, package = sent
    keys.revoke(world.office, keys.device_keys(consultant).public.key_id)
    _refused(world, package, RevokedSenderError, "revoked")
    with pytest.raises(KeyProblem, match="revoked"):
        keys.trust(world.office, keys.device_keys(consultant).public)


def test_a_signature_that_does_not_match_the_manifest(world: World, sent: tuple[Store, Path]) -> None:
    _consultant, package = sent
    entries = unpack(world, package)
    manifest = Manifest.from_bytes(entries[MANIFEST_NAME])
    changed = Manifest(
        package_id=manifest.package_id,
        sender=manifest.sender,
        sequence=manifest.sequence + 1,
        created_at=manifest.created_at,
        interchange_version=manifest.interchange_version,
        entries=manifest.entries,
    ).to_bytes()
    items = [(MANIFEST_NAME, changed), (SIGNATURE_NAME, entries[SIGNATURE_NAME])]
    items += [(n, d) for n, d in entries.items() if n not in (MANIFEST_NAME, SIGNATURE_NAME)]
    package.write_bytes(pyrage.encrypt(zip_entries(items), [world.centre.identity.to_public()]))
    _refused(world, package, BadSignatureError, "changed after it was signed")


def test_a_manifest_whose_hashes_do_not_match(world: World, sent: tuple[Store, Path]) -> None:
    consultant, package = sent
    entries = unpack(world, package)
    record_name = next(n for n in entries if n.startswith("records/"))
    document = json.loads(entries[record_name])
    document["solutions"][0]["investment"] = 1.0
    entries[record_name] = json.dumps(document).encode()
    tampered = reseal(world, package, entries, _signer(consultant), rehash=False)
    _refused(world, tampered, DamagedPackageError, f"{record_name} does not match the hash")


@pytest.mark.parametrize(
    "name",
    ["../records/evil.json", "/etc/passwd", "records/../../evil", "C:\\Windows\\evil", "records\\x.json"],
)
def test_an_entry_with_an_unsafe_path(world: World, sent: tuple[Store, Path], name: str) -> None:
    consultant, package = sent
    entries = unpack(world, package)
    entries[name] = b"{}"
    _refused(world, reseal(world, package, entries, _signer(consultant)), DamagedPackageError, "not allowed")


def test_a_decompression_bomb(world: World, sent: tuple[Store, Path]) -> None:
    consultant, package = sent
    entries = unpack(world, package)
    record_name = next(n for n in entries if n.startswith("records/"))
    entries[record_name] = b" " * (60 * 1024 * 1024)  # 60 MB that deflate to about 60 KB
    _refused(world, reseal(world, package, entries, _signer(consultant)), DamagedPackageError, "bomb")


def test_an_entry_larger_than_allowed(world: World, sent: tuple[Store, Path]) -> None:
    consultant, package = sent
    entries = unpack(world, package)
    record_name = next(n for n in entries if n.startswith("records/"))
    entries[record_name] = b" " * (65 * 1024 * 1024)
    _refused(world, reseal(world, package, entries, _signer(consultant)), DamagedPackageError, "more than")


def test_duplicate_entries(world: World, sent: tuple[Store, Path]) -> None:
    _consultant, package = sent
    entries = unpack(world, package)
    record_name = next(n for n in entries if n.startswith("records/"))
    manifest_bytes = entries[MANIFEST_NAME]
    items = [(MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, entries[SIGNATURE_NAME])]
    items += [(n, d) for n, d in entries.items() if n not in (MANIFEST_NAME, SIGNATURE_NAME)]
    items.append((record_name, b'{"format": "other"}'))
    with pytest.warns(UserWarning, match="Duplicate name"):
        archive = zip_entries(items)
    package.write_bytes(pyrage.encrypt(archive, [world.centre.identity.to_public()]))
    _refused(world, package, DamagedPackageError, "duplicate entries")


def test_a_newer_format_version(world: World, sent: tuple[Store, Path]) -> None:
    consultant, package = sent
    entries = unpack(world, package)
    manifest = Manifest.from_bytes(entries[MANIFEST_NAME])
    newer = Manifest(
        package_id=manifest.package_id,
        sender=manifest.sender,
        sequence=manifest.sequence,
        created_at=manifest.created_at,
        interchange_version=manifest.interchange_version,
        entries=manifest.entries,
        format_version=2,
    )
    _refused(
        world,
        reseal(world, package, entries, _signer(consultant), manifest=newer),
        NewerPackageError,
        "newer",
    )


def test_malformed_json(world: World, sent: tuple[Store, Path]) -> None:
    consultant, package = sent
    entries = unpack(world, package)
    record_name = next(n for n in entries if n.startswith("records/"))
    entries[record_name] = entries[record_name][:-40]
    error = _refused(
        world, reseal(world, package, entries, _signer(consultant)), InvalidContentError, "not valid"
    )
    assert record_name in str(error)


def test_a_record_that_breaks_the_field_rules(world: World, sent: tuple[Store, Path]) -> None:
    consultant, package = sent
    entries = unpack(world, package)
    record_name = next(n for n in entries if n.startswith("records/"))
    document = json.loads(entries[record_name])
    document["solutions"][0]["investment"] = -5
    entries[record_name] = json.dumps(document).encode()
    error = _refused(world, reseal(world, package, entries, _signer(consultant)), InvalidContentError)
    assert error.field == "solutions[0].investment"


def test_a_50_mb_text_field(world: World, sent: tuple[Store, Path]) -> None:
    consultant, package = sent
    entries = unpack(world, package)
    record_name = next(n for n in entries if n.startswith("records/"))
    document = json.loads(entries[record_name])
    document["assessment"]["notes"] = base64.b64encode(os.urandom(37_500_000)).decode()  # 50 M characters
    entries[record_name] = json.dumps(document).encode()
    error = _refused(world, reseal(world, package, entries, _signer(consultant)), InvalidContentError)
    assert error.field == "assessment.notes" and "50,000,000" in str(error)


def test_an_old_package_replayed(world: World, sent: tuple[Store, Path]) -> None:
    _consultant, package = sent
    world.import_(package)
    replay = package.with_name("bản sao.sxsh")
    replay.write_bytes(package.read_bytes())
    _refused(world, replay, AlreadyImportedError, "already imported")


def test_a_photo_without_its_bytes(world: World, sent: tuple[Store, Path]) -> None:
    consultant, package = sent
    entries = unpack(world, package)
    for name in [n for n in entries if n.startswith("photos/")]:
        del entries[name]
    _refused(world, reseal(world, package, entries, _signer(consultant)), InvalidContentError, "photo")


def test_an_unsigned_archive(world: World, sent: tuple[Store, Path]) -> None:
    _, package = sent
    entries = unpack(world, package)
    del entries[SIGNATURE_NAME]
    package.write_bytes(
        pyrage.encrypt(zip_entries(list(entries.items())), [world.centre.identity.to_public()])
    )
    _refused(world, package, DamagedPackageError, "no signed manifest")


def test_an_encrypted_archive_that_is_not_a_zip(world: World, tmp_path: Path) -> None:
    path = tmp_path / "rác.sxsh"
    path.write_bytes(pyrage.encrypt(b"not a zip at all" * 100, [world.centre.identity.to_public()]))
    _refused(world, path, DamagedPackageError, "readable archive")


def test_an_archive_of_uncompressed_entries_is_accepted(world: World, sent: tuple[Store, Path]) -> None:
    _, package = sent
    archive = zip_entries(list(unpack(world, package).items()), method=zipfile.ZIP_STORED)
    package.write_bytes(pyrage.encrypt(archive, [world.centre.identity.to_public()]))
    assert world.import_(package).counts["new"] == 8
