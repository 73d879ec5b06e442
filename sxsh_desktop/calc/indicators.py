"""The plan's indicators over plain rows (no database, no Qt): numerator, denominator, coverage.

Every figure is a pair of sums, so a breakdown's groups add up to the province's total and a roll-up
sums numerators and denominators, never percentages (reference §1.2, decision 1). Stock indicators
(the CP ladder, CP units, zones) are measured at the period's end T over the registry in scope F(T);
flow indicators (activities, assessments, follow-ups, totals) over the period. Ex-ante (the
assessment's expected savings) and achieved (what follow-ups measured) are separate indicators.

*Coverage* is the share of the counted population whose status is known; *unknown* is how many are
not (for the CP ladder: facilities with no evidence; for I3 also assessed facilities whose follow-ups
reported nothing; for I6 medium and large ones without a CP-unit answer; for totals the rows missing
the figure).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from sxsh_desktop.calc.cp_status import CpStatus
from sxsh_desktop.domain.indicator_definitions import IndicatorDefinition, IndicatorSet
from sxsh_desktop.domain.office import Period, is_industrial

ALL = ""  # the group key of the whole province


class FacilityRow(NamedTuple):
    id: str
    legal_form: str
    active_from: date | None
    active_to: date | None
    sector_code: str
    size_class: str | None  # SizeClass value or None when unknown
    has_cp_unit: bool | None
    zone_ids: tuple[str, ...] = ()


class AssessmentRow(NamedTuple):
    id: str
    enterprise_id: str
    on: date | None  # end date, else start date
    completed: bool
    baseline_toe: float | None
    main_output: float | None


class SolutionRow(NamedTuple):
    """A solution's ex-ante figures (None: could not be computed)."""

    id: str
    assessment_id: str
    counted: bool  # not rejected
    investment: float | None
    savings_vnd: float | None
    toe: float | None
    kwh: float | None
    water_m3: float | None
    material_t: float | None
    co2_fossil_t: float | None


class FollowUpRow(NamedTuple):
    id: str
    assessment_id: str
    enterprise_id: str
    held_on: date | None
    energy_toe_after: float | None
    output_after: float | None


class ResultRow(NamedTuple):
    """A solution's outcome at a follow-up, with the measured yearly savings."""

    follow_up_id: str
    solution_id: str
    held_on: date | None
    outcome: str
    savings_vnd: float | None
    toe: float | None
    kwh: float | None
    water_m3: float | None
    material_t: float | None
    co2_fossil_t: float | None


class ActivityRow(NamedTuple):
    id: str
    task_code: str
    held_on: date | None
    commune: str
    zone_id: str | None
    cost_vnd: float | None
    participants: int
    enterprise_ids: tuple[str, ...]


class ZoneRow(NamedTuple):
    id: str
    commune: str


@dataclass
class OfficeRows:
    facilities: Sequence[FacilityRow]
    statuses: Mapping[str, CpStatus]  # at the period's end
    assessments: Sequence[AssessmentRow] = ()
    solutions: Sequence[SolutionRow] = ()
    follow_ups: Sequence[FollowUpRow] = ()
    results: Sequence[ResultRow] = ()
    activities: Sequence[ActivityRow] = ()
    zones: Sequence[ZoneRow] = ()


@dataclass(frozen=True)
class Grouping:
    """How a breakdown groups: a facility's key (commune, sector…) and, where it has a meaning, an
    activity's or a zone's (by commune only)."""

    name: str
    of_facility: Callable[[FacilityRow], str]
    of_activity: Callable[[ActivityRow], str] | None = None
    of_zone: Callable[[ZoneRow], str] | None = None


@dataclass(frozen=True)
class Figure:
    numerator: float
    denominator: float | None
    value: float | None  # numerator ÷ denominator × factor (or the numerator when no denominator)
    unknown: int
    population: int  # what the unknowns are counted among
    coverage: float | None  # share of the population with known status (1.0 = all known)


