"""Unit conversion, CO2 and TOE: hand-checked values and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sxsh_desktop.calc.energy import EnergyCalculator, electricity_co2_t, is_key_energy_user
from sxsh_desktop.calc.records import WarningCode
from sxsh_desktop.calc.units import UnitConverter, UnitMismatchError, unit_symbol
from sxsh_desktop.domain.reference import ReferenceData
from tests.calc_fixtures import make_reference

REF = make_reference()
CONVERTER = UnitConverter(REF.units)
CODES = [u.code for u in REF.units]


def calculator(year: int | None = None, ref: ReferenceData = REF) -> EnergyCalculator:
    return EnergyCalculator(ref, grid_factor_year=year)


def codes(calc: EnergyCalculator) -> set[str]:
    return {w.code for w in calc.notes.warnings}


# -- units ---------------------------------------------------------------------------------------


def test_conversions() -> None:
    assert CONVERTER.convert(2.5, "t", "kg") == 2500
    assert CONVERTER.convert(1500, "g", "kg") == 1.5
    assert CONVERTER.convert(3, "m3", "l") == 3000
    assert CONVERTER.convert(2, "mwh", "kwh") == 2000
    assert CONVERTER.convert(3.6, "gj", "kwh") == pytest.approx(1000)  # 1 kWh = 3.6 MJ
    assert CONVERTER.convert(1_500_000, "vnd", "trieu_vnd") == 1.5


def test_mismatch_names_both_units() -> None:
    with pytest.raises(UnitMismatchError, match="cannot convert m3 to kwh"):
        CONVERTER.convert(1, "m3", "kwh")
    with pytest.raises(ValueError, match="cannot convert bao to kg"):
        CONVERTER.convert(1, "bao", "kg")


def test_codes_are_case_sensitive_and_same_code_is_identity() -> None:
    assert not CONVERTER.knows("kWh")
    assert CONVERTER.convert(7, "bao", "bao") == 7  # an unknown unit still equals itself
    assert unit_symbol("kwh") == "kWh" and unit_symbol("t") == "t"


@given(
    value=st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
    pair=st.sampled_from([(a, b) for a in CODES for b in CODES if CONVERTER.can_convert(a, b)]),
)
def test_round_trip_is_identity(value: float, pair: tuple[str, str]) -> None:
    a, b = pair
    assert CONVERTER.convert(CONVERTER.convert(value, a, b), b, a) == pytest.approx(
        value, rel=1e-12, abs=1e-12
    )


# -- electricity -----------------------------------------------------------------------------------


def test_electricity_co2_and_toe() -> None:
    calc = calculator()
    result = calc.electricity(1_000_000, "kwh")
    # 1,000,000 kWh x 0.6592 tCO2/MWh / 1000 = 659.2 tCO2; x 0.0001543 TOE/kWh = 154.3 TOE
    assert result.fossil_co2_t == pytest.approx(659.2)
    assert result.biogenic_co2_t == 0.0
    assert result.toe == pytest.approx(154.3)
    # the same in MWh
    assert calc.electricity(1000, "mwh").fossil_co2_t == pytest.approx(659.2)
    used = {(f.code, f.year, f.value) for f in calc.notes.factors}
    assert ("grid_co2", 2023, 0.6592) in used
    assert ("electricity_toe", 2011, 0.0001543) in used
    assert not calc.notes.warnings
    assert electricity_co2_t(1000, 0.6766) == pytest.approx(0.6766)


def test_grid_factor_year_choice() -> None:
    calc = calculator(2022)
    assert calc.electricity(1000, "kwh").fossil_co2_t == pytest.approx(0.6766)

    calc = calculator(2030)  # not in the table: latest official, with a warning
    assert calc.electricity(1000, "kwh").fossil_co2_t == pytest.approx(0.6592)
    assert WarningCode.GRID_FACTOR_YEAR_NOT_FOUND in codes(calc)

    calc = calculator(2024)  # explicitly chosen provisional estimate
    assert calc.electricity(1000, "kwh").fossil_co2_t == pytest.approx(0.6811)
    assert WarningCode.PROVISIONAL_GRID_FACTOR in codes(calc)
    assert "provisional" in calc.notes.factors[0].what


def test_electricity_in_wrong_unit() -> None:
    calc = calculator()
    result = calc.electricity(100, "m3", "line-1")
    assert result.toe is None and result.fossil_co2_t is None
    (warning,) = calc.notes.warnings
    assert warning.code == WarningCode.UNIT_MISMATCH and warning.subject_id == "line-1"
    assert "m3" in warning.message and "kwh" in warning.message


def test_missing_electricity_factors() -> None:
    ref = make_reference(constants=False)
    ref.grid_factors.clear()
    calc = calculator(ref=ref)
    result = calc.electricity(1000, "kwh")
    assert result.toe is None and result.fossil_co2_t is None and result.biogenic_co2_t is None
    assert {WarningCode.MISSING_GRID_FACTOR, WarningCode.MISSING_TOE_FACTOR} <= codes(calc)


# -- fuels ----------------------------------------------------------------------------------------


def test_diesel_by_volume() -> None:
    calc = calculator()
    result = calc.fuel("do", 1000, "l")
    # 1000 l = 1 m3 x 0.84 t/m3 = 0.84 t; CO2 = 0.84 x 3.186 = 2.67624 t (2.68 kg/l)
    assert result.fuel_t == pytest.approx(0.84)
    assert result.fossil_co2_t == pytest.approx(2.67624)
    assert result.biogenic_co2_t == 0.0
    # TOE from the published volume factor: 1000 l / 1000 x 0.88 = 0.88 (not 0.84 t x 1.02)
    assert result.toe == pytest.approx(0.88)
    units = {(f.code, f.unit) for f in calc.notes.factors}
    assert units == {("fuel_density", "t/m3"), ("fuel_co2", "tCO2/t"), ("fuel_toe", "TOE/1000 l")}


def test_diesel_by_mass() -> None:
    result = calculator().fuel("do", 2, "t")
    # 2 t x 3.186 = 6.372 tCO2; 2 t x 1.02 = 2.04 TOE
    assert result.fossil_co2_t == pytest.approx(6.372)
    assert result.toe == pytest.approx(2.04)


def test_coal_and_biomass() -> None:
    coal = calculator().fuel("anthracite", 100_000, "kg")
    # 100 t x 2.625 = 262.5 tCO2; 100 t x 0.60 = 60 TOE
    assert coal.fossil_co2_t == pytest.approx(262.5) and coal.toe == pytest.approx(60)
    husk = calculator().fuel("rice_husk", 200, "t")
    # 200 t x 1.160 = 232 t biogenic CO2, no fossil CO2; 200 x 0.373 = 74.6 TOE
    assert husk.biogenic_co2_t == pytest.approx(232) and husk.fossil_co2_t == 0.0
    assert husk.toe == pytest.approx(74.6)


def test_natural_gas_by_volume() -> None:
    result = calculator().fuel("natural_gas", 10_000, "m3")
    # 10,000 m3 / 1000 x 0.90 = 9 TOE; 10,000 x 0.000717 t/m3 = 7.17 t x 2.693 = 19.30881 tCO2
    assert result.toe == pytest.approx(9.0)
    assert result.fossil_co2_t == pytest.approx(19.30881)


def test_missing_fuel_factors_give_none_and_warnings() -> None:
    calc = calculator()
    result = calc.fuel("no_factors", 10, "t", "line-9")
    assert result.toe is None and result.fossil_co2_t is None
    assert {WarningCode.MISSING_CO2_FACTOR, WarningCode.MISSING_TOE_FACTOR} <= codes(calc)

    calc = calculator()
    result = calc.fuel("do_no_density", 1000, "l")
    assert result.fossil_co2_t is None and result.fuel_t is None
    assert result.toe == pytest.approx(0.88)  # the volume factor needs no density
    assert codes(calc) == {WarningCode.MISSING_DENSITY}

    calc = calculator()
    assert calc.fuel("unobtainium", 10, "t").toe is None
    assert codes(calc) == {WarningCode.UNKNOWN_FUEL}

    calc = calculator()
    assert calc.fuel("do", 10, "kwh").toe is None
    assert codes(calc) == {WarningCode.UNIT_MISMATCH}

    calc = calculator()
    assert calc.fuel("do", 10, "thung").toe is None
    assert codes(calc) == {WarningCode.UNKNOWN_UNIT}


@given(
    fuel=st.sampled_from(["anthracite", "do", "fo", "lpg", "natural_gas", "wood", "rice_husk"]),
    unit=st.sampled_from(["kg", "t", "l", "m3"]),
    quantity=st.floats(min_value=0, max_value=1e9),
    k=st.floats(min_value=-10, max_value=10),
)
def test_co2_is_linear_in_quantity(fuel: str, unit: str, quantity: float, k: float) -> None:
    calc = calculator()
    one, scaled = calc.fuel(fuel, quantity, unit), calc.fuel(fuel, k * quantity, unit)
    for a, b in ((one.fossil_co2_t, scaled.fossil_co2_t), (one.biogenic_co2_t, scaled.biogenic_co2_t)):
        if a is None:
            assert b is None
        else:
            assert b == pytest.approx(k * a, rel=1e-9, abs=1e-9)


@given(kwh=st.floats(min_value=0, max_value=1e12), k=st.floats(min_value=0, max_value=100))
def test_electricity_co2_is_linear(kwh: float, k: float) -> None:
    calc = calculator()
    assert calc.electricity(k * kwh, "kwh").fossil_co2_t == pytest.approx(
        k * calc.electricity(kwh, "kwh").fossil_co2_t, rel=1e-9, abs=1e-9
    )


def test_key_energy_user() -> None:
    assert is_key_energy_user(1000, REF) is True
    assert is_key_energy_user(999.9, REF) is False
    assert is_key_energy_user(None, REF) is None
    assert is_key_energy_user(5000, make_reference(constants=False)) is None
