"""CO2 and TOE (tonnes of oil equivalent) of electricity and fuel quantities (DESIGN.md 4, 5.3–5.5).

- Electricity: kWh × grid factor (tCO2/MWh) ÷ 1000 → tCO2; kWh × ``electricity_toe_per_kwh`` → TOE.
- Fuels: CO2 = mass (t) × ``co2_t_per_t`` (a volume becomes a mass through ``density_t_per_m3``);
  biogenic CO2 (wood, rice husk, charcoal) is kept apart from fossil CO2.
  TOE: for a volume, the MOIT factor per 1000 l (liquid fuels) or per 1000 m³ (natural gas) when the
  fuel has one, as published; otherwise mass × ``toe_per_t``.

A missing factor leaves that figure None and is noted in ``notes``; nothing here raises for data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sxsh_desktop.calc.records import FactorUsed, Notes, WarningCode
from sxsh_desktop.calc.units import KWH, LITRE, M3, MASS, TONNE, VOLUME, UnitConverter
from sxsh_desktop.domain.reference import (
    ELECTRICITY_TOE_PER_KWH,
    KEY_ENERGY_USER_TOE,
    Constant,
    Fuel,
    GridFactor,
    ReferenceData,
)

ELECTRICITY = "electricity"
# 1 TOE = 41.868 GJ = 11,630 kWh (IEA); a fuel's energy in kWh for a process step's balance.
KWH_PER_TOE = 41.868 * 1000 / 3.6


@dataclass(frozen=True)
class EnergyFigures:
    toe: float | None
    fossil_co2_t: float | None
    biogenic_co2_t: float | None
    fuel_t: float | None = None  # the fuel's mass; None for electricity or without a density
    renewable: bool = False  # a biogenic fuel: its energy is renewable, its CO2 biogenic


def electricity_co2_t(kwh: float, t_co2_per_mwh: float) -> float:
    return kwh * t_co2_per_mwh / 1000.0


def is_key_energy_user(total_toe: float | None, ref: ReferenceData) -> bool | None:
    """True at or above the key-energy-user threshold (Decree 21/2011/NĐ-CP); None if unknown."""
    if total_toe is None:
        return None
    try:
        threshold = ref.constant(KEY_ENERGY_USER_TOE).value
    except KeyError:
        return None
    return total_toe >= threshold


class EnergyCalculator:
    """Converts quantities with one set of factors, collecting the factors used and the problems."""

    def __init__(
        self,
        ref: ReferenceData,
        grid_factor_year: int | None = None,
        converter: UnitConverter | None = None,
        notes: Notes | None = None,
    ) -> None:
        self.ref = ref
        self.grid_factor_year = grid_factor_year
        self.converter = converter or UnitConverter(ref.units)
        self.notes = notes or Notes()

    # -- electricity ------------------------------------------------------------------------------

    def electricity(self, quantity: float, unit: str, subject_id: str = "") -> EnergyFigures:
        kwh = self.electricity_kwh(quantity, unit, subject_id)
        if kwh is None:
            return EnergyFigures(None, None, None)
        grid = self.grid_factor()
        co2 = electricity_co2_t(kwh, grid.t_co2_per_mwh) if grid else None
        toe_factor = self._electricity_toe_factor()
        toe = kwh * toe_factor if toe_factor is not None else None
        return EnergyFigures(toe, co2, 0.0 if co2 is not None else None)

    def electricity_kwh(self, quantity: float, unit: str, subject_id: str = "") -> float | None:
        return self._to(quantity, unit, KWH, subject_id)

    def grid_factor(self) -> GridFactor | None:
        """The assessment's year, else the latest official year; noted when applied."""
        year = self.grid_factor_year
        grid = self.ref.grid_factor(year) if year is not None else None
        if year is not None and grid is None:
            grid = self.ref.grid_factor()
            self.notes.warn(
                WarningCode.GRID_FACTOR_YEAR_NOT_FOUND,
                f"no grid emission factor for {year}; the latest official year is used",
                year=year,
                used=grid.factor_year if grid else "",
            )
        if grid is None:
            grid = self.ref.grid_factor()
        if grid is None:
            self.notes.warn(WarningCode.MISSING_GRID_FACTOR, "no grid emission factor", year=year or "")
            return None
        if grid.provisional:
            self.notes.warn(
                WarningCode.PROVISIONAL_GRID_FACTOR,
                f"the grid emission factor of {grid.factor_year} is provisional",
                year=grid.factor_year,
            )
        self.notes.factor(
            FactorUsed(
                "grid_co2",
                ELECTRICITY,
                f"Vietnam grid emission factor {grid.factor_year}"
                + (" (provisional)" if grid.provisional else ""),
                grid.t_co2_per_mwh,
                "tCO2/MWh",
                grid.factor_year,
                grid.source,
            )
        )
        return grid

    def _electricity_toe_factor(self) -> float | None:
        constant = self._constant(ELECTRICITY_TOE_PER_KWH)
        if constant is None:
            self.notes.warn(WarningCode.MISSING_TOE_FACTOR, "no TOE factor for electricity", fuel=ELECTRICITY)
            return None
        self.notes.factor(
            FactorUsed(
                "electricity_toe",
                ELECTRICITY,
                "Energy equivalent of electricity",
                constant.value,
                constant.unit or "TOE/kWh",
                constant.year,
                constant.source,
            )
        )
        return constant.value

    # -- fuels ------------------------------------------------------------------------------------

    def fuel(self, fuel_code: str, quantity: float, unit: str, subject_id: str = "") -> EnergyFigures:
        fuel = self.ref.fuel(fuel_code)
        if fuel is None:
            self.notes.warn(
                WarningCode.UNKNOWN_FUEL,
                f"unknown fuel {fuel_code!r}: no CO2 or TOE factor",
                subject_id,
                fuel=fuel_code,
            )
            return EnergyFigures(None, None, None)
        dimension = self._dimension(unit, subject_id, expected=f"{TONNE} or {M3}")
        if dimension is None:
            return EnergyFigures(None, None, None)
        if dimension not in (MASS, VOLUME):
            self._mismatch(unit, f"{TONNE} or {M3}", subject_id)
            return EnergyFigures(None, None, None)
        mass = self.fuel_mass_t(fuel, quantity, unit, subject_id)
        co2 = self._fuel_co2(fuel, mass, subject_id)
        toe = self._fuel_toe(fuel, quantity, unit, dimension, mass, subject_id)
        if co2 is None:
            return EnergyFigures(toe, None, None, mass, fuel.biogenic)
        if fuel.biogenic:
            return EnergyFigures(toe, 0.0, co2, mass, True)
        return EnergyFigures(toe, co2, 0.0, mass)

    def fuel_mass_t(self, fuel: Fuel, quantity: float, unit: str, subject_id: str = "") -> float | None:
        """The mass in tonnes of a fuel quantity given as a mass or a volume."""
        dimension = self.converter.dimension(unit)
        if dimension == MASS:
            return self.converter.convert(quantity, unit, TONNE)
        if dimension != VOLUME:
            self._mismatch(unit, f"{TONNE} or {M3}", subject_id)
            return None
        if fuel.density_t_per_m3 is None:
            self.notes.warn(
                WarningCode.MISSING_DENSITY,
                f"no density for {fuel.code}: its volume cannot be turned into a mass",
                subject_id,
                fuel=fuel.code,
            )
            return None
        self.notes.factor(
            FactorUsed(
                "fuel_density",
                fuel.code,
                f"Density of {fuel.name_en}",
                fuel.density_t_per_m3,
                "t/m3",
                None,
                fuel.density_source,
            )
        )
        return self.converter.convert(quantity, unit, M3) * fuel.density_t_per_m3

    def _fuel_co2(self, fuel: Fuel, mass_t: float | None, subject_id: str) -> float | None:
        if fuel.co2_t_per_t is None:
            self.notes.warn(
                WarningCode.MISSING_CO2_FACTOR, f"no CO2 factor for {fuel.code}", subject_id, fuel=fuel.code
            )
            return None
        if mass_t is None:
            return None
        self.notes.factor(
            FactorUsed(
                "fuel_co2",
                fuel.code,
                f"CO2 emission factor of {fuel.name_en}" + (" (biogenic)" if fuel.biogenic else ""),
                fuel.co2_t_per_t,
                "tCO2/t",
                fuel.year,
                fuel.source,
            )
        )
        return mass_t * fuel.co2_t_per_t

    def _fuel_toe(
        self,
        fuel: Fuel,
        quantity: float,
        unit: str,
        dimension: str,
        mass_t: float | None,
        subject_id: str,
    ) -> float | None:
        # The published per-volume factor is used as is for a volume, not rebuilt from a density.
        if dimension == VOLUME and fuel.toe_per_1000_l is not None:
            self._toe_factor(fuel, fuel.toe_per_1000_l, "TOE/1000 l")
            return self.converter.convert(quantity, unit, LITRE) / 1000.0 * fuel.toe_per_1000_l
        if dimension == VOLUME and fuel.toe_per_1000_m3 is not None:
            self._toe_factor(fuel, fuel.toe_per_1000_m3, "TOE/1000 m3")
            return self.converter.convert(quantity, unit, M3) / 1000.0 * fuel.toe_per_1000_m3
        if fuel.toe_per_t is None:
            self.notes.warn(
                WarningCode.MISSING_TOE_FACTOR, f"no TOE factor for {fuel.code}", subject_id, fuel=fuel.code
            )
            return None
        if mass_t is None:
            return None
        self._toe_factor(fuel, fuel.toe_per_t, "TOE/t")
        return mass_t * fuel.toe_per_t

    def _toe_factor(self, fuel: Fuel, value: float, unit: str) -> None:
        self.notes.factor(
            FactorUsed(
                "fuel_toe",
                fuel.code,
                f"Energy equivalent of {fuel.name_en}",
                value,
                unit,
                fuel.toe_year,
                fuel.toe_source,
            )
        )

    # -- helpers ----------------------------------------------------------------------------------

    def _to(self, quantity: float, unit: str, target: str, subject_id: str) -> float | None:
        if unit == target:
            return quantity
        if self._dimension(unit, subject_id, expected=target) is None:
            return None
        if not self.converter.can_convert(unit, target):
            self._mismatch(unit, target, subject_id)
            return None
        return self.converter.convert(quantity, unit, target)

    def _dimension(self, unit: str, subject_id: str, expected: str) -> str | None:
        dimension = self.converter.dimension(unit)
        if dimension is None:
            self.notes.warn(
                WarningCode.UNKNOWN_UNIT,
                f"unknown unit {unit!r}: cannot convert {unit} to {expected}",
                subject_id,
                unit=unit,
                expected=expected,
            )
        return dimension

    def _mismatch(self, unit: str, expected: str, subject_id: str) -> None:
        self.notes.warn(
            WarningCode.UNIT_MISMATCH,
            f"cannot convert {unit} to {expected}",
            subject_id,
            unit=unit,
            expected=expected,
        )

    def _constant(self, code: str) -> Constant | None:
        try:
            return self.ref.constant(code)
        except KeyError:
            return None