@dataclass(frozen=True)
class GroupFigure:
    key: str
    figure: Figure


@dataclass(frozen=True)
class IndicatorResult:
    code: str
    name_vi: str
    name_en: str
    kind: str
    unit: str
    scope: str
    basis: str
    numerator: float
    denominator: float | None
    value: float | None
    unknown: int
    population: int
    coverage: float | None
    as_of: date
    definition_version: str
    target: float | None
    target_year: int | None
    target_source: str
    official_denominator: float | None
    official_source: str
    official_value: float | None  # numerator ÷ official count × factor
    groups: tuple[GroupFigure, ...] = field(default=())


@dataclass
class _Sums:
    numerator: float = 0.0
    denominator: float = 0.0
    unknown: int = 0
    population: int = 0

    def add(
        self, numerator: float = 0.0, denominator: float = 0.0, unknown: int = 0, population: int = 0
    ) -> None:
        self.numerator += numerator
        self.denominator += denominator
        self.unknown += unknown
        self.population += population


def in_registry(
    facility: FacilityRow, t: date, legal_forms: frozenset[str], sections: frozenset[str]
) -> bool:
    """Whether a facility is in F(T): active at T, of a legal form and an industrial sector in scope."""
    return (
        (facility.active_from is None or facility.active_from <= t)
        and (facility.active_to is None or facility.active_to > t)
        and facility.legal_form in legal_forms
        and is_industrial(facility.sector_code, sections)
    )


