"""The plain rows the office's indicators and CP status are computed from, read in a few queries.

Each function reads one kind of row on a caller's (read) transaction and returns SQLAlchemy rows
(named tuples); the services turn them into the calculation's rows. Portable SQL only: these run on
SQLite and on PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, case, func, select

from sxsh_desktop.store import office_tables as t
from sxsh_desktop.store import schema


def facilities(connection: Connection, ids: Sequence[str] | None = None) -> list[Row[Any]]:
    """Every enterprise with its registry entry (None columns where it has none)."""
    e, r = schema.enterprise, t.registry_entry
    query = select(
        e.c.id,
        e.c.name,
        e.c.tax_code,
        e.c.commune,
        e.c.sector_code,
        e.c.ownership,
        e.c.employees,
        r.c.legal_form,
        r.c.active_from,
        r.c.active_to,
        r.c.size_class,
        r.c.revenue_bn_vnd,
        r.c.capital_bn_vnd,
        r.c.has_cp_unit,
        r.c.assigned_to,
    ).select_from(e.outerjoin(r, r.c.enterprise_id == e.c.id))
    if ids is not None:
        query = query.where(e.c.id.in_(list(ids)))
    return list(connection.execute(query).all())


def zone_links(connection: Connection) -> list[Row[Any]]:
    z = t.enterprise_zone
    return list(connection.execute(select(z.c.enterprise_id, z.c.zone_id)).all())


def zones(connection: Connection) -> list[Row[Any]]:
    z = t.zone
    return list(connection.execute(select(z.c.id, z.c.code, z.c.name, z.c.kind, z.c.commune)).all())


def attendances(connection: Connection, enterprise_id: str | None = None) -> list[Row[Any]]:
    p, a = t.activity_participant, t.activity
    query = (
        select(p.c.enterprise_id, a.c.id.label("activity_id"), a.c.held_on, a.c.kind, p.c.positive_feedback)
        .select_from(p.join(a, a.c.id == p.c.activity_id))
        .where(p.c.enterprise_id.is_not(None))
    )
    if enterprise_id is not None:
        query = query.where(p.c.enterprise_id == enterprise_id)
    return list(connection.execute(query).all())


def activities(connection: Connection) -> list[Row[Any]]:
    """Every activity with its number of participants."""
    a, p = t.activity, t.activity_participant
    count = (
        select(func.count())
        .select_from(p)
        .where(p.c.activity_id == a.c.id)
        .scalar_subquery()
        .label("participants")
    )
    return list(
        connection.execute(
            select(a.c.id, a.c.task_code, a.c.held_on, a.c.commune, a.c.zone_id, a.c.cost_vnd, count)
        ).all()
    )


def assessments(connection: Connection, enterprise_id: str | None = None) -> list[Row[Any]]:
    s = schema.assessment
    query = select(s.c.id, s.c.enterprise_id, s.c.start_date, s.c.end_date, s.c.status, s.c.grid_factor_year)
    if enterprise_id is not None:
        query = query.where(s.c.enterprise_id == enterprise_id)
    return list(connection.execute(query).all())


def follow_up_facts(connection: Connection, enterprise_id: str | None = None) -> list[Row[Any]]:
    """Each follow-up with its facility and whether any solution was reported done / reported at all."""
    f, r, s = t.follow_up, t.follow_up_result, schema.assessment
    done = func.max(case((r.c.outcome == "done", 1), else_=0)).label("any_done")
    reported = func.max(case((r.c.outcome != "not_reported", 1), else_=0)).label("any_reported")
    query = (
        select(
            f.c.id,
            f.c.assessment_id,
            s.c.enterprise_id,
            f.c.held_on,
            f.c.energy_toe_after,
            f.c.output_after,
            done,
            reported,
        )
        .select_from(f.join(s, s.c.id == f.c.assessment_id).outerjoin(r, r.c.follow_up_id == f.c.id))
        .group_by(
            f.c.id, f.c.assessment_id, s.c.enterprise_id, f.c.held_on, f.c.energy_toe_after, f.c.output_after
        )
    )
    if enterprise_id is not None:
        query = query.where(s.c.enterprise_id == enterprise_id)
    return list(connection.execute(query).all())


def follow_up_results(connection: Connection) -> list[Row[Any]]:
    f, r = t.follow_up, t.follow_up_result
    return list(
        connection.execute(
            select(
                r.c.follow_up_id,
                r.c.solution_id,
                f.c.held_on,
                r.c.outcome,
                r.c.actual_savings_vnd,
                r.c.actual_toe,
                r.c.actual_kwh,
                r.c.actual_water_m3,
                r.c.actual_material_t,
                r.c.actual_co2_t,
            ).select_from(r.join(f, f.c.id == r.c.follow_up_id))
        ).all()
    )


def overrides(connection: Connection, enterprise_id: str | None = None) -> list[Row[Any]]:
    o = t.status_override
    query = select(o.c.id, o.c.enterprise_id, o.c.step, o.c.on, o.c.reason, o.c.made_at)
    if enterprise_id is not None:
        query = query.where(o.c.enterprise_id == enterprise_id)
    return list(connection.execute(query).all())


def solutions(connection: Connection) -> list[Row[Any]]:
    s = schema.solution
    return list(
        connection.execute(
            select(s.c.id, s.c.assessment_id, s.c.decision, s.c.investment, s.c.other_savings)
        ).all()
    )


def consumptions(connection: Connection) -> list[Row[Any]]:
    c = schema.consumption
    return list(
        connection.execute(
            select(
                c.c.id,
                c.c.assessment_id,
                c.c.kind,
                c.c.fuel_code,
                c.c.unit,
                c.c.yearly_quantity,
                c.c.unit_price,
            )
        ).all()
    )


def savings(connection: Connection) -> list[Row[Any]]:
    s = schema.solution_saving
    return list(connection.execute(select(s.c.solution_id, s.c.consumption_id, s.c.quantity)).all())


def products(connection: Connection) -> list[Row[Any]]:
    p = schema.product
    return list(
        connection.execute(select(p.c.assessment_id, p.c.position, p.c.is_main, p.c.yearly_output)).all()
    )


def official_denominators(connection: Connection, year: int) -> list[Row[Any]]:
    o = t.official_denominator
    return list(
        connection.execute(
            select(o.c.indicator_code, o.c.value, o.c.source, o.c.updated_at).where(o.c.year == year)
        ).all()
    )
