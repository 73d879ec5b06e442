"""The records behind an indicator's figure (the overview's click-through): which facilities,
activities, assessments, follow-ups, zones or solutions make its numerator, its denominator and its
unknowns. The same rules as ``calc/indicators.py``; its tests check that the lists add up to the
figure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sxsh_desktop.calc.indicators import ALL, Grouping, OfficeRows, ResultRow, registry_in_scope
from sxsh_desktop.domain.indicator_definitions import IndicatorDefinition, IndicatorSet
from sxsh_desktop.domain.office import Period


@dataclass(frozen=True)
class RecordsBehind:
    """Ids of the records of one kind (enterprise, activity, assessment, follow_up, zone, solution)."""

    kind: str
    numerator: tuple[str, ...]
    denominator: tuple[str, ...]  # empty for a count or a total
    unknown: tuple[str, ...]


def records_behind(
    definitions: IndicatorSet,
    rows: OfficeRows,
    period: Period,
    definition: IndicatorDefinition,
    *,
    grouping: Grouping | None = None,
    group: str = ALL,
) -> RecordsBehind:
    """The records behind ``definition``'s figure for ``period`` (within ``group`` of ``grouping``)."""
    t = period.end
    rule, _, parameter = definition.numerator.partition(":")
    facility = {f.id: f for f in rows.facilities}

    def in_group_facility(facility_id: str) -> bool:
        if grouping is None:
            return True
        f = facility.get(facility_id)
        return f is not None and grouping.of_facility(f) == group

    if rule in ("informed", "aware", "applying", "cp_unit"):
        numerator, denominator, unknown = [], [], []
        for f in registry_in_scope(definitions, rows.facilities, t):
            if not in_group_facility(f.id):
                continue
            status = rows.statuses.get(f.id)
            if rule == "cp_unit":
                if f.size_class not in ("medium", "large"):
                    continue
                denominator.append(f.id)
                if f.has_cp_unit:
                    numerator.append(f.id)
                elif f.has_cp_unit is None:
                    unknown.append(f.id)
                continue
            denominator.append(f.id)
            on = status.on(rule) if status is not None else None
            if on is not None and on <= t:
                numerator.append(f.id)
            known = status is not None and (status.applying_known if rule == "applying" else status.known)
            if not known:
                unknown.append(f.id)
        return RecordsBehind("enterprise", tuple(numerator), tuple(denominator), tuple(unknown))
    if rule in ("activities", "participants", "activity_cost"):
        of = grouping.of_activity if grouping is not None else None
        chosen = [
            a
            for a in rows.activities
            if a.held_on in period
            and (rule == "activity_cost" or a.task_code == parameter)
            and (grouping is None or (of is not None and of(a) == group))
        ]
        unknown = [a.id for a in chosen if rule == "activity_cost" and a.cost_vnd is None]
        return RecordsBehind("activity", tuple(a.id for a in chosen), (), tuple(unknown))
    if rule in ("assessments", "facilities_assessed"):
        chosen_assessments = [
            a
            for a in rows.assessments
            if a.completed and a.on in period and in_group_facility(a.enterprise_id)
        ]
        if rule == "facilities_assessed":
            ids = tuple(dict.fromkeys(a.enterprise_id for a in chosen_assessments))
            return RecordsBehind("enterprise", ids, (), ())
        return RecordsBehind("assessment", tuple(a.id for a in chosen_assessments), (), ())
    if rule == "follow_ups":
        ids = tuple(
            f.id for f in rows.follow_ups if f.held_on in period and in_group_facility(f.enterprise_id)
        )
        return RecordsBehind("follow_up", ids, (), ())
    if rule == "zones_reached":
        return _zones(rows, t, grouping, group)
    if rule == "total":
        return _solutions(rows, period, parameter, in_group_facility)
    raise ValueError(f"the records behind {definition.code} are not listed")


def _zones(rows: OfficeRows, t: date, grouping: Grouping | None, group: str) -> RecordsBehind:
    zones_of = {f.id: f.zone_ids for f in rows.facilities}
    reached: set[str] = set()
    for a in rows.activities:
        if a.held_on is not None and a.held_on <= t:
            if a.zone_id:
                reached.add(a.zone_id)
            for enterprise_id in a.enterprise_ids:
                reached.update(zones_of.get(enterprise_id, ()))
    of = grouping.of_zone if grouping is not None else None
    zones = [z for z in rows.zones if grouping is None or (of is not None and of(z) == group)]
    return RecordsBehind(
        "zone", tuple(z.id for z in zones if z.id in reached), tuple(z.id for z in zones), ()
    )


def _solutions(
    rows: OfficeRows, period: Period, parameter: str, check: Callable[[str], bool]
) -> RecordsBehind:
    name, _, basis = parameter.partition(":")
    assessment = {a.id: a for a in rows.assessments}
    if basis == "ex_ante":
        chosen = [
            s
            for s in rows.solutions
            if s.counted
            and (a := assessment.get(s.assessment_id)) is not None
            and a.completed
            and a.on in period
            and check(a.enterprise_id)
        ]
        return RecordsBehind(
            "solution",
            tuple(s.id for s in chosen),
            (),
            tuple(s.id for s in chosen if getattr(s, name) is None),
        )
    first_done: dict[str, ResultRow] = {}
    for r in rows.results:
        if r.outcome == "done" and r.held_on is not None:
            seen = first_done.get(r.solution_id)
            if seen is None or (r.held_on, r.follow_up_id) < (seen.held_on or date.max, seen.follow_up_id):
                first_done[r.solution_id] = r
    solutions = {s.id: s for s in rows.solutions}
    numerator, unknown = [], []
    for solution_id, r in first_done.items():
        solution = solutions.get(solution_id)
        a = assessment.get(solution.assessment_id) if solution is not None else None
        if solution is None or a is None or r.held_on not in period or not check(a.enterprise_id):
            continue
        numerator.append(solution_id)
        value = solution.investment if name == "investment" else getattr(r, name)
        if value is None:
            unknown.append(solution_id)
    return RecordsBehind("solution", tuple(sorted(numerator)), (), tuple(sorted(unknown)))
