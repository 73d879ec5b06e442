"""Plans and their budget: loading a plan as printed, its findings, the budget of a year with the
spending recorded by activities, edits of a budget line (refused in a locked period), and the rules
of support (``resources/plans/support-rules.json``).

The window and ``sxsh plan`` / ``sxsh budget`` call these functions.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sxsh_desktop.domain.plan import (
    BudgetCell,
    Finding,
    PlanAction,
    PlanDocument,
    Source,
    SupportRule,
    plan_findings,
    support_findings,
)
from sxsh_desktop.domain.plan_file import LoadedPlan, parse_plan, parse_rules, read_json
from sxsh_desktop.errors import KnownProblem, ValidationError
from sxsh_desktop.paths import resource
from sxsh_desktop.services.changes import Changes, Outcome
from sxsh_desktop.services.locks import lock_message, refuse_if_year_locked

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from sxsh_desktop.store.repository import Store

PLAN_ENTITIES = ("plan", "budget")


class PlanExistsError(KnownProblem):
    code = "plan_exists"


@dataclass(frozen=True)
class PlanSummary:
    plan: PlanDocument
    action_count: int
    cell_count: int
    findings: list[Finding]


def shipped_plan_path(name: str = "ha-tinh-3210-2011") -> Path:
    return resource("plans", f"{name}.json")


def read_plan_file(path: Path) -> LoadedPlan:
    return parse_plan(read_json(path, "plan"))


def load_plan(store: Store, path: Path, *, replace: bool = False) -> Outcome[PlanSummary]:
    """Load a plan file as printed, in one transaction; a plan already loaded is replaced only when
    asked (its yearly budget lines typed since are kept)."""
    from sxsh_desktop.store import plans as plan_store

    loaded = read_plan_file(path)
    with store.transaction() as connection:
        existing = plan_store.plan(connection, loaded.plan.id)
        kept: list[BudgetCell] = []
        if existing is not None:
            if not replace:
                raise PlanExistsError(
                    f"The plan {loaded.plan.id} ({existing.number}) is already loaded; load it again "
                    "with --replace to replace it."
                )
            file_years = {(c.item, c.year, c.source) for c in loaded.cells if c.year is not None}
            kept = [
                c
                for c in plan_store.cells(connection, plan_id=loaded.plan.id)
                if c.year is not None and (c.item, c.year, c.source) not in file_years
            ]
            for cell in loaded.cells:
                if cell.year is not None:
                    _refuse_locked_year(connection, cell.year)
            plan_store.remove_plan(connection, loaded.plan.id)
        plan_store.insert_plan(
            connection, loaded.plan, loaded.actions, loaded.cells + kept, loaded.statements
        )
    summary = PlanSummary(
        loaded.plan,
        len(loaded.actions),
        len(loaded.cells),
        plan_findings(loaded.plan, loaded.cells, loaded.statements),
    )
    return Outcome(summary, Changes.of(PLAN_ENTITIES, [loaded.plan.id]))


def list_plans(store: Store) -> list[PlanSummary]:
    from sxsh_desktop.store import plans as plan_store

    summaries = []
    with store.reading() as connection:
        for document in plan_store.plans(connection):
            cells = plan_store.cells(connection, plan_id=document.id)
            statements = plan_store.statements(connection, document.id)
            summaries.append(
                PlanSummary(
                    document,
                    len(plan_store.actions(connection, document.id)),
                    len(cells),
                    plan_findings(document, cells, statements),
                )
            )
    return summaries


def plan_actions(store: Store, plan_id: str) -> list[PlanAction]:
    from sxsh_desktop.store import plans as plan_store

    with store.reading() as connection:
        return plan_store.actions(connection, plan_id)


def plan_for_year(store: Store, year: int) -> PlanDocument | None:
    """The plan in force in ``year``: the newest that covers a day of it, else the newest before."""
    from sxsh_desktop.store import plans as plan_store

    with store.reading() as connection:
        documents = plan_store.plans(connection)
    covering = [d for d in documents if d.period_start.year <= year <= d.period_end.year]
    if covering:
        return covering[-1]
    earlier = [d for d in documents if d.period_start.year <= year]
    return earlier[-1] if earlier else None


# --- budget of a year --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BudgetLine:
    """A budget cell of one year with the spending the recorded activities add up to."""

    cell: BudgetCell
    spent_by_activities: float  # VND, from activities of the item and source in the year's period
    locked_by: str  # why the line cannot be edited ("" when it can)


@dataclass(frozen=True)
class BudgetOfYear:
    year: int
    lines: list[BudgetLine]
    # Spending of activities that no budget line of the year takes: (item, source) → VND.
    unbudgeted: dict[tuple[str, str], float]
    # Activities whose funding source names none of the budget's sources: their count and cost.
    unknown_source_count: int
    unknown_source_cost: float


def activity_spending(connection: Connection, year: int) -> tuple[dict[tuple[str, str], float], int, float]:
    """VND spent by the activities held in the plan year ``year``, by (task code, source), with the
    count and cost of those whose funding source is not recognised."""
    from sxsh_desktop.domain.office import Activity, Period
    from sxsh_desktop.domain.plan import source_of_funding
    from sxsh_desktop.store import office
    from sxsh_desktop.store.office_tables import activity as table

    period = Period.plan_year(year)
    spending: dict[tuple[str, str], float] = defaultdict(float)
    unknown_count, unknown_cost = 0, 0.0
    held = office.find(connection, Activity, table.c.held_on >= period.start, table.c.held_on <= period.end)
    for activity in held:
        if not activity.cost_vnd:
            continue
        source = source_of_funding(activity.funding_source)
        if source is None:
            unknown_count += 1
            unknown_cost += activity.cost_vnd
            continue
        spending[(activity.task_code, source.value)] += activity.cost_vnd
    return dict(spending), unknown_count, unknown_cost


def _spent_for(
    item: str, source: str, spending: dict[tuple[str, str], float]
) -> tuple[float, set[tuple[str, str]]]:
    """Spending of an action (its code) or of a task group (every action code in the group)."""
    used = {
        key
        for key in spending
        if key[1] == source and (key[0] == item or (("." not in item) and key[0].split(".")[0] == item))
    }
    return sum(spending[key] for key in used), used


def budget_of_year(store: Store, year: int) -> BudgetOfYear:
    from sxsh_desktop.store import plans as plan_store

    with store.reading() as connection:
        cells = plan_store.cells(connection, year=year)
        spending, unknown_count, unknown_cost = activity_spending(connection, year)
        locking = plan_store.locking_report_of_year(connection, year)
    used_keys: set[tuple[str, str]] = set()
    lines = []
    for cell in cells:
        spent, used = _spent_for(cell.item, cell.source, spending)
        used_keys |= used
        lines.append(BudgetLine(cell, spent, lock_message(locking) if locking else ""))
    unbudgeted = {key: value for key, value in spending.items() if key not in used_keys}
    return BudgetOfYear(year, lines, unbudgeted, unknown_count, unknown_cost)


def _refuse_locked_year(connection: Connection, year: int) -> None:
    refuse_if_year_locked(connection, year, what="The budget")


def set_budget_cell(
    store: Store,
    plan_id: str,
    item: str,
    year: int,
    source: str,
    *,
    planned: float | None = None,
    allocated: float | None = None,
    spent: float | None = None,
    document_number: str | None = None,
    note: str | None = None,
) -> Outcome[BudgetCell]:
    """Add or change the budget line (plan, item, year, source); only the amounts given change.
    Refused, with the reason, while the year's report is submitted or accepted."""
    from sxsh_desktop.store import plans as plan_store

    try:
        source = Source(source).value
    except ValueError:
        raise ValidationError(
            f"“{source}” is not a funding source ({', '.join(s.value for s in Source)}).", field="source"
        ) from None
    for name, value in (("planned", planned), ("allocated", allocated), ("spent", spent)):
        if value is not None and not 0 <= value < 1e15:
            raise ValidationError(f"The {name} amount must be 0 VND or more.", field=name)
    item = item.strip()
    if not item or len(item) > 20:
        raise ValidationError("The budget line needs an action or task group code (1.1, 2 …).", field="item")
    with store.transaction() as connection:
        if plan_store.plan(connection, plan_id) is None:
            raise ValidationError(f"No plan {plan_id} is loaded.", field="plan")
        _refuse_locked_year(connection, year)
        existing = next(
            (
                c
                for c in plan_store.cells(connection, plan_id=plan_id, year=year)
                if (c.item, c.source) == (item, source)
            ),
            None,
        )
        base = existing or BudgetCell(str(uuid.uuid4()), plan_id, item, year, source)
        changes: dict[str, Any] = {
            name: value
            for name, value in (
                ("planned", planned),
                ("allocated", allocated),
                ("spent", spent),
                ("document_number", document_number),
                ("note", note),
            )
            if value is not None
        }
        if "planned" in changes:
            changes["printed"] = ""
        record = dataclasses.replace(base, **changes)
        plan_store.write_cell(connection, record, new=existing is None)
    return Outcome(record, Changes.of(["budget"], [record.id]))


