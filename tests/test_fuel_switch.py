"""A fuel switch entered as one line: "replaces 200 t of than cám with rice husk"."""

from __future__ import annotations

import pytest

from sxsh_desktop.calc import compute_assessment
from sxsh_desktop.demo import load_demo
from sxsh_desktop.domain.model import Solution
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services.editing import add_record
from sxsh_desktop.services.fuel_switch import ELECTRICITY, add_fuel_switch, plan_fuel_switch
from sxsh_desktop.store.repository import Store

BRICKS = "42b791f4-aebc-5e74-8abf-4cab142bc630"
STEEL = "5c54a2b3-4b43-50a7-8c50-6f0dc44a11fe"


def test_a_switch_to_a_fuel_the_baseline_lacks_adds_its_line_and_two_savings(store: Store) -> None:
    load_demo(store)
    document = store.load_document(BRICKS)
    ref = store.reference()
    solution = add_record(store, Solution(assessment_id=BRICKS, title="Đốt mùn cưa", position=20)).value
    coal = next(c for c in document.consumptions if c.fuel_code == "than_cam_3_4")
    before = store.load_document(BRICKS)

    switch = add_fuel_switch(store, ref, BRICKS, solution.id, coal.id, 200, "other_biomass").value

    assert switch.new_line is not None and switch.new_line.fuel_code == "other_biomass"
    assert switch.new_line.yearly_quantity == 0  # the baseline did not burn sawdust
    assert switch.replaced.quantity == 200 and switch.replaced.consumption_id == coal.id
    # the same energy: 200 t x 0.60 TOE = 120 TOE = 433.2 t of biomass at 0.277 TOE/t
    assert switch.added.quantity == pytest.approx(-200 * 0.60 / 0.277)
    after = store.load_document(BRICKS)
    assert len(after.consumptions) == len(before.consumptions) + 1
    assert len(after.savings) == len(before.savings) + 2
    figures = compute_assessment(after, ref).solution(solution.id)
    assert figures is not None and figures.is_fuel_switch
    assert figures.fossil_toe_saved == pytest.approx(120)
    assert figures.renewable_toe_added == pytest.approx(120)
    assert figures.toe_saved == pytest.approx(0, abs=1e-9)
    assert figures.fossil_co2_t == pytest.approx(200 * 2.469)


def test_a_switch_to_an_existing_line_uses_it_and_takes_the_quantity_given(store: Store) -> None:
    load_demo(store)
    document = store.load_document(STEEL)
    solution = document.solutions[0]
    diesel = next(c for c in document.consumptions if c.fuel_code == "do")
    power = next(c for c in document.consumptions if c.kind == "electricity")
    switch = plan_fuel_switch(
        document, store.reference(), solution.id, diesel.id, 12_000, ELECTRICITY, 36_000
    )
    assert switch.new_line is None
    assert switch.added.consumption_id == power.id and switch.added.quantity == -36_000


def test_a_switch_that_makes_no_sense_is_refused_and_nothing_is_written(store: Store) -> None:
    load_demo(store)
    document = store.load_document(BRICKS)
    solution = document.solutions[0]
    coal = next(c for c in document.consumptions if c.fuel_code == "than_cam_3_4")
    clay = next(c for c in document.consumptions if c.kind == "raw_material")
    ref = store.reference()
    for args in (
        (clay.id, 10, "rice_husk"),  # not an energy line
        (coal.id, 0, "rice_husk"),  # nothing replaced
        (coal.id, 10, "than_cam_3_4"),  # the same fuel
        (coal.id, 10, "peat"),  # not a reference fuel
    ):
        with pytest.raises(ValidationError):
            add_fuel_switch(store, ref, BRICKS, solution.id, *args)
    assert store.load_document(BRICKS) == document
