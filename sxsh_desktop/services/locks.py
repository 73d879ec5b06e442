"""The lock a submitted or accepted yearly report puts on its period's records.

Use cases that write an activity, a follow-up, a CP-status override, an official count or a budget
line call these checks inside their own transaction, with the record's date before and after the
edit: a locked record is refused with a message saying which report locks it, since when, by whom,
and how to unlock it. Nothing is written.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sxsh_desktop.domain.plan import YearlyReport
from sxsh_desktop.errors import KnownProblem

if TYPE_CHECKING:
    from sqlalchemy import Connection


class LockedError(KnownProblem):
    """An edit to a record of a submitted or accepted report's period."""

    code = "locked"


def lock_message(report: YearlyReport) -> str:
    """Why the records of ``report``'s period are locked, and how to unlock them."""
    return (
        f"Locked: the {report.year} report ({report.period_start:%d/%m/%Y} – {report.period_end:%d/%m/%Y}) "
        f"is {report.state}{' as ' + report.number if report.number else ''}"
        f"{'; ' + report.lock_reason if report.lock_reason else ''}. Unlock it with a reason to edit."
    )


def refuse_if_locked(connection: Connection, *days: date | None, what: str = "This record") -> None:
    """Raise ``LockedError`` when a day lies in the period of a submitted or accepted report."""
    from sxsh_desktop.store import plans as plan_store

    for day in days:
        if day is None:
            continue
        report = plan_store.locking_report(connection, day)
        if report is not None:
            raise LockedError(f"{what} of {day:%d/%m/%Y} cannot be changed. {lock_message(report)}")


def refuse_if_year_locked(connection: Connection, year: int, what: str = "This record") -> None:
    """Raise ``LockedError`` when the report of ``year`` is submitted or accepted."""
    from sxsh_desktop.store import plans as plan_store

    report = plan_store.locking_report_of_year(connection, year)
    if report is not None:
        raise LockedError(f"{what} of {year} cannot be changed. {lock_message(report)}")
