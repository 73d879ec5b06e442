"""All figures of one assessment from its records and the reference data (DESIGN.md sections 2, 4).

Savings are yearly at the baseline output, so "saved ÷ baseline" is also the saving per unit of
product that the 5–8 % target speaks of. Rejected solutions are never counted.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sxsh_desktop.calc.balance import StepBalance, process_balance, step_balances
from sxsh_desktop.calc.energy import KWH_PER_TOE, EnergyCalculator, EnergyFigures, is_key_energy_user
from sxsh_desktop.calc.figures import (
    AssessmentFigures,
    BaselineFigures,
    ConsumptionFigures,
    SolutionFigures,
    SolutionTotals,
    TargetStatus,
)
from sxsh_desktop.calc.finance import irr, npv, simple_payback
from sxsh_desktop.calc.records import Notes, WarningCode
from sxsh_desktop.calc.units import (
    COUNT,
    M3,
    MASS,
    TONNE,
    VOLUME,
    WATER_T_PER_M3,
    UnitConverter,
    unit_symbol,
)
from sxsh_desktop.domain.model import (
    AssessmentDocument,
    Consumption,
    ConsumptionKind,
    Decision,
    Solution,
)
from sxsh_desktop.domain.reference import (
    CP_TARGET_MAX_PCT,
    CP_TARGET_MIN_PCT,
    GHG_INVENTORY_TCO2E,
    GHG_INVENTORY_TOE,
    ReferenceData,
)

_ENERGY_KINDS = (ConsumptionKind.ELECTRICITY.value, ConsumptionKind.FUEL.value)
_MATERIAL_KINDS = (ConsumptionKind.RAW_MATERIAL.value, ConsumptionKind.CHEMICAL.value)
_WATER = ConsumptionKind.WATER.value
# Products counted in these units have their specific consumption shown per 1,000 of them.
_SMALL = ("l", "kg")


def compute_assessment(doc: AssessmentDocument, ref: ReferenceData) -> AssessmentFigures:
    return _Computation(doc, ref).run()


@dataclass(frozen=True)
class _SolutionWork:
    """A solution's figures and what it saves on each line, before grouping into totals."""

    figures: SolutionFigures
    saved_by_line: dict[str, float]


