"""Fossil and biogenic CO2 apart, fuel switches, one heating value per fuel, fuels and masses in
process steps: each figure hand-computed from the shipped reference data (resources/reference)."""

from __future__ import annotations

from functools import cache

import pytest

from sxsh_desktop.calc import BalanceStatus, EnergyCalculator, compute_assessment
from sxsh_desktop.calc.figures import TargetStatus
from sxsh_desktop.domain.model import (
    Assessment,
    AssessmentDocument,
    Consumption,
    Enterprise,
    ProcessStep,
    Product,
    Solution,
    SolutionSaving,
    StepFlow,
)
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.domain.reference_files import load_reference_files

KWH_PER_TOE = 11_630  # 41.868 GJ ÷ 3.6 MJ/kWh


@cache
def ref() -> ReferenceData:
    return load_reference_files()


def document(**kw: object) -> AssessmentDocument:
    return AssessmentDocument(enterprise=Enterprise(name="Gạch Can Lộc"), assessment=Assessment(), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("code", "toe", "co2"),
    [
        # TOE per t from the MOIT table; CO2 = the same NCV (TOE x 41.868 GJ) x 98,300 kg CO2/TJ
        ("than_cam_1_2", 0.70, 2.881),  # 29.31 GJ/t: not the anthracite default 2.625
        ("than_cam_3_4", 0.60, 2.469),  # 25.12 GJ/t
        ("than_cam_5_6", 0.50, 2.058),  # 20.93 GJ/t
        ("coke", 0.75, 3.360),  # 31.40 GJ/t x 107,000
        ("rice_husk", 0.373, 1.562),  # 15.62 GJ/t x 100,000, biogenic
    ],
)
def test_each_grade_takes_its_co2_from_its_own_heating_value(code: str, toe: float, co2: float) -> None:
    figures = EnergyCalculator(ref()).fuel(code, 100, "t")
    assert figures.toe == pytest.approx(100 * toe)
    fossil, biogenic = (0.0, 100 * co2) if code == "rice_husk" else (100 * co2, 0.0)
    assert figures.fossil_co2_t == pytest.approx(fossil)
    assert figures.biogenic_co2_t == pytest.approx(biogenic)


def test_imported_coals_and_charcoal_have_a_toe_factor() -> None:
    calc = EnergyCalculator(ref())
    # 1,000 t of each: NCV (IPCC default) ÷ 41.868 GJ/TOE
    expected = {"anthracite": 638, "bituminous_coal": 616, "sub_bituminous_coal": 451, "lignite": 284}
    for code, toe in expected.items():
        assert calc.fuel(code, 1000, "t").toe == pytest.approx(toe), code
    charcoal = calc.fuel("charcoal", 1000, "t")
    assert charcoal.toe == pytest.approx(705) and charcoal.biogenic_co2_t == pytest.approx(3304)
    assert charcoal.fossil_co2_t == 0


# A kiln burning 1,000 t of than cám 3-4 a year, with 1,000,000 kWh of electricity, and a line for
# rice husk that the baseline does not use yet.
COAL = Consumption(
    kind="fuel",
    name="Than cám",
    fuel_code="than_cam_3_4",
    yearly_quantity=1000,
    unit="t",
    unit_price=3_200_000,
)
HUSK = Consumption(
    kind="fuel", name="Trấu", fuel_code="rice_husk", yearly_quantity=0, unit="t", unit_price=1_200_000
)
POWER = Consumption(kind="electricity", name="Điện", yearly_quantity=1_000_000, unit="kwh", unit_price=2000)
CLAY = Consumption(kind="raw_material", name="Đất sét", yearly_quantity=10_000, unit="t", unit_price=100_000)
SWITCH = Solution(title="Thay 200 t than bằng 350 t trấu", decision="implement_now", investment=120_000_000)
INSULATION = Solution(title="Bảo ôn lò", decision="implement_now")


def kiln_with_switch() -> AssessmentDocument:
    return document(
        products=[Product(name="Gạch", unit="vien", yearly_output=10_000_000, is_main=True)],
        consumptions=[COAL, HUSK, POWER, CLAY],
        solutions=[SWITCH, INSULATION],
        savings=[
            SolutionSaving(solution_id=SWITCH.id, consumption_id=COAL.id, quantity=200),
            SolutionSaving(solution_id=SWITCH.id, consumption_id=HUSK.id, quantity=-350),
            SolutionSaving(solution_id=INSULATION.id, consumption_id=COAL.id, quantity=50),
        ],
    )


