"""The figures of a whole assessment: a hand-checked paper mill and the edge cases."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sxsh_desktop.calc.assessment import compute_assessment
from sxsh_desktop.calc.figures import AssessmentFigures, TargetStatus
from sxsh_desktop.calc.records import WarningCode
from sxsh_desktop.domain.model import (
    Assessment,
    AssessmentDocument,
    Consumption,
    Enterprise,
    Product,
    Solution,
    SolutionSaving,
    WasteStream,
)
from tests.calc_fixtures import make_reference

REF = make_reference()
M = 1_000_000
ANNUITY_5Y_10PCT = 3.7907867694  # Σ 1/1.1^t for t = 1..5


def document(**kw: object) -> AssessmentDocument:
    return AssessmentDocument(enterprise=Enterprise(name="Giấy Hà Tĩnh"), assessment=Assessment(), **kw)  # type: ignore[arg-type]


def saving(solution: Solution, line: Consumption, quantity: float) -> SolutionSaving:
    return SolutionSaving(solution_id=solution.id, consumption_id=line.id, quantity=quantity)


def codes(figures: AssessmentFigures) -> set[str]:
    return {w.code for w in figures.warnings}


# A paper mill making 5,000 t a year.
ELEC = Consumption(kind="electricity", name="Điện", yearly_quantity=2_000_000, unit="kwh", unit_price=2000)
COAL = Consumption(
    kind="fuel", name="Than", fuel_code="anthracite", yearly_quantity=1500, unit="t", unit_price=4 * M
)
DIESEL = Consumption(
    kind="fuel", name="Dầu DO", fuel_code="do", yearly_quantity=10_000, unit="l", unit_price=20_000
)
PULP = Consumption(kind="raw_material", name="Bột giấy", yearly_quantity=6000, unit="t", unit_price=10 * M)
CHEM = Consumption(kind="chemical", name="Hoá chất", yearly_quantity=100_000, unit="kg", unit_price=15_000)
WATER = Consumption(kind="water", name="Nước", yearly_quantity=200_000, unit="m3", unit_price=10_000)

HOUSEKEEPING = Solution(
    title="Tắt máy khi không dùng", technique="GH", cost_class="no_cost", decision="implement_now"
)
BOILER = Solution(
    title="Cải tạo lò hơi",
    technique="EM",
    cost_class="medium",
    decision="study_further",
    investment=1000 * M,
    added_operating_cost=100 * M,
)
NEW_LINE = Solution(
    title="Dây chuyền mới", technique="TC", cost_class="high", decision="reject", investment=5000 * M
)
RECOVERY = Solution(
    title="Thu hồi bột",
    technique="IMC",
    cost_class="low",
    decision="implement_now",
    investment=57 * M,
    other_savings=66 * M,
    discount_rate=0.12,
)


def paper_mill() -> AssessmentDocument:
    return document(
        products=[
            Product(name="Giấy bao bì", unit="t", yearly_output=5000, is_main=True),
            Product(name="Giấy vụn", unit="t", yearly_output=100),
        ],
        consumptions=[ELEC, COAL, DIESEL, PULP, CHEM, WATER],
        solutions=[HOUSEKEEPING, BOILER, NEW_LINE, RECOVERY],
        savings=[
            saving(HOUSEKEEPING, ELEC, 100_000),  # 100,000 kWh x 2,000 = 200 M
            saving(HOUSEKEEPING, WATER, 20_000),  # 20,000 m3 x 10,000 = 200 M
            saving(BOILER, COAL, 150),  # 150 t x 4 M = 600 M
            saving(NEW_LINE, PULP, 600),  # rejected: never counted
            saving(RECOVERY, PULP, 40),  # 40 t x 10 M = 400 M
            saving(RECOVERY, CHEM, 10_000),  # 10,000 kg x 15,000 = 150 M
        ],
        waste_streams=[
            WasteStream(name="Nước thải", lost_material_cost=100 * M, treatment_cost=50 * M),
            WasteStream(name="Bùn", treatment_cost=20 * M),
        ],
    )


def test_paper_mill_consumption_lines() -> None:
    figures = compute_assessment(paper_mill(), REF)
    elec = figures.consumption(ELEC.id)
    assert elec is not None
    assert elec.yearly_cost == 4000 * M  # 2,000,000 kWh x 2,000
    assert elec.specific_consumption == 400  # 2,000,000 / 5,000 t
    assert elec.specific_unit == "kWh/t"
    assert elec.toe == pytest.approx(308.6)  # 2,000,000 x 0.0001543
    assert elec.fossil_co2_t == pytest.approx(1318.4)  # 2,000 MWh x 0.6592
    assert elec.saved_quantity == 100_000 and elec.saved_pct == pytest.approx(5.0)
    assert elec.saved_cost == 200 * M

    pulp = figures.consumption(PULP.id)
    assert pulp is not None and pulp.toe is None and pulp.fossil_co2_t is None
    assert pulp.saved_quantity == 40  # the rejected 600 t are not counted
    assert pulp.saved_pct == pytest.approx(40 / 6000 * 100)

    water = figures.consumption(WATER.id)
    assert water is not None and water.specific_consumption == 40 and water.specific_unit == "m³/t"

    diesel = figures.consumption(DIESEL.id)
    # 10,000 l: 10 x 0.88 = 8.8 TOE; 10 m3 x 0.84 t/m3 = 8.4 t x 3.186 = 26.7624 tCO2
    assert diesel is not None and diesel.toe == pytest.approx(8.8)
    assert diesel.fossil_co2_t == pytest.approx(26.7624)


def test_paper_mill_baseline() -> None:
    baseline = compute_assessment(paper_mill(), REF).baseline
    # TOE: 308.6 electricity + 1,500 t x 0.60 coal + 8.8 DO = 1,217.4 ≥ 1,000: key energy user
    assert baseline.total_toe == pytest.approx(1217.4)
    assert baseline.total_toe_complete and baseline.is_key_energy_user is True
    # CO2: 1,318.4 + 1,500 x 2.625 + 26.7624 = 5,282.6624 t
    assert baseline.fossil_co2_t == pytest.approx(5282.6624) and baseline.biogenic_co2_t == 0
    # cost: 4,000 + 6,000 + 200 + 60,000 + 1,500 + 2,000 = 73,700 M VND
    assert baseline.total_yearly_cost == pytest.approx(73_700 * M)
    assert baseline.cost_by_kind["fuel"] == pytest.approx(6200 * M)
    assert baseline.main_product_name == "Giấy bao bì" and baseline.yearly_output == 5000


def test_paper_mill_solutions() -> None:
    figures = compute_assessment(paper_mill(), REF)
    gh = figures.solution(HOUSEKEEPING.id)
    assert gh is not None
    assert gh.yearly_savings_vnd == 400 * M and gh.net_yearly_savings == 400 * M
    assert gh.payback_years == 0.0 and gh.irr is None  # nothing invested
    assert gh.npv == pytest.approx(400 * M * ANNUITY_5Y_10PCT)  # 1,516,314,707.76
    assert gh.electricity_kwh_saved == 100_000 and gh.water_m3_saved == 20_000
    assert gh.toe_saved == pytest.approx(15.43)  # 100,000 x 0.0001543
    assert gh.fossil_co2_t == pytest.approx(65.92)  # 100 MWh x 0.6592

    boiler = figures.solution(BOILER.id)
    assert boiler is not None
    assert boiler.net_yearly_savings == 500 * M  # 600 M - 100 M added operating cost
    assert boiler.payback_years == 2.0  # 1,000 / 500
    assert boiler.discount_rate == 0.10  # the assessment's
    assert boiler.npv == pytest.approx(500 * M * ANNUITY_5Y_10PCT - 1000 * M)  # 895,393,384.7
    assert boiler.irr == pytest.approx(0.41041, abs=1e-5)  # annuity factor 2.0 over 5 years
    assert boiler.fuel_t_by_fuel == {"anthracite": 150}
    assert boiler.toe_saved == pytest.approx(90)  # 150 x 0.60
    assert boiler.fossil_co2_t == pytest.approx(393.75)  # 150 x 2.625

    recovery = figures.solution(RECOVERY.id)
    assert recovery is not None
    assert recovery.yearly_savings_vnd == 616 * M  # 400 + 150 + 66 other
    assert recovery.payback_years == pytest.approx(57 / 616)
    assert recovery.discount_rate == 0.12  # its own
    assert recovery.material_t_saved == 50  # 40 t pulp + 10,000 kg chemical
    assert recovery.fossil_co2_t == 0 and recovery.biogenic_co2_t == 0

    rejected = figures.solution(NEW_LINE.id)
    assert rejected is not None and not rejected.counted and rejected.material_t_saved == 600


def test_paper_mill_totals() -> None:
    figures = compute_assessment(paper_mill(), REF)
    counted = figures.counted  # housekeeping, boiler, recovery
    assert counted.solution_count == 3
    assert counted.investment == 1057 * M
    assert counted.yearly_savings_vnd == 1616 * M  # 400 + 600 + 616
    assert counted.net_yearly_savings == 1516 * M
    assert counted.payback_years == pytest.approx(1057 / 1516)
    assert counted.toe_saved == pytest.approx(105.43)  # 15.43 + 90
    assert counted.fossil_co2_t == pytest.approx(459.67)  # 65.92 + 393.75
    # energy: 105.43 / 1,217.4 = 8.66 % (above 8 %)
    assert counted.energy_savings_pct == pytest.approx(8.66026, abs=1e-5)
    assert counted.energy_target_status == TargetStatus.ABOVE
    # materials, cost-weighted: (400 + 150) / (60,000 + 1,500) = 0.894 %
    assert counted.material_savings_pct == pytest.approx(0.894309, abs=1e-6)
    assert counted.material_target_status == TargetStatus.BELOW
    # energy and materials: (200 + 600 + 550) / (4,000 + 6,000 + 200 + 61,500) = 1.883 %
    assert counted.resource_savings_pct == pytest.approx(1.882845, abs=1e-6)
    assert counted.target_status == TargetStatus.BELOW
    assert counted.water_savings_pct == pytest.approx(10.0)  # 20,000 / 200,000
    assert counted.by_technique == {"EM": 1, "GH": 1, "IMC": 1}
    assert counted.by_cost_class == {"low": 1, "medium": 1, "no_cost": 1}

    now = figures.implement_now  # housekeeping, recovery
    assert now.solution_count == 2 and now.investment == 57 * M
    assert now.net_yearly_savings == 1016 * M
    assert now.energy_savings_pct == pytest.approx(15.43 / 1217.4 * 100)  # 1.27 %

    assert figures.solutions_by_decision == {"implement_now": 2, "reject": 1, "study_further": 1}
    assert figures.waste_lost_material_cost == 100 * M
    assert figures.waste_treatment_cost == 70 * M and figures.waste_total_cost == 170 * M
    assert (figures.target_min_pct, figures.target_max_pct) == (5, 8)
    assert not figures.warnings


def test_paper_mill_factors_used() -> None:
    figures = compute_assessment(paper_mill(), REF)
    used = {(f.code, f.subject, f.value, f.unit, f.year) for f in figures.factors_used}
    assert used == {
        ("grid_co2", "electricity", 0.6592, "tCO2/MWh", 2023),
        ("electricity_toe", "electricity", 0.0001543, "TOE/kWh", 2011),
        ("fuel_co2", "anthracite", 2.625, "tCO2/t", 2006),
        ("fuel_toe", "anthracite", 0.60, "TOE/t", 2011),
        ("fuel_density", "do", 0.84, "t/m3", None),
        ("fuel_co2", "do", 3.186, "tCO2/t", 2006),
        ("fuel_toe", "do", 0.88, "TOE/1000 l", 2011),
    }
    assert all(f.source for f in figures.factors_used if f.code != "fuel_density")


def test_grid_factor_year_of_the_assessment() -> None:
    doc = paper_mill()
    doc.assessment.grid_factor_year = 2022
    figures = compute_assessment(doc, REF)
    elec = figures.consumption(ELEC.id)
    assert elec is not None and elec.fossil_co2_t == pytest.approx(2000 * 0.6766)
    assert ("grid_co2", 2022) in {(f.code, f.year) for f in figures.factors_used}


def test_empty_document() -> None:
    figures = compute_assessment(document(), REF)
    assert figures.per_consumption == () and figures.per_solution == ()
    assert figures.counted.solution_count == 0 and figures.counted.investment == 0
    assert figures.counted.payback_years is None
    assert (
        figures.counted.energy_savings_pct is None and figures.counted.target_status == TargetStatus.UNKNOWN
    )
    assert figures.baseline.total_toe == 0 and figures.baseline.is_key_energy_user is False
    assert figures.baseline.main_product_id is None
    assert figures.waste_total_cost == 0 and figures.factors_used == () and figures.warnings == ()


def test_missing_output() -> None:
    line = Consumption(kind="electricity", yearly_quantity=1000, unit="kwh", unit_price=2000)
    for products in ([], [Product(name="x", is_main=True)], [Product(name="x", yearly_output=0)]):
        figures = compute_assessment(document(products=products, consumptions=[line]), REF)
        (c,) = figures.per_consumption
        assert c.specific_consumption is None and c.specific_unit == ""
        assert codes(figures) == {WarningCode.MISSING_OUTPUT}


def test_unit_mismatch_is_skipped_with_a_warning() -> None:
    elec = Consumption(kind="electricity", yearly_quantity=1000, unit="m3", unit_price=2000)
    coal = Consumption(kind="fuel", fuel_code="anthracite", yearly_quantity=2000, unit="t")
    fix = Solution(title="x", decision="implement_now")
    doc = document(
        products=[Product(yearly_output=10, is_main=True)],
        consumptions=[elec, coal],
        solutions=[fix],
        savings=[saving(fix, elec, 100)],
    )
    figures = compute_assessment(doc, REF)
    e = figures.consumption(elec.id)
    assert e is not None and e.toe is None and e.fossil_co2_t is None
    assert e.specific_consumption == 100  # still a quantity per product
    assert figures.solution(fix.id).electricity_kwh_saved == 0  # type: ignore[union-attr]
    assert WarningCode.UNIT_MISMATCH in codes(figures)
    assert WarningCode.MISSING_UNIT_PRICE in codes(figures)  # the coal line has no price
    # 2,000 t coal x 0.60 = 1,200 TOE reaches the threshold even with the electricity unknown
    assert figures.baseline.total_toe == pytest.approx(1200) and not figures.baseline.total_toe_complete
    assert figures.baseline.is_key_energy_user is True
    coal.yearly_quantity = 100
    assert compute_assessment(doc, REF).baseline.is_key_energy_user is None  # 60 TOE + unknown


def test_no_net_savings() -> None:
    line = Consumption(kind="water", yearly_quantity=100, unit="m3", unit_price=10_000)
    costly = Solution(title="x", investment=10 * M, added_operating_cost=2 * M, decision="implement_now")
    figures = compute_assessment(
        document(consumptions=[line], solutions=[costly], savings=[saving(costly, line, 100)]), REF
    )
    s = figures.solution(costly.id)
    assert s is not None
    assert s.yearly_savings_vnd == 1 * M and s.net_yearly_savings == -1 * M
    assert s.payback_years is None and s.irr is None
    assert s.npv == pytest.approx(-10 * M - 1 * M * ANNUITY_5Y_10PCT)
    assert figures.counted.payback_years is None
    assert figures.counted.water_savings_pct == 100.0


def test_dangling_saving_and_bad_rates() -> None:
    odd = Solution(title="x", lifetime_years=0, discount_rate=-1.5, investment=5)
    doc = document(
        solutions=[odd], savings=[SolutionSaving(solution_id=odd.id, consumption_id="gone", quantity=5)]
    )
    figures = compute_assessment(doc, REF)
    s = figures.solution(odd.id)
    assert s is not None and s.npv is None and s.irr is None and s.yearly_savings_vnd == 0
    assert {
        WarningCode.UNKNOWN_CONSUMPTION,
        WarningCode.INVALID_LIFETIME,
        WarningCode.INVALID_DISCOUNT_RATE,
    } <= codes(figures)
    assert all(w.subject_id == odd.id for w in figures.warnings)


def test_fuel_switch_to_biomass() -> None:
    # Coal replaced by rice husk: 100 t coal saved, 150 t husk added (a negative saving).
    coal = Consumption(kind="fuel", fuel_code="anthracite", yearly_quantity=1000, unit="t", unit_price=4 * M)
    husk = Consumption(kind="fuel", fuel_code="rice_husk", yearly_quantity=0, unit="t", unit_price=1 * M)
    switch = Solution(title="x", investment=200 * M, decision="implement_now")
    doc = document(
        consumptions=[coal, husk],
        solutions=[switch],
        savings=[saving(switch, coal, 100), saving(switch, husk, -150)],
    )
    figures = compute_assessment(doc, REF)
    s = figures.solution(switch.id)
    assert s is not None
    assert s.yearly_savings_vnd == 250 * M  # 400 M coal - 150 M husk
    assert s.fossil_co2_t == pytest.approx(262.5)  # 100 x 2.625 avoided
    assert s.biogenic_co2_t == pytest.approx(-174.0)  # 150 x 1.160 added
    assert s.toe_saved == pytest.approx(60 - 55.95)  # 100 x 0.60 - 150 x 0.373
    h = figures.consumption(husk.id)
    assert h is not None and h.saved_pct is None  # no baseline: no percentage
    assert figures.consumption(husk.id).biogenic_co2_t == 0  # type: ignore[union-attr]


def test_missing_target_constants() -> None:
    figures = compute_assessment(paper_mill(), make_reference(constants=False))
    assert figures.counted.target_status == TargetStatus.UNKNOWN
    assert figures.target_min_pct is None
    assert WarningCode.MISSING_CONSTANT in codes(figures)
    assert figures.baseline.is_key_energy_user is None


quantities = st.one_of(st.none(), st.floats(min_value=-1e6, max_value=1e9), st.just(0.0))
prices = st.one_of(st.none(), st.just(0.0), st.floats(min_value=0, max_value=1e8))
kinds = st.sampled_from(["raw_material", "chemical", "electricity", "fuel", "water", "other"])
units = st.sampled_from(["t", "kg", "l", "m3", "kwh", "pcs", "bao"])


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(
        st.tuples(kinds, units, quantities, prices, st.sampled_from(["do", "anthracite", "", "x"])),
        max_size=6,
    ),
    saved=st.lists(st.tuples(st.integers(0, 5), st.floats(min_value=-1e6, max_value=1e9)), max_size=8),
    output=st.one_of(st.none(), st.just(0.0), st.floats(min_value=-10, max_value=1e7)),
    investment=st.floats(min_value=0, max_value=1e10),
)
def test_savings_percentages_never_divide_by_zero(
    lines: list[tuple[str, str, float | None, float | None, str]],
    saved: list[tuple[int, float]],
    output: float | None,
    investment: float,
) -> None:
    consumptions = [
        Consumption(kind=k, unit=u, yearly_quantity=q, unit_price=p, fuel_code=f) for k, u, q, p, f in lines
    ]
    solution = Solution(title="s", investment=investment, decision="implement_now")
    savings = [saving(solution, consumptions[i], q) for i, q in saved if i < len(consumptions)]
    doc = document(
        products=[Product(yearly_output=output, is_main=True)],
        consumptions=consumptions,
        solutions=[solution],
        savings=savings,
    )
    figures = compute_assessment(doc, REF)
    totals = figures.counted
    for pct in (
        totals.energy_savings_pct,
        totals.material_savings_pct,
        totals.water_savings_pct,
        totals.resource_savings_pct,
        *(c.saved_pct for c in figures.per_consumption),
    ):
        assert pct is None or math.isfinite(pct)


def test_calculations_import_neither_qt_nor_the_database() -> None:
    code = (
        "import sys, sxsh_desktop.calc; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