class _Computation:
    def __init__(
        self,
        definitions: IndicatorSet,
        rows: OfficeRows,
        period: Period,
        grouping: Grouping | None,
        in_scope: list[FacilityRow],
    ):
        self.rows = rows
        self.period = period
        self.t = period.end
        self.grouping = grouping
        self.in_scope = in_scope
        self.facility = {f.id: f for f in rows.facilities}
        self.assessment = {a.id: a for a in rows.assessments}
        self._ladder: dict[str, dict[str, _Sums]] | None = None
        self._appliers: dict[str, dict[str, _Sums]] | None = None
        self._shares: dict[str, list[float]] = {}  # each applier's ex-post energy saving, %

    # -- grouping ---------------------------------------------------------------------------

    def key_of_facility(self, facility_id: str) -> str | None:
        if self.grouping is None:
            return ALL
        facility = self.facility.get(facility_id)
        return self.grouping.of_facility(facility) if facility is not None else None

    # -- the registry at T: the CP ladder and CP units ---------------------------------------

    def ladder(self) -> dict[str, dict[str, _Sums]]:
        if self._ladder is not None:
            return self._ladder
        sums: dict[str, dict[str, _Sums]] = defaultdict(lambda: defaultdict(_Sums))
        t = self.t
        of = self.grouping.of_facility if self.grouping else None
        for f in self.in_scope:
            key = of(f) if of else ALL
            group = sums[key]
            status = self.rows.statuses.get(f.id)
            known = status is not None and status.known
            for step in ("informed", "aware", "applying"):
                on = status.on(step) if status is not None else None
                step_known = known if step != "applying" else status is not None and status.applying_known
                group[step].add(
                    1.0 if on is not None and on <= t else 0.0, 1.0, 0 if step_known else 1, population=1
                )
            if f.size_class in ("medium", "large"):
                group["cp_unit"].add(1.0 if f.has_cp_unit else 0.0, 1.0, 1 if f.has_cp_unit is None else 0, 1)
            else:
                group["cp_unit"].add()
        self._ladder = sums
        return sums

    # -- appliers' savings (I4) ----------------------------------------------------------------

    def appliers(self) -> dict[str, dict[str, _Sums]]:
        if self._appliers is not None:
            return self._appliers
        t = self.t
        sums: dict[str, dict[str, _Sums]] = defaultdict(lambda: defaultdict(_Sums))
        appliers = {
            f.id
            for f in self.in_scope
            if (s := self.rows.statuses.get(f.id)) is not None
            and s.applying_on is not None
            and s.applying_on <= t
        }
        # The first "done" of each solution up to T, and the latest follow-up of each applier.
        done: set[str] = set()
        for r in self.rows.results:
            if r.outcome == "done" and r.held_on is not None and r.held_on <= t:
                done.add(r.solution_id)
        saved_toe: dict[str, float] = defaultdict(float)
        toe_missing: set[str] = set()
        assessments_with_done: dict[str, set[str]] = defaultdict(set)
        for solution in self.rows.solutions:
            if solution.id in done:
                a = self.assessment.get(solution.assessment_id)
                if a is None or a.enterprise_id not in appliers:
                    continue
                assessments_with_done[a.enterprise_id].add(a.id)
                if solution.toe is None:
                    toe_missing.add(a.enterprise_id)
                else:
                    saved_toe[a.enterprise_id] += solution.toe
        latest: dict[str, FollowUpRow] = {}
        for fu in self.rows.follow_ups:
            if fu.enterprise_id not in appliers or fu.held_on is None or fu.held_on > t:
                continue
            seen = latest.get(fu.enterprise_id)
            if seen is None or (fu.held_on, fu.id) > (seen.held_on or date.min, seen.id):
                latest[fu.enterprise_id] = fu
        for eid in sorted(appliers):
            key = self.key_of_facility(eid)
            if key is None:
                continue
            group = sums[key]
            baselines = [self.assessment[a].baseline_toe for a in sorted(assessments_with_done[eid])]
            if baselines and None not in baselines and eid not in toe_missing:
                group["ante"].add(saved_toe[eid], sum(b for b in baselines if b is not None), 0, 1)
            else:
                group["ante"].add(unknown=1, population=1)
            last = latest.get(eid)
            base = self.assessment.get(last.assessment_id) if last is not None else None
            if (
                last is not None
                and base is not None
                and last.energy_toe_after is not None
                and last.output_after
                and base.baseline_toe is not None
                and base.main_output
            ):
                expected = base.baseline_toe / base.main_output * last.output_after
                group["post"].add(expected - last.energy_toe_after, expected, 0, 1)
                if expected:
                    self._shares.setdefault(key, []).append(
                        (expected - last.energy_toe_after) / expected * 100
                    )
            else:
                group["post"].add(unknown=1, population=1)
        self._appliers = sums
        return sums

    # -- one definition ---------------------------------------------------------------------------

    def compute(self, d: IndicatorDefinition) -> dict[str, _Sums]:
        rule, _, parameter = d.numerator.partition(":")
        if rule in ("informed", "aware", "applying", "cp_unit"):
            return {k: g[rule] for k, g in self.ladder().items()}
        if rule == "energy_saved_ex_ante":
            return {k: g["ante"] for k, g in self.appliers().items()}
        if rule == "energy_saved_ex_post":
            return {k: g["post"] for k, g in self.appliers().items()}
        if rule == "appliers_saving_at_least":
            self.appliers()
            threshold = float(parameter)
            out: dict[str, _Sums] = {}
            for key, group in self.appliers().items():
                shares = self._shares.get(key, [])
                reached = sum(1 for share in shares if share >= threshold - 1e-9)
                post = group["post"]
                out[key] = _Sums(float(reached), float(len(shares)), post.unknown, post.population)
            return out
        if rule == "zones_reached":
            return self.zones()
        if rule in ("activities", "participants"):
            return self.activities(parameter, rule == "participants")
        if rule == "activity_cost":
            return self.activity_cost()
        if rule in ("assessments", "facilities_assessed"):
            return self.assessments(distinct=rule == "facilities_assessed")
        if rule == "follow_ups":
            return self.follow_ups()
        if rule == "total":
            name, _, basis = parameter.partition(":")
            return self.totals(name, basis)
        raise ValueError(f"no computation for {d.numerator!r}")  # the loader refuses such a file

    def zones(self) -> dict[str, _Sums]:
        if self.grouping is not None and self.grouping.of_zone is None:
            return {}
        reached: set[str] = set()
        zones_of = {f.id: f.zone_ids for f in self.rows.facilities}
        for a in self.rows.activities:
            if a.held_on is None or a.held_on > self.t:
                continue
            if a.zone_id:
                reached.add(a.zone_id)
            for eid in a.enterprise_ids:
                reached.update(zones_of.get(eid, ()))
        sums: dict[str, _Sums] = defaultdict(_Sums)
        for z in self.rows.zones:
            key = self.grouping.of_zone(z) if self.grouping and self.grouping.of_zone else ALL
            sums[key].add(1.0 if z.id in reached else 0.0, 1.0, 0, 1)
        return sums

    def _activities_in_period(self) -> list[tuple[str, ActivityRow]] | None:
        if self.grouping is not None and self.grouping.of_activity is None:
            return None
        of = self.grouping.of_activity if self.grouping else None
        return [(of(a) if of else ALL, a) for a in self.rows.activities if a.held_on in self.period]

    def activities(self, task_code: str, participants: bool) -> dict[str, _Sums]:
        sums: dict[str, _Sums] = defaultdict(_Sums)
        for key, a in self._activities_in_period() or ():
            if a.task_code == task_code:
                sums[key].add(float(a.participants) if participants else 1.0, population=1)
        return sums

    def activity_cost(self) -> dict[str, _Sums]:
        sums: dict[str, _Sums] = defaultdict(_Sums)
        for key, a in self._activities_in_period() or ():
            sums[key].add(a.cost_vnd or 0.0, unknown=1 if a.cost_vnd is None else 0, population=1)
        return sums

    def assessments(self, *, distinct: bool) -> dict[str, _Sums]:
        sums: dict[str, _Sums] = defaultdict(_Sums)
        seen: set[str] = set()
        for a in self.rows.assessments:
            if not a.completed or a.on not in self.period:
                continue
            if distinct and a.enterprise_id in seen:
                continue
            seen.add(a.enterprise_id)
            key = self.key_of_facility(a.enterprise_id)
            if key is not None:
                sums[key].add(1.0, population=1)
        return sums

    def follow_ups(self) -> dict[str, _Sums]:
        sums: dict[str, _Sums] = defaultdict(_Sums)
        for fu in self.rows.follow_ups:
            if fu.held_on in self.period and (key := self.key_of_facility(fu.enterprise_id)) is not None:
                sums[key].add(1.0, population=1)
        return sums

    def totals(self, name: str, basis: str) -> dict[str, _Sums]:
        sums: dict[str, _Sums] = defaultdict(_Sums)
        solution_assessment = {s.id: s.assessment_id for s in self.rows.solutions}
        if basis == "ex_ante":
            for s in self.rows.solutions:
                a = self.assessment.get(s.assessment_id)
                if not s.counted or a is None or not a.completed or a.on not in self.period:
                    continue
                key = self.key_of_facility(a.enterprise_id)
                if key is not None:
                    value = getattr(s, name)
                    sums[key].add(value or 0.0, unknown=1 if value is None else 0, population=1)
            return sums
        # Achieved: each solution counts in the period where a follow-up first reported it done.
        first_done: dict[str, ResultRow] = {}
        for r in self.rows.results:
            if r.outcome != "done" or r.held_on is None:
                continue
            if r.solution_id not in first_done or (r.held_on, r.follow_up_id) < (
                first_done[r.solution_id].held_on or date.max,
                first_done[r.solution_id].follow_up_id,
            ):
                first_done[r.solution_id] = r
        investment = {s.id: s.investment for s in self.rows.solutions}
        for solution_id, r in first_done.items():
            if r.held_on not in self.period:
                continue
            a = self.assessment.get(solution_assessment.get(solution_id, ""))
            if a is None:
                continue  # the solution is gone: its result is kept but has no facility
            key = self.key_of_facility(a.enterprise_id)
            if key is None:
                continue
            # The investment of a solution done is its assessed investment (follow-ups measure savings).
            value = investment.get(solution_id) if name == "investment" else getattr(r, name)
            sums[key].add(value or 0.0, unknown=1 if value is None else 0, population=1)
        return sums


