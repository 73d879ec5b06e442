"""The facilities behind a number (the overview's click-through), on the hand-computed registry of
``office_world.py`` (plan year 2026): each list is the one the indicator counted."""

from __future__ import annotations

import pytest

from sxsh_desktop.domain.office import Period
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services.indicator_members import indicator_members
from sxsh_desktop.services.indicators import compute_indicators
from sxsh_desktop.store.repository import Store
from tests.office_world import OfficeWorld, build_office_world

PERIOD = Period.plan_year(2026)


@pytest.fixture
def world(store: Store) -> OfficeWorld:
    return build_office_world(store)


def names(world: OfficeWorld, code: str, part: str, **group: str) -> list[str]:
    return [m.name for m in indicator_members(world.store, PERIOD, code, part, **group)]


def test_the_informed_and_the_registry_they_are_counted_among(world: OfficeWorld) -> None:
    # I1 = 7 of 8: every facility in F(T) but H5 (no evidence); H4 closed, R1 retail, B1 a branch,
    # N1 registered after T are not in the denominator at all.
    informed = ["Cơ sở E1", "Cơ sở E2", "Cơ sở E3", "Cơ sở E4", "Cơ sở H1", "Cơ sở H2", "Cơ sở H3"]
    assert names(world, "I1", "numerator") == informed
    assert names(world, "I1", "denominator") == [*informed, "Cơ sở H5"]


def test_each_member_carries_the_date_it_reached_the_step(world: OfficeWorld) -> None:
    applying = indicator_members(world.store, PERIOD, "I3", "numerator")
    assert [m.name for m in applying] == ["Cơ sở E1", "Cơ sở E3"]
    e3 = applying[1]
    assert (e3.legal_form, e3.commune, e3.numerator, e3.denominator) == (
        "cooperative",
        "Phường Sông Trí",
        1,
        1,
    )
    assert e3.reached_on is not None and e3.reached_on in PERIOD  # the override's date


def test_a_group_of_a_breakdown_lists_only_its_own_facilities(world: OfficeWorld) -> None:
    # By commune as recorded, Phường Sông Trí: E1 (A1), E3 (A2), H1 (A1) informed of E1, E3, H1, H5.
    song_tri = {"by": "commune", "group": "Phường Sông Trí"}
    assert names(world, "I1", "numerator", **song_tri) == ["Cơ sở E1", "Cơ sở E3", "Cơ sở H1"]
    assert names(world, "I1", "denominator", **song_tri) == ["Cơ sở E1", "Cơ sở E3", "Cơ sở H1", "Cơ sở H5"]
    assert names(world, "I1", "numerator", by="legal-form", group="household") == [
        "Cơ sở H1",
        "Cơ sở H2",
        "Cơ sở H3",
    ]


def test_medium_and_large_enterprises_with_a_cp_unit(world: OfficeWorld) -> None:
    assert names(world, "I6", "numerator") == ["Cơ sở E1"]
    assert names(world, "I6", "denominator") == ["Cơ sở E1", "Cơ sở E2", "Cơ sở E4"]


def test_every_facility_rate_lists_as_many_facilities_as_it_counts(world: OfficeWorld) -> None:
    table = compute_indicators(world.store, PERIOD)
    for code in ("I1", "I2", "I3", "I6", "O-fac"):
        result = table.get(code)
        assert len(indicator_members(world.store, PERIOD, code, "numerator")) == result.numerator, code
        if result.denominator is not None:
            assert len(indicator_members(world.store, PERIOD, code, "denominator")) == result.denominator


def test_counts_of_activities_persons_and_zones_have_no_facility_list(world: OfficeWorld) -> None:
    table = compute_indicators(world.store, PERIOD)
    assert table.get("I5").numerator == 3 and table.get("I7").numerator == 1
    assert names(world, "I5", "numerator") == []  # three staff trained: persons, not facilities
    assert names(world, "I7", "numerator") == []  # a craft village: a zone


def test_an_unknown_indicator_or_part_is_refused_with_its_field(world: OfficeWorld) -> None:
    with pytest.raises(ValidationError) as unknown:
        indicator_members(world.store, PERIOD, "I9", "numerator")
    assert unknown.value.field == "code"
    with pytest.raises(ValidationError) as part:
        indicator_members(world.store, PERIOD, "I1", "total")
    assert part.value.field == "part"
