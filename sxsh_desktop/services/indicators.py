"""The plan's indicators for a period (``sxsh office indicators``, the overview window).

``compute_indicators`` reads the registry, the evidence, the assessments and the follow-ups in one
read transaction, derives every facility's CP status at the period's end and computes every
definition of ``resources/reference/indicators.json`` (``calc/indicators.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sxsh_desktop.calc.indicator_records import RecordsBehind, records_behind
from sxsh_desktop.calc.indicators import (
    ActivityRow,
    FacilityRow,
    Grouping,
    IndicatorResult,
    OfficeRows,
    ZoneRow,
    compute_indicator_rows,
    registry_in_scope,
)
from sxsh_desktop.domain.indicator_definitions import IndicatorSet, load_indicator_definitions
from sxsh_desktop.domain.office import (
    OfficialDenominator,
    Period,
    vsic_section,
)
from sxsh_desktop.domain.text import fold
from sxsh_desktop.errors import KnownProblem, ValidationError
from sxsh_desktop.services.changes import Changes, Outcome
from sxsh_desktop.services.office_rows import read_office_rows, rows_at
from sxsh_desktop.store import office, office_queries
from sxsh_desktop.store.office_tables import official_denominator

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from sxsh_desktop.store.repository import Store

GROUPINGS = ("commune", "sector", "legal-form", "size")
COMMUNE_BASES = ("recorded", "today")
NOT_MAPPED = "—"  # a commune as recorded that is not one of today's units
UNKNOWN = "?"


class NoOfficeDataError(KnownProblem):
    code = "no_office_data"


@dataclass(frozen=True)
class IndicatorTable:
    period: Period
    as_of: date
    by: str | None
    communes: str
    facilities_in_scope: int
    results: tuple[IndicatorResult, ...]

    def get(self, code: str) -> IndicatorResult:
        return next(r for r in self.results if r.code == code)


def _groupings(by: str, communes: str, today: Callable[[str], str]) -> Callable[[FacilityRow], str]:
    if by == "commune":
        if communes == "today":
            return lambda f: today(f.commune) or NOT_MAPPED
        return lambda f: f.commune or UNKNOWN
    if by == "sector":
        return lambda f: vsic_section(f.sector_code) or UNKNOWN
    if by == "legal-form":
        return lambda f: f.legal_form
    return lambda f: f.size_class or UNKNOWN


def _today_commune(store: Store) -> Callable[[str], str]:
    """Today's commune for a commune as recorded: the same unit when its name is one of today's,
    else "" (a former commune waits for the administrative-unit mapping)."""
    current = {
        fold(unit.name): unit.name
        for unit in store.reference().admin_units
        if unit.level in ("commune", "ward")
    }
    return lambda recorded: current.get(fold(recorded), "")


def _official(connection: Connection, year: int) -> dict[str, tuple[float, str]]:
    entered: dict[str, tuple[float, str]] = {}
    for row in sorted(office_queries.official_denominators(connection, year), key=lambda r: r.updated_at):
        entered[row.indicator_code] = (row.value, row.source)
    return entered


def compute_indicators(
    store: Store,
    period: Period,
    *,
    by: str | None = None,
    communes: str = "recorded",
    definitions: IndicatorSet | None = None,
) -> IndicatorTable:
    """Every indicator for ``period`` (stock indicators at its last day); with ``by`` (commune,
    sector, legal-form, size) also one row per group. ``communes`` chooses the commune as recorded
    or today's. NoOfficeDataError when the period has nothing to count."""
    if by is not None and by not in GROUPINGS:
        raise ValidationError(f"Cannot group by {by!r}: choose one of {', '.join(GROUPINGS)}.", field="by")
    if communes not in COMMUNE_BASES:
        raise ValidationError(f"Communes are 'recorded' or 'today' (got {communes!r}).", field="communes")
    definitions = definitions or load_indicator_definitions()
    with store.reading() as connection:
        rows, facts = read_office_rows(store, connection)
        official = _official(connection, period.end.year)
    grouping = _grouping(store, by, communes) if by is not None else None
    return _table(definitions, rows_at(rows, facts, period), period, grouping, communes, official)


def compute_indicator_series(
    store: Store,
    periods: Sequence[Period],
    *,
    by: str | None = None,
    communes: str = "recorded",
    definitions: IndicatorSet | None = None,
) -> list[IndicatorTable | None]:
    """``compute_indicators`` for several periods (an indicator's trend) from one reading of the
    database; None for a period with nothing to count."""
    if by is not None and by not in GROUPINGS:
        raise ValidationError(f"Cannot group by {by!r}: choose one of {', '.join(GROUPINGS)}.", field="by")
    definitions = definitions or load_indicator_definitions()
    with store.reading() as connection:
        rows, facts = read_office_rows(store, connection)
        official = {period.end.year: _official(connection, period.end.year) for period in periods}
    grouping = _grouping(store, by, communes) if by is not None else None
    tables: list[IndicatorTable | None] = []
    for period in periods:
        try:
            tables.append(
                _table(
                    definitions,
                    rows_at(rows, facts, period),
                    period,
                    grouping,
                    communes,
                    official[period.end.year],
                )
            )
        except NoOfficeDataError:
            tables.append(None)
    return tables