def registry_in_scope(
    definitions: IndicatorSet, facilities: Sequence[FacilityRow], t: date
) -> list[FacilityRow]:
    """F(T): the facilities of the registry the rates divide by."""
    scope = definitions.registry
    return [f for f in facilities if in_registry(f, t, scope.legal_forms, scope.vsic_sections)]


def compute_indicator_rows(
    definitions: IndicatorSet,
    rows: OfficeRows,
    period: Period,
    *,
    grouping: Grouping | None = None,
    official: Mapping[str, tuple[float, str]] | None = None,
    in_scope: list[FacilityRow] | None = None,
) -> list[IndicatorResult]:
    """Every indicator of ``definitions`` for ``period``; with ``grouping`` each also per group.

    ``official`` maps an indicator code to an official count and its source (entered by the office),
    over which a rate is computed a second time; without one, the definition's own official count of
    the latest year not after the period's is used."""
    in_scope = (
        in_scope if in_scope is not None else registry_in_scope(definitions, rows.facilities, period.end)
    )
    computation = _Computation(definitions, rows, period, None, in_scope)
    grouped = _Computation(definitions, rows, period, grouping, in_scope) if grouping is not None else None
    results = []
    for d in definitions.definitions:
        total = _total(computation.compute(d))
        groups: tuple[GroupFigure, ...] = ()
        if grouped is not None:
            groups = tuple(
                GroupFigure(key, _figure(d, sums)) for key, sums in sorted(grouped.compute(d).items())
            )
        results.append(_result(d, _figure(d, total), period, groups, (official or {}).get(d.code)))
    return results


