"""The computed figures of an assessment, as the UI, the report, the workbook and the office read them.

Money is VND, CO2 in tonnes, energy in TOE unless a field name says otherwise. ``None`` means
"cannot be computed" (a missing output, factor or price, or no payback); the reason is among
``AssessmentFigures.warnings``. Sums add up the parts that could be computed.
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
    toe: float | None  # energy lines only
    co2_fossil_t: float | None  # energy lines only
    co2_biogenic_t: float | None
    saved_quantity: float  # in the line's unit
    saved_pct: float | None  # saved ÷ baseline × 100
    saved_cost: float | None  # saved quantity × unit price


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
    co2_fossil_t: float  # avoided per year
    co2_biogenic_t: float
    toe_saved: float
    electricity_kwh_saved: float
    fuel_t_saved: float
    water_m3_saved: float
    material_t_saved: float  # raw material and chemical lines measured by mass
    waste_reduction: float | None  # in the linked waste stream's unit and period

    @property
    def co2_t(self) -> float:
        return self.co2_fossil_t + self.co2_biogenic_t


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
    co2_fossil_t: float
    co2_biogenic_t: float
    toe_saved: float
    electricity_kwh_saved: float
    fuel_t_saved: float
    water_m3_saved: float
    material_t_saved: float
    energy_savings_pct: float | None  # TOE saved ÷ baseline TOE
    material_savings_pct: float | None  # cost-weighted over raw material and chemical lines
    water_savings_pct: float | None  # m³ saved ÷ baseline m³
    resource_savings_pct: float | None  # cost-weighted over energy, raw material and chemical lines
    energy_target_status: TargetStatus
    material_target_status: TargetStatus
    target_status: TargetStatus  # of resource_savings_pct: energy and raw materials together
    by_technique: dict[str, int]  # technique code ("" when unset) → number of solutions
    by_cost_class: dict[str, int]

    @property
    def co2_t(self) -> float:
        return self.co2_fossil_t + self.co2_biogenic_t


@dataclass(frozen=True)
class BaselineFigures:
    main_product_id: str | None
    main_product_name: str
    main_product_unit: str
    yearly_output: float | None
    total_toe: float  # of the energy lines whose TOE could be computed
    total_toe_complete: bool  # False when an energy line's TOE is unknown
    is_key_energy_user: bool | None  # None: not reached by the known lines, and some are unknown
    co2_fossil_t: float
    co2_biogenic_t: float
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
