"""Reference packages from the Centre: what a consultant installs, and everything refused unchanged."""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
import subprocess
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from sxsh_desktop.cli import main
from sxsh_desktop.domain import model
from sxsh_desktop.domain.reference import CatalogueOption, GridFactor
from sxsh_desktop.store.repository import Store
from sxsh_desktop.store.setup import ensure_reference
from sxsh_desktop.sync import conflicts, keys
from sxsh_desktop.sync import reference_install as install
from sxsh_desktop.sync import reference_package as refpack
from sxsh_desktop.sync.errors import (
    AlreadyImportedError,
    BadSignatureError,
    DamagedPackageError,
    InvalidContentError,
    NewerPackageError,
    SyncError,
)
from sxsh_desktop.sync.keys import KeyPair, PublicKey
from sxsh_desktop.sync.manifest import MANIFEST_NAME, SIGNATURE_NAME, sha256_hex
from sxsh_desktop.sync.merge import ChangeKind
from sxsh_desktop.sync.reference_package import (
    REGISTRY_NAME,
    ForeignSignerError,
    OlderReferencePackageError,
    ReferenceManifest,
    RegistryStatus,
    reference_entry,
)
from tests.sync_world import PASSPHRASE, World, dump, small_document

NEW_OPTION = CatalogueOption(
    code="GT-99",
    sector_codes=("2392",),
    cause_category="EQP",
    technique="GH",
    cost_class="low_cost",
    title_vi="Lắp đồng hồ đo điện riêng cho lò nung",
    title_en="Sub-meter the kiln's electricity",
    source="Trung tâm Khuyến công Hà Tĩnh",
    year=2026,
)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    opened = World(tmp_path)
    ensure_reference(opened.office)
    yield opened
    opened.close()


@pytest.fixture
def consultant(world: World) -> Store:
    store = world.consultant("an")
    ensure_reference(store)
    return store


def _centre_edits_reference(office: Store) -> None:
    """A new option, a changed one, and the grid factor of a new year."""
    reference = office.reference()
    changed = dataclasses.replace(reference.catalogue[0], typical_saving="15–25 % nước rửa")
    catalogue = [changed, *reference.catalogue[1:], NEW_OPTION]
    latest = max(g.factor_year for g in reference.grid_factors)
    grid = [*reference.grid_factors, GridFactor(factor_year=latest + 1, t_co2_per_mwh=0.6, provisional=True)]
    office.install_reference(dataclasses.replace(reference, catalogue=catalogue, grid_factors=grid))


def _registry(office: Store, count: int = 3) -> list[model.Enterprise]:
    return [
        office.insert(model.Enterprise(name=f"Công ty Gạch Đồng Lộc số {n}", commune="Xã Đồng Lộc"))
        for n in range(1, count + 1)
    ]


def _export(world: World, name: str = "tham chiếu.sxshref", **options: object) -> Path:
    path = world.root / name
    refpack.export_reference_package(world.office, path, world.centre, **options)  # type: ignore[arg-type]
    return path


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rewrite(
    path: Path,
    entries: dict[str, bytes],
    signer: KeyPair,
    *,
    sender: PublicKey | None = None,
    sequence: int | None = None,
    rehash: bool = True,
) -> Path:
    """A package of ``entries`` whose manifest (hashes recomputed unless told) ``signer`` signs."""
    payload = {n: d for n, d in entries.items() if n not in (MANIFEST_NAME, SIGNATURE_NAME)}
    original = ReferenceManifest.from_bytes(entries[MANIFEST_NAME])
    manifest = dataclasses.replace(
        original,
        sender=sender or signer.public,
        sequence=sequence or original.sequence,
        entries={n: sha256_hex(d) for n, d in payload.items()} if rehash else original.entries,
    )
    manifest_bytes = manifest.to_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(MANIFEST_NAME, manifest_bytes)
        archive.writestr(SIGNATURE_NAME, signer.sign(manifest_bytes))
        for name, data in payload.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def _other_centre() -> KeyPair:
    return KeyPair.generate(keys.ROLE_CENTRE, "Trung tâm giả mạo", str(uuid.uuid4()))


def _refused(store: Store, path: Path, error: type[SyncError], match: str) -> SyncError:
    store.device_id  # noqa: B018 - made before the comparison, as in every real installation
    keys.device_keys(store)
    before = dump(store)
    with pytest.raises(error, match=match) as refused:
        install.import_reference_package(store, path)
    assert dump(store) == before
    return refused.value


