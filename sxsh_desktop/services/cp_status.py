"""A facility's CP status derived from its evidence (rule in ``calc/cp_status.py``), and overrides.

The window shows ``cp_status`` with the records behind each step; the indicators use
``cp_statuses`` for the whole registry at once. An override replaces one step's evidence and needs a
reason; the newest override of a step counts, and ``clear_override`` removes one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from sxsh_desktop.calc.cp_status import (
    RULE_VERSION,
    AssessmentFact,
    Attendance,
    CpStatus,
    FollowUpFact,
    OverrideFact,
    derive_statuses,
    unknown_status,
)
from sxsh_desktop.calc.cp_status import __doc__ as _RULE_DOC
from sxsh_desktop.domain.model import Enterprise
from sxsh_desktop.domain.office import CpStep, StatusOverride
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services.changes import Changes, Outcome
from sxsh_desktop.services.locks import refuse_if_locked
from sxsh_desktop.store import office, office_queries
from sxsh_desktop.store.office_tables import status_override

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

RULE_TEXT = (_RULE_DOC or "").strip()
__all__ = ["RULE_TEXT", "RULE_VERSION", "CpStatus", "cp_status", "cp_statuses", "override_status"]


@dataclass(frozen=True)
class CpFacts:
    attendances: list[Attendance]
    assessments: list[AssessmentFact]
    follow_ups: list[FollowUpFact]
    overrides: list[OverrideFact]


def read_facts(connection: Connection, enterprise_id: str | None = None) -> CpFacts:
    """The evidence of one facility, or of all, on a caller's transaction."""
    return CpFacts(
        [Attendance(*tuple(row)) for row in office_queries.attendances(connection, enterprise_id)],
        [
            AssessmentFact(row.id, row.enterprise_id, row.start_date, row.end_date, row.status)
            for row in office_queries.assessments(connection, enterprise_id)
        ],
        [
            FollowUpFact(row.id, row.enterprise_id, row.held_on, bool(row.any_done), bool(row.any_reported))
            for row in office_queries.follow_up_facts(connection, enterprise_id)
        ],
        [
            OverrideFact(row.id, row.enterprise_id, row.step, row.on, row.reason, row.made_at.isoformat())
            for row in office_queries.overrides(connection, enterprise_id)
        ],
    )


def statuses_from(
    facts: CpFacts, enterprise_ids: list[str], as_of: date, *, with_evidence: bool
) -> dict[str, CpStatus]:
    return derive_statuses(
        enterprise_ids,
        facts.attendances,
        facts.assessments,
        facts.follow_ups,
        facts.overrides,
        as_of,
        with_evidence=with_evidence,
    )


def cp_status(store: Store, enterprise_id: str, as_of: date | None = None) -> CpStatus:
    """One facility's status at ``as_of`` (today by default), with the evidence behind each step."""
    store.get(Enterprise, enterprise_id)  # NotFoundError for an unknown id
    with store.reading() as connection:
        facts = read_facts(connection, enterprise_id)
    found = statuses_from(facts, [enterprise_id], as_of or date.today(), with_evidence=True)
    return found.get(enterprise_id) or unknown_status(enterprise_id)


def cp_statuses(store: Store, as_of: date, enterprise_ids: list[str] | None = None) -> dict[str, CpStatus]:
    """The status at ``as_of`` of every facility with some evidence (one left out has none: see
    ``unknown_status``); the evidence is not listed (see ``cp_status``)."""
    with store.reading() as connection:
        facts = read_facts(connection)
        if enterprise_ids is None:
            enterprise_ids = [row.id for row in office_queries.facilities(connection)]
    return statuses_from(facts, enterprise_ids, as_of, with_evidence=False)


def override_status(
    store: Store, enterprise_id: str, step: str, on: date | None, reason: str, *, made_by: str = ""
) -> Outcome[StatusOverride]:
    """Decide one step of a facility's status by hand (``on`` None: not reached); a reason is required."""
    if step not in {s.value for s in CpStep}:
        raise ValidationError(f"Unknown CP step {step!r}: informed, aware or applying.", field="step")
    if not reason.strip():
        raise ValidationError("An override of the CP status needs a reason.", field="reason")
    if on is not None and on > date.today():
        raise ValidationError(f"The date {on:%d/%m/%Y} is in the future.", field="on")
    store.get(Enterprise, enterprise_id)
    record = StatusOverride(
        enterprise_id=enterprise_id, step=step, on=on, reason=" ".join(reason.split()), made_by=made_by
    )
    device_id = store.device_id
    with store.transaction() as connection:
        refuse_if_locked(connection, on, what="A CP status override")
        (added,) = office.add(connection, [record], device_id)
    return Outcome(added, Changes.of(["status_override"], [added.id]))


def clear_override(store: Store, override_id: str) -> Outcome[None]:
    """Remove an override: the step follows its evidence again (or an older override)."""
    with store.transaction() as connection:
        override = office.get(connection, StatusOverride, override_id)
        refuse_if_locked(connection, override.on, what="The CP status override")
        office.remove(connection, StatusOverride, status_override.c.id == override_id)
    return Outcome(None, Changes.of(["status_override"], [override_id]))


def overrides_of(store: Store, enterprise_id: str) -> list[StatusOverride]:
    with store.reading() as connection:
        return office.find(
            connection,
            StatusOverride,
            status_override.c.enterprise_id == enterprise_id,
            order_by=[status_override.c.made_at],
        )
