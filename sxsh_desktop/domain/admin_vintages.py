"""Administrative units with vintages: a commune as recorded then, and the unit it is today.

On 1 July 2025 districts ended and communes were merged (Hà Tĩnh: 209 → 69). Statistics-office
codes were reused (18754 was Phường Hưng Trí and is Phường Sông Trí), so a unit is known by its
code *and* its vintage, never by the code alone. An old commune that went whole into one new unit
maps there by itself; one that was split between several (Hà Tĩnh: Phường Đại Nài, Xã Kỳ Lợi) is
for a person to decide, never guessed.

``AdminHistory.today_unit(recorded)`` answers "which unit is this today?", and ``as_then``/
``today`` let a report choose which of the two it shows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any

from sxsh_desktop.domain.text import fold
from sxsh_desktop.errors import ValidationError

REFORM_DAY = date(2025, 7, 1)
CURRENT = "current"  # the vintage of a unit still in force


class Resolution(StrEnum):
    CURRENT = "current"  # the recorded unit is still in force
    AUTO = "auto"  # an old unit that went whole into one unit of today
    MANUAL = "manual"  # split between several: a person decides (or has decided)
    UNRESOLVED = "unresolved"  # the name is not found, or more than one unit has it


@dataclass(frozen=True)
class UnitVintage:
    code: str
    name: str
    valid_from: date | None  # None: since before the data begins
    valid_to: date | None  # None: in force today
    district: str = ""  # the district it belonged to (old units)
    province_code: str = ""
    source: str = ""

    @property
    def key(self) -> str:
        """The unit's identity: its code and vintage ("18754@2025-06-30", "18754@current")."""
        return f"{self.code}@{self.valid_to.isoformat() if self.valid_to else CURRENT}"


@dataclass(frozen=True)
class UnitMapping:
    old_key: str
    new_code: str
    kind: str  # "whole" | "part"


@dataclass(frozen=True)
class Recorded:
    """A commune as a record has it: its text, and the district when the address had one."""

    name: str
    district: str = ""
    code: str = ""


@dataclass(frozen=True)
class TodayUnit:
    status: Resolution
    recorded: UnitVintage | None  # the unit as then (None: not found)
    today: UnitVintage | None  # the unit of today (None: to be decided or not found)
    candidates: tuple[UnitVintage, ...] = ()  # for a split: the units it went to
    note: str = ""


_PREFIX = re.compile(r"^(xa|phuong|thi tran|tt|p|x|dac khu)\.?\s+")
_DISTRICT_PREFIX = re.compile(r"^(huyen|thi xa|thanh pho|tp|tx|quan|h)\.?\s+")


@lru_cache(maxsize=1 << 14)
def unit_key(name: str) -> str:
    """A commune name for matching: folded, its type word dropped ("Xã Kỳ Lợi", "kỳ lợi", "X. Kỳ
    Lợi" are one)."""
    return _PREFIX.sub("", fold(name).replace(".", ". ").replace("  ", " ")).strip()


@lru_cache(maxsize=1 << 12)
def district_key(name: str) -> str:
    return _DISTRICT_PREFIX.sub("", fold(name).replace(".", ". ").replace("  ", " ")).strip()


@dataclass
class AdminHistory:
    """Units of all vintages and the old → new mapping, with the lookups records need."""

    units: list[UnitVintage] = field(default_factory=list)
    mapping: list[UnitMapping] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_key = {unit.key: unit for unit in self.units}
        self._by_name: dict[str, list[UnitVintage]] = {}
        for unit in self.units:
            self._by_name.setdefault(unit_key(unit.name), []).append(unit)
        self._targets: dict[str, list[UnitMapping]] = {}
        for row in self.mapping:
            self._targets.setdefault(row.old_key, []).append(row)

    def unit(self, key: str) -> UnitVintage | None:
        return self._by_key.get(key)

    def current(self, code: str) -> UnitVintage | None:
        return self._by_key.get(f"{code}@{CURRENT}")

    def find(self, recorded: Recorded, on: date | None = None) -> list[UnitVintage]:
        """Units the recorded commune can be: by name (and district, when given); a district means
        the address is from before the reform, so old units come first."""
        if recorded.code:
            by_code = [u for u in self.units if u.code == recorded.code.strip()]
            named = [u for u in by_code if not recorded.name or unit_key(u.name) == unit_key(recorded.name)]
            if named:
                by_code = named
            if on is not None:
                by_code = [u for u in by_code if _in_force(u, on)] or by_code
            if by_code:
                return by_code
        found = self._by_name.get(unit_key(recorded.name), [])
        if recorded.district:
            wanted = district_key(recorded.district)
            old = [u for u in found if u.valid_to is not None and district_key(u.district) == wanted]
            if old:
                return old
        if on is not None:
            in_force = [u for u in found if _in_force(u, on)]
            if in_force:
                return in_force
        current = [u for u in found if u.valid_to is None]
        return current or found

    def today_unit(self, recorded: Recorded, on: date | None = None) -> TodayUnit:
        """Which unit the recorded commune is today: the unit itself, the one it went into whole,
        or, for a split or an ambiguous name, nothing until a person decides."""
        found = self.find(recorded, on)
        if not found:
            return TodayUnit(Resolution.UNRESOLVED, None, None, note=f"{recorded.name!r} is not a known unit")
        if len(found) > 1:
            return TodayUnit(
                Resolution.UNRESOLVED,
                None,
                None,
                tuple(found),
                note=f"{recorded.name!r} names {len(found)} units; give the district",
            )
        unit = found[0]
        if unit.valid_to is None:
            return TodayUnit(Resolution.CURRENT, unit, unit)
        targets = self._targets.get(unit.key, [])
        new_units = [self.current(row.new_code) for row in targets]
        known = tuple(u for u in new_units if u is not None)
        if len(targets) == 1 and targets[0].kind == "whole" and known:
            return TodayUnit(Resolution.AUTO, unit, known[0])
        if known:
            names = ", ".join(u.name for u in known)
            return TodayUnit(Resolution.MANUAL, unit, None, known, note=f"{unit.name} was split: {names}")
        return TodayUnit(
            Resolution.UNRESOLVED, unit, None, note=f"{unit.name} has no unit of today in the data"
        )


