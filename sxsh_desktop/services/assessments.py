"""Starting, duplicating and deleting an assessment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sxsh_desktop.domain.model import Assessment, AssessmentStatus, Enterprise
from sxsh_desktop.domain.validation import explain_record
from sxsh_desktop.services.changes import Changes, Outcome

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

_ASSESSMENT_RECORDS = (
    "assessment",
    "team_member",
    "product",
    "consumption",
    "process_step",
    "step_flow",
    "waste_stream",
    "cause",
    "solution",
    "solution_saving",
    "photo",
)


@dataclass(frozen=True)
class NewAssessment:
    """What a new assessment starts with: the consultant's defaults (the window's settings)."""

    title: str
    consultants: str = ""
    grid_factor_year: int | None = None
    discount_rate: float = 0.10
    start_date: date | None = None  # None: today


def start_assessment(store: Store, enterprise_id: str, new: NewAssessment) -> Outcome[Assessment]:
    """A draft assessment of the enterprise, begun today, its baseline the year before, its staff
    count the enterprise's number of employees."""
    enterprise = store.get(Enterprise, enterprise_id)  # NotFoundError for an enterprise that is gone
    started = new.start_date or date.today()
    assessment = Assessment(
        enterprise_id=enterprise_id,
        title=" ".join(new.title.split()),
        start_date=started,
        consultants=new.consultants.strip(),
        baseline_year=started.year - 1,
        staff_count=enterprise.employees,  # as registered; the assessment may correct it
        grid_factor_year=new.grid_factor_year,
        discount_rate=new.discount_rate,
        status=AssessmentStatus.DRAFT.value,
    )
    problems = explain_record(assessment)
    if problems:
        raise problems[0]
    added = store.insert(assessment)
    return Outcome(added, Changes.of(["assessment"], [added.id], [added.id]))


def duplicate_assessment(store: Store, assessment_id: str, title: str) -> Outcome[Assessment]:
    """A draft copy of the assessment with new ids everywhere (photos included), titled ``title``."""
    copy = store.duplicate_assessment(assessment_id, " ".join(title.split()))
    return Outcome(copy, Changes.of(_ASSESSMENT_RECORDS, [copy.id], [copy.id]))


def delete_assessment(store: Store, assessment_id: str) -> Outcome[None]:
    """Remove the assessment with all its records and photos; a tombstone tells the office."""
    store.delete(Assessment, assessment_id)
    return Outcome(None, Changes.of(_ASSESSMENT_RECORDS, [assessment_id], [assessment_id]))