# --- rules of support ------------------------------------------------------------------------------


def support_rules(path: Path | None = None) -> list[SupportRule]:
    return parse_rules(read_json(path or resource("plans", "support-rules.json"), "support rules"))


def check_support(
    cost: float, support: float, *, applies_to: str = "cp_assessment", place: str = ""
) -> list[Finding]:
    """Whether state support of ``support`` VND for a cost of ``cost`` VND keeps to every rule for
    ``applies_to``."""
    if cost < 0 or support < 0:
        raise ValidationError("Cost and support are amounts of 0 VND or more.", field="support")
    findings: list[Finding] = []
    for rule in support_rules():
        if rule.applies_to == applies_to:
            findings += support_findings(rule, cost, support, place=place or applies_to)
    return findings


SAMPLE_PLAN = ("plans", "sample-2026-2030.json")


def load_sample_plans(store: Store) -> Outcome[list[str]]:
    """The 2011 plan as printed and an illustrative 2026–2030 plan with a 2026 budget (the sample
    office data's), each loaded once; plans already there are left as they are."""
    from sxsh_desktop.store import plans as plan_store

    loaded: list[str] = []
    changes = Changes()
    for path in (shipped_plan_path(), resource(*SAMPLE_PLAN)):
        plan_id = read_plan_file(path).plan.id
        with store.reading() as connection:
            if plan_store.plan(connection, plan_id) is not None:
                continue
        outcome = load_plan(store, path)
        loaded.append(plan_id)
        changes = changes | outcome.changes
    return Outcome(loaded, changes)