def _in_force(unit: UnitVintage, on: date) -> bool:
    return (unit.valid_from is None or unit.valid_from <= on) and (
        unit.valid_to is None or on <= unit.valid_to
    )


def as_then(recorded: UnitVintage | None, today: UnitVintage | None) -> str:
    """The name a report "as then" prints."""
    return recorded.name if recorded is not None else (today.name if today is not None else "")


def today_name(recorded: UnitVintage | None, today: UnitVintage | None) -> str:
    """The name a report "today" prints ("" until a split is decided)."""
    return today.name if today is not None else ""


# --- reference files ----------------------------------------------------------------------------


def _day(value: Any, what: str) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(f"{what}: {value!r} is not a date (yyyy-mm-dd).") from None


def history_from_documents(
    vintage_documents: Iterable[Mapping[str, Any]], today_units: Iterable[Any]
) -> AdminHistory:
    """The history of the old-unit files (``admin_vintages_<province>.json``) and of today's
    units (the reference data's ``AdminUnit`` list, in force since the reform day)."""
    units: list[UnitVintage] = []
    mapping: list[UnitMapping] = []
    for unit in today_units:
        if getattr(unit, "level", "") in {"commune", "ward", "special_zone"}:
            units.append(
                UnitVintage(
                    unit.code,
                    unit.name,
                    REFORM_DAY,
                    None,
                    province_code=unit.parent_code,
                    source=getattr(unit, "source", ""),
                )
            )
    for document in vintage_documents:
        old, rows = parse_vintage_document(document)
        units += old
        mapping += rows
    return AdminHistory(units, mapping)


MAX_UNITS = 20_000


def parse_vintage_document(document: Mapping[str, Any]) -> tuple[list[UnitVintage], list[UnitMapping]]:
    """The old units and mapping rows of one ``admin_vintages`` file, checked (ValidationError
    naming what is wrong)."""
    if not isinstance(document, Mapping) or document.get("kind") != "admin_vintages":
        raise ValidationError("Not an administrative-unit history file (kind must be 'admin_vintages').")
    source = str(document.get("source") or "")
    if not source.strip():
        raise ValidationError("The file must name its source ('source').")
    province = str(document.get("province_code") or "")
    raw_units = document.get("units")
    raw_mapping = document.get("mapping")
    if not isinstance(raw_units, list) or not isinstance(raw_mapping, list):
        raise ValidationError("The file must have 'units' and 'mapping' lists.")
    if len(raw_units) > MAX_UNITS or len(raw_mapping) > 4 * MAX_UNITS:
        raise ValidationError("The file has more units than any province.")
    units = []
    for item in raw_units:
        if not isinstance(item, Mapping) or not str(item.get("code", "")).strip() or not item.get("name"):
            raise ValidationError(f"A unit needs a code and a name: {item!r}.")
        valid_to = _day(item.get("valid_to"), f"unit {item.get('code')}")
        if valid_to is None:
            raise ValidationError(f"Unit {item.get('code')} is an old unit: it needs valid_to.")
        units.append(
            UnitVintage(
                str(item["code"]).strip(),
                str(item["name"]).strip(),
                _day(item.get("valid_from"), f"unit {item.get('code')}"),
                valid_to,
                str(item.get("district") or ""),
                province,
                source,
            )
        )
    keys = {unit.key for unit in units}
    rows = []
    for item in raw_mapping:
        if not isinstance(item, Mapping) or item.get("kind") not in {"whole", "part"}:
            raise ValidationError(f"A mapping row needs kind 'whole' or 'part': {item!r}.")
        old_to = _day(item.get("old_valid_to"), "mapping")
        old_key = f"{str(item.get('old_code', '')).strip()}@{old_to.isoformat() if old_to else CURRENT}"
        if old_key not in keys:
            raise ValidationError(f"Mapping row for {old_key}: no such old unit in the file.")
        rows.append(UnitMapping(old_key, str(item.get("new_code", "")).strip(), str(item["kind"])))
    return units, rows


def load_vintage_text(text: str) -> dict[str, Any]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as problem:
        raise ValidationError(f"Not a JSON file: {problem.msg} (line {problem.lineno}).") from None
    except RecursionError:  # "[[[[…": Python's parser gives up on deep nesting
        raise ValidationError(
            "Not an administrative-unit history file: its JSON is nested too deeply."
        ) from None
    if not isinstance(document, dict):
        raise ValidationError("Not an administrative-unit history file.")
    parse_vintage_document(document)
    return document