def _enterprises(store: Store) -> dict[str, model.Enterprise]:
    return {e.id: e for e in store.enterprises()}


# --- the round trip -----------------------------------------------------------------------------


def test_the_consultant_installs_the_centres_reference_and_assigned_enterprises(
    world: World, consultant: Store
) -> None:
    _centre_edits_reference(world.office)
    registry = _registry(world.office)
    path = _export(world, enterprises="all")

    preview = install.import_reference_package(consultant, path, dry_run=True)
    assert not preview.applied
    assert consultant.reference() != world.office.reference()
    by_kind = {change.kind: change for change in preview.kinds}
    assert set(by_kind) == set(refpack.KINDS)
    assert by_kind["catalogue"].added == ("GT-99",)
    assert by_kind["catalogue"].changed == (world.office.reference().catalogue[0].code,)
    latest = max(g.factor_year for g in world.office.reference().grid_factors)
    assert by_kind["grid_factors"].added == (str(latest),)
    assert not by_kind["units"].changes_anything
    assert f"grid emission factors: 1 new ({latest})" in "\n".join(preview.lines())
    assert preview.registry is RegistryStatus.RECEIVED
    assert preview.enterprise_counts["new"] == len(registry)

    applied = install.import_reference_package(consultant, path)
    assert applied.applied
    assert consultant.reference() == world.office.reference()
    # A store opened afresh reads the same from the database (not only from a cache).
    reopened = Store.open(consultant.path)
    try:
        assert reopened.reference() == world.office.reference()
        assert _enterprises(reopened) == {e.id: e for e in registry}
        assert [e.id for e in reopened.search_enterprises("dong loc so 2")] == [registry[1].id]
    finally:
        reopened.close()
    received = install.installed_reference_package(consultant)
    assert received is not None and received.sequence == applied.sequence


def test_only_the_chosen_kinds_are_replaced(world: World, consultant: Store) -> None:
    _centre_edits_reference(world.office)
    before = consultant.reference()
    path = _export(world, kinds=refpack.parse_kinds("catalogue"))
    assert set(_entries(path)) == {MANIFEST_NAME, SIGNATURE_NAME, reference_entry("catalogue")}
    preview = install.import_reference_package(consultant, path)
    after = consultant.reference()
    assert [change.kind for change in preview.kinds] == ["catalogue"]
    assert after.catalogue == world.office.reference().catalogue
    assert after.grid_factors == before.grid_factors  # the Centre's new year was not sent


def test_kind_names_and_groups() -> None:
    assert refpack.parse_kinds("emission_factors, catalogue") == (
        "grid_factors",
        "fuels",
        "constants",
        "catalogue",
    )
    assert refpack.parse_kinds("all") == refpack.KINDS
    assert refpack.parse_kinds("none") == ()
    with pytest.raises(SyncError, match="Unknown kind of reference data 'catalog'"):
        refpack.parse_kinds("catalog")


# --- the file --------------------------------------------------------------------------------------


def test_the_package_is_a_plain_zip_whose_enterprises_open_with_the_age_tool(
    world: World, consultant: Store, tmp_path: Path
) -> None:
    registry = _registry(world.office, 2)
    path = _export(world, enterprises=[registry[0].id])
    entries = _entries(path)
    catalogue = json.loads(entries[reference_entry("catalogue")])
    assert catalogue["kind"] == "catalogue" and len(catalogue["items"]) == len(
        world.office.reference().catalogue
    )
    assert entries[REGISTRY_NAME].startswith(b"age-encryption.org/v1\n")
    assert registry[0].name.encode() not in entries[REGISTRY_NAME]

    age = shutil.which("age") or "/usr/bin/age"
    identity_file = tmp_path / "identity.txt"
    identity_file.write_text(f"{keys.device_keys(consultant).identity}\n")
    sealed = tmp_path / REGISTRY_NAME
    sealed.write_bytes(entries[REGISTRY_NAME])
    opened = subprocess.run([age, "-d", "-i", identity_file, sealed], capture_output=True, check=True)
    document = json.loads(opened.stdout)
    assert document["format"] == "sxsh-registry"
    assert [item["name"] for item in document["enterprises"]] == [registry[0].name]


