"""Every indicator of the hand-computed registry of ``office_world.py`` (plan year 2026, T = 14/12/2026)."""

from __future__ import annotations

from datetime import date

import pytest

from sxsh_desktop.domain.office import Period
from sxsh_desktop.services.indicators import IndicatorTable, compute_indicators, set_official_denominator
from sxsh_desktop.store.repository import Store
from tests.office_world import GRID_T_PER_MWH, TOE_PER_KWH, OfficeWorld, build_office_world

PERIOD = Period.plan_year(2026)


@pytest.fixture
def world(store: Store) -> OfficeWorld:
    return build_office_world(store)


@pytest.fixture
def table(world: OfficeWorld) -> IndicatorTable:
    return compute_indicators(world.store, PERIOD)


def figures(table: IndicatorTable, code: str) -> tuple[float, float | None, int, int]:
    r = table.get(code)
    return r.numerator, r.denominator, r.unknown, r.population


def test_the_plan_year_runs_from_15_december_to_14_december() -> None:
    assert Period.plan_year(2026) == Period(date(2025, 12, 15), date(2026, 12, 14))
    assert Period.plan_year(2026, start_month=1, start_day=1) == Period(date(2026, 1, 1), date(2026, 12, 31))


def test_the_registry_in_scope_holds_the_eight_active_industrial_facilities(table: IndicatorTable) -> None:
    # Not H4 (closed 30/06), R1 (retail), B1 (a branch), N1 (registered after T).
    assert table.facilities_in_scope == 8
    assert table.as_of == date(2026, 12, 14)


def test_the_cp_ladder_over_the_registry(table: IndicatorTable) -> None:
    # Informed: all but H5. Aware: E1 (S1 completed), E2 (S3 completed), E3 (study tour, positive).
    # Applying: E1 (F1: sol1 done), E3 (override). Unknown for I3: H5, E2 (F2 reported nothing), E4
    # (assessed, no follow-up).
    assert figures(table, "I1") == (7, 8, 1, 8)
    assert figures(table, "I2") == (3, 8, 1, 8)
    assert figures(table, "I3") == (2, 8, 3, 8)
    assert table.get("I1").value == pytest.approx(87.5)
    assert table.get("I1").coverage == pytest.approx(7 / 8)
    assert table.get("I3").coverage == pytest.approx(5 / 8)
    assert table.get("I3").target is None  # 2026 is after the last milestone (2020)


def test_targets_are_the_next_milestone_with_their_source(world: OfficeWorld) -> None:
    old = compute_indicators(world.store, Period.plan_year(2015))
    i2 = old.get("I2")
    assert (i2.target, i2.target_year) == (50, 2015)
    assert "1419/QĐ-TTg" in i2.target_source
    # 2026 is after every I2 milestone: no target.
    assert compute_indicators(world.store, PERIOD).get("I2").target is None
    i7 = compute_indicators(world.store, PERIOD).get("I7")
    assert (i7.target, i7.target_year) == (100, 2030)


def test_cp_units_among_medium_and_large_enterprises(table: IndicatorTable) -> None:
    # E1 medium with a unit, E2 large not known, E4 medium without.
    assert figures(table, "I6") == (1, 3, 1, 3)


def test_zones_reached_by_an_activity_or_through_a_facility_in_them(table: IndicatorTable) -> None:
    # Z1 (A4 held for it; H1 attended A1); not the cluster (E2 attended nothing) nor the park.
    assert figures(table, "I7") == (1, 3, 0, 3)


def test_staff_trained_and_output_counts_of_the_period(table: IndicatorTable) -> None:
    assert table.get("I5").numerator == 3
    assert table.get("I5").denominator is None
    assert table.get("O1.1-act").numerator == 1  # A4 was before the period
    assert table.get("O1.1-par").numerator == 4  # three facilities and a person
    assert table.get("O2.1-act").numerator == 1
    assert table.get("O2.1-par").numerator == 2
    assert table.get("O1.4-act").numerator == 1
    assert table.get("O2.3-act").numerator == 0
    assert table.get("O-assess").numerator == 1  # S1; S3 before the period, S2 a draft
    assert table.get("O-fac").numerator == 1
    assert table.get("O-fu").numerator == 2
    cost = table.get("O-cost")
    assert (cost.numerator, cost.unknown, cost.population) == (25_000_000, 1, 3)  # A3 has no cost


def test_expected_totals_come_from_the_solutions_not_rejected_of_assessments_in_the_period(
    table: IndicatorTable,
) -> None:
    assert table.get("E1-investment-ante").numerator == 150_000_000
    assert table.get("E1-savings_vnd-ante").numerator == 100_000 * 2000 + 500 * 10_000
    assert table.get("E1-kwh-ante").numerator == pytest.approx(100_000)
    assert table.get("E1-toe-ante").numerator == pytest.approx(100_000 * TOE_PER_KWH)
    assert table.get("E1-water_m3-ante").numerator == pytest.approx(500)
    assert table.get("E1-material_t-ante").numerator == 0
    assert table.get("E1-co2_fossil_t-ante").numerator == pytest.approx(100 * GRID_T_PER_MWH)
    assert table.get("E1-toe-ante").basis == "ex_ante"


