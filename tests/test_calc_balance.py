"""Material and energy balance per process step: hand-checked steps, the flag, the properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sxsh_desktop.calc import (
    IMBALANCE_THRESHOLD_PCT,
    BalanceStatus,
    NotCountedReason,
    StepBalance,
    UnitConverter,
    WarningCode,
    compute_assessment,
    process_balance,
    step_balance,
)
from sxsh_desktop.domain.model import Assessment, AssessmentDocument, Enterprise, ProcessStep, StepFlow
from tests.calc_fixtures import make_reference

REF = make_reference()
CONVERTER = UnitConverter(REF.units)
STEP = ProcessStep(name="Rửa cá")


def flow(direction: str, kind: str, quantity: float | None, unit: str, name: str = "") -> StepFlow:
    return StepFlow(
        step_id=STEP.id, direction=direction, kind=kind, quantity=quantity, unit=unit, name=name or kind
    )


def inp(kind: str, quantity: float | None, unit: str, name: str = "") -> StepFlow:
    return flow("input", kind, quantity, unit, name)


def out(kind: str, quantity: float | None, unit: str, name: str = "") -> StepFlow:
    return flow("output", kind, quantity, unit, name)


def balance(*flows: StepFlow) -> StepBalance:
    return step_balance(STEP, 1, flows, CONVERTER)


def test_a_washing_step_balances_across_mass_and_water_units() -> None:
    # 1,200 t fish + 1,800 m³ water in; 1,164 t + 36,000 kg + 1,750 m³ out: 3,000 t vs 2,950 t.
    b = balance(
        inp("material", 1_200, "t"),
        inp("water", 1_800, "m3"),
        inp("energy", 12_000, "kwh"),
        out("product", 1_164, "t"),
        out("solid_waste", 36_000, "kg"),
        out("wastewater", 1_750_000, "l"),
    )
    assert b.inputs_t == pytest.approx(3_000)
    assert b.outputs_t == pytest.approx(2_950)
    assert b.imbalance_pct == pytest.approx(50 / 3_000 * 100)  # 1.67 %
    assert b.status is BalanceStatus.BALANCED and not b.flagged
    assert b.energy_input_kwh == 12_000
    assert b.not_counted == ()


def test_an_unrecorded_loss_beyond_the_threshold_is_flagged() -> None:
    # 500 t in, 410 t out: 18 % of the input is not accounted for.
    b = balance(inp("material", 500, "t"), out("product", 400, "t"), out("solid_waste", 10, "t"))
    assert b.imbalance_pct == pytest.approx(18.0)
    assert b.gap_t == pytest.approx(90)
    assert b.status is BalanceStatus.IMBALANCED and b.flagged


def test_more_out_than_in_is_a_negative_imbalance_and_flagged_too() -> None:
    b = balance(inp("material", 100, "t"), out("product", 125, "t"))
    assert b.imbalance_pct == pytest.approx(-25.0)
    assert b.flagged


def test_the_threshold_itself_is_accepted() -> None:
    b = balance(inp("material", 100, "t"), out("product", 100 - IMBALANCE_THRESHOLD_PCT, "t"))
    assert b.imbalance_pct == pytest.approx(IMBALANCE_THRESHOLD_PCT)
    assert not b.flagged
    assert balance(inp("material", 100, "t"), out("product", 89.9, "t")).flagged


def test_lines_without_quantity_are_listed_and_leave_the_gap_they_open() -> None:
    b = balance(
        inp("material", 100, "t"),
        out("product", 80, "t"),
        out("air_emission", None, "", "Mùi, khí NH₃"),
        out("noise", None, "", "Tiếng ồn"),
    )
    reasons = {n.name: n.reason for n in b.not_counted}
    assert reasons == {
        "Mùi, khí NH₃": NotCountedReason.NO_QUANTITY,
        "Tiếng ồn": NotCountedReason.NOT_MEASURABLE,
    }
    assert b.imbalance_pct == pytest.approx(20.0)
    assert b.flagged


def test_a_line_in_pieces_means_the_balance_cannot_close() -> None:
    b = balance(
        inp("material", 43_600, "t"),
        inp("water", 6_000, "m3"),
        out("product", 29_200_000, "pcs", "Mộc ướt"),
        out("solid_waste", 1_400, "t"),
    )
    assert b.status is BalanceStatus.PARTIAL and not b.flagged
    assert b.imbalance_pct is None
    assert (b.inputs_t, b.outputs_t) == (pytest.approx(49_600), pytest.approx(1_400))
    [line] = b.not_counted
    assert (line.name, line.reason, line.quantity, line.unit) == (
        "Mộc ướt",
        NotCountedReason.NOT_MASS,
        29_200_000,
        "pcs",
    )


def test_litres_count_as_tonnes_only_for_water() -> None:
    b = balance(inp("material", 1_000, "l", "Nước mắm"), out("product", 1_000, "l"))
    assert b.status is BalanceStatus.PARTIAL
    assert [n.reason for n in b.not_counted] == [NotCountedReason.NOT_MASS] * 2


def test_an_unknown_unit_is_named_as_such() -> None:
    b = balance(inp("material", 10, "bao"), out("product", 10, "t"))
    assert b.not_counted[0].reason is NotCountedReason.UNKNOWN_UNIT
    assert b.status is BalanceStatus.PARTIAL


def test_fuels_stay_out_of_the_mass_balance() -> None:
    # The coal mixed into the clay is an energy input: only the clay is weighed against the output.
    b = balance(inp("material", 42_000, "t"), inp("energy", 1_600, "t", "Than"), out("product", 42_000, "t"))
    assert b.inputs_t == 42_000
    assert b.imbalance_pct == 0
    assert [(n.name, n.reason) for n in b.not_counted] == [("Than", NotCountedReason.NOT_ENERGY)]


def test_steps_without_a_mass_input_are_not_compared() -> None:
    # A boiler: coal in (energy), ash out. Nothing is flagged.
    b = balance(inp("energy", 500, "t"), out("solid_waste", 50, "t"))
    assert b.status is BalanceStatus.NO_MASS_INPUT
    assert b.imbalance_pct is None and not b.flagged
    assert balance().status is BalanceStatus.NO_MASS_INPUT


def test_heat_loss_share_only_when_every_energy_input_is_known() -> None:
    b = balance(inp("energy", 100_000, "kwh"), inp("energy", 0.36, "gj"), out("heat_loss", 36, "gj"))
    assert b.energy_input_kwh == pytest.approx(100_100)
    assert b.heat_loss_kwh == pytest.approx(10_000)
    assert b.heat_loss_pct == pytest.approx(10_000 / 100_100 * 100)
    with_coal = balance(inp("energy", 100_000, "kwh"), inp("energy", 900, "t"), out("heat_loss", 36, "gj"))
    assert with_coal.heat_loss_kwh == pytest.approx(10_000)
    assert with_coal.heat_loss_pct is None


def test_process_balance_adds_up_the_steps_that_close() -> None:
    closed = balance(inp("material", 100, "t"), out("product", 90, "t"))
    flagged = balance(inp("material", 50, "t"), out("product", 30, "t"))
    partial = balance(inp("material", 50, "t"), out("product", 30, "pcs"))
    p = process_balance([closed, flagged, partial])
    assert (p.steps_closed, p.steps_flagged, p.steps_partial) == (2, 1, 1)
    assert (p.inputs_t, p.outputs_t, p.gap_t) == (150, 120, 30)
    assert p.imbalance_pct == pytest.approx(20.0)
    assert process_balance([]).imbalance_pct is None


def test_compute_assessment_gives_each_step_its_balance_and_warns_of_flagged_ones() -> None:
    wash = ProcessStep(name="Rửa", position=0)
    salt = ProcessStep(name="Ướp muối", position=1)
    doc = AssessmentDocument(
        enterprise=Enterprise(name="Nước mắm"),
        assessment=Assessment(),
        steps=[salt, wash],  # stored out of order: the balances follow the positions
        flows=[
            StepFlow(step_id=wash.id, direction="input", kind="material", quantity=100, unit="t"),
            StepFlow(step_id=wash.id, direction="output", kind="product", quantity=99, unit="t"),
            StepFlow(step_id=salt.id, direction="input", kind="material", quantity=100, unit="t"),
            StepFlow(step_id=salt.id, direction="output", kind="product", quantity=82, unit="t"),
        ],
    )
    figures = compute_assessment(doc, REF)
    assert [(b.number, b.step_name) for b in figures.step_balances] == [(1, "Rửa"), (2, "Ướp muối")]
    assert figures.step_balance(salt.id).flagged  # type: ignore[union-attr]
    [warning] = [w for w in figures.warnings if w.code is WarningCode.STEP_IMBALANCE]
    assert warning.subject_id == salt.id
    assert (warning.param("step"), warning.param("pct")) == ("Ướp muối", "18.0")
    assert figures.process_balance.inputs_t == 200


mass_units = st.sampled_from(["g", "kg", "t"])
quantities = st.floats(min_value=1e-3, max_value=1e9, allow_nan=False, allow_infinity=False)


@given(
    parts=st.lists(st.tuples(quantities, mass_units, mass_units), min_size=1, max_size=6),
    split=st.floats(min_value=0.01, max_value=0.99),
)
def test_outputs_equal_to_inputs_in_other_mass_units_balance_to_zero(
    parts: list[tuple[float, str, str]], split: float
) -> None:
    # Each input leaves as a product and a waste, written in units of its own choosing.
    flows: list[StepFlow] = []
    for tonnes, in_unit, out_unit in parts:
        flows.append(inp("material", CONVERTER.convert(tonnes, "t", in_unit), in_unit))
        flows.append(out("product", CONVERTER.convert(tonnes * split, "t", out_unit), out_unit))
        flows.append(out("solid_waste", CONVERTER.convert(tonnes * (1 - split), "t", "kg"), "kg"))
    b = balance(*flows)
    assert b.imbalance_pct == pytest.approx(0.0, abs=1e-9)
    assert not b.flagged


@given(
    inputs=st.lists(quantities, min_size=1, max_size=4),
    outputs=st.lists(quantities, min_size=0, max_size=4),
    scale=st.floats(min_value=1e-3, max_value=1e3),
)
def test_scaling_every_flow_keeps_the_imbalance(
    inputs: list[float], outputs: list[float], scale: float
) -> None:
    def step(k: float) -> StepBalance:
        return balance(
            *(inp("material", q * k, "t") for q in inputs), *(out("product", q * k, "kg") for q in outputs)
        )

    before, after = step(1.0), step(scale)
    assert before.imbalance_pct is not None and after.imbalance_pct is not None
    assert math.isclose(before.imbalance_pct, after.imbalance_pct, rel_tol=1e-9, abs_tol=1e-9)
    assert before.status is after.status or abs(abs(before.imbalance_pct) - IMBALANCE_THRESHOLD_PCT) < 1e-6
