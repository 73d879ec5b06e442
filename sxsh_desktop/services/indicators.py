"""The plan's indicators for a period (``sxsh office indicators``, the overview window).

``compute_indicators`` reads the registry, the evidence, the assessments and the follow-ups in one
read transaction, derives every facility's CP status at the period's end and computes every
definition of ``resources/reference/indicators.json`` (``calc/indicators.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sxsh_desktop.calc.indicators import (
    ActivityRow,
    FacilityRow,
    FollowUpRow,
    Grouping,
    IndicatorResult,
    OfficeRows,
    ResultRow,
    ZoneRow,
    compute_indicator_rows,
    registry_in_scope,
)
from sxsh_desktop.calc.office_figures import AssessmentInput, LineInput, SolutionInput, office_figures
from sxsh_desktop.domain.indicator_definitions import IndicatorSet, load_indicator_definitions
from sxsh_desktop.domain.office import (
    OfficialDenominator,
    Period,
    legal_form_from,
    size_class_for,
    vsic_section,
)
from sxsh_desktop.domain.text import fold
from sxsh_desktop.errors import KnownProblem, ValidationError
from sxsh_desktop.services.changes import Changes, Outcome
from sxsh_desktop.services.cp_status import read_facts, statuses_from
from sxsh_desktop.services.locks import refuse_if_year_locked
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


@dataclass(frozen=True)
class _Facility:
    row: FacilityRow
    commune: str
    commune_today: str


def _facility_rows(connection: Connection) -> list[_Facility]:
    zones: dict[str, list[str]] = {}
    for link in office_queries.zone_links(connection):
        zones.setdefault(link.enterprise_id, []).append(link.zone_id)
    facilities = []
    for row in office_queries.facilities(connection):
        legal_form = row.legal_form or legal_form_from(row.ownership, row.tax_code).value
        size = size_class_for(
            legal_form, row.size_class or "", row.employees, row.revenue_bn_vnd, row.capital_bn_vnd
        )
        facilities.append(
            _Facility(
                FacilityRow(
                    id=row.id,
                    legal_form=legal_form,
                    active_from=row.active_from,
                    active_to=row.active_to,
                    sector_code=row.sector_code,
                    size_class=size.value if size else None,
                    has_cp_unit=row.has_cp_unit,
                    zone_ids=tuple(sorted(zones[row.id])) if row.id in zones else (),
                ),
                row.commune,
                "",
            )
        )
    return facilities


def _office_rows(store: Store, connection: Connection, period: Period) -> tuple[OfficeRows, list[_Facility]]:
    facilities = _facility_rows(connection)
    facts = read_facts(connection)
    statuses = statuses_from(facts, [f.row.id for f in facilities], period.end, with_evidence=False)
    main_outputs = _main_outputs(connection)
    assessment_rows, solution_rows = office_figures(
        store.reference(),
        [AssessmentInput(*tuple(row)) for row in office_queries.assessments(connection)],
        [LineInput(*tuple(row)) for row in office_queries.consumptions(connection)],
        [SolutionInput(*tuple(row)) for row in office_queries.solutions(connection)],
        [(row.solution_id, row.consumption_id, row.quantity) for row in office_queries.savings(connection)],
        main_outputs,
    )
    follow_ups = [
        FollowUpRow(f.id, f.assessment_id, f.enterprise_id, f.held_on, f.energy_toe_after, f.output_after)
        for f in office_queries.follow_up_facts(connection)
    ]
    results = [ResultRow(*tuple(row)) for row in office_queries.follow_up_results(connection)]
    participants: dict[str, list[str]] = {}
    for attendance in facts.attendances:
        participants.setdefault(attendance.activity_id, []).append(attendance.enterprise_id)
    activities = [
        ActivityRow(
            a.id,
            a.task_code,
            a.held_on,
            a.commune,
            a.zone_id,
            a.cost_vnd,
            a.participants,
            tuple(participants.get(a.id, ())),
        )
        for a in office_queries.activities(connection)
    ]
    zones = [ZoneRow(z.id, z.commune) for z in office_queries.zones(connection)]
    rows = OfficeRows(
        facilities=[f.row for f in facilities],
        statuses=statuses,
        assessments=assessment_rows,
        solutions=solution_rows,
        follow_ups=follow_ups,
        results=results,
        activities=activities,
        zones=zones,
    )
    return rows, facilities


def _main_outputs(connection: Connection) -> dict[str, float | None]:
    """Each assessment's main product's yearly output: the one marked main, else the first."""
    chosen: dict[str, tuple[tuple[int, int], float | None]] = {}
    for p in office_queries.products(connection):
        rank = (0 if p.is_main else 1, p.position)
        seen = chosen.get(p.assessment_id)
        if seen is None or rank < seen[0]:
            chosen[p.assessment_id] = (rank, p.yearly_output)
    return {assessment_id: output for assessment_id, (_, output) in chosen.items()}


def _groupings(by: str, communes: str, today: Callable[[str], str]) -> Callable[[_Facility], str]:
    if by == "commune":
        if communes == "today":
            return lambda f: today(f.commune) or NOT_MAPPED
        return lambda f: f.commune or UNKNOWN
    if by == "sector":
        return lambda f: vsic_section(f.row.sector_code) or UNKNOWN
    if by == "legal-form":
        return lambda f: f.row.legal_form
    return lambda f: f.row.size_class or UNKNOWN


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
        rows, facilities = _office_rows(store, connection, period)
        official = _official(connection, period.end.year)
    grouping = None
    if by is not None:
        key_of = _groupings(by, communes, _today_commune(store) if communes == "today" else lambda c: c)
        facility_of = {f.row.id: f for f in facilities}
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
        grouping = Grouping(by, lambda f: key_of(facility_of[f.id]), activity_key, zone_key)
    in_scope = registry_in_scope(definitions, rows.facilities, period.end)
    results = compute_indicator_rows(
        definitions, rows, period, grouping=grouping, official=official, in_scope=in_scope
    )
    if not in_scope and not any(r.numerator for r in results):
        raise NoOfficeDataError(
            f"Nothing to count for {period.label}: no facility of the registry is active and in scope on "
            f"{period.end:%d/%m/%Y}, and no activity, assessment or follow-up falls in the period."
        )
    return IndicatorTable(period, period.end, by, communes, len(in_scope), tuple(results))


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
        refuse_if_year_locked(connection, year, what=f"The official count for {indicator_code}")
        office.remove(
            connection,
            OfficialDenominator,
            official_denominator.c.indicator_code == indicator_code,
            official_denominator.c.year == year,
        )
        (added,) = office.add(connection, [record], device_id)
    return Outcome(added, Changes.of(["official_denominator"], [added.id]))
