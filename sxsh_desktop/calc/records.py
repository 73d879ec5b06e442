"""What a calculation reports besides its numbers: the factors it applied and the problems it met.

Problems are data, not exceptions: a missing factor or a unit mismatch leaves one figure empty and
adds a ``CalcWarning`` whose ``code`` is stable, so that the UI can translate it; ``message`` is an
English fallback for logs and the office.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class WarningCode(StrEnum):
    UNKNOWN_UNIT = "unknown_unit"  # params: unit
    UNIT_MISMATCH = "unit_mismatch"  # params: unit, expected
    MISSING_QUANTITY = "missing_quantity"
    MISSING_UNIT_PRICE = "missing_unit_price"  # params: consumption
    MISSING_OUTPUT = "missing_output"  # no main product, or no yearly output
    UNKNOWN_FUEL = "unknown_fuel"  # params: fuel
    MISSING_CO2_FACTOR = "missing_co2_factor"  # params: fuel
    MISSING_TOE_FACTOR = "missing_toe_factor"  # params: fuel (or "electricity")
    MISSING_DENSITY = "missing_density"  # params: fuel
    MISSING_GRID_FACTOR = "missing_grid_factor"  # params: year
    GRID_FACTOR_YEAR_NOT_FOUND = "grid_factor_year_not_found"  # params: year, used
    PROVISIONAL_GRID_FACTOR = "provisional_grid_factor"  # params: year
    MISSING_CONSTANT = "missing_constant"  # params: constant
    UNKNOWN_CONSUMPTION = "unknown_consumption"  # a saving points to no baseline line
    INVALID_DISCOUNT_RATE = "invalid_discount_rate"  # params: rate
    INVALID_LIFETIME = "invalid_lifetime"  # params: years
    STEP_IMBALANCE = "step_imbalance"  # params: step, pct (signed, one decimal)


@dataclass(frozen=True)
class CalcWarning:
    code: WarningCode
    message: str
    subject_id: str = ""  # the record concerned (consumption, solution, assessment), if any
    params: tuple[tuple[str, str], ...] = ()  # values for the translated message

    def param(self, name: str) -> str:
        return dict(self.params).get(name, "")


@dataclass(frozen=True)
class FactorUsed:
    """A factor a figure was computed with, as the report's appendix states it."""

    code: str  # stable kind: grid_co2, fuel_co2, fuel_toe, fuel_density, electricity_toe
    subject: str  # the fuel code, "electricity", or the constant's code
    what: str  # English description, e.g. "Grid emission factor 2023"
    value: float
    unit: str  # e.g. "tCO2/MWh", "tCO2/t", "TOE/1000 l"
    year: int | None
    source: str


class Notes:
    """Collects factors and warnings once each, in the order they were first met."""

    def __init__(self) -> None:
        self._factors: dict[tuple[str, str, str], FactorUsed] = {}
        self._warnings: dict[tuple[WarningCode, str, tuple[tuple[str, str], ...]], CalcWarning] = {}

    def factor(self, factor: FactorUsed) -> None:
        self._factors.setdefault((factor.code, factor.subject, factor.unit), factor)

    def warn(self, code: WarningCode, message: str, subject_id: str = "", **params: object) -> None:
        items = tuple((k, str(v)) for k, v in params.items())
        self._warnings.setdefault((code, subject_id, items), CalcWarning(code, message, subject_id, items))

    def extend(self, other: Notes) -> None:
        for f in other.factors:
            self.factor(f)
        for w in other.warnings:
            self._warnings.setdefault((w.code, w.subject_id, w.params), w)

    @property
    def factors(self) -> tuple[FactorUsed, ...]:
        return tuple(self._factors.values())

    @property
    def warnings(self) -> tuple[CalcWarning, ...]:
        return tuple(self._warnings.values())
