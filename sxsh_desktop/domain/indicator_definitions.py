"""The plan's indicators as data (``resources/reference/indicators.json``), checked when loaded.

Each definition names its numerator and denominator by a rule of a fixed vocabulary (below), so a
file can change targets, names, factors and which rules an indicator uses, but never asks for a
computation the application does not have. A bad file is refused with the item and the field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sxsh_desktop.domain.office import DEFAULT_INDUSTRIAL_SECTIONS, TASK_CODES, LegalForm
from sxsh_desktop.errors import KnownProblem

KINDS = ("rate", "count", "total")
SCOPES = ("stock", "flow")  # measured at the period's end, or over the period
BASES = ("", "ex_ante", "achieved")
TOTAL_FIELDS = ("investment", "savings_vnd", "toe", "kwh", "water_m3", "material_t", "co2_fossil_t")

# Rules without a parameter; "activities:<task>", "participants:<task>",
# "appliers_saving_at_least:<percent>" and "total:<field>:<basis>" take one.
NUMERATORS = frozenset(
    {
        "informed",
        "aware",
        "applying",
        "cp_unit",
        "zones_reached",
        "energy_saved_ex_ante",
        "energy_saved_ex_post",
        "assessments",
        "facilities_assessed",
        "follow_ups",
        "activity_cost",
    }
)
DENOMINATORS = frozenset(
    {
        "none",
        "registry",
        "registry_medium_large",
        "zones",
        "applier_baseline_toe",
        "applier_expected_toe",
        "appliers_with_data",
    }
)


class IndicatorDefinitionError(KnownProblem):
    code = "indicator_definitions"

    def __init__(self, source: str, message: str, item: int | None = None) -> None:
        where = f"{source}, item {item + 1}" if item is not None else source
        super().__init__(f"Indicator definitions {where}: {message}")


@dataclass(frozen=True)
class Target:
    year: int
    value: float
    source: str


@dataclass(frozen=True)
class OfficialCount:
    """An official count of facilities to divide by, as a document gives it."""

    year: int
    value: float
    source: str


@dataclass(frozen=True)
class IndicatorDefinition:
    code: str
    name_vi: str
    name_en: str
    kind: str
    scope: str
    numerator: str
    denominator: str
    factor: float
    unit: str
    version: str
    targets: tuple[Target, ...]
    official_denominator: bool  # whether the rate is also shown over an official count
    official_denominators: tuple[OfficialCount, ...]
    basis: str = ""  # ex_ante / achieved for totals: never mixed in one figure
    notes: str = ""

    def target_for(self, year: int) -> Target | None:
        """The target of ``year``, else of the next milestone after it, else None."""
        ahead = [t for t in self.targets if t.year >= year]
        return min(ahead, key=lambda t: t.year) if ahead else None


@dataclass(frozen=True)
class RegistryScope:
    """Which facilities of the registry are the denominator F(T)."""

    legal_forms: frozenset[str]
    vsic_sections: frozenset[str]
    source: str = ""


@dataclass(frozen=True)
class IndicatorSet:
    definitions: tuple[IndicatorDefinition, ...]
    registry: RegistryScope
    file_version: int

    def get(self, code: str) -> IndicatorDefinition:
        for definition in self.definitions:
            if definition.code == code:
                return definition
        raise KeyError(code)


def default_definitions_path() -> Path:
    from sxsh_desktop.paths import resource

    return resource("reference", "indicators.json")


_cache: dict[str, IndicatorSet] = {}


def load_indicator_definitions(path: Path | None = None) -> IndicatorSet:
    """The definitions of ``path`` (the shipped file by default), checked; IndicatorDefinitionError."""
    path = path or default_definitions_path()
    key = str(path)
    if path == default_definitions_path() and key in _cache:
        return _cache[key]
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise IndicatorDefinitionError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    loaded = parse_indicator_definitions(text, str(path))
    if path == default_definitions_path():
        _cache[key] = loaded
    return loaded


def parse_indicator_definitions(text: str, source: str = "indicators.json") -> IndicatorSet:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise IndicatorDefinitionError(source, f"not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("kind") != "indicators":
        raise IndicatorDefinitionError(source, 'expected a JSON object with "kind": "indicators"')
    version = data.get("version")
    if version != 1:
        raise IndicatorDefinitionError(source, f"unknown file version {version!r}; this application reads 1")
    registry = _registry(source, data.get("registry", {}))
    items = data.get("items")
    if not isinstance(items, list) or not items:
        raise IndicatorDefinitionError(source, '"items" must be a non-empty list')
    definitions = tuple(_definition(source, i, raw) for i, raw in enumerate(items))
    codes = [d.code for d in definitions]
    repeated = sorted({c for c in codes if codes.count(c) > 1})
    if repeated:
        raise IndicatorDefinitionError(source, f"code {repeated[0]!r} is defined twice")
    return IndicatorSet(definitions, registry, version)


def _registry(source: str, raw: Any) -> RegistryScope:
    if not isinstance(raw, dict):
        raise IndicatorDefinitionError(source, '"registry" must be an object')
    forms = raw.get("legal_forms", [f.value for f in LegalForm if f != LegalForm.BRANCH])
    sections = raw.get("vsic_sections", sorted(DEFAULT_INDUSTRIAL_SECTIONS))
    known_forms = {f.value for f in LegalForm}
    if not isinstance(forms, list) or not forms or not set(forms) <= known_forms:
        raise IndicatorDefinitionError(
            source, f"registry.legal_forms must be a list of {sorted(known_forms)}"
        )
    if (
        not isinstance(sections, list)
        or not sections
        or not all(isinstance(s, str) and re.fullmatch(r"[A-U]", s) for s in sections)
    ):
        raise IndicatorDefinitionError(
            source, "registry.vsic_sections must be a list of VSIC section letters A–U"
        )
    return RegistryScope(frozenset(forms), frozenset(sections), str(raw.get("source", "")))


_REQUIRED_TEXT = (
    "code",
    "name_vi",
    "name_en",
    "kind",
    "scope",
    "numerator",
    "denominator",
    "unit",
    "version",
)


def _definition(source: str, index: int, raw: Any) -> IndicatorDefinition:
    def fail(message: str) -> IndicatorDefinitionError:
        return IndicatorDefinitionError(source, message, index)

    if not isinstance(raw, dict):
        raise fail("must be an object")
    for name in _REQUIRED_TEXT:
        if not isinstance(raw.get(name), str) or not raw[name].strip():
            raise fail(f'"{name}" must be a non-empty text')
    code = raw["code"]
    if raw["kind"] not in KINDS:
        raise fail(f"{code}: kind {raw['kind']!r} is not one of {', '.join(KINDS)}")
    if raw["scope"] not in SCOPES:
        raise fail(f"{code}: scope {raw['scope']!r} is not one of {', '.join(SCOPES)}")
    basis = raw.get("basis", "")
    if basis not in BASES:
        raise fail(f"{code}: basis {basis!r} is not one of ex_ante, achieved")
    _check_numerator(raw["numerator"], fail, code)
    if raw["denominator"] not in DENOMINATORS:
        raise fail(f"{code}: unknown denominator rule {raw['denominator']!r}")
    if raw["kind"] == "rate" and raw["denominator"] == "none":
        raise fail(f"{code}: a rate needs a denominator")
    if raw["kind"] != "rate" and raw["denominator"] != "none":
        raise fail(f"{code}: only a rate has a denominator")
    if raw["numerator"].startswith("total:") and raw["numerator"].split(":")[2] != basis:
        raise fail(f"{code}: basis {basis!r} differs from its numerator's {raw['numerator']!r}")
    factor = raw.get("factor")
    if isinstance(factor, bool) or not isinstance(factor, int | float) or factor <= 0:
        raise fail(f"{code}: factor must be a positive number")
    return IndicatorDefinition(
        code=code,
        name_vi=raw["name_vi"],
        name_en=raw["name_en"],
        kind=raw["kind"],
        scope=raw["scope"],
        numerator=raw["numerator"],
        denominator=raw["denominator"],
        factor=float(factor),
        unit=raw["unit"],
        version=raw["version"],
        targets=tuple(Target(**_year_value(t, fail, code, "targets")) for t in raw.get("targets", [])),
        official_denominator=bool(raw.get("official_denominator", False)),
        official_denominators=tuple(
            OfficialCount(**_year_value(t, fail, code, "official_denominators"))
            for t in raw.get("official_denominators", [])
        ),
        basis=basis,
        notes=str(raw.get("notes", "")),
    )


def _check_numerator(rule: str, fail: Any, code: str) -> None:
    name, _, parameter = rule.partition(":")
    if name in NUMERATORS and not parameter:
        return
    if name in ("activities", "participants") and parameter in TASK_CODES:
        return
    if name == "appliers_saving_at_least":
        try:
            if 0 < float(parameter) < 100:
                return
        except ValueError:
            pass
    if name == "total":
        field, _, basis = parameter.partition(":")
        if field in TOTAL_FIELDS and basis in ("ex_ante", "achieved"):
            return
    raise fail(f"{code}: unknown numerator rule {rule!r}")


def _year_value(raw: Any, fail: Any, code: str, name: str) -> dict[str, Any]:
    if (
        not isinstance(raw, dict)
        or not isinstance(raw.get("year"), int)
        or isinstance(raw.get("value"), bool)
        or not isinstance(raw.get("value"), int | float)
        or not isinstance(raw.get("source"), str)
        or not raw["source"].strip()
    ):
        raise fail(f"{code}: each of {name} needs a year, a number and its source document")
    return {"year": raw["year"], "value": float(raw["value"]), "source": raw["source"]}
