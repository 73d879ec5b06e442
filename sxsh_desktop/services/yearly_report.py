"""The yearly report of a plan year: its record and states, the lock it puts on its period, the
reminder of its deadline, and its templates.

A report goes draft → submitted (its period's activities, budget lines and indicator inputs are
locked) → accepted, or returned (unlocked, to correct and submit again). Unlocking a submitted or
accepted report needs a reason; every step is kept with its reason in the report's history.
The window and ``sxsh office yearly-report`` / ``sxsh report-period …`` call these functions.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sxsh_desktop.domain.plan import ReportEvent, ReportPeriod, ReportState, YearlyReport, report_period
from sxsh_desktop.domain.report_template import FILE_NAME, ReportTemplate, TemplateError, read_template
from sxsh_desktop.errors import KnownProblem, ValidationError
from sxsh_desktop.paths import resource, user_data_dir
from sxsh_desktop.services.changes import Changes, Outcome
from sxsh_desktop.services.locks import LockedError, lock_message

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from sxsh_desktop.store.repository import Store

DEFAULT_TEMPLATE = "ha-tinh-3210-annual"
REPORT_ENTITY = "yearly_report"
MAX_TEXT = 50_000


class ReportStateError(KnownProblem):
    code = "report_state"


# --- templates -----------------------------------------------------------------------------------


def template_folders() -> list[Path]:
    """Where templates are found: the shipped ones, then the user's own folder (a new form is a new
    file there, named ``<id>.v<version>.json``)."""
    return [resource("report_templates"), user_data_dir() / "report_templates"]


def available_templates() -> list[ReportTemplate]:
    found: dict[str, ReportTemplate] = {}
    for folder in template_folders():
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if FILE_NAME.match(path.name):
                template = read_template(path)
                found[template.key] = template
    return sorted(found.values(), key=lambda t: (t.id, t.version))


def find_template(choice: str | None = None) -> ReportTemplate:
    """The template ``id@version``, or the newest version of ``id`` (the default template when
    None)."""
    wanted = choice or DEFAULT_TEMPLATE
    template_id, _, version = wanted.partition("@")
    candidates = [t for t in available_templates() if t.id == template_id]
    if version:
        candidates = [t for t in candidates if str(t.version) == version]
    if not candidates:
        known = ", ".join(t.key for t in available_templates()) or "none"
        raise TemplateError(f"No report template {wanted} (available: {known}).")
    return max(candidates, key=lambda t: t.version)


# --- the report's record ---------------------------------------------------------------------------


def period_of(year: int) -> ReportPeriod:
    if not 2000 <= year <= 2100:
        raise ValidationError(f"{year} is not a report year (2000 … 2100).", field="year")
    return report_period(year)


def _now() -> datetime:
    return datetime.now(UTC)


def _event(connection: Connection, report: YearlyReport, action: str, reason: str = "", by: str = "") -> None:
    from sxsh_desktop.store import plans as plan_store

    plan_store.add_event(connection, ReportEvent(str(uuid.uuid4()), report.id, _now(), action, reason, by))


def _get_or_create(connection: Connection, year: int, template: str | None) -> tuple[YearlyReport, bool]:
    from sxsh_desktop.store import plans as plan_store

    existing = plan_store.report(connection, year)
    if existing is not None:
        return existing, False
    period = period_of(year)
    previous = plan_store.report(connection, year - 1)
    record = YearlyReport(
        id=str(uuid.uuid4()),
        year=year,
        period_start=period.start,
        period_end=period.end,
        template=template or find_template().key,
        # Free texts start from last year's: difficulties and proposals often carry over, and last
        # year's "next year" plan is this year's plan.
        difficulties=previous.difficulties if previous else "",
        proposals=previous.proposals if previous else "",
        next_year_plan=previous.next_year_plan if previous else "",
        updated_at=_now(),
    )
    plan_store.write_report(connection, record, new=True)
    _event(connection, record, "created", "texts copied from " + str(year - 1) if previous else "")
    return record, True


def report_of_year(store: Store, year: int) -> YearlyReport | None:
    from sxsh_desktop.store import plans as plan_store

    with store.reading() as connection:
        return plan_store.report(connection, year)


def open_report(store: Store, year: int, *, template: str | None = None) -> Outcome[YearlyReport]:
    """The year's report, made as a draft (with last year's texts) when there is none yet."""
    if template is not None:
        template = find_template(template).key
    period_of(year)
    with store.transaction() as connection:
        record, made = _get_or_create(connection, year, template)
    return Outcome(record, Changes.of([REPORT_ENTITY], [record.id]) if made else Changes())


def edit_report(
    store: Store,
    year: int,
    *,
    number: str | None = None,
    difficulties: str | None = None,
    proposals: str | None = None,
    next_year_plan: str | None = None,
    template: str | None = None,
) -> Outcome[YearlyReport]:
    """Change the report's number, texts or template; refused while it is submitted or accepted."""
    values = {
        "number": number,
        "difficulties": difficulties,
        "proposals": proposals,
        "next_year_plan": next_year_plan,
    }
    changes: dict[str, Any] = {}
    for name, value in values.items():
        if value is None:
            continue
        if len(value) > MAX_TEXT:
            raise ValidationError(
                f"The {name.replace('_', ' ')} is longer than {MAX_TEXT} characters.", field=name
            )
        changes[name] = value.strip()
    if template is not None:
        changes["template"] = find_template(template).key
    from sxsh_desktop.store import plans as plan_store

    with store.transaction() as connection:
        record, _ = _get_or_create(connection, year, None)
        if record.locks:
            raise LockedError(lock_message(record))
        record = dataclasses.replace(record, **changes, updated_at=_now())
        plan_store.write_report(connection, record, new=False)
        _event(connection, record, "edited", ", ".join(sorted(changes)))
    return Outcome(record, Changes.of([REPORT_ENTITY], [record.id]))


