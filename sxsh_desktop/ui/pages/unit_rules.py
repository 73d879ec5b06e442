"""Units that fit a line: the default for its kind, and a warning for one that cannot measure it."""

from __future__ import annotations

from sxsh_desktop.domain.model import ConsumptionKind, FlowKind

# The unit a new line of this kind is measured in (kWh for electricity, m³ for water).
DEFAULT_UNITS: dict[str, str] = {
    ConsumptionKind.ELECTRICITY.value: "kwh",
    ConsumptionKind.WATER.value: "m3",
    FlowKind.ENERGY.value: "kwh",
    FlowKind.WATER.value: "m3",
    FlowKind.WASTEWATER.value: "m3",
}
GENERIC_DEFAULT = "t"

# Units that cannot measure a line of this kind (electricity in m³, water in kWh).
_ENERGY_UNITS = {"kwh", "mwh", "mj", "gj", "toe"}
_IMPLAUSIBLE: dict[str, set[str]] = {
    ConsumptionKind.ELECTRICITY.value: {"g", "kg", "t", "yen", "ta", "l", "m3", "pcs", "m2", "m"},
    FlowKind.ENERGY.value: {"g", "kg", "yen", "ta", "pcs", "m2", "m"},
    ConsumptionKind.WATER.value: _ENERGY_UNITS | {"pcs", "m2", "m", "h"},
    FlowKind.WATER.value: _ENERGY_UNITS | {"pcs", "m2", "m", "h"},
    FlowKind.WASTEWATER.value: _ENERGY_UNITS | {"pcs", "m2", "m", "h"},
    ConsumptionKind.RAW_MATERIAL.value: {"kwh", "mwh", "h"},
    ConsumptionKind.CHEMICAL.value: {"kwh", "mwh", "h"},
    FlowKind.MATERIAL.value: {"kwh", "mwh", "h"},
    FlowKind.CHEMICAL.value: {"kwh", "mwh", "h"},
}


def default_unit(kind: str) -> str:
    return DEFAULT_UNITS.get(kind, GENERIC_DEFAULT)


def unit_after_kind_change(old_kind: str, new_kind: str, unit: str) -> str:
    """The unit once a line's kind changes: the new kind's default while the unit was still the
    old kind's default (not chosen by the user), otherwise the unit kept."""
    return default_unit(new_kind) if unit == default_unit(old_kind) else unit


def implausible_unit(kind: str, unit: str) -> bool:
    return unit in _IMPLAUSIBLE.get(kind, set())