def _table(
    definitions: IndicatorSet,
    rows: OfficeRows,
    period: Period,
    grouping: Grouping | None,
    communes: str,
    official: dict[str, tuple[float, str]],
) -> IndicatorTable:
    in_scope = registry_in_scope(definitions, rows.facilities, period.end)
    results = compute_indicator_rows(
        definitions, rows, period, grouping=grouping, official=official, in_scope=in_scope
    )
    if not _recorded_up_to(rows, period.end):
        raise NoOfficeDataError(
            f"Nothing to count for {period.label}: no activity, assessment, follow-up or CP status is "
            f"recorded up to {period.end:%d/%m/%Y} ({len(in_scope)} facilities of the registry in scope)."
        )
    by = grouping.name if grouping is not None else None
    return IndicatorTable(period, period.end, by, communes, len(in_scope), tuple(results))


def _grouping(store: Store, by: str, communes: str) -> Grouping:
    key_of = _groupings(by, communes, _today_commune(store) if communes == "today" else lambda c: c)
    activity_key: Callable[[ActivityRow], str] | None = None
    zone_key: Callable[[ZoneRow], str] | None = None
    if by == "commune":
        today = _today_commune(store)
        if communes == "today":
            activity_key = lambda a: today(a.commune) or NOT_MAPPED  # noqa: E731
            zone_key = lambda z: today(z.commune) or NOT_MAPPED  # noqa: E731
        else:
            activity_key = lambda a: a.commune or UNKNOWN  # noqa: E731
            zone_key = lambda z: z.commune or UNKNOWN  # noqa: E731
    return Grouping(by, key_of, activity_key, zone_key)


def indicator_records(
    store: Store,
    period: Period,
    code: str,
    *,
    by: str | None = None,
    group: str = "",
    communes: str = "recorded",
    definitions: IndicatorSet | None = None,
) -> RecordsBehind:
    """The records behind one indicator's figure (with ``by``, behind one ``group``'s): the facilities,
    activities, assessments, follow-ups, zones or solutions of its numerator, denominator and
    unknowns, by id."""
    definitions = definitions or load_indicator_definitions()
    try:
        definition = definitions.get(code)
    except KeyError:
        raise ValidationError(f"No indicator {code!r}.", field="code") from None
    if by is not None and by not in GROUPINGS:
        raise ValidationError(f"Cannot group by {by!r}: choose one of {', '.join(GROUPINGS)}.", field="by")
    with store.reading() as connection:
        rows, facts = read_office_rows(store, connection)
    rows = rows_at(rows, facts, period)
    grouping = _grouping(store, by, communes) if by is not None else None
    try:
        return records_behind(definitions, rows, period, definition, grouping=grouping, group=group)
    except ValueError:
        raise ValidationError(f"The records behind {code} are not listed.", field="code") from None


def _recorded_up_to(rows: OfficeRows, t: date) -> bool:
    """Whether anything dated is recorded on or before ``t`` (the registry alone is not data of a period)."""
    return (
        any(a.held_on is not None and a.held_on <= t for a in rows.activities)
        or any(a.on is not None and a.on <= t for a in rows.assessments)
        or any(f.held_on is not None and f.held_on <= t for f in rows.follow_ups)
        or any(s.informed_on is not None and s.informed_on <= t for s in rows.statuses.values())
    )


def set_official_denominator(
    store: Store, indicator_code: str, year: int, value: float, source: str
) -> Outcome[OfficialDenominator]:
    """Enter an official count for a rate and a year, with the document it comes from."""
    definitions = load_indicator_definitions()
    try:
        definition = definitions.get(indicator_code)
    except KeyError:
        raise ValidationError(f"No indicator {indicator_code!r}.", field="indicator_code") from None
    if definition.kind != "rate" or not definition.official_denominator:
        raise ValidationError(
            f"{indicator_code} is not shown over an official count.", field="indicator_code"
        )
    if not value > 0:
        raise ValidationError("An official count is a positive number.", field="value")
    if not source.strip():
        raise ValidationError("An official count needs its source document.", field="source")
    record = OfficialDenominator(
        indicator_code=indicator_code, year=year, value=float(value), source=source.strip()
    )
    device_id = store.device_id
    with store.transaction() as connection:
        office.remove(
            connection,
            OfficialDenominator,
            official_denominator.c.indicator_code == indicator_code,
            official_denominator.c.year == year,
        )
        (added,) = office.add(connection, [record], device_id)
    return Outcome(added, Changes.of(["official_denominator"], [added.id]))
