"""Reference data (DESIGN.md section 5): every value carries its source and year.

Shipped as JSON in ``resources/reference/``, loaded into the database where the office can edit it,
and handed to calculations, reports and the UI as one ``ReferenceData`` of plain records.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, kw_only=True)
class Sourced:
    source: str = ""
    year: int | None = None


@dataclass(frozen=True, kw_only=True)
class Technique(Sourced):
    code: str
    name_vi: str
    name_en: str


@dataclass(frozen=True, kw_only=True)
class CauseCategory(Sourced):
    code: str
    name_vi: str
    name_en: str
    typical_techniques: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class GridFactor(Sourced):
    """Vietnam grid emission factor for one year, in tCO2/MWh."""

    factor_year: int
    t_co2_per_mwh: float
    provisional: bool = False


@dataclass(frozen=True, kw_only=True)
class Fuel(Sourced):
    """A fuel with its CO2 factor (IPCC 2006) and its TOE factor (MOIT), each with its own source."""

    code: str
    name_vi: str
    name_en: str
    co2_t_per_t: float | None = None
    biogenic: bool = False
    toe_per_t: float | None = None
    toe_per_1000_l: float | None = None  # given by the MOIT table for liquid fuels
    toe_per_1000_m3: float | None = None  # natural gas
    density_t_per_m3: float | None = None  # to turn a volume into a mass for the CO2 factor
    toe_source: str = ""
    toe_year: int | None = None
    density_source: str = ""


@dataclass(frozen=True, kw_only=True)
class Constant(Sourced):
    """A named figure: electricity TOE factor, key-energy-user threshold, CP targets..."""

    code: str
    value: float
    unit: str
    name_vi: str
    name_en: str


@dataclass(frozen=True, kw_only=True)
class Unit(Sourced):
    """A unit of measure; ``factor`` converts to the base unit of its dimension."""

    code: str
    name_vi: str
    name_en: str
    dimension: str  # mass (kg), volume (l), energy (kwh), count, area (m2), length (m), time (h), money (vnd)
    factor: float


@dataclass(frozen=True, kw_only=True)
class AdminUnit(Sourced):
    code: str
    name: str
    level: str  # province, ward (phường), commune (xã), special_zone (đặc khu)
    parent_code: str = ""


@dataclass(frozen=True, kw_only=True)
class Sector(Sourced):
    """A VSIC 2018 sector (Decision 27/2018/QĐ-TTg)."""

    code: str
    name_vi: str
    name_en: str


@dataclass(frozen=True, kw_only=True)
class CatalogueOption(Sourced):
    """A typical CP option the workflow can suggest for a sector and a cause category."""

    code: str
    sector_codes: tuple[str, ...]  # VSIC codes it applies to; empty for every sector
    cause_category: str
    technique: str
    cost_class: str
    title_vi: str
    title_en: str
    description_vi: str = ""
    description_en: str = ""
    typical_saving: str = ""  # e.g. "5–10 % điện năng của công đoạn"


# Electricity TOE factor, key-energy-user threshold and similar are looked up by these codes.
ELECTRICITY_TOE_PER_KWH = "electricity_toe_per_kwh"
KEY_ENERGY_USER_TOE = "key_energy_user_toe"
GHG_INVENTORY_TOE = "ghg_inventory_toe"
GHG_INVENTORY_TCO2E = "ghg_inventory_tco2e"
TOE_GJ = "toe_gj"
CP_TARGET_MIN_PCT = "cp_target_min_pct"
CP_TARGET_MAX_PCT = "cp_target_max_pct"


@dataclass
class ReferenceData:
    techniques: list[Technique] = field(default_factory=list)
    cause_categories: list[CauseCategory] = field(default_factory=list)
    grid_factors: list[GridFactor] = field(default_factory=list)
    fuels: list[Fuel] = field(default_factory=list)
    constants: list[Constant] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    admin_units: list[AdminUnit] = field(default_factory=list)
    sectors: list[Sector] = field(default_factory=list)
    catalogue: list[CatalogueOption] = field(default_factory=list)

    def technique(self, code: str) -> Technique | None:
        return next((t for t in self.techniques if t.code == code), None)

    def cause_category(self, code: str) -> CauseCategory | None:
        return next((c for c in self.cause_categories if c.code == code), None)

    def fuel(self, code: str) -> Fuel | None:
        return next((f for f in self.fuels if f.code == code), None)

    def unit(self, code: str) -> Unit | None:
        return next((u for u in self.units if u.code == code), None)

    def sector(self, code: str) -> Sector | None:
        return next((s for s in self.sectors if s.code == code), None)

    def constant(self, code: str) -> Constant:
        found = next((c for c in self.constants if c.code == code), None)
        if found is None:
            raise KeyError(f"reference constant {code!r} is missing")
        return found

    def grid_factor(self, year: int | None = None) -> GridFactor | None:
        """The factor of ``year``; by default the latest official (non-provisional) year."""
        if year is not None:
            return next((g for g in self.grid_factors if g.factor_year == year), None)
        official = [g for g in self.grid_factors if not g.provisional]
        return max(official, key=lambda g: g.factor_year, default=None)

    def suggestions(self, cause_category: str, sector_code: str = "") -> list[CatalogueOption]:
        """Catalogue options for a cause category, those of the enterprise's sector first."""

        def sector_match(option: CatalogueOption) -> bool:
            return bool(sector_code) and any(sector_code.startswith(code) for code in option.sector_codes)

        matching = [
            o
            for o in self.catalogue
            if o.cause_category == cause_category and (not o.sector_codes or sector_match(o))
        ]
        return sorted(matching, key=lambda o: (not sector_match(o), o.code))
