"""The computed figures of an assessment, as the UI, the report, the workbook and the office read them.

Money is VND, CO2 in tonnes, energy in TOE unless a field name says otherwise. ``None`` means
"cannot be computed" (a missing output, factor or price, or no payback); the reason is among
``AssessmentFigures.warnings``. Sums add up the parts that could be computed.

Fossil and biogenic CO2 are never added together (DESIGN.md 5.4): ``fossil_co2_t`` is the "CO2
avoided" every output shows; ``biogenic_co2_t`` is shown beside it, labelled. Energy saved is given
three ways: fossil energy (electricity and fossil fuels), renewable energy added (biomass burnt in
place of a fossil fuel) and the net over every energy line (``toe_saved``); tonnes of fuel are per
fuel (``fuel_t_by_fuel``), never summed across fuels.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sxsh_desktop.calc.balance import ProcessBalance, StepBalance
from sxsh_desktop.calc.records import CalcWarning, FactorUsed


class TargetStatus(StrEnum):
    """A savings percentage against the plan's 5–8 % target per unit of product."""

    BELOW = "below"
    WITHIN = "within"
    ABOVE = "above"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ConsumptionFigures:
    """One baseline consumption line, with the savings of the counted (not rejected) solutions."""

    consumption_id: str
    kind: str
    name: str
    unit: str
    yearly_quantity: float | None
    yearly_cost: float | None  # quantity × unit price
    specific_consumption: float | None  # per unit of the main product's yearly output
    specific_unit: str  # e.g. "kWh/t"; "" without a main product
    # Products counted in pieces: specific consumption is shown per 1,000 pieces (1,5 t/1.000 viên,
    # not 0,0015 t/viên); 1 otherwise. ``specific_consumption`` stays per unit.
    specific_per: int
    toe: float | None  # energy lines only
    fossil_co2_t: float | None  # energy lines only
    biogenic_co2_t: float | None
    renewable: bool  # a biogenic fuel (wood, rice husk...): its energy is renewable
    saved_quantity: float  # in the line's unit
    saved_pct: float | None  # saved ÷ baseline × 100
    saved_cost: float | None  # saved quantity × unit price

    @property
    def specific_shown(self) -> float | None:
        """Specific consumption per ``specific_per`` units of product."""
        return (
            self.specific_consumption * self.specific_per if self.specific_consumption is not None else None
        )


@dataclass(frozen=True)
class SolutionFigures:
    solution_id: str
    title: str
    decision: str
    technique: str
    cost_class: str
    counted: bool  # every decision but "reject"
    investment: float
    yearly_savings_vnd: float  # Σ saved quantity × the line's unit price, + other savings
    added_operating_cost: float
    net_yearly_savings: float
    lifetime_years: int
    discount_rate: float  # the solution's own rate, else the assessment's
    payback_years: float | None  # None: no payback
    npv: float | None
    irr: float | None  # 0.15 = 15 %
    fossil_co2_t: float  # avoided per year: the headline "CO2 avoided"
    biogenic_co2_t: float  # avoided per year; negative when biomass is burnt in place of a fossil fuel
    toe_saved: float  # net, over every energy line (a fuel switch adds its biomass back)
    fossil_toe_saved: float  # electricity and fossil fuels no longer used
    renewable_toe_added: float  # biomass burnt in their place (positive when added)
    electricity_kwh_saved: float
    fuel_t_by_fuel: dict[str, float]  # fuel code → t saved a year (negative: more of it is used)
    water_m3_saved: float
    material_t_saved: float  # raw material and chemical lines measured by mass
    waste_reduction: float | None  # in the linked waste stream's unit and period

    @property
    def is_fuel_switch(self) -> bool:
        """Less of one fuel and more of another: a switch, reported as replaced and added."""
        return any(v > 0 for v in self.fuel_t_by_fuel.values()) and any(
            v < 0 for v in self.fuel_t_by_fuel.values()
        )


