"""What the indicators are computed from, read from the store in one read transaction: the registry
(with each facility's registry entry or the defaults its enterprise record implies), the CP evidence,
assessments with their ex-ante figures, follow-ups, activities and zones."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from sxsh_desktop.calc.indicators import (
    ActivityRow,
    FacilityRow,
    FollowUpRow,
    OfficeRows,
    ResultRow,
    ZoneRow,
)
from sxsh_desktop.calc.office_figures import AssessmentInput, LineInput, SolutionInput, office_figures
from sxsh_desktop.domain.office import LegalForm, Period, SizeClass, legal_form_from, size_class_for
from sxsh_desktop.services.cp_status import CpFacts, read_facts, statuses_from
from sxsh_desktop.store import office_queries

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from sxsh_desktop.store.repository import Store


def _facility_rows(connection: Connection) -> list[FacilityRow]:
    zones: dict[str, list[str]] = {}
    for enterprise_id, zone_id in office_queries.zone_links(connection):
        zones.setdefault(enterprise_id, []).append(zone_id)
    entries = {row[0]: row for row in office_queries.registry_entries(connection)}
    facilities = []
    household, micro = LegalForm.HOUSEHOLD.value, SizeClass.MICRO.value
    for (
        enterprise_id,
        tax_code,
        commune,
        sector_code,
        ownership,
        employees,
    ) in office_queries.registry_enterprises(connection):
        entry = entries.get(enterprise_id)
        if entry is None:
            legal_form, active_from, active_to, entered, revenue, capital, has_cp_unit = (
                legal_form_from(ownership, tax_code).value,
                None,
                None,
                "",
                None,
                None,
                None,
            )
        else:
            _, legal_form, active_from, active_to, entered, revenue, capital, has_cp_unit = entry
        if legal_form == household and not entered:  # as size_class_for, without its call per household
            size_class = micro if employees is not None and employees <= 10 else None
        else:
            size = size_class_for(legal_form, entered, employees, revenue, capital)
            size_class = size.value if size else None
        facilities.append(
            FacilityRow(
                enterprise_id,
                legal_form,
                active_from,
                active_to,
                sector_code,
                size_class,
                has_cp_unit,
                tuple(sorted(zones[enterprise_id])) if enterprise_id in zones else (),
                commune,
            )
        )
    return facilities


def rows_at(rows: OfficeRows, facts: CpFacts, period: Period) -> OfficeRows:
    """The rows with every facility's CP status at the period's end."""
    ids = [f.id for f in rows.facilities]
    return dataclasses.replace(rows, statuses=statuses_from(facts, ids, period.end, with_evidence=False))


def read_office_rows(store: Store, connection: Connection) -> tuple[OfficeRows, CpFacts]:
    """Everything the indicators read, the CP statuses not yet derived (they depend on the day)."""
    facilities = _facility_rows(connection)
    facts = read_facts(connection)
    main_outputs = _main_outputs(connection)
    assessment_rows, solution_rows = office_figures(
        store.reference(),
        [AssessmentInput._make(row) for row in office_queries.assessments(connection)],
        [LineInput._make(row) for row in office_queries.consumptions(connection)],
        [SolutionInput._make(row) for row in office_queries.solutions(connection)],
        [tuple(row) for row in office_queries.savings(connection)],
        main_outputs,
    )
    follow_ups = [
        FollowUpRow(f.id, f.assessment_id, f.enterprise_id, f.held_on, f.energy_toe_after, f.output_after)
        for f in office_queries.follow_up_facts(connection)
    ]
    results = [ResultRow._make(row) for row in office_queries.follow_up_results(connection)]
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
        facilities=facilities,
        statuses={},
        assessments=assessment_rows,
        solutions=solution_rows,
        follow_ups=follow_ups,
        results=results,
        activities=activities,
        zones=zones,
    )
    return rows, facts


def _main_outputs(connection: Connection) -> dict[str, float | None]:
    """Each assessment's main product's yearly output: the one marked main, else the first."""
    chosen: dict[str, tuple[tuple[int, int], float | None]] = {}
    for assessment_id, position, is_main, yearly_output in office_queries.products(connection):
        rank = (0 if is_main else 1, position)
        seen = chosen.get(assessment_id)
        if seen is None or rank < seen[0]:
            chosen[assessment_id] = (rank, yearly_output)
    return {assessment_id: output for assessment_id, (_, output) in chosen.items()}
