"""Each assessment's baseline and each solution's ex-ante figures, for the office's indicators.

The same factors as the assessment's own figures (``calc/energy.py``, ``calc/units.py``), applied to
many assessments at once: a consumption line's TOE, CO₂, kWh, m³ and tonnes are proportional to its
quantity, so the factor of each (kind, fuel, unit, grid-factor year) is computed once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sxsh_desktop.calc.energy import EnergyCalculator, EnergyFigures
from sxsh_desktop.calc.indicators import AssessmentRow, SolutionRow
from sxsh_desktop.calc.units import M3, MASS, TONNE, VOLUME, WATER_T_PER_M3, UnitConverter
from sxsh_desktop.domain.reference import ReferenceData

_MATERIAL_KINDS = ("raw_material", "chemical")
_COMPLETED = ("completed", "exported")


@dataclass(frozen=True)
class LineFactors:
    """Per unit of a consumption line's quantity (None: not of that kind, or no factor)."""

    toe: float | None
    co2_fossil_t: float | None
    kwh: float | None
    water_m3: float | None
    material_t: float | None


def fossil_co2_t(energy: EnergyFigures) -> float | None:
    """The CO₂ the office's totals report: the fossil part only (biogenic CO₂ is not counted in the
    plan's emission figures). The one place the office reads CO₂ from the energy figures."""
    return energy.co2_fossil_t


class LineFactorTable:
    def __init__(self, reference: ReferenceData) -> None:
        self.reference = reference
        self.converter = UnitConverter(reference.units)
        self._cache: dict[tuple[str, str, str, int | None], LineFactors] = {}

    def factors(self, kind: str, fuel_code: str, unit: str, grid_year: int | None) -> LineFactors:
        key = (kind, fuel_code if kind == "fuel" else "", unit, grid_year if kind == "electricity" else None)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._compute(*key)
        return found

    def _compute(self, kind: str, fuel_code: str, unit: str, grid_year: int | None) -> LineFactors:
        energy = EnergyCalculator(self.reference, grid_year, self.converter)
        if kind == "electricity":
            figures = energy.electricity(1.0, unit)
            return LineFactors(
                figures.toe, fossil_co2_t(figures), energy.electricity_kwh(1.0, unit), None, None
            )
        if kind == "fuel":
            figures = energy.fuel(fuel_code, 1.0, unit)
            return LineFactors(figures.toe, fossil_co2_t(figures), None, None, None)
        if kind == "water":
            return LineFactors(None, None, None, self._water_m3(unit), None)
        if kind in _MATERIAL_KINDS and self.converter.is_dimension(unit, MASS):
            return LineFactors(None, None, None, None, self.converter.convert(1.0, unit, TONNE))
        return LineFactors(None, None, None, None, None)

    def _water_m3(self, unit: str) -> float | None:
        if unit == M3:
            return 1.0
        dimension = self.converter.dimension(unit)
        if dimension == VOLUME:
            return self.converter.convert(1.0, unit, M3)
        if dimension == MASS:
            return self.converter.convert(1.0, unit, TONNE) / WATER_T_PER_M3
        return None


@dataclass(frozen=True)
class AssessmentInput:
    id: str
    enterprise_id: str
    start_date: date | None
    end_date: date | None
    status: str
    grid_factor_year: int | None


@dataclass(frozen=True)
class LineInput:
    id: str
    assessment_id: str
    kind: str
    fuel_code: str
    unit: str
    yearly_quantity: float | None
    unit_price: float | None


@dataclass(frozen=True)
class SolutionInput:
    id: str
    assessment_id: str
    decision: str
    investment: float
    other_savings: float


def office_figures(
    reference: ReferenceData,
    assessments: Iterable[AssessmentInput],
    lines: Iterable[LineInput],
    solutions: Iterable[SolutionInput],
    savings: Iterable[tuple[str, str, float]],  # solution id, consumption id, quantity
    main_outputs: dict[str, float | None],  # assessment id → main product's yearly output
) -> tuple[list[AssessmentRow], list[SolutionRow]]:
    table = LineFactorTable(reference)
    by_id = {a.id: a for a in assessments}
    line_of: dict[str, LineInput] = {}
    baseline_toe: dict[str, float | None] = defaultdict(float)
    for line in lines:
        line_of[line.id] = line
        a = by_id.get(line.assessment_id)
        if a is None or line.kind not in ("electricity", "fuel"):
            continue
        toe = table.factors(line.kind, line.fuel_code, line.unit, a.grid_factor_year).toe
        current = baseline_toe[a.id]
        if current is None or toe is None or line.yearly_quantity is None:
            baseline_toe[a.id] = None  # a line whose TOE is unknown leaves the baseline unknown
        else:
            baseline_toe[a.id] = current + toe * line.yearly_quantity
    sums: dict[str, list[float | None]] = {}
    for solution_id, consumption_id, quantity in savings:
        saved_line = line_of.get(consumption_id)
        assessment = by_id.get(saved_line.assessment_id) if saved_line is not None else None
        if saved_line is None or assessment is None:
            continue
        line = saved_line
        f = table.factors(line.kind, line.fuel_code, line.unit, assessment.grid_factor_year)
        parts = sums.setdefault(solution_id, [0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
        money = quantity * line.unit_price if line.unit_price is not None else None
        energy = line.kind in ("electricity", "fuel")
        for index, factor, applies in (
            (0, None, True),
            (1, f.toe, energy),
            (2, f.kwh, line.kind == "electricity"),
            (3, f.water_m3, line.kind == "water"),
            (4, f.material_t, line.kind in _MATERIAL_KINDS),
            (5, f.co2_fossil_t, energy),
        ):
            current = parts[index]
            if index == 0:
                parts[0] = None if current is None or money is None else current + money
            elif applies:
                parts[index] = None if current is None or factor is None else current + factor * quantity
    solution_rows = []
    for s in solutions:
        money, toe, kwh, water, material, co2 = sums.get(s.id, [0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
        solution_rows.append(
            SolutionRow(
                id=s.id,
                assessment_id=s.assessment_id,
                counted=s.decision != "reject",
                investment=s.investment,
                savings_vnd=money + s.other_savings if money is not None else None,
                toe=toe,
                kwh=kwh,
                water_m3=water,
                material_t=material,
                co2_fossil_t=co2,
            )
        )
    assessment_rows = [
        AssessmentRow(
            id=a.id,
            enterprise_id=a.enterprise_id,
            on=a.end_date or a.start_date,
            completed=a.status in _COMPLETED,
            baseline_toe=baseline_toe.get(a.id, 0.0),
            main_output=main_outputs.get(a.id),
        )
        for a in by_id.values()
    ]
    return assessment_rows, solution_rows
