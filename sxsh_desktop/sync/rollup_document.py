"""The content of a roll-up package: one province's figures for one reporting year, for the ministry.

Every indicator travels as numerator, denominator, denominator source, coverage and definition
version, never as a bare percentage, so that the ministry can add numerators and denominators up.
The document is checked field by field when it is read (``RollupDocument.from_json``): known indicator
codes and versions, whole counts with the numerator not above the denominator, finite non-negative
numbers within bounds, bounded counts of rows and lengths of texts, a known province.

A reply (``RollupReply``) is the ministry's decision on one submission: accepted, or returned with
comments for the province to correct and send again.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sxsh_desktop.domain.indicator_definitions import load_indicator_definitions
from sxsh_desktop.domain.provinces import REFORM_DATE, Province, Vintage, provinces
from sxsh_desktop.sync.errors import InvalidContentError

DOCUMENT_FORMAT = "sxsh-rollup"
REPLY_FORMAT = "sxsh-rollup-reply"
DOCUMENT_VERSION = 1


@functools.cache
def known_indicators() -> dict[str, frozenset[int]]:
    """Indicator code -> the definition versions this version of the application can add up: the
    rates of ``resources/reference/indicators.json`` (counts and totals travel as totals)."""
    definitions = load_indicator_definitions()
    return {
        item.code: frozenset({int(item.version)})
        for item in definitions.definitions
        if item.kind == "rate" and str(item.version).isdigit()
    }


# Rates whose numerator is a share of a quantity (energy saved of the baseline), not of a count of
# facilities: a numerator above the denominator is possible there.
QUANTITY_RATES = frozenset({"I4a-ante", "I4a-post"})
BASES = ("registry", "official")  # denominator over the registry, or an official count with its source
TOTAL_KEYS = (
    "assessments",
    "enterprises_assessed",
    "investment_vnd",
    "savings_vnd_per_year",
    "energy_toe_per_year",
    "electricity_kwh_per_year",
    "water_m3_per_year",
    "materials_t_per_year",
    "co2_t_per_year",
)
TOTAL_KINDS = ("expected", "achieved")  # ex-ante and ex-post are never mixed
# The enterprise table of the yearly report (its columns, as ``services.report_content`` fills them;
# the signed changes of specific consumption stay in the province's report).
ENTERPRISE_TEXTS = {
    "name": 300,
    "tax_code": 20,
    "commune": 120,
    "sector": 10,
    "legal_form": 60,
    "assessment": 200,
}
ENTERPRISE_COUNTS = ("options_found", "options_done")
ENTERPRISE_AMOUNTS = (
    "investment_vnd",
    "savings_vnd",
    "achieved_savings_vnd",
    "toe",
    "water_m3",
    "material_t",
    "co2_t",
)

MAX_INDICATOR_ROWS = 5_000
MAX_ENTERPRISES = 100_000
MAX_COUNT = 1_000_000_000  # a whole count (facilities, zones)
MAX_AMOUNT = 1e15  # the interchange bound on numbers
MAX_TEXT = 500
MAX_COMMENT = 10_000
_GROUP = re.compile(r"sector:([A-U0-9]{1,5}|\?)")
_EARLIEST_YEAR, _LATEST_YEAR = 2000, 2100


class ReplyStatus(StrEnum):
    ACCEPTED = "accepted"
    RETURNED = "returned"


@dataclass(frozen=True)
class IndicatorFigure:
    code: str
    definition_version: int
    basis: str  # "registry" or "official"
    numerator: float
    denominator: float
    denominator_source: str
    coverage: float  # share of the denominator whose status is known, 0..1
    group: str = ""  # "" for the province's total; "sector:C" or "sector:10" for a sector's part
    target: float | None = None  # the province's target for the year, in percent, when it has one

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "definition_version": self.definition_version,
            "basis": self.basis,
            "group": self.group,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "denominator_source": self.denominator_source,
            "coverage": self.coverage,
            "target": self.target,
        }


@dataclass(frozen=True)
class RollupDocument:
    province_code: str
    province_vintage: Vintage
    year: int
    period_start: date
    period_end: date
    indicators: tuple[IndicatorFigure, ...]
    totals: dict[str, dict[str, float]]  # "expected" / "achieved" -> key -> amount
    enterprises: tuple[dict[str, Any], ...] = ()
    notes: str = ""

    @property
    def province(self) -> Province:
        found = provinces().find(self.province_code, self.province_vintage)
        assert found is not None
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "format": DOCUMENT_FORMAT,
            "version": DOCUMENT_VERSION,
            "province": {"code": self.province_code, "vintage": self.province_vintage.value},
            "year": self.year,
            "period": {"start": self.period_start.isoformat(), "end": self.period_end.isoformat()},
            "indicators": [figure.to_json() for figure in self.indicators],
            "totals": {kind: dict(self.totals.get(kind, {})) for kind in TOTAL_KINDS},
            "enterprises": [dict(row) for row in self.enterprises],
            "notes": self.notes,
        }

    @classmethod
    def from_json(cls, data: Any) -> RollupDocument:
        """A document read from a package, every field checked; anything else is refused."""
        check = _Checker("roll-up")
        obj = check.object(
            data,
            "",
            {
                "format",
                "version",
                "province",
                "year",
                "period",
                "indicators",
                "totals",
                "enterprises",
                "notes",
            },
        )
        if obj["format"] != DOCUMENT_FORMAT:
            raise check.fail("format", "is not an SXSH roll-up")
        if obj["version"] != DOCUMENT_VERSION:
            raise check.fail("version", f"is {obj['version']!r}; this version reads {DOCUMENT_VERSION}")
        province = check.province(obj["province"], "province")
        year = check.year(obj["year"], "year")
        period = check.object(obj["period"], "period", {"start", "end"})
        start, end = check.date(period["start"], "period.start"), check.date(period["end"], "period.end")
        if not start < end or end.year != year:
            raise check.fail("period", "does not end in the report's year after it starts")
        if province.vintage is Vintage.FORMER and year > REFORM_DATE.year:
            raise check.fail(
                "province", f"is a former province, which ended on 30/06/2025, in a {year} roll-up"
            )
        if province.vintage is Vintage.CURRENT and year < REFORM_DATE.year:
            raise check.fail("province", f"is a 2025 province in a roll-up of {year}, before the reform")
        rows = check.array(obj["indicators"], "indicators", MAX_INDICATOR_ROWS)
        figures = tuple(check.figure(row, f"indicators[{i}]") for i, row in enumerate(rows))
        seen: set[tuple[str, str, str]] = set()
        for i, figure in enumerate(figures):
            key = (figure.code, figure.basis, figure.group)
            if key in seen:
                raise check.fail(
                    f"indicators[{i}]", f"repeats {figure.code} ({figure.basis}, {figure.group or 'total'})"
                )
            seen.add(key)
        for code, basis, group in seen:
            if group and (code, basis, "") not in seen:
                raise check.fail("indicators", f"has parts of {code} ({basis}) but not its total")
        totals_obj = check.object(obj["totals"], "totals", set(TOTAL_KINDS))
        totals = {
            kind: {
                key: check.amount(value, f"totals.{kind}.{key}")
                for key, value in check.object(
                    totals_obj[kind], f"totals.{kind}", set(TOTAL_KEYS), optional=True
                ).items()
            }
            for kind in TOTAL_KINDS
        }
        enterprise_rows = check.array(obj["enterprises"], "enterprises", MAX_ENTERPRISES)
        enterprises = tuple(
            check.enterprise(row, f"enterprises[{i}]") for i, row in enumerate(enterprise_rows)
        )
        notes = check.text(obj["notes"], "notes", MAX_COMMENT)
        return cls(province.code, province.vintage, year, start, end, figures, totals, enterprises, notes)


@dataclass(frozen=True)
class RollupReply:
    """The ministry's decision on a submission, for the province."""

    submission_id: str  # the package id of the roll-up decided on
    province_code: str
    province_vintage: Vintage
    year: int
    status: ReplyStatus
    comment: str
    decided_at: datetime
    decided_by: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": REPLY_FORMAT,
            "version": DOCUMENT_VERSION,
            "submission_id": self.submission_id,
            "province": {"code": self.province_code, "vintage": self.province_vintage.value},
            "year": self.year,
            "status": self.status.value,
            "comment": self.comment,
            "decided_at": self.decided_at.isoformat(),
            "decided_by": self.decided_by,
        }

    @classmethod
    def from_json(cls, data: Any) -> RollupReply:
        check = _Checker("ministry's reply")
        obj = check.object(
            data,
            "",
            {
                "format",
                "version",
                "submission_id",
                "province",
                "year",
                "status",
                "comment",
                "decided_at",
                "decided_by",
            },
        )
        if obj["format"] != REPLY_FORMAT or obj["version"] != DOCUMENT_VERSION:
            raise check.fail("format", "is not an SXSH roll-up reply this version reads")
        submission = check.text(obj["submission_id"], "submission_id", 36)
        if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", submission):
            raise check.fail("submission_id", "is not a package id")
        province = check.province(obj["province"], "province")
        year = check.year(obj["year"], "year")
        try:
            status = ReplyStatus(obj["status"])
        except ValueError:
            raise check.fail("status", "is neither accepted nor returned") from None
        comment = check.text(obj["comment"], "comment", MAX_COMMENT)
        if status is ReplyStatus.RETURNED and not comment.strip():
            raise check.fail("comment", "is empty: a returned roll-up says why")
        decided_text = check.text(obj["decided_at"], "decided_at", 40)
        try:
            decided_at = datetime.fromisoformat(decided_text)
        except ValueError:
            raise check.fail("decided_at", "is not a date and time") from None
        if decided_at.tzinfo is None:
            raise check.fail("decided_at", "has no time zone")
        decided_by = check.text(obj["decided_by"], "decided_by", MAX_TEXT)
        return cls(submission, province.code, province.vintage, year, status, comment, decided_at, decided_by)