def test_enterprises_addressed_to_other_consultants_are_left_aside(world: World, consultant: Store) -> None:
    other = world.consultant("binh")
    _registry(world.office, 2)
    path = _export(world, enterprises="all", recipients=[keys.device_keys(other).public])
    preview = install.import_reference_package(consultant, path)
    assert preview.registry is RegistryStatus.NOT_ADDRESSED
    assert consultant.count_enterprises() == 0
    assert consultant.reference() == world.office.reference()
    assert "addressed to other consultants" in "\n".join(preview.lines())


def test_without_registered_consultants_no_enterprise_is_sent(world: World) -> None:
    _registry(world.office, 1)
    with pytest.raises(keys.KeyProblem, match="No consultant key is registered"):
        _export(world, enterprises="all")
    assert not (world.root / "tham chiếu.sxshref").exists()


# --- enterprises merged by id ---------------------------------------------------------------------


def test_an_enterprise_edited_here_is_never_overwritten(world: World, consultant: Store) -> None:
    edited, untouched, kept = _registry(world.office, 3)
    install.import_reference_package(consultant, _export(world, "1.sxshref", enterprises="all"))

    consultant.update(model.Enterprise, edited.id, contact_phone="0912 345 678")
    consultant.update(model.Enterprise, kept.id, employees=120)
    world.office.update(model.Enterprise, edited.id, tax_code="3000123455")
    world.office.update(model.Enterprise, untouched.id, short_name="Gạch ĐL")
    preview = install.import_reference_package(consultant, _export(world, "2.sxshref", enterprises="all"))

    kinds = {change.incoming.id: change.kind for change in preview.enterprises}
    assert kinds == {
        edited.id: ChangeKind.CONFLICT,
        untouched.id: ChangeKind.UPDATED,
        kept.id: ChangeKind.UNCHANGED,
    }
    here = _enterprises(consultant)
    assert here[edited.id].contact_phone == "0912 345 678" and here[edited.id].tax_code == ""
    assert here[untouched.id].short_name == "Gạch ĐL"
    assert here[kept.id].employees == 120
    [conflict] = conflicts.conflicts(consultant)
    assert conflict.record_id == edited.id and conflict.sender_name == world.centre.public.name
    conflicts.resolve_conflict(consultant, conflict.id, "incoming")
    assert consultant.get(model.Enterprise, edited.id).tax_code == "3000123455"

    # The same version sent again is no new conflict.
    again = install.import_reference_package(consultant, _export(world, "3.sxshref", enterprises="all"))
    assert again.enterprise_counts["conflict"] == 0


def test_an_enterprise_first_made_here_is_kept_against_the_centres_version(
    world: World, consultant: Store
) -> None:
    document = small_document(consultant)
    ours = document.enterprise
    theirs = dataclasses.replace(ours, tax_code="3000123455", revision=ours.revision + 1)
    world.office.save_document(dataclasses.replace(document, enterprise=theirs))  # changed at the office
    preview = install.import_reference_package(consultant, _export(world, enterprises=[ours.id]))
    [change] = preview.enterprises
    assert change.kind is ChangeKind.CONFLICT
    assert consultant.get(model.Enterprise, ours.id).tax_code == ""


# --- refused, leaving the database as it was --------------------------------------------------------


def test_a_package_signed_by_another_key(world: World, consultant: Store) -> None:
    path = _export(world)
    forged = _rewrite(world.root / "giả.sxshref", _entries(path), _other_centre())
    error = _refused(consultant, forged, ForeignSignerError, "signed by Trung tâm giả mạo")
    assert world.centre.public.fingerprint in str(error)


def test_a_package_naming_the_centre_but_signed_by_another_key(world: World, consultant: Store) -> None:
    path = _export(world)
    forged = _rewrite(world.root / "giả.sxshref", _entries(path), _other_centre(), sender=world.centre.public)
    _refused(consultant, forged, BadSignatureError, "changed after it was signed")


def test_a_package_signed_by_a_replaced_centre_key(world: World, consultant: Store) -> None:
    path = _export(world)
    keys.trust(consultant, _other_centre().public)  # a new Centre key replaces the old one
    _refused(consultant, path, ForeignSignerError, "earlier Centre key")


def test_a_package_without_an_installed_centre_key(world: World) -> None:
    stranger = Store.open(world.root / "stranger.sqlite3")
    world.stores.append(stranger)
    _refused(stranger, _export(world), keys.KeyProblem, "Centre's public key is not installed")


