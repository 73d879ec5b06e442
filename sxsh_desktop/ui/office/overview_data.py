"""What the overview shows, as plain rows: read from the office services in a worker thread, then
handed to the window. The services compute every figure; this module only picks and arranges.

``load_overview`` reads the period's indicators, their trend over the years and the work waiting
(assessments to review, open conflicts, follow-ups due); ``load_breakdown`` one indicator by one
dimension; ``load_members`` the facilities behind a number (the click-through).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sxsh_desktop.calc.indicators import IndicatorResult
    from sxsh_desktop.services.indicator_members import IndicatorMember
    from sxsh_desktop.store.repository import Store

TREND_YEARS = 6  # the period and the five before it
# The breakdowns the overview offers: (the service's ``by``, its ``communes``).
DIMENSIONS: dict[str, tuple[str, str]] = {
    "commune_recorded": ("commune", "recorded"),
    "commune_today": ("commune", "today"),
    "sector": ("sector", "recorded"),
    "legal_form": ("legal-form", "recorded"),
    "size": ("size", "recorded"),
}


@dataclass(frozen=True)
class TrendPoint:
    year: int
    value: float | None
    target: float | None


@dataclass(frozen=True)
class Card:
    """A rate with its trend over the years (a card of the first page)."""

    figure: IndicatorResult
    trend: tuple[TrendPoint, ...] = ()


@dataclass(frozen=True)
class BreakdownRow:
    key: str  # the group's key as the service gives it (a commune, a VSIC code, a code word)
    numerator: float
    denominator: float | None
    value: float | None
    unknown: int
    population: int


@dataclass(frozen=True)
class WorkRow:
    """A line of work waiting: an assessment to review, or an assessment whose follow-up is due."""

    assessment_id: str
    enterprise_id: str
    enterprise: str
    title: str
    detail: str  # the review state, or how many solutions await their outcome
    when: date | None  # received (review) or due (follow-up)


@dataclass
class Overview:
    period: int
    as_of: date | None
    figures: list[IndicatorResult] = field(default_factory=list)  # every indicator of the period
    cards: list[Card] = field(default_factory=list)  # the rates, with their trend
    to_review: list[WorkRow] = field(default_factory=list)
    conflicts: int = 0
    followups_due: list[WorkRow] = field(default_factory=list)

    def figure(self, code: str) -> IndicatorResult | None:
        return next((f for f in self.figures if f.code == code), None)


def plan_period(year: int) -> Any:
    from sxsh_desktop.domain.office import Period

    return Period.plan_year(year)


def trend_of(code: str, tables: Sequence[tuple[int, Sequence[IndicatorResult]]]) -> tuple[TrendPoint, ...]:
    """The value of ``code`` at the end of each year, and that year's own target (a target set for
    a later milestone is not that year's)."""
    points = []
    for year, results in tables:
        found = next((r for r in results if r.code == code), None)
        value = found.value if found is not None else None
        target = found.target if found is not None and found.target_year == year else None
        points.append(TrendPoint(year, value, target))
    return tuple(points)


def load_overview(store: Store, period: int) -> Overview:
    """Everything the overview's first screen shows for the plan year ``period`` but the trend
    (``load_trend``, read next): each card has the period's point only."""
    from sxsh_desktop.services import indicators, packages

    figures = list(indicators.compute_indicators(store, plan_period(period)).results)
    tables: list[tuple[int, Sequence[IndicatorResult]]] = [(period, figures)]
    overview = Overview(period=period, as_of=figures[0].as_of if figures else None, figures=figures)
    overview.cards = [Card(f, trend_of(f.code, tables)) for f in figures if f.kind == "rate"]
    overview.to_review = load_to_review(store)
    overview.conflicts = len(packages.open_conflicts(store))
    overview.followups_due = load_followups_due(store)
    return overview


def load_trend(store: Store, period: int) -> dict[str, tuple[TrendPoint, ...]]:
    """Each indicator's value at the end of ``period`` and of the years before it (``TREND_YEARS``),
    from one reading; a year with nothing to count has no point."""
    from sxsh_desktop.services import indicators

    years = list(range(period - TREND_YEARS + 1, period + 1))
    series = indicators.compute_indicator_series(store, [plan_period(year) for year in years])
    tables = [
        (year, table.results if table is not None else ()) for year, table in zip(years, series, strict=True)
    ]
    codes = list(dict.fromkeys(r.code for _, results in tables for r in results))
    return {code: trend_of(code, tables) for code in codes}


def load_to_review(store: Store) -> list[WorkRow]:
    from sxsh_desktop.services import reviews

    return [
        WorkRow(
            assessment_id=item.assessment_id,
            enterprise_id=item.enterprise_id,
            enterprise=item.enterprise_name,
            title=item.title,
            detail=item.state,
            when=item.since.date() if item.since is not None else item.end_date,
        )
        for item in reviews.awaiting_review(store)
    ]


def load_followups_due(store: Store) -> list[WorkRow]:
    from sxsh_desktop.services import followups

    return [
        WorkRow(
            assessment_id=item.assessment_id,
            enterprise_id=item.enterprise_id,
            enterprise=item.enterprise_name,
            title=item.assessment_title,
            detail=str(item.solutions),
            when=item.due_on,
        )
        for item in followups.follow_ups_due(store)
    ]


def load_breakdown(store: Store, period: int, code: str, dimension: str) -> list[BreakdownRow]:
    """One indicator of ``period`` by ``dimension`` (a key of ``DIMENSIONS``)."""
    from sxsh_desktop.services import indicators

    by, communes = DIMENSIONS[dimension]
    table = indicators.compute_indicators(store, plan_period(period), by=by, communes=communes)
    result = next((r for r in table.results if r.code == code), None)
    if result is None:
        return []
    return [
        BreakdownRow(
            key=group.key,
            numerator=group.figure.numerator,
            denominator=group.figure.denominator,
            value=group.figure.value,
            unknown=group.figure.unknown,
            population=group.figure.population,
        )
        for group in result.groups
    ]


def load_members(
    store: Store, period: int, code: str, part: str, dimension: str | None = None, key: str | None = None
) -> list[IndicatorMember]:
    """The facilities counted in the numerator or the denominator of one indicator (of one group)."""
    from sxsh_desktop.services.indicator_members import indicator_members

    by, communes = DIMENSIONS[dimension] if dimension else (None, "recorded")
    return indicator_members(store, plan_period(period), code, part, by=by, communes=communes, group=key)