class _Checker:
    """Field checks that name the field in the message (``what``: the document's name)."""

    def __init__(self, what: str) -> None:
        self.what = what

    def fail(self, where: str, problem: str) -> InvalidContentError:
        place = f"'{where}' " if where else ""
        return InvalidContentError(
            f"The {self.what} is invalid: {place}{problem}. Nothing was imported.", field=where or None
        )

    def object(self, value: Any, where: str, keys: set[str], *, optional: bool = False) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "is not an object")
        if unknown := sorted(set(value) - keys):
            raise self.fail(where, f"holds an unknown field {unknown[0]!r}")
        if not optional and (missing := sorted(keys - set(value))):
            raise self.fail(where, f"lacks the field {missing[0]!r}")
        return value

    def array(self, value: Any, where: str, limit: int) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "is not a list")
        if len(value) > limit:
            raise self.fail(where, f"holds {len(value)} rows, more than {limit}")
        return value

    def text(self, value: Any, where: str, limit: int = MAX_TEXT) -> str:
        if not isinstance(value, str):
            raise self.fail(where, "is not a text")
        if len(value) > limit:
            raise self.fail(where, f"is longer than {limit} characters")
        if any(ord(c) < 32 and c not in "\n\t" for c in value):
            raise self.fail(where, "holds control characters")
        return value

    def whole(self, value: Any, where: str, limit: int = MAX_COUNT) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(where, "is not a whole number")
        if not 0 <= value <= limit:
            raise self.fail(where, f"is not between 0 and {limit}")
        return value

    def amount(self, value: Any, where: str) -> float:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise self.fail(where, "is not a number")
        if not math.isfinite(value) or not 0 <= value <= MAX_AMOUNT:
            raise self.fail(where, "is not a finite number between 0 and 1e15")
        return float(value)

    def year(self, value: Any, where: str) -> int:
        if (
            not isinstance(value, int)
            or isinstance(value, bool)
            or not _EARLIEST_YEAR <= value <= _LATEST_YEAR
        ):
            raise self.fail(where, f"is not a year between {_EARLIEST_YEAR} and {_LATEST_YEAR}")
        return value

    def date(self, value: Any, where: str) -> date:
        text = self.text(value, where, 10)
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise self.fail(where, "is not a date (YYYY-MM-DD)") from None

    def province(self, value: Any, where: str) -> Province:
        obj = self.object(value, where, {"code", "vintage"})
        code, vintage = (
            self.text(obj["code"], f"{where}.code", 3),
            self.text(obj["vintage"], f"{where}.vintage", 10),
        )
        found = provinces().find(code, vintage)
        if found is None:
            raise self.fail(where, f"names no known province (code {code!r}, vintage {vintage!r})")
        return found

    def figure(self, value: Any, where: str) -> IndicatorFigure:
        keys = {
            "code",
            "definition_version",
            "basis",
            "group",
            "numerator",
            "denominator",
            "denominator_source",
            "coverage",
            "target",
        }
        obj = self.object(value, where, keys)
        code = self.text(obj["code"], f"{where}.code", 10)
        known = known_indicators()
        if code not in known:
            raise self.fail(f"{where}.code", f"is an unknown indicator {code!r}")
        version = self.whole(obj["definition_version"], f"{where}.definition_version", 1000)
        if version not in known[code]:
            raise self.fail(
                f"{where}.definition_version",
                f"is a definition of {code} this version does not know ({version})",
            )
        basis = self.text(obj["basis"], f"{where}.basis", 20)
        if basis not in BASES:
            raise self.fail(f"{where}.basis", "is neither registry nor official")
        group = self.text(obj["group"], f"{where}.group", 20)
        if group and not _GROUP.fullmatch(group):
            raise self.fail(f"{where}.group", f"is not a sector group ({group!r})")
        numerator = self.amount(obj["numerator"], f"{where}.numerator")
        denominator = self.amount(obj["denominator"], f"{where}.denominator")
        if numerator > denominator and code not in QUANTITY_RATES:
            raise self.fail(f"{where}.numerator", "is larger than the denominator")
        source = self.text(obj["denominator_source"], f"{where}.denominator_source")
        if not source.strip():
            raise self.fail(f"{where}.denominator_source", "is empty")
        coverage = self.amount(obj["coverage"], f"{where}.coverage")
        if coverage > 1:
            raise self.fail(f"{where}.coverage", "is above 1")
        target = None if obj["target"] is None else self.amount(obj["target"], f"{where}.target")
        if target is not None and target > 100:
            raise self.fail(f"{where}.target", "is above 100 %")
        return IndicatorFigure(code, version, basis, numerator, denominator, source, coverage, group, target)

    def enterprise(self, value: Any, where: str) -> dict[str, Any]:
        keys = set(ENTERPRISE_TEXTS) | set(ENTERPRISE_COUNTS) | set(ENTERPRISE_AMOUNTS)
        obj = self.object(value, where, keys, optional=True)
        row: dict[str, Any] = {}
        for key, limit in ENTERPRISE_TEXTS.items():
            row[key] = self.text(obj.get(key, ""), f"{where}.{key}", limit)
        if not row["name"].strip():
            raise self.fail(f"{where}.name", "is empty")
        for key in ENTERPRISE_COUNTS:
            row[key] = self.whole(obj.get(key, 0), f"{where}.{key}", 100_000)
        for key in ENTERPRISE_AMOUNTS:
            value_ = obj.get(key)
            row[key] = None if value_ is None else self.amount(value_, f"{where}.{key}")
        return row
