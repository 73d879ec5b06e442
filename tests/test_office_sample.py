"""The office sample: deterministic, living (every kind of indicator has something to count), loaded
once, all or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from sxsh_desktop.domain.office import Period
from sxsh_desktop.services import followups, reviews
from sxsh_desktop.services.indicators import compute_indicators
from sxsh_desktop.services.office_samples import SampleAlreadyLoaded, load_office_sample
from sxsh_desktop.store.repository import Store
from tests.sync_world import dump

TODAY = date(2026, 12, 1)


def test_the_sample_shows_a_living_office(store: Store) -> None:
    size = load_office_sample(store, facilities=1500, assessments=120, today=TODAY).value
    assert (size.facilities, size.assessments, size.zones) == (1500, 120, 12)
    assert size.activities > 80 and size.follow_ups > 40 and size.reviews > 20
    table = compute_indicators(store, Period.plan_year(2026))
    households = compute_indicators(store, Period.plan_year(2026), by="legal-form").get("I1").groups
    assert {g.key for g in households} >= {"household", "enterprise", "cooperative"}
    assert next(g for g in households if g.key == "household").figure.denominator > 1000
    for code in (
        "I1",
        "I2",
        "I3",
        "I6",
        "I7",
        "I5",
        "O1.1-act",
        "O-assess",
        "E1-toe-ante",
        "E1-savings_vnd-done",
    ):
        assert table.get(code).numerator > 0, code
    assert 0 < table.get("I3").value < table.get("I2").value < table.get("I1").value <= 100  # type: ignore[operator]
    assert followups.follow_ups_due(store, TODAY)
    assert reviews.awaiting_review(store)


def test_the_sample_is_the_same_for_a_seed(tmp_path_factory: pytest.TempPathFactory) -> None:
    from sxsh_desktop.store.setup import ensure_reference

    tables = []
    for name in ("a", "b"):
        store = Store.open(tmp_path_factory.mktemp(name) / "office.sqlite3")
        ensure_reference(store)
        load_office_sample(store, facilities=300, assessments=30, seed=7, today=TODAY)
        tables.append(
            [
                (r.code, r.numerator, r.denominator)
                for r in compute_indicators(store, Period.plan_year(2026)).results
            ]
        )
        store.close()
    assert tables[0] == tables[1]


def test_the_sample_is_loaded_once(store: Store) -> None:
    load_office_sample(store, facilities=200, assessments=10, today=TODAY)
    before = dump(store)
    with pytest.raises(SampleAlreadyLoaded):
        load_office_sample(store, facilities=200, assessments=10, today=TODAY)
    assert dump(store) == before
