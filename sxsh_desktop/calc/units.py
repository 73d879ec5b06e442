"""Unit conversion from the reference ``Unit`` records (dimension + factor to the base unit).

Unit codes are case-sensitive, lower-case ASCII. The calculations rely on these codes, which the
reference data (``resources/reference/``) must define with these dimensions and factors (``factor``
converts to the base unit of the dimension; dimension names are exactly these words):

- mass, base ``kg``: ``g`` (0.001), ``kg`` (1), ``t`` (1000)
- volume, base ``l``: ``l`` (1), ``m3`` (1000)
- energy, base ``kwh``: ``kwh`` (1), ``mwh`` (1000), ``mj`` (1/3.6), ``gj`` (1000/3.6)
- count, base ``pcs``: ``pcs`` (1), ``vien`` (1: bricks and tiles, "viên")
- money, base ``vnd``: ``vnd`` (1), ``trieu_vnd`` (1,000,000: "triệu đồng")

Other units may be added freely (area m2, length m, time h...). A code the reference data does not
know converts only to itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from sxsh_desktop.domain.reference import Unit

MASS = "mass"
VOLUME = "volume"
ENERGY = "energy"
COUNT = "count"
MONEY = "money"

# Codes the calculations name directly.
KG = "kg"
TONNE = "t"
LITRE = "l"
M3 = "m3"
KWH = "kwh"

# Water typed by mass counts as its volume, and the other way round: 1 t per m³.
WATER_T_PER_M3 = 1.0

# How codes print in labels such as "kWh/t"; a code not listed prints as itself.
_SYMBOLS = {
    "kwh": "kWh",
    "mwh": "MWh",
    "mj": "MJ",
    "gj": "GJ",
    "m3": "m³",
    "m2": "m²",
    "trieu_vnd": "triệu VND",
    "vnd": "VND",
    "vien": "viên",
}
# Counting units as each language writes them in a report: bricks are "viên" in Vietnamese.
_SYMBOLS_BY_LANGUAGE = {
    "vi": {"pcs": "cái", "vien": "viên", "trieu_vnd": "triệu đồng", "vnd": "đồng"},
    "en": {"vien": "pcs", "trieu_vnd": "million VND"},
}


class UnitMismatchError(ValueError):
    """Two units of different dimensions, or a unit the reference data does not know."""

    def __init__(self, from_code: str, to_code: str, reason: str = "") -> None:
        message = f"cannot convert {from_code} to {to_code}"
        super().__init__(f"{message}: {reason}" if reason else message)
        self.from_code = from_code
        self.to_code = to_code


def unit_symbol(code: str, lang: str | None = None) -> str:
    """How a unit code prints: ``kwh`` → kWh; with a language, as that language writes it in a
    report (``vien`` → viên in Vietnamese, pcs in English)."""
    if lang is not None and code in _SYMBOLS_BY_LANGUAGE.get(lang, {}):
        return _SYMBOLS_BY_LANGUAGE[lang][code]
    return _SYMBOLS.get(code, code)


class UnitConverter:
    def __init__(self, units: Iterable[Unit]) -> None:
        self._units = {u.code: u for u in units}

    def knows(self, code: str) -> bool:
        return code in self._units

    def dimension(self, code: str) -> str | None:
        unit = self._units.get(code)
        return unit.dimension if unit else None

    def is_dimension(self, code: str, dimension: str) -> bool:
        return self.dimension(code) == dimension

    def can_convert(self, from_code: str, to_code: str) -> bool:
        if from_code == to_code:
            return True
        a, b = self._units.get(from_code), self._units.get(to_code)
        return a is not None and b is not None and a.dimension == b.dimension

    def convert(self, value: float, from_code: str, to_code: str) -> float:
        if from_code == to_code:
            return value
        a, b = self._units.get(from_code), self._units.get(to_code)
        if a is None or b is None:
            unknown = from_code if a is None else to_code
            raise UnitMismatchError(from_code, to_code, f"unknown unit {unknown}")
        if a.dimension != b.dimension:
            raise UnitMismatchError(from_code, to_code, f"{a.dimension} is not {b.dimension}")
        if a.factor == b.factor:
            return value
        return value * a.factor / b.factor