@dataclass(frozen=True)
class SolutionTotals:
    """Totals over a group of solutions, and their savings as % of the baseline per unit product."""

    solution_count: int
    investment: float
    yearly_savings_vnd: float
    added_operating_cost: float
    net_yearly_savings: float
    payback_years: float | None  # total investment ÷ total net savings
    npv: float  # sum of the solutions' NPVs that could be computed
    fossil_co2_t: float
    biogenic_co2_t: float
    toe_saved: float  # net over every energy line
    fossil_toe_saved: float
    renewable_toe_added: float
    electricity_kwh_saved: float
    fuel_t_by_fuel: dict[str, float]  # fuel code → t saved a year, per fuel
    water_m3_saved: float
    material_t_saved: float
    # Savings per unit product (yearly savings at the baseline output ÷ the baseline), each alone:
    energy_savings_pct: float | None  # total energy: net TOE saved ÷ baseline TOE of every line
    fossil_energy_savings_pct: float | None  # fossil TOE saved ÷ baseline TOE of electricity and fossil fuels
    material_savings_pct: float | None  # cost-weighted over raw material and chemical lines
    water_savings_pct: float | None  # m³ saved ÷ baseline m³
    resource_savings_pct: float | None  # cost-weighted over energy, raw material and chemical lines
    # The CP target (energy and materials per unit product) is compared with the total energy and
    # the materials figures, each on its own; fossil energy and water have no target.
    energy_target_status: TargetStatus
    material_target_status: TargetStatus
    target_status: TargetStatus  # of resource_savings_pct: energy and raw materials together
    by_technique: dict[str, int]  # technique code ("" when unset) → number of solutions
    by_cost_class: dict[str, int]


@dataclass(frozen=True)
class BaselineFigures:
    main_product_id: str | None
    main_product_name: str
    main_product_unit: str
    yearly_output: float | None
    total_toe: float  # of the energy lines whose TOE could be computed
    total_toe_complete: bool  # False when an energy line's TOE is unknown
    fossil_toe: float  # electricity and fossil fuels
    renewable_toe: float  # biogenic fuels
    is_key_energy_user: bool | None  # None: not reached by the known lines, and some are unknown
    fossil_co2_t: float
    biogenic_co2_t: float
    # Whether the greenhouse-gas inventory applies (energy use or fossil emissions at or above the
    # thresholds kept in the reference data); None when a figure is unknown and the rest stay below.
    ghg_inventory_required: bool | None
    total_yearly_cost: float  # of the lines with a quantity and a unit price
    cost_by_kind: dict[str, float]  # consumption kind → yearly cost


@dataclass(frozen=True)
class AssessmentFigures:
    per_consumption: tuple[ConsumptionFigures, ...]
    per_solution: tuple[SolutionFigures, ...]
    counted: SolutionTotals  # solutions not rejected
    implement_now: SolutionTotals  # solutions to implement now only
    baseline: BaselineFigures
    solutions_by_decision: dict[str, int]  # every solution, rejected ones included
    waste_lost_material_cost: float  # VND/year, over all waste streams
    waste_treatment_cost: float
    waste_total_cost: float
    target_min_pct: float | None
    target_max_pct: float | None
    target_name: str  # the target in use, as the reference data names it (source and period)
    target_name_en: str
    target_source: str
    step_balances: tuple[StepBalance, ...]  # in production order
    process_balance: ProcessBalance
    factors_used: tuple[FactorUsed, ...]
    warnings: tuple[CalcWarning, ...]

    def consumption(self, consumption_id: str) -> ConsumptionFigures | None:
        return next((c for c in self.per_consumption if c.consumption_id == consumption_id), None)

    def solution(self, solution_id: str) -> SolutionFigures | None:
        return next((s for s in self.per_solution if s.solution_id == solution_id), None)

    def step_balance(self, step_id: str) -> StepBalance | None:
        return next((b for b in self.step_balances if b.step_id == step_id), None)