_MOVES = {
    "submit": ({ReportState.DRAFT, ReportState.RETURNED}, ReportState.SUBMITTED),
    "accept": ({ReportState.SUBMITTED}, ReportState.ACCEPTED),
    "return": ({ReportState.SUBMITTED}, ReportState.RETURNED),
    "unlock": ({ReportState.SUBMITTED, ReportState.ACCEPTED}, ReportState.DRAFT),
}
_PAST = {"submit": "submitted", "accept": "accepted", "return": "returned", "unlock": "unlocked"}


def _move(store: Store, year: int, move: str, reason: str, by: str) -> Outcome[YearlyReport]:
    from sxsh_desktop.store import plans as plan_store

    reason = " ".join(reason.split())
    if move in ("unlock", "return") and not reason:
        raise ValidationError(f"To {move} the {year} report, give a reason.", field="reason")
    if len(reason) > 2000:
        raise ValidationError("The reason is longer than 2000 characters.", field="reason")
    sources, target = _MOVES[move]
    with store.transaction() as connection:
        record = plan_store.report(connection, year)
        if record is None:
            if move != "submit":
                raise ReportStateError(f"There is no {year} report to {move}.")
            record, _ = _get_or_create(connection, year, None)
        if ReportState(record.state) not in sources:
            allowed = " or ".join(sorted(s.value for s in sources))
            raise ReportStateError(
                f"The {year} report is {record.state}: only a {allowed} report can be {_PAST[move]}."
            )
        lock_reason = record.lock_reason
        if target == ReportState.SUBMITTED:
            lock_reason = f"submitted on {date.today():%d/%m/%Y}" + (f" by {by}" if by else "")
        elif target == ReportState.ACCEPTED:
            lock_reason = f"accepted on {date.today():%d/%m/%Y}" + (f" by {by}" if by else "")
        else:
            lock_reason = ""
        record = dataclasses.replace(record, state=target.value, lock_reason=lock_reason, updated_at=_now())
        plan_store.write_report(connection, record, new=False)
        _event(connection, record, _PAST[move], reason, by)
    return Outcome(record, Changes.of([REPORT_ENTITY, "activity", "budget"], [record.id]))


def submit_report(store: Store, year: int, *, by: str = "", note: str = "") -> Outcome[YearlyReport]:
    """Submit the year's report: its period's records are locked from now on."""
    return _move(store, year, "submit", note, by)


def accept_report(store: Store, year: int, *, by: str = "", note: str = "") -> Outcome[YearlyReport]:
    return _move(store, year, "accept", note, by)


def return_report(store: Store, year: int, reason: str, *, by: str = "") -> Outcome[YearlyReport]:
    """Send the submitted report back for correction (with the reason): its period is unlocked."""
    return _move(store, year, "return", reason, by)


def unlock_report(store: Store, year: int, reason: str, *, by: str = "") -> Outcome[YearlyReport]:
    """Unlock a submitted or accepted report (back to draft); the reason is required and kept."""
    return _move(store, year, "unlock", reason, by)


def report_history(store: Store, year: int) -> list[ReportEvent]:
    from sxsh_desktop.store import plans as plan_store

    with store.reading() as connection:
        record = plan_store.report(connection, year)
        return plan_store.events(connection, record.id) if record is not None else []


# --- the deadline and what is missing ----------------------------------------------------------------


@dataclass(frozen=True)
class Reminder:
    """The year's report deadline and what is still missing for it (the overview shows it)."""

    year: int
    period: ReportPeriod
    deadline: date
    days_left: int  # days until the deadline: 0 or less once it has come
    state: str  # the report's state, "none" before it exists
    missing: list[str]

    @property
    def overdue(self) -> bool:
        return self.days_left <= 0 and self.state in (
            "none",
            ReportState.DRAFT.value,
            ReportState.RETURNED.value,
        )


def reminder(store: Store, today: date | None = None, *, year: int | None = None) -> Reminder:
    """The deadline of the report due next (15 December of the plan year holding ``today``) and the
    gaps that would show in it."""
    from sxsh_desktop.services.report_content import missing_for_report
    from sxsh_desktop.store import plans as plan_store

    today = today or date.today()
    if year is None:
        year = today.year + 1 if today >= date(today.year, 12, 15) else today.year
    period = period_of(year)
    with store.reading() as connection:
        record = plan_store.report(connection, year)
    missing = missing_for_report(store, year, record)
    return Reminder(
        year=year,
        period=period,
        deadline=period.deadline,
        days_left=(period.deadline - today).days,  # due "before 15 December"
        state=record.state if record is not None else "none",
        missing=missing,
    )
