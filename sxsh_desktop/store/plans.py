"""Plans, budget cells and yearly reports in the database: plain reads and writes on a connection
the caller's one transaction owns (``Store.transaction`` / ``Store.reading``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, delete, insert, select, update

from sxsh_desktop.domain.plan import (
    LOCKING_STATES,
    BudgetCell,
    PlanAction,
    PlanDocument,
    PlanStatement,
    ReportEvent,
    YearlyReport,
)
from sxsh_desktop.store import schema
from sxsh_desktop.store.records import fetch, from_row, to_row


def plans(connection: Connection) -> list[PlanDocument]:
    table = schema.plan_document
    return fetch(connection, PlanDocument, table, order_by=table.c.period_start)


def plan(connection: Connection, plan_id: str) -> PlanDocument | None:
    table = schema.plan_document
    row = connection.execute(select(table).where(table.c.id == plan_id)).mappings().first()
    return from_row(PlanDocument, row) if row is not None else None


def remove_plan(connection: Connection, plan_id: str) -> None:
    """The plan and everything of it (its children first: SQLite enforces no foreign key here)."""
    for table in (schema.plan_action, schema.budget_cell, schema.plan_statement):
        connection.execute(delete(table).where(table.c.plan_id == plan_id))
    connection.execute(delete(schema.plan_document).where(schema.plan_document.c.id == plan_id))


def insert_plan(
    connection: Connection,
    document: PlanDocument,
    actions: list[PlanAction],
    cells: list[BudgetCell],
    statements: list[PlanStatement],
) -> None:
    connection.execute(insert(schema.plan_document), [to_row(document)])
    for table, records in (
        (schema.plan_action, actions),
        (schema.budget_cell, cells),
        (schema.plan_statement, statements),
    ):
        if records:
            connection.execute(insert(table), [to_row(r) for r in records])


def actions(connection: Connection, plan_id: str) -> list[PlanAction]:
    table = schema.plan_action
    return fetch(connection, PlanAction, table, table.c.plan_id == plan_id, order_by=table.c.position)


def statements(connection: Connection, plan_id: str) -> list[PlanStatement]:
    table = schema.plan_statement
    return fetch(connection, PlanStatement, table, table.c.plan_id == plan_id)


def cells(
    connection: Connection, *, plan_id: str | None = None, year: int | None = None, whole_period: bool = False
) -> list[BudgetCell]:
    """Budget cells of a plan and/or a year (``whole_period``: the cells of no single year)."""
    table = schema.budget_cell
    where = []
    if plan_id is not None:
        where.append(table.c.plan_id == plan_id)
    if year is not None:
        where.append(table.c.year == year)
    if whole_period:
        where.append(table.c.year.is_(None))
    query = select(table).where(*where).order_by(table.c.plan_id, table.c.year, table.c.item, table.c.source)
    return [from_row(BudgetCell, row) for row in connection.execute(query).mappings()]


def cell(connection: Connection, cell_id: str) -> BudgetCell | None:
    table = schema.budget_cell
    row = connection.execute(select(table).where(table.c.id == cell_id)).mappings().first()
    return from_row(BudgetCell, row) if row is not None else None


def write_cell(connection: Connection, record: BudgetCell, *, new: bool) -> None:
    table = schema.budget_cell
    if new:
        connection.execute(insert(table), [to_row(record)])
    else:
        connection.execute(update(table).where(table.c.id == record.id).values(**to_row(record)))


# --- yearly reports -------------------------------------------------------------------------------


def report(connection: Connection, year: int) -> YearlyReport | None:
    table = schema.yearly_report
    row = connection.execute(select(table).where(table.c.year == year)).mappings().first()
    return from_row(YearlyReport, row) if row is not None else None


def reports(connection: Connection) -> list[YearlyReport]:
    table = schema.yearly_report
    return fetch(connection, YearlyReport, table, order_by=table.c.year)


def write_report(connection: Connection, record: YearlyReport, *, new: bool) -> None:
    table = schema.yearly_report
    if new:
        connection.execute(insert(table), [to_row(record)])
    else:
        connection.execute(update(table).where(table.c.id == record.id).values(**to_row(record)))


def add_event(connection: Connection, event: ReportEvent) -> None:
    connection.execute(insert(schema.report_event), [to_row(event)])


def events(connection: Connection, report_id: str) -> list[ReportEvent]:
    table = schema.report_event
    return fetch(connection, ReportEvent, table, table.c.report_id == report_id, order_by=table.c.at)


def locking_report(connection: Connection, day: date) -> YearlyReport | None:
    """The submitted or accepted report whose period holds ``day``, if any."""
    table = schema.yearly_report
    query = select(table).where(
        table.c.period_start <= day,
        table.c.period_end >= day,
        table.c.state.in_([state.value for state in LOCKING_STATES]),
    )
    row = connection.execute(query).mappings().first()
    return from_row(YearlyReport, row) if row is not None else None


def locking_report_of_year(connection: Connection, year: int) -> YearlyReport | None:
    found = report(connection, year)
    return found if found is not None and found.locks else None
