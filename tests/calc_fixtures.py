"""A small reference data set with the real factors of DESIGN.md section 5, for the calculation tests."""

from __future__ import annotations

from typing import Any

from sxsh_desktop.domain.reference import (
    CP_TARGET_MAX_PCT,
    CP_TARGET_MIN_PCT,
    ELECTRICITY_TOE_PER_KWH,
    KEY_ENERGY_USER_TOE,
    Constant,
    Fuel,
    GridFactor,
    ReferenceData,
    Unit,
)

GRID_SOURCE = "Department of Climate Change"
IPCC = "IPCC 2006"
MOIT = "MOIT letter 3505/BCT-KHCN"

_GRID = {
    2014: 0.6612,
    2015: 0.8154,
    2016: 0.9185,
    2017: 0.8649,
    2018: 0.9130,
    2019: 0.8458,
    2020: 0.8041,
    2021: 0.7221,
    2022: 0.6766,
    2023: 0.6592,
}

_UNITS = (
    ("g", "mass", 0.001),
    ("kg", "mass", 1.0),
    ("t", "mass", 1000.0),
    ("l", "volume", 1.0),
    ("m3", "volume", 1000.0),
    ("kwh", "energy", 1.0),
    ("mwh", "energy", 1000.0),
    ("mj", "energy", 1 / 3.6),
    ("gj", "energy", 1000 / 3.6),
    ("pcs", "count", 1.0),
    ("vnd", "money", 1.0),
    ("trieu_vnd", "money", 1e6),
)


def fuel(code: str, co2: float | None, **kw: Any) -> Fuel:
    return Fuel(
        code=code,
        name_vi=code,
        name_en=code,
        co2_t_per_t=co2,
        source=IPCC,
        year=2006,
        toe_source=MOIT,
        toe_year=2011,
        **kw,
    )


FUELS = (
    fuel("anthracite", 2.625, toe_per_t=0.60),  # than cám grade 3-4
    fuel("do", 3.186, toe_per_t=1.02, toe_per_1000_l=0.88, density_t_per_m3=0.84),
    fuel("fo", 3.127, toe_per_t=0.99, toe_per_1000_l=0.94, density_t_per_m3=0.95),
    fuel("lpg", 2.985, toe_per_t=1.09, density_t_per_m3=0.54),
    fuel("natural_gas", 2.693, toe_per_1000_m3=0.90, density_t_per_m3=0.000717),
    fuel("wood", 1.747, biogenic=True, toe_per_t=0.373),
    fuel("rice_husk", 1.160, biogenic=True, toe_per_t=0.373),
    fuel("no_factors", None),
    fuel("do_no_density", 3.186, toe_per_t=1.02, toe_per_1000_l=0.88),
)


def constant(code: str, value: float, unit: str) -> Constant:
    return Constant(code=code, value=value, unit=unit, name_vi=code, name_en=code, source="test", year=2011)


def make_reference(*, provisional_2024: bool = True, constants: bool = True) -> ReferenceData:
    grid = [GridFactor(factor_year=y, t_co2_per_mwh=v, source=GRID_SOURCE, year=y) for y, v in _GRID.items()]
    if provisional_2024:
        grid.append(GridFactor(factor_year=2024, t_co2_per_mwh=0.6811, provisional=True, source="research"))
    return ReferenceData(
        grid_factors=grid,
        fuels=list(FUELS),
        units=[Unit(code=c, name_vi=c, name_en=c, dimension=d, factor=f) for c, d, f in _UNITS],
        constants=[
            constant(ELECTRICITY_TOE_PER_KWH, 0.0001543, "TOE/kWh"),
            constant(KEY_ENERGY_USER_TOE, 1000, "TOE"),
            constant(CP_TARGET_MIN_PCT, 5, "%"),
            constant(CP_TARGET_MAX_PCT, 8, "%"),
        ]
        if constants
        else [],
    )