@pytest.mark.parametrize("entry", ["catalogue", "manifest"])
def test_a_tampered_entry(world: World, consultant: Store, entry: str) -> None:
    path = _export(world)
    entries = _entries(path)
    if entry == "catalogue":
        name = reference_entry("catalogue")
        entries[name] = entries[name].replace(b"Thu gom", "Đổ bỏ".encode(), 1)
        _rewrite(path, entries, world.centre, rehash=False)
        _refused(consultant, path, DamagedPackageError, "does not match the hash")
    else:
        manifest = json.loads(entries[MANIFEST_NAME])
        manifest["sequence"] = 99
        entries[MANIFEST_NAME] = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in entries.items():
                archive.writestr(name, data)
        path.write_bytes(buffer.getvalue())
        _refused(consultant, path, BadSignatureError, "changed after it was signed")


def test_an_added_entry(world: World, consultant: Store) -> None:
    path = _export(world, kinds=["catalogue"])
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(reference_entry("units"), b'{"kind": "units", "version": 1, "items": []}')
    _refused(consultant, path, DamagedPackageError, "does not list: reference/units.json")


def test_a_replayed_and_an_older_package(world: World, consultant: Store) -> None:
    first = _export(world, "1.sxshref")
    second = _export(world, "2.sxshref")
    install.import_reference_package(consultant, second)
    _refused(consultant, second, AlreadyImportedError, "already imported")
    error = _refused(consultant, first, OlderReferencePackageError, "not newer than the one installed here")
    assert "number 1" in str(error) and "number 2" in str(error)


def test_a_newer_format(world: World, consultant: Store) -> None:
    path = _export(world, kinds=["units"])
    entries = _entries(path)
    manifest = ReferenceManifest.from_bytes(entries[MANIFEST_NAME])
    newer = manifest.to_bytes().replace(b'"format_version":1', b'"format_version":2')
    entries[MANIFEST_NAME], entries[SIGNATURE_NAME] = newer, world.centre.sign(newer)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    _refused(consultant, path, NewerPackageError, "newer version of SXSH Desktop")


def test_a_malformed_reference_item_is_named(world: World, consultant: Store) -> None:
    path = _export(world, kinds=["catalogue"])
    entries = _entries(path)
    name = reference_entry("catalogue")
    document = json.loads(entries[name])
    document["items"][2]["title_vi"] = 42
    entries[name] = json.dumps(document).encode()
    _rewrite(path, entries, world.centre)
    code = document["items"][2]["code"]
    _refused(
        consultant,
        path,
        InvalidContentError,
        rf"reference/catalogue.json, item 3 \({code}\): field 'title_vi': expected text",
    )


@pytest.mark.parametrize(
    ("value", "problem"),
    [("NaN", "NaN is not a number JSON allows"), ("1e999", r"item 1 \(\d+\): .*finite number")],
)
def test_a_factor_that_is_not_a_finite_number(
    world: World, consultant: Store, value: str, problem: str
) -> None:
    path = _export(world, kinds=["grid_factors"])
    entries = _entries(path)
    name = reference_entry("grid_factors")
    text = json.dumps(json.loads(entries[name]))
    first = json.loads(entries[name])["items"][0]["t_co2_per_mwh"]
    entries[name] = text.replace(f'"t_co2_per_mwh": {first}', f'"t_co2_per_mwh": {value}', 1).encode()
    _rewrite(path, entries, world.centre)
    _refused(consultant, path, InvalidContentError, f"reference/grid_factors.json.*{problem}")


def test_an_option_whose_technique_is_unknown(world: World, consultant: Store) -> None:
    reference = world.office.reference()
    odd = dataclasses.replace(NEW_OPTION, technique="ZZ")
    world.office.install_reference(dataclasses.replace(reference, catalogue=[*reference.catalogue, odd]))
    path = _export(world, kinds=["catalogue"])
    _refused(consultant, path, InvalidContentError, "catalogue option GT-99: technique 'ZZ' is unknown")


