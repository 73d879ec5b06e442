"""Follow-ups: about six months after an assessment, what became of each of its solutions
(``sxsh followup due/record``, the follow-up screen).

A follow-up is written with its per-solution results in one transaction. A result for a solution
that is not (or no longer) in the assessment is refused before anything is written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from sxsh_desktop.domain.model import Assessment, Enterprise
from sxsh_desktop.domain.office import FollowUp, FollowUpOutcome, FollowUpResult
from sxsh_desktop.errors import KnownProblem, ValidationError
from sxsh_desktop.services.changes import Changes, Outcome
from sxsh_desktop.services.locks import refuse_if_locked
from sxsh_desktop.store import office, schema
from sxsh_desktop.store.office_tables import follow_up, follow_up_result

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

FOLLOW_UP_AFTER_DAYS = 182  # about six months (as the US IAC follow-up survey)
DUE_AHEAD_DAYS = 30  # the list shows follow-ups due within the next month too
MAX_AMOUNT = 1e15
_COMPLETED = ("completed", "exported")
_ACTUALS = (
    "actual_savings_vnd",
    "actual_toe",
    "actual_kwh",
    "actual_water_m3",
    "actual_material_t",
    "actual_co2_t",
)


class UnknownSolutionError(KnownProblem):
    code = "unknown_solution"


@dataclass(frozen=True)
class DueFollowUp:
    assessment_id: str
    enterprise_id: str
    enterprise_name: str
    commune: str
    assessment_title: str
    assessed_on: date
    due_on: date
    overdue_days: int  # negative: due in that many days
    solutions: int
    last_follow_up: date | None


def follow_ups_due(
    store: Store,
    today: date | None = None,
    *,
    after_days: int = FOLLOW_UP_AFTER_DAYS,
    ahead_days: int = DUE_AHEAD_DAYS,
) -> list[DueFollowUp]:
    """Completed assessments whose follow-up is due (``after_days`` after the assessment's end, else
    start) by ``today + ahead_days`` and that have had no follow-up since; the most overdue first."""
    today = today or date.today()
    a, e, s = schema.assessment, schema.enterprise, schema.solution
    last = (
        select(func.max(follow_up.c.held_on))
        .where(follow_up.c.assessment_id == a.c.id)
        .scalar_subquery()
        .label("last")
    )
    solutions = select(func.count()).where(s.c.assessment_id == a.c.id).scalar_subquery().label("solutions")
    query = (
        select(
            a.c.id,
            a.c.enterprise_id,
            e.c.name,
            e.c.commune,
            a.c.title,
            a.c.start_date,
            a.c.end_date,
            solutions,
            last,
        )
        .select_from(a.join(e, e.c.id == a.c.enterprise_id))
        .where(a.c.status.in_(_COMPLETED))
    )
    due = []
    with store.reading() as connection:
        for row in connection.execute(query):
            assessed = row.end_date or row.start_date
            if assessed is None:
                continue
            due_on = assessed + timedelta(days=after_days)
            if due_on > today + timedelta(days=ahead_days) or (row.last is not None and row.last >= assessed):
                continue
            due.append(
                DueFollowUp(
                    row.id,
                    row.enterprise_id,
                    row.name,
                    row.commune,
                    row.title,
                    assessed,
                    due_on,
                    (today - due_on).days,
                    row.solutions,
                    row.last,
                )
            )
    return sorted(due, key=lambda d: (d.due_on, d.enterprise_name, d.assessment_id))


def _check_results(results: Sequence[FollowUpResult]) -> None:
    outcomes = {o.value for o in FollowUpOutcome}
    seen: set[str] = set()
    for number, r in enumerate(results, 1):
        if r.outcome not in outcomes:
            raise ValidationError(
                f"Result {number}: outcome {r.outcome!r} is not one of {', '.join(sorted(outcomes))}.",
                field="outcome",
            )
        if r.solution_id in seen:
            raise ValidationError(
                f"Result {number}: solution {r.solution_id} is given twice.", field="solution_id"
            )
        seen.add(r.solution_id)
        for name in _ACTUALS:
            value = getattr(r, name)
            if value is not None and not (-MAX_AMOUNT <= value <= MAX_AMOUNT):
                raise ValidationError(f"Result {number}: {name} is out of range.", field=name)
            if value is not None and r.outcome in (FollowUpOutcome.ABANDONED, FollowUpOutcome.NOT_REPORTED):
                raise ValidationError(
                    f"Result {number}: a solution {r.outcome.replace('_', ' ')} has no actual savings.",
                    field=name,
                )


def record_follow_up(
    store: Store, follow_up_record: FollowUp, results: Sequence[FollowUpResult] = ()
) -> Outcome[FollowUp]:
    """Record a follow-up of an assessment with the outcome of some or all of its solutions."""
    record = dataclasses.replace(
        follow_up_record, by=" ".join(follow_up_record.by.split()), notes=follow_up_record.notes.strip()
    )
    if record.held_on is None:
        raise ValidationError("A follow-up needs the date it was held.", field="held_on")
    if record.held_on > date.today():
        raise ValidationError(f"The date {record.held_on:%d/%m/%Y} is in the future.", field="held_on")
    for name in ("energy_toe_after", "water_m3_after", "output_after"):
        value = getattr(record, name)
        if value is not None and not (0 <= value <= MAX_AMOUNT):
            raise ValidationError(f"{name} must be a number from 0.", field=name)
    _check_results(results)
    assessment = store.get(Assessment, record.assessment_id)
    if assessment.start_date is not None and record.held_on < assessment.start_date:
        raise ValidationError(
            f"The follow-up ({record.held_on:%d/%m/%Y}) cannot come before the assessment "
            f"({assessment.start_date:%d/%m/%Y}).",
            field="held_on",
        )
    rows = [dataclasses.replace(r, follow_up_id=record.id) for r in results]
    device_id = store.device_id
    with store.transaction() as connection:
        refuse_if_locked(connection, record.held_on, what="A follow-up")
        s = schema.solution
        present = set(
            connection.execute(select(s.c.id).where(s.c.assessment_id == record.assessment_id)).scalars()
        )
        for number, r in enumerate(rows, 1):
            if r.solution_id not in present:
                raise UnknownSolutionError(
                    f"Result {number}: solution {r.solution_id} is not in this assessment (deleted, or of "
                    "another assessment); nothing was saved.",
                    field="solution_id",
                )
        (added,) = office.add(connection, [record], device_id)
        if rows:
            office.add(connection, rows, device_id)
    return Outcome(added, Changes.of(["follow_up", "follow_up_result"], [added.id], [record.assessment_id]))


def follow_ups_of(store: Store, assessment_id: str) -> list[tuple[FollowUp, list[FollowUpResult]]]:
    """An assessment's follow-ups, oldest first, each with its results."""
    with store.reading() as connection:
        visits = office.find(
            connection, FollowUp, follow_up.c.assessment_id == assessment_id, order_by=[follow_up.c.held_on]
        )
        ids = [v.id for v in visits]
        results = (
            office.find(connection, FollowUpResult, follow_up_result.c.follow_up_id.in_(ids)) if ids else []
        )
    return [(v, [r for r in results if r.follow_up_id == v.id]) for v in visits]


def delete_follow_up(store: Store, follow_up_id: str) -> Outcome[None]:
    with store.transaction() as connection:
        visit = office.get(connection, FollowUp, follow_up_id)
        refuse_if_locked(connection, visit.held_on, what="The follow-up")
        office.remove(connection, FollowUp, follow_up.c.id == follow_up_id)
    return Outcome(None, Changes.of(["follow_up", "follow_up_result"], [follow_up_id], [visit.assessment_id]))


def enterprise_of_assessment(store: Store, assessment_id: str) -> Enterprise:
    return store.get(Enterprise, store.get(Assessment, assessment_id).enterprise_id)