def test_achieved_totals_come_from_follow_ups_and_are_never_mixed_with_expected(
    table: IndicatorTable,
) -> None:
    # sol1 reported done at F1 with what was measured; sol2 still in progress.
    assert figures(table, "E1-savings_vnd-done") == (180_000_000, None, 0, 1)
    assert figures(table, "E1-kwh-done") == (90_000, None, 0, 1)
    assert figures(table, "E1-co2_fossil_t-done") == (50.0, None, 0, 1)
    assert figures(table, "E1-toe-done") == (0, None, 1, 1)  # not measured: unknown, not the expected figure
    assert figures(table, "E1-investment-done") == (100_000_000, None, 0, 1)
    assert table.get("E1-toe-done").basis == "achieved"


def test_appliers_energy_savings_ex_ante_and_ex_post(table: IndicatorTable) -> None:
    # Appliers: E1 and E3. E3 has no assessment: unknown in both.
    ante = table.get("I4a-ante")
    assert (ante.numerator, ante.denominator) == (
        pytest.approx(100_000 * TOE_PER_KWH),
        pytest.approx(1e6 * TOE_PER_KWH),
    )
    assert (ante.unknown, ante.population) == (1, 2)
    assert ante.value == pytest.approx(10.0)
    post = table.get("I4a-post")
    expected = 1_000_000 * TOE_PER_KWH / 1000 * 1100
    assert post.denominator == pytest.approx(expected)
    assert post.numerator == pytest.approx(expected * 0.06)
    assert post.value == pytest.approx(6.0)
    assert figures(table, "I4b-5") == (1, 1, 1, 2)
    assert figures(table, "I4b-8") == (0, 1, 1, 2)


def test_rates_over_the_official_count_shipped_then_entered(
    world: OfficeWorld, table: IndicatorTable
) -> None:
    i1 = table.get("I1")
    assert i1.official_denominator == 13_900  # the plan's 2011 baseline
    assert "3210" in i1.official_source
    assert i1.official_value == pytest.approx(7 / 13_900 * 100)
    set_official_denominator(world.store, "I1", 2026, 20, "Niên giám thống kê Hà Tĩnh 2025, bảng 7.3")
    again = compute_indicators(world.store, PERIOD).get("I1")
    assert (again.official_denominator, again.official_source) == (
        20,
        "Niên giám thống kê Hà Tĩnh 2025, bảng 7.3",
    )
    assert again.official_value == pytest.approx(35.0)
    assert again.value == pytest.approx(87.5)  # the registry variant is unchanged


def _groups(table: IndicatorTable, code: str) -> dict[str, tuple[float, float | None, int]]:
    return {
        g.key: (g.figure.numerator, g.figure.denominator, g.figure.unknown) for g in table.get(code).groups
    }


def test_by_commune_as_recorded_and_today(world: OfficeWorld) -> None:
    recorded = compute_indicators(world.store, PERIOD, by="commune")
    assert _groups(recorded, "I1") == {
        "Phường Sông Trí": (3, 4, 1),
        "Phường Hải Ninh": (3, 3, 0),
        "Xã Cẩm Cũ": (1, 1, 0),
    }
    assert _groups(recorded, "O1.1-act") == {"Phường Sông Trí": (1, None, 0)}
    today = compute_indicators(world.store, PERIOD, by="commune", communes="today")
    assert _groups(today, "I1")["—"] == (1, 1, 0)  # Xã Cẩm Cũ is not one of today's communes
    # Groups add up to the total: numerators and denominators, never percentages.
    total = recorded.get("I3")
    groups = recorded.get("I3").groups
    assert sum(g.figure.numerator for g in groups) == total.numerator
    assert sum(g.figure.denominator or 0 for g in groups) == total.denominator


def test_by_legal_form_sector_and_size(world: OfficeWorld) -> None:
    by_form = compute_indicators(world.store, PERIOD, by="legal-form")
    assert _groups(by_form, "I1") == {
        "enterprise": (3, 3, 0),
        "cooperative": (1, 1, 0),
        "household": (3, 4, 1),
    }
    assert _groups(by_form, "E1-investment-ante") == {"enterprise": (150_000_000, None, 0)}
    by_sector = compute_indicators(world.store, PERIOD, by="sector")
    assert _groups(by_sector, "I1") == {"B": (1, 1, 0), "C": (6, 7, 1)}
    by_size = compute_indicators(world.store, PERIOD, by="size")
    assert _groups(by_size, "I6") == {
        "large": (0, 1, 1),
        "medium": (1, 2, 0),
        "micro": (0, 0, 0),
        "small": (0, 0, 0),
        "?": (0, 0, 0),
    }