def test_a_malformed_enterprise_is_named(world: World, consultant: Store) -> None:
    _registry(world.office, 2)
    path = _export(world, enterprises="all")
    entries = _entries(path)
    identity = keys.device_keys(consultant).identity
    document = json.loads(pyrage.decrypt(entries[REGISTRY_NAME], [identity]))
    document["enterprises"][1]["employees"] = "nhiều"
    entries[REGISTRY_NAME] = pyrage.encrypt(json.dumps(document).encode(), [identity.to_public()])
    _rewrite(path, entries, world.centre)
    _refused(consultant, path, InvalidContentError, r"enterprises\[1\]\.employees")


@pytest.mark.parametrize("content", [b"", b"not a package", b"PK\x03\x04 broken"])
def test_a_file_that_is_not_a_reference_package(consultant: Store, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.sxshref"
    path.write_bytes(content)
    _refused(consultant, path, DamagedPackageError, "x.sxshref")


def test_an_assessment_package_given_as_a_reference_package(world: World, consultant: Store) -> None:
    small_document(consultant)
    _refused(consultant, world.export(consultant), DamagedPackageError, "not a reference package")


# --- the command line ------------------------------------------------------------------------------


def _sxsh(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_command_line_from_the_centre_to_a_consultant(
    world: World, consultant: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SXSH_PASSPHRASE", PASSPHRASE)
    _centre_edits_reference(world.office)
    first, second = _registry(world.office, 2)
    office, laptop = world.office.path, consultant.path
    path = world.root / "gửi tư vấn.sxshref"
    code, out, err = _sxsh(
        capsys,
        "--db", office, "reference", "export-package", "-o", path,
        "--kinds", "catalogue,emission_factors", "--enterprises", first.id[:8], "--to", "an",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert (
        "Reference package 1" in out and "option catalogue" in out and "1 enterprises, readable by: an" in out
    )

    code, out, _ = _sxsh(capsys, "--db", laptop, "reference", "import-package", path, "--dry-run", "--json")
    assert code == 0
    preview = json.loads(out)
    assert not preview["applied"] and preview["enterprise_counts"]["new"] == 1
    assert [k["kind"] for k in preview["reference"]] == ["grid_factors", "fuels", "constants", "catalogue"]
    assert consultant.count_enterprises() == 0

    code, out, _ = _sxsh(capsys, "--db", laptop, "reference", "import-package", path)
    assert code == 0 and "option catalogue: 1 new (GT-99)" in out and out.rstrip().endswith("Installed.")
    assert set(_enterprises(consultant)) == {first.id}
    assert second.id not in _enterprises(consultant)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--kinds", "catalog"], "Unknown kind of reference data 'catalog'"),
        (["--enterprises", "all", "0123"], "give 'all' or ids, not both"),
        (["--enterprises", "zz"], "is not an id"),
        (["--to", "an"], "give --enterprises too"),
        (["--enterprises", "all", "--to", "nobody"], "No registered key matches 'nobody'"),
    ],
)
def test_bad_export_arguments_write_nothing(
    world: World,
    consultant: Store,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    arguments: list[str],
    message: str,
) -> None:
    monkeypatch.setenv("SXSH_PASSPHRASE", PASSPHRASE)
    _registry(world.office, 1)
    before = dump(world.office)
    path = world.root / "x.sxshref"
    code, out, err = _sxsh(
        capsys, "--db", world.office.path, "reference", "export-package", "-o", path, *arguments
    )
    assert code == 2 and out == "" and message in err and len(err.strip().splitlines()) == 1
    assert not path.exists() and dump(world.office) == before


def test_a_wrong_passphrase_or_no_centre_key(
    world: World, consultant: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SXSH_PASSPHRASE", "không phải mật khẩu")
    path = world.root / "x.sxshref"
    code, _, err = _sxsh(capsys, "--db", world.office.path, "reference", "export-package", "-o", path)
    assert code == 2 and "Wrong passphrase" in err and not path.exists()
    code, _, err = _sxsh(capsys, "--db", consultant.path, "reference", "export-package", "-o", path)
    assert code == 2 and "no Centre key" in err and not path.exists()


def test_a_refused_import_is_one_line_and_exit_2(
    world: World, consultant: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _export(world)
    forged = _rewrite(world.root / "giả.sxshref", _entries(path), _other_centre())
    keys.device_keys(consultant)
    before = dump(consultant)
    code, out, err = _sxsh(capsys, "--db", consultant.path, "reference", "import-package", forged)
    assert code == 2 and out == "" and "signed by Trung tâm giả mạo" in err
    assert len(err.strip().splitlines()) == 1 and dump(consultant) == before