def _total(by_key: Mapping[str, _Sums]) -> _Sums:
    total = _Sums()
    for sums in by_key.values():
        total.add(sums.numerator, sums.denominator, sums.unknown, sums.population)
    return total


def _figure(d: IndicatorDefinition, sums: _Sums) -> Figure:
    denominator = sums.denominator if d.kind == "rate" else None
    if d.kind == "rate":
        value = sums.numerator / sums.denominator * d.factor if sums.denominator else None
    else:
        value = sums.numerator * d.factor
    coverage = (sums.population - sums.unknown) / sums.population if sums.population else None
    return Figure(sums.numerator, denominator, value, sums.unknown, sums.population, coverage)


def _result(
    d: IndicatorDefinition,
    figure: Figure,
    period: Period,
    groups: tuple[GroupFigure, ...],
    entered: tuple[float, str] | None,
) -> IndicatorResult:
    target = d.target_for(period.end.year)
    official_count: float | None = None
    official_source = ""
    if d.kind == "rate" and d.official_denominator:
        if entered is not None:
            official_count, official_source = entered
        else:
            shipped = [c for c in d.official_denominators if c.year <= period.end.year]
            if shipped:
                latest = max(shipped, key=lambda c: c.year)
                official_count, official_source = latest.value, latest.source
    official_value = figure.numerator / official_count * d.factor if official_count else None
    return IndicatorResult(
        code=d.code,
        name_vi=d.name_vi,
        name_en=d.name_en,
        kind=d.kind,
        unit=d.unit,
        scope=d.scope,
        basis=d.basis,
        numerator=figure.numerator,
        denominator=figure.denominator,
        value=figure.value,
        unknown=figure.unknown,
        population=figure.population,
        coverage=figure.coverage,
        as_of=period.end,
        definition_version=d.version,
        target=target.value if target else None,
        target_year=target.year if target else None,
        target_source=target.source if target else "",
        official_denominator=official_count,
        official_source=official_source,
        official_value=official_value,
        groups=groups,
    )