def test_a_coal_to_husk_switch_reports_fossil_energy_replaced_and_renewable_energy_added() -> None:
    figures = compute_assessment(kiln_with_switch(), ref())
    switch = figures.solution(SWITCH.id)
    assert switch is not None and switch.is_fuel_switch
    assert switch.fossil_toe_saved == pytest.approx(120)  # 200 t x 0.60
    assert switch.renewable_toe_added == pytest.approx(130.55)  # 350 t x 0.373
    assert switch.toe_saved == pytest.approx(-10.55)  # the net, reported as such
    assert switch.fossil_co2_t == pytest.approx(493.8)  # 200 t x 2.469: the headline
    assert switch.biogenic_co2_t == pytest.approx(-546.7)  # 350 t x 1.562 more, beside it
    assert switch.fuel_t_by_fuel == {"than_cam_3_4": 200, "rice_husk": -350}  # never one sum
    assert switch.yearly_savings_vnd == pytest.approx(200 * 3_200_000 - 350 * 1_200_000)  # 220 M

    totals = figures.implement_now
    assert totals.fossil_co2_t == pytest.approx(617.25)  # 250 t x 2.469
    assert totals.biogenic_co2_t == pytest.approx(-546.7)
    assert totals.fuel_t_by_fuel == {"than_cam_3_4": 250, "rice_husk": -350}
    # baseline: 1,000 t x 0.60 + 1,000,000 kWh x 0.0001543 = 600 + 154.3 = 754.3 TOE, all fossil
    assert figures.baseline.fossil_toe == pytest.approx(754.3) and figures.baseline.renewable_toe == 0
    # fossil energy: (120 + 30) / 754.3 = 19.886 %; total energy, net: (150 - 130.55) / 754.3 = 2.579 %
    assert totals.fossil_energy_savings_pct == pytest.approx(19.8860, abs=1e-4)
    assert totals.energy_savings_pct == pytest.approx(2.5785, abs=1e-4)
    # the target (5-8 %) is compared with total energy, and materials each on their own
    assert totals.energy_target_status == TargetStatus.BELOW
    assert totals.material_savings_pct == 0 and totals.material_target_status == TargetStatus.BELOW


def test_a_wood_fired_boiler_adds_no_co2_to_the_fossil_headline() -> None:
    wood = Consumption(kind="fuel", name="Củi", fuel_code="wood", yearly_quantity=60, unit="t", unit_price=1)
    figures = compute_assessment(document(consumptions=[wood, POWER]), ref())
    assert figures.baseline.fossil_co2_t == pytest.approx(659.2)  # 1,000 MWh x 0.6592 only
    assert figures.baseline.biogenic_co2_t == pytest.approx(104.82)  # 60 t x 1.747, apart
    assert figures.baseline.renewable_toe == pytest.approx(22.38)  # 60 x 0.373


def test_a_diesel_step_in_litres_counts_its_energy_and_its_losses() -> None:
    step = ProcessStep(name="Bốc xếp")
    flows = [
        StepFlow(step_id=step.id, kind="energy", name="Dầu diesel xe nâng", quantity=10_000, unit="l",
                 fuel_code="do"),
        StepFlow(step_id=step.id, direction="output", kind="heat_loss", name="Nhiệt khí thải", quantity=20,
                 unit="mwh"),
    ]  # fmt: skip
    figures = compute_assessment(document(steps=[step], flows=flows), ref())
    balance = figures.step_balance(step.id)
    assert balance is not None and not balance.not_counted  # no longer "energy not known"
    # 10,000 l x 0.88 TOE per 1000 l = 8.8 TOE = 8.8 x 11,630 kWh = 102,344 kWh
    assert balance.energy_input_kwh == pytest.approx(8.8 * KWH_PER_TOE)
    assert balance.heat_loss_kwh == pytest.approx(20_000)
    assert balance.heat_loss_pct == pytest.approx(20_000 / 102_344 * 100)  # 19.54 %


def test_a_step_without_the_fuel_says_what_to_give() -> None:
    step = ProcessStep(name="Nung")
    flows = [StepFlow(step_id=step.id, kind="energy", name="Than", quantity=900, unit="t")]
    balance = compute_assessment(document(steps=[step], flows=flows), ref()).step_balance(step.id)
    assert balance is not None and [n.reason.value for n in balance.not_counted] == ["not_energy"]