class _Computation:
    def __init__(self, doc: AssessmentDocument, ref: ReferenceData) -> None:
        self.doc = doc
        self.ref = ref
        self.notes = Notes()
        self.converter = UnitConverter(ref.units)
        self.energy = EnergyCalculator(ref, doc.assessment.grid_factor_year, self.converter, self.notes)
        self.lines: dict[str, Consumption] = {c.id: c for c in doc.consumptions}
        self.subject = doc.assessment.id
        self.target_min = self._constant(CP_TARGET_MIN_PCT)
        self.target_max = self._constant(CP_TARGET_MAX_PCT)

    def run(self) -> AssessmentFigures:
        self.output = self._main_output()
        baseline_energy = {c.id: self._line_energy(c, c.yearly_quantity) for c in self.doc.consumptions}
        works = [self._solution(s) for s in self.doc.solutions]
        counted = [w for w in works if w.figures.counted]
        now = [w for w in counted if w.figures.decision == Decision.IMPLEMENT_NOW.value]
        saved_counted = _saved_by_line(counted)
        per_consumption = tuple(
            self._consumption(c, baseline_energy[c.id], saved_counted.get(c.id, 0.0))
            for c in self.doc.consumptions
        )
        streams = self.doc.waste_streams
        lost = sum(w.lost_material_cost or 0.0 for w in streams)
        treatment = sum(w.treatment_cost or 0.0 for w in streams)
        balances = step_balances(self.doc, self.converter, self._flow_fuel_kwh, self._fuel_density)
        for balance in balances:
            self._check_balance(balance)
        return AssessmentFigures(
            per_consumption=per_consumption,
            per_solution=tuple(w.figures for w in works),
            counted=self._totals(counted, baseline_energy),
            implement_now=self._totals(now, baseline_energy),
            baseline=self._baseline(per_consumption),
            solutions_by_decision=_count(s.decision for s in self.doc.solutions),
            waste_lost_material_cost=lost,
            waste_treatment_cost=treatment,
            waste_total_cost=lost + treatment,
            target_min_pct=self.target_min,
            target_max_pct=self.target_max,
            target_name=self._constant_text(CP_TARGET_MIN_PCT, "name_vi"),
            target_name_en=self._constant_text(CP_TARGET_MIN_PCT, "name_en"),
            target_source=self._constant_text(CP_TARGET_MIN_PCT, "source"),
            step_balances=balances,
            process_balance=process_balance(balances),
            factors_used=self.notes.factors,
            warnings=self.notes.warnings,
        )

    # -- baseline ---------------------------------------------------------------------------------

    def _main_output(self) -> tuple[str, float] | None:
        main = self.doc.main_product()
        if main is None or main.yearly_output is None or main.yearly_output <= 0:
            if self.doc.consumptions:
                self.notes.warn(
                    WarningCode.MISSING_OUTPUT,
                    "no main product with a yearly output: specific consumption cannot be computed",
                    self.subject,
                )
            return None
        return main.unit, main.yearly_output

    def _consumption(
        self, line: Consumption, energy: EnergyFigures | None, saved: float
    ) -> ConsumptionFigures:
        quantity = line.yearly_quantity
        if quantity is None:
            self.notes.warn(WarningCode.MISSING_QUANTITY, f"no yearly quantity for {line.name}", line.id)
        # A line without a quantity is already flagged; its price is flagged once it is needed.
        price = self._price(line) if quantity is not None else line.unit_price
        output = self.output
        specific = quantity / output[1] if output and quantity is not None else None
        # Per piece (or litre, kg), a product takes a fraction of a kilogram of coal: shown per 1,000.
        per = 1000 if output and (self.converter.is_dimension(output[0], COUNT) or output[0] in _SMALL) else 1
        return ConsumptionFigures(
            consumption_id=line.id,
            kind=line.kind,
            name=line.name,
            unit=line.unit,
            yearly_quantity=quantity,
            yearly_cost=quantity * price if quantity is not None and price is not None else None,
            specific_consumption=specific,
            specific_unit=f"{unit_symbol(line.unit)}/{unit_symbol(output[0])}" if output else "",
            specific_per=per,
            toe=energy.toe if energy else None,
            fossil_co2_t=energy.fossil_co2_t if energy else None,
            biogenic_co2_t=energy.biogenic_co2_t if energy else None,
            renewable=energy.renewable if energy else False,
            saved_quantity=saved,
            saved_pct=_pct(saved, quantity),
            saved_cost=saved * price if price is not None else None,
        )

    def _baseline(self, lines: tuple[ConsumptionFigures, ...]) -> BaselineFigures:
        energy = [c for c in lines if c.kind in _ENERGY_KINDS and c.yearly_quantity is not None]
        total_toe = sum(c.toe for c in energy if c.toe is not None)
        complete = all(c.toe is not None for c in energy)
        key_user = is_key_energy_user(total_toe, self.ref)
        if key_user is False and not complete:
            key_user = None
        fossil_co2 = sum(c.fossil_co2_t or 0.0 for c in energy)
        co2_complete = all(c.fossil_co2_t is not None for c in energy)
        ghg = self._ghg_inventory(total_toe, complete, fossil_co2, co2_complete)
        cost_by_kind: dict[str, float] = {}
        for c in lines:
            if c.yearly_cost is not None:
                cost_by_kind[c.kind] = cost_by_kind.get(c.kind, 0.0) + c.yearly_cost
        main = self.doc.main_product()
        return BaselineFigures(
            main_product_id=main.id if main else None,
            main_product_name=main.name if main else "",
            main_product_unit=main.unit if main else "",
            yearly_output=main.yearly_output if main else None,
            total_toe=total_toe,
            total_toe_complete=complete,
            fossil_toe=sum(c.toe for c in energy if c.toe is not None and not c.renewable),
            renewable_toe=sum(c.toe for c in energy if c.toe is not None and c.renewable),
            is_key_energy_user=key_user,
            fossil_co2_t=fossil_co2,
            biogenic_co2_t=sum(c.biogenic_co2_t or 0.0 for c in energy),
            ghg_inventory_required=ghg,
            total_yearly_cost=sum(cost_by_kind.values()),
            cost_by_kind=cost_by_kind,
        )

    def _check_balance(self, balance: StepBalance) -> None:
        if balance.flagged and balance.imbalance_pct is not None:
            self.notes.warn(
                WarningCode.STEP_IMBALANCE,
                f"inputs and outputs of step {balance.step_name!r} differ by {balance.imbalance_pct:.1f} %",
                balance.step_id,
                step=balance.step_name,
                pct=f"{balance.imbalance_pct:.1f}",
            )

    # -- solutions --------------------------------------------------------------------------------

    def _solution(self, solution: Solution) -> _SolutionWork:
        saved_by_line: dict[str, float] = {}
        savings_vnd = solution.other_savings
        co2_fossil = co2_biogenic = toe = fossil_toe = renewable_toe = kwh = water_m3 = material_t = 0.0
        fuel_t: dict[str, float] = {}
        for saving in self.doc.savings_of(solution.id):
            line = self.lines.get(saving.consumption_id)
            if line is None:
                self.notes.warn(
                    WarningCode.UNKNOWN_CONSUMPTION,
                    f"a saving of {solution.title!r} refers to a consumption line that does not exist",
                    solution.id,
                )
                continue
            qty = saving.quantity
            saved_by_line[line.id] = saved_by_line.get(line.id, 0.0) + qty
            price = self._price(line)
            savings_vnd += qty * price if price is not None else 0.0
            energy = self._line_energy(line, qty)
            if energy is not None:
                toe += energy.toe or 0.0
                if energy.renewable:
                    renewable_toe -= energy.toe or 0.0
                else:
                    fossil_toe += energy.toe or 0.0
                co2_fossil += energy.fossil_co2_t or 0.0
                co2_biogenic += energy.biogenic_co2_t or 0.0
                if energy.fuel_t is not None:
                    fuel_t[line.fuel_code] = fuel_t.get(line.fuel_code, 0.0) + energy.fuel_t
            if line.kind == ConsumptionKind.ELECTRICITY.value:
                kwh += self.energy.electricity_kwh(qty, line.unit, line.id) or 0.0
            elif line.kind == _WATER:
                water_m3 += self._water_m3(qty, line) or 0.0
            elif line.kind in _MATERIAL_KINDS and self.converter.is_dimension(line.unit, MASS):
                # Materials counted in pieces, m² ... have no mass: they count in money only.
                material_t += self.converter.convert(qty, line.unit, TONNE)
        net = savings_vnd - solution.added_operating_cost
        rate = (
            solution.discount_rate
            if solution.discount_rate is not None
            else self.doc.assessment.discount_rate
        )
        years = solution.lifetime_years
        if years < 1:
            self.notes.warn(
                WarningCode.INVALID_LIFETIME,
                f"lifetime of {solution.title!r} is {years}",
                solution.id,
                years=years,
            )
        if rate <= -1:
            self.notes.warn(
                WarningCode.INVALID_DISCOUNT_RATE,
                f"discount rate of {solution.title!r} is {rate}",
                solution.id,
                rate=rate,
            )
        figures = SolutionFigures(
            solution_id=solution.id,
            title=solution.title,
            decision=solution.decision,
            technique=solution.technique,
            cost_class=solution.cost_class,
            counted=solution.decision != Decision.REJECT.value,
            investment=solution.investment,
            yearly_savings_vnd=savings_vnd,
            added_operating_cost=solution.added_operating_cost,
            net_yearly_savings=net,
            lifetime_years=years,
            discount_rate=rate,
            payback_years=simple_payback(solution.investment, net),
            npv=npv(solution.investment, net, max(years, 0), rate) if rate > -1 else None,
            irr=irr(solution.investment, net, years),
            fossil_co2_t=co2_fossil,
            biogenic_co2_t=co2_biogenic,
            toe_saved=toe,
            fossil_toe_saved=fossil_toe,
            renewable_toe_added=renewable_toe,
            electricity_kwh_saved=kwh,
            fuel_t_by_fuel=fuel_t,
            water_m3_saved=water_m3,
            material_t_saved=material_t,
            waste_reduction=solution.waste_reduction,
        )
        return _SolutionWork(figures, saved_by_line)

    # -- totals -----------------------------------------------------------------------------------

    def _totals(
        self, works: list[_SolutionWork], baseline_energy: Mapping[str, EnergyFigures | None]
    ) -> SolutionTotals:
        figs = [w.figures for w in works]
        saved = _saved_by_line(works)
        investment = sum(f.investment for f in figs)
        net = sum(f.net_yearly_savings for f in figs)
        energy_pct = self._energy_pct(saved, baseline_energy)
        fossil_pct = self._energy_pct(saved, baseline_energy, fossil_only=True)
        fuel_t: dict[str, float] = {}
        for f in figs:
            for code, tonnes in f.fuel_t_by_fuel.items():
                fuel_t[code] = fuel_t.get(code, 0.0) + tonnes
        material_pct = self._cost_pct(saved, _MATERIAL_KINDS)
        resource_pct = self._cost_pct(saved, _MATERIAL_KINDS + _ENERGY_KINDS)
        return SolutionTotals(
            solution_count=len(figs),
            investment=investment,
            yearly_savings_vnd=sum(f.yearly_savings_vnd for f in figs),
            added_operating_cost=sum(f.added_operating_cost for f in figs),
            net_yearly_savings=net,
            payback_years=simple_payback(investment, net),
            npv=sum(f.npv for f in figs if f.npv is not None),
            fossil_co2_t=sum(f.fossil_co2_t for f in figs),
            biogenic_co2_t=sum(f.biogenic_co2_t for f in figs),
            toe_saved=sum(f.toe_saved for f in figs),
            fossil_toe_saved=sum(f.fossil_toe_saved for f in figs),
            renewable_toe_added=sum(f.renewable_toe_added for f in figs),
            electricity_kwh_saved=sum(f.electricity_kwh_saved for f in figs),
            fuel_t_by_fuel=fuel_t,
            water_m3_saved=sum(f.water_m3_saved for f in figs),
            material_t_saved=sum(f.material_t_saved for f in figs),
            energy_savings_pct=energy_pct,
            fossil_energy_savings_pct=fossil_pct,
            material_savings_pct=material_pct,
            water_savings_pct=self._water_pct(saved),
            resource_savings_pct=resource_pct,
            energy_target_status=self._status(energy_pct),
            material_target_status=self._status(material_pct),
            target_status=self._status(resource_pct),
            by_technique=_count(f.technique for f in figs),
            by_cost_class=_count(f.cost_class for f in figs),
        )

    def _energy_pct(
        self,
        saved: Mapping[str, float],
        baseline_energy: Mapping[str, EnergyFigures | None],
        fossil_only: bool = False,
    ) -> float | None:
        # Only lines whose baseline TOE is known count, on both sides of the division. Fossil
        # energy leaves the biogenic fuel lines out of both.
        base = done = 0.0
        for line_id, energy in baseline_energy.items():
            if energy is None or energy.toe is None or (fossil_only and energy.renewable):
                continue
            base += energy.toe
            quantity = saved.get(line_id)
            if quantity:
                saved_energy = self._line_energy(self.lines[line_id], quantity)
                done += (saved_energy.toe or 0.0) if saved_energy else 0.0
        return _pct(done, base)

    def _cost_pct(self, saved: Mapping[str, float], kinds: tuple[str, ...]) -> float | None:
        base = done = 0.0
        for line in self.doc.consumptions:
            if line.kind in kinds and line.yearly_quantity is not None and line.unit_price is not None:
                base += line.yearly_quantity * line.unit_price
                done += saved.get(line.id, 0.0) * line.unit_price
        return _pct(done, base)

    def _water_pct(self, saved: Mapping[str, float]) -> float | None:
        base = done = 0.0
        for line in self.doc.consumptions:
            if line.kind != _WATER or line.yearly_quantity is None:
                continue
            base_m3 = self._water_m3(line.yearly_quantity, line)
            if base_m3 is not None:
                base += base_m3
                done += self._water_m3(saved.get(line.id, 0.0), line) or 0.0
        return _pct(done, base)

    def _status(self, pct: float | None) -> TargetStatus:
        if pct is None or self.target_min is None or self.target_max is None:
            return TargetStatus.UNKNOWN
        if pct < self.target_min:
            return TargetStatus.BELOW
        if pct > self.target_max:
            return TargetStatus.ABOVE
        return TargetStatus.WITHIN

    # -- helpers ----------------------------------------------------------------------------------

    def _line_energy(self, line: Consumption, quantity: float | None) -> EnergyFigures | None:
        if quantity is None:
            return None
        if line.kind == ConsumptionKind.ELECTRICITY.value:
            return self.energy.electricity(quantity, line.unit, line.id)
        if line.kind == ConsumptionKind.FUEL.value:
            return self.energy.fuel(line.fuel_code, quantity, line.unit, line.id)
        return None

    def _water_m3(self, quantity: float, line: Consumption) -> float | None:
        if line.unit == M3:
            return quantity
        dimension = self.converter.dimension(line.unit)
        if dimension == VOLUME:
            return self.converter.convert(quantity, line.unit, M3)
        if dimension == MASS:
            return self.converter.convert(quantity, line.unit, TONNE) / WATER_T_PER_M3
        self.notes.warn(
            WarningCode.UNIT_MISMATCH if dimension else WarningCode.UNKNOWN_UNIT,
            f"cannot convert {line.unit} to {M3}",
            line.id,
            unit=line.unit,
            expected=M3,
        )
        return None

    def _price(self, line: Consumption) -> float | None:
        if line.unit_price is None:
            self.notes.warn(
                WarningCode.MISSING_UNIT_PRICE,
                f"no unit price for {line.name}",
                line.id,
                consumption=line.name,
            )
        return line.unit_price

    def _ghg_inventory(
        self, toe: float, toe_complete: bool, fossil_co2: float, co2_complete: bool
    ) -> bool | None:
        reached: list[bool | None] = []
        for code, value, complete in (
            (GHG_INVENTORY_TOE, toe, toe_complete),
            (GHG_INVENTORY_TCO2E, fossil_co2, co2_complete),
        ):
            try:
                threshold = self.ref.constant(code).value
            except KeyError:
                reached.append(None)
                continue
            reached.append(True if value >= threshold else (False if complete else None))
        if any(r is True for r in reached):
            return True
        if all(r is False for r in reached):
            return False
        return None

    def _flow_fuel_kwh(self, fuel_code: str, quantity: float, unit: str, subject_id: str) -> float | None:
        energy = self.energy.fuel(fuel_code, quantity, unit, subject_id)
        return energy.toe * KWH_PER_TOE if energy.toe is not None else None

    def _fuel_density(self, fuel_code: str) -> float | None:
        fuel = self.ref.fuel(fuel_code)
        return fuel.density_t_per_m3 if fuel is not None else None

    def _constant_text(self, code: str, name: str) -> str:
        try:
            return str(getattr(self.ref.constant(code), name))
        except KeyError:
            return ""

    def _constant(self, code: str) -> float | None:
        try:
            return self.ref.constant(code).value
        except KeyError:
            self.notes.warn(
                WarningCode.MISSING_CONSTANT, f"reference constant {code} is missing", constant=code
            )
            return None


def _saved_by_line(works: Iterable[_SolutionWork]) -> dict[str, float]:
    total: dict[str, float] = {}
    for work in works:
        for line_id, quantity in work.saved_by_line.items():
            total[line_id] = total.get(line_id, 0.0) + quantity
    return total


def _pct(part: float, whole: float | None) -> float | None:
    # A zero or negative baseline has no meaningful percentage: None, never a division error
    # (nor an infinity from a baseline typed as a vanishingly small number).
    if whole is None or whole <= 0:
        return None
    pct = part / whole * 100.0
    return pct if math.isfinite(pct) else None


def _count(values: Iterable[str]) -> dict[str, int]:
    return dict(sorted(Counter(values).items()))
