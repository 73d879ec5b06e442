"""Roll-ups from provinces to the ministry: import, refusal, decisions and national figures."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from sxsh_desktop.domain.provinces import Vintage, provinces
from sxsh_desktop.sync import rollup
from sxsh_desktop.sync.errors import (
    AlreadyImportedError,
    BadSignatureError,
    DamagedPackageError,
    InvalidContentError,
    SyncError,
)
from sxsh_desktop.sync.manifest import MANIFEST_NAME, SIGNATURE_NAME, sha256_hex
from sxsh_desktop.sync.rollup_document import ReplyStatus
from tests.rollup_world import RollupWorld, document, figure


@pytest.fixture
def world(tmp_path: Path) -> Iterator[RollupWorld]:
    made = RollupWorld(tmp_path)
    yield made
    made.close()


def _national(world: RollupWorld, year: int, code: str = "I1") -> list[tuple[str, str, int, int]]:
    return [
        (f.scope.value, f.key, f.numerator, f.denominator)
        for f in rollup.national_figures(world.ministry, year)
        if f.code == code and f.basis == "registry"
    ]


def test_the_province_succession_has_34_provinces_23_of_them_mergers_of_the_63_former() -> None:
    table = provinces()
    current = table.current()
    assert len(current) == 34
    assert sum(1 for p in table.provinces.values() if p.vintage is Vintage.FORMER) == 63
    merged = [p for p in current if len(table.predecessors(p.code)) > 1]
    assert len(merged) == 23
    # Codes are reused: 44 was Quảng Bình and is now Quảng Trị, which also took in the former 45.
    assert table.find("44", Vintage.FORMER).name == "Tỉnh Quảng Bình"  # type: ignore[union-attr]
    assert table.find("44", Vintage.CURRENT).name == "Tỉnh Quảng Trị"  # type: ignore[union-attr]
    assert [p.code for p in table.predecessors("44")] == ["44", "45"]
    assert [p.name for p in table.predecessors("37")] == ["Tỉnh Hà Nam", "Tỉnh Nam Định", "Tỉnh Ninh Bình"]
    assert [p.code for p in table.predecessors("42")] == ["42"]  # Hà Tĩnh is unchanged


def test_two_provinces_imported_twice_give_the_same_national_numbers(world: RollupWorld) -> None:
    ha_tinh = world.office("Hà Tĩnh", "42")
    nghe_an = world.office("Nghệ An", "40")
    first = ha_tinh.export(document("42", 2026, [figure("I1", 30, 200), figure("I3", 5, 200)]))
    second = nghe_an.export(document("40", 2026, [figure("I1", 45, 300), figure("I3", 12, 300)]))
    world.import_(first)
    world.import_(second)
    numbers = rollup.national_figures(world.ministry, 2026)
    before = world.dump()
    for path in (first, second):
        with pytest.raises(AlreadyImportedError):
            world.import_(path)
    assert world.dump() == before
    assert rollup.national_figures(world.ministry, 2026) == numbers
    assert ("national", "", 75, 500) in _national(world, 2026)
    assert ("national", "", 17, 500) in _national(world, 2026, "I3")


def test_national_figures_of_three_provinces_are_sums_of_numerators_and_denominators(
    world: RollupWorld,
) -> None:
    # Hand-computed: I1 30/200 + 45/300 + 10/100 = 85/600 = 14.1666… %, not the mean of 15 %, 15 %, 10 %.
    offices = [
        ("Hà Tĩnh", "42", 30, 200, 0.9),
        ("Nghệ An", "40", 45, 300, 0.8),
        ("Quảng Trị", "44", 10, 100, 0.5),
    ]
    for name, code, numerator, denominator, coverage in offices:
        office = world.office(name, code)
        sector_c = figure("I1", numerator - 4, denominator - 50, group="sector:C")
        official = figure(
            "I1", numerator, denominator * 10, basis="official", denominator_source="Niên giám 2025"
        )
        doc = document(
            code, 2026, [figure("I1", numerator, denominator, coverage=coverage), sector_c, official]
        )
        world.import_(office.export(doc))
    found = {(f.scope.value, f.key, f.basis): f for f in rollup.national_figures(world.ministry, 2026)}
    national = found[("national", "", "registry")]
    assert (national.numerator, national.denominator) == (85, 600)
    assert national.value == pytest.approx(100 * 85 / 600)
    assert national.coverage == pytest.approx((0.9 * 200 + 0.8 * 300 + 0.5 * 100) / 600)
    assert national.provinces == 3
    assert (
        found[("national", "", "official")].numerator,
        found[("national", "", "official")].denominator,
    ) == (
        85,
        6000,
    )
    # All three are in the North Central and Central Coast region; the sector part adds up the same way.
    region = found[("region", "north_central_central_coast", "registry")]
    assert (region.numerator, region.denominator) == (85, 600)
    sector = found[("sector", "C", "registry")]
    assert (sector.numerator, sector.denominator) == (85 - 12, 600 - 150)
    assert (
        found[("province", "40", "registry")].numerator,
        found[("province", "40", "registry")].denominator,
    ) == (
        45,
        300,
    )


def test_2024_figures_of_two_former_provinces_add_up_under_the_merged_one(world: RollupWorld) -> None:
    quang_tri = world.office("Quảng Trị", "44")  # the merged province's office sends both former ones
    for code, n, d in (("44", 7, 70), ("45", 3, 50)):
        doc = document(code, 2024, [figure("I1", n, d)], vintage=Vintage.FORMER)
        world.import_(quang_tri.export(doc))
    assert ("province", "44", 10, 120) in _national(world, 2024)
    row = next(r for r in rollup.overview(world.ministry, 2024) if r.province.code == "44")
    assert [part.name for part, _ in row.parts] == ["Tỉnh Quảng Bình", "Tỉnh Quảng Trị"]
    assert row.missing == [] and row.figures["I1"] == (10, 120)
    hue = next(r for r in rollup.overview(world.ministry, 2024) if r.province.code == "46")
    assert [p.name for p in hue.missing] == ["Tỉnh Thừa Thiên Huế"]


def test_a_province_key_may_send_only_its_own_province(world: RollupWorld) -> None:
    ha_tinh = world.office("Hà Tĩnh", "42")
    path = ha_tinh.export(document("40", 2026, [figure("I1", 1, 2)]))
    before = world.dump()
    with pytest.raises(rollup.RollupRefused) as refused:
        world.import_(path)
    assert refused.value.reason == "foreign_province"
    # Nor a former province it does not succeed.
    other = ha_tinh.export(document("45", 2024, [figure("I1", 1, 2)], vintage=Vintage.FORMER))
    with pytest.raises(rollup.RollupRefused):
        world.import_(other)
    assert world.dump() == before


def test_a_rollup_signed_by_an_unregistered_key_is_refused_and_nothing_changes(world: RollupWorld) -> None:
    world.import_(world.office("Nghệ An", "40").export(document("40", 2026, [figure("I1", 1, 2)])))
    stranger = world.office("Hà Tĩnh", "42", registered=False)
    path = stranger.export(document("42", 2026, [figure("I1", 1, 2)]))
    before = world.dump()
    with pytest.raises(rollup.RollupRefused) as refused:
        world.import_(path)
    assert refused.value.reason == "unregistered_signer"
    assert world.dump() == before


def test_a_replayed_older_rollup_is_refused_and_nothing_changes(world: RollupWorld) -> None:
    ha_tinh = world.office("Hà Tĩnh", "42")
    older = ha_tinh.export(document("42", 2026, [figure("I1", 1, 2)]))
    newer = ha_tinh.export(document("42", 2026, [figure("I1", 2, 2)]))
    world.import_(newer)
    before = world.dump()
    with pytest.raises(rollup.RollupRefused) as refused:
        world.import_(older)
    assert refused.value.reason == "replayed"
    with pytest.raises(AlreadyImportedError):
        world.import_(newer)
    assert world.dump() == before


def test_a_tampered_rollup_is_refused_and_nothing_changes(world: RollupWorld, tmp_path: Path) -> None:
    ha_tinh = world.office("Hà Tĩnh", "42")
    path = ha_tinh.export(document("42", 2026, [figure("I1", 30, 200)]))
    entries = world.unpack(path)
    before = world.dump()
    # The figures changed, the signed manifest kept: the hash no longer matches.
    body = json.loads(entries["rollup.json"])
    body["indicators"][0]["numerator"] = 150
    changed = {**entries, "rollup.json": json.dumps(body).encode()}
    with pytest.raises(DamagedPackageError, match="hash"):
        world.import_(world.repack(path, changed, tmp_path / "changed.sxshroll"))
    # The manifest changed to match: its signature no longer does.
    manifest = json.loads(entries[MANIFEST_NAME])
    manifest["entries"]["rollup.json"] = sha256_hex(changed["rollup.json"])
    resigned = {
        **changed,
        MANIFEST_NAME: json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode(),
    }
    with pytest.raises(BadSignatureError):
        world.import_(world.repack(path, resigned, tmp_path / "resigned.sxshroll"))
    # A byte of the encrypted file changed.
    data = bytearray(path.read_bytes())
    data[-20] ^= 0xFF
    (tmp_path / "flipped.sxshroll").write_bytes(bytes(data))
    with pytest.raises(DamagedPackageError):
        world.import_(tmp_path / "flipped.sxshroll")
    # An entry the manifest does not list.
    extra = {**entries, "photos/x": b"1"}
    with pytest.raises(DamagedPackageError):
        world.import_(world.repack(path, extra, tmp_path / "extra.sxshroll"))
    assert SIGNATURE_NAME in entries
    assert world.dump() == before


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d["indicators"][0].update(numerator=-1), "numerator"),
        (lambda d: d["indicators"][0].update(numerator=300), "larger than the denominator"),
        (lambda d: d["indicators"][0].update(coverage=1.5), "coverage"),
        (lambda d: d["indicators"][0].update(code="I99"), "unknown indicator"),
        (lambda d: d["indicators"][0].update(definition_version=7), "definition"),
        (lambda d: d["indicators"][0].update(percent=15.0), "unknown field"),
        (lambda d: d["province"].update(code="99"), "no known province"),
        (lambda d: d["totals"]["expected"].update(investment_vnd=-5), "investment_vnd"),
        (lambda d: d["totals"]["expected"].update(investment_vnd=1e300), "investment_vnd"),
        (lambda d: d["indicators"].append(dict(d["indicators"][0])), "repeats"),
        (lambda d: d.update(enterprises=[{"name": "A"}] * 100_001), "more than 100000"),
        (lambda d: d.update(year=2025), "period"),
        (lambda d: d["province"].update(vintage="former"), "former province"),
    ],
)
def test_every_field_is_checked_on_import_and_nothing_changes(
    world: RollupWorld, tmp_path: Path, change: object, problem: str
) -> None:
    ha_tinh = world.office("Hà Tĩnh", "42")
    path = ha_tinh.export(document("42", 2026, [figure("I1", 30, 200)]))
    entries = world.unpack(path)
    body = json.loads(entries["rollup.json"])
    change(body)  # type: ignore[operator]
    raw = json.dumps(body).encode()
    manifest = json.loads(entries[MANIFEST_NAME])
    manifest["entries"]["rollup.json"] = sha256_hex(raw)
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    signed = {
        MANIFEST_NAME: manifest_bytes,
        SIGNATURE_NAME: ha_tinh.keys.sign(manifest_bytes),
        "rollup.json": raw,
    }
    before = world.dump()
    with pytest.raises(InvalidContentError, match=problem):
        world.import_(world.repack(path, signed, tmp_path / "bad.sxshroll"))
    assert world.dump() == before


def test_a_returned_rollup_goes_back_with_comments_and_leaves_the_national_figures(
    world: RollupWorld,
) -> None:
    ha_tinh = world.office("Hà Tĩnh", "42")
    nghe_an = world.office("Nghệ An", "40")
    world.import_(ha_tinh.export(document("42", 2026, [figure("I1", 30, 200)])))
    world.import_(nghe_an.export(document("40", 2026, [figure("I1", 45, 300)])))
    [ha_tinh_submission] = [s for s in rollup.submissions(world.ministry) if s.province.code == "42"]
    reply_path = world.root / f"reply{rollup.REPLY_SUFFIX}"
    comment = "Mẫu số I1 khác số doanh nghiệp trong niên giám; xin kiểm tra lại."
    decided, _ = rollup.decide(
        world.ministry,
        ha_tinh_submission.package_id,
        ReplyStatus.RETURNED,
        comment,
        reply_path,
        world.ministry_keys,
    )
    assert decided.status is rollup.Status.RETURNED
    assert ("national", "", 45, 300) in _national(world, 2026)  # the returned one no longer counts
    row = next(r for r in rollup.overview(world.ministry, 2026) if r.province.code == "42")
    assert [p.code for p in row.returned] == ["42"]

    preview = rollup.import_reply(ha_tinh.store, reply_path, [ha_tinh.keys.identity])
    assert preview.applied and preview.reply.comment == comment
    [sent] = rollup.sent_rollups(ha_tinh.store)
    assert (sent.status, sent.comment) == (rollup.Status.RETURNED, comment)
    # The same reply again, or one the other province receives, is refused.
    with pytest.raises(AlreadyImportedError):
        rollup.import_reply(ha_tinh.store, reply_path, [ha_tinh.keys.identity])
    with pytest.raises(SyncError):
        rollup.import_reply(nghe_an.store, reply_path, [nghe_an.keys.identity])

    # The corrected roll-up replaces it and is accepted.
    corrected = ha_tinh.export(document("42", 2026, [figure("I1", 31, 210)]))
    assert world.import_(corrected).replaces == ha_tinh_submission.package_id
    [current] = [s for s in rollup.submissions(world.ministry) if s.current and s.province.code == "42"]
    rollup.decide(
        world.ministry, current.package_id, ReplyStatus.ACCEPTED, "", reply_path, world.ministry_keys
    )
    assert ("national", "", 76, 510) in _national(world, 2026)


def test_an_offices_rollup_carries_its_indicators_totals_and_enterprise_table(world: RollupWorld) -> None:
    from sxsh_desktop.services import rollup as services
    from sxsh_desktop.services.indicators import set_official_denominator
    from tests.office_world import build_office_world

    ha_tinh = world.office("Hà Tĩnh", "42")
    build_office_world(ha_tinh.store)  # the hand-computed registry: I1 = 7 of 8, coverage 7/8
    source = "Niên giám thống kê Hà Tĩnh 2025, bảng 7.3"
    set_official_denominator(ha_tinh.store, "I1", 2026, 20, source)
    doc = services.build_rollup(ha_tinh.store, 2026, ha_tinh.province)
    found = {(f.code, f.basis, f.group): f for f in doc.indicators}
    i1 = found[("I1", "registry", "")]
    assert (i1.numerator, i1.denominator, i1.definition_version) == (7, 8, 1)
    assert i1.coverage == pytest.approx(7 / 8)
    official = found[("I1", "official", "")]
    assert (official.numerator, official.denominator, official.denominator_source) == (7, 20, source)
    assert (found[("I3", "registry", "")].numerator, found[("I3", "registry", "")].denominator) == (2, 8)
    # The sector parts add up to the province's figure.
    parts = [f for (code, basis, group), f in found.items() if code == "I1" and basis == "registry" and group]
    assert sum(p.numerator for p in parts) == 7 and sum(p.denominator for p in parts) == 8
    assert doc.totals["expected"]["assessments"] >= 1 and doc.enterprises
    assert {"name", "tax_code", "options_found", "investment_vnd"} <= set(doc.enterprises[0])
    # Sent and imported, it gives the ministry the same numbers.
    world.import_(ha_tinh.export(doc))
    assert ("national", "", 7, 8) in _national(world, 2026)
    national_official = next(
        f for f in rollup.national_figures(world.ministry, 2026) if f.code == "I1" and f.basis == "official"
    )
    assert (national_official.numerator, national_official.denominator) == (7, 20)