def test_a_brick_step_balances_by_mass_per_piece_and_its_body_coal_is_energy() -> None:
    kiln = ProcessStep(name="Nung trong lò tuynel")
    flows = [
        StepFlow(step_id=kiln.id, kind="material", name="Mộc khô", quantity=1_000_000, unit="vien",
                 mass_per_piece_kg=1.40),
        StepFlow(step_id=kiln.id, kind="energy", name="Than cám trong mộc", quantity=150, unit="t",
                 fuel_code="than_cam_3_4", in_material=True),
        StepFlow(step_id=kiln.id, kind="energy", name="Than cám đốt lò", quantity=30, unit="t",
                 fuel_code="than_cam_3_4"),
        StepFlow(step_id=kiln.id, direction="output", kind="product", name="Gạch nung", quantity=1_000_000,
                 unit="vien", mass_per_piece_kg=1.23),
        StepFlow(step_id=kiln.id, direction="output", kind="by_product", name="Gạch vỡ", quantity=20_000,
                 unit="vien", mass_per_piece_kg=1.23),
    ]  # fmt: skip
    balance = compute_assessment(document(steps=[kiln], flows=flows), ref()).step_balance(kiln.id)
    assert balance is not None
    # inputs: 1,000,000 x 1.40 kg = 1,400 t, less the 150 t of coal burnt out of the body = 1,250 t
    assert balance.inputs_t == pytest.approx(1250) and balance.fuel_in_material_t == pytest.approx(150)
    # outputs: 1,020,000 x 1.23 kg = 1,254.6 t; (1,250 - 1,254.6) ÷ 1,250 = -0.368 %: balanced
    assert balance.outputs_t == pytest.approx(1254.6)
    assert balance.imbalance_pct == pytest.approx(-0.368)
    assert balance.status is BalanceStatus.BALANCED  # counted as a loss it would be 10.4 %: flagged
    # energy in: (150 + 30) t x 0.60 TOE x 11,630 kWh
    assert balance.energy_input_kwh == pytest.approx(180 * 0.6 * KWH_PER_TOE)


def test_a_volume_of_product_is_weighed_by_its_density() -> None:
    step = ProcessStep(name="Lọc")
    flows = [
        StepFlow(step_id=step.id, kind="material", name="Chượp", quantity=1500, unit="t"),
        StepFlow(step_id=step.id, direction="output", kind="product", name="Nước mắm", quantity=1_000_000,
                 unit="l", density_t_per_m3=1.2),
        StepFlow(step_id=step.id, direction="output", kind="solid_waste", name="Bã", quantity=300, unit="t"),
    ]  # fmt: skip
    balance = compute_assessment(document(steps=[step], flows=flows), ref()).step_balance(step.id)
    assert balance is not None and balance.outputs_t == pytest.approx(1500)  # 1,000 m³ x 1.2 + 300
    assert balance.imbalance_pct == pytest.approx(0)


def test_specific_consumption_of_bricks_is_per_1000_pieces() -> None:
    figures = compute_assessment(kiln_with_switch(), ref())
    coal = figures.consumption(COAL.id)
    assert coal is not None
    assert coal.specific_consumption == pytest.approx(0.0001)  # 1,000 t ÷ 10,000,000 viên
    assert coal.specific_per == 1000 and coal.specific_shown == pytest.approx(0.1)  # t/1.000 viên


def test_obligations_follow_the_thresholds_kept_as_data() -> None:
    figures = compute_assessment(kiln_with_switch(), ref())
    assert figures.baseline.total_toe == pytest.approx(754.3)
    assert figures.baseline.is_key_energy_user is False  # below 1,000 TOE
    # 1,000 t x 2.469 + 1,000 MWh x 0.6592 = 3,128.2 t fossil CO2: at or above 3,000 t
    assert figures.baseline.fossil_co2_t == pytest.approx(3128.2)
    assert figures.baseline.ghg_inventory_required is True
    small = compute_assessment(document(consumptions=[POWER]), ref())
    assert small.baseline.ghg_inventory_required is False and small.baseline.is_key_energy_user is False
    assert "889/QĐ-TTg" in figures.target_name and "2021–2025" in figures.target_name
