"""Records already in the database that break a field rule, and how to fix each.

A rule can be newer than a record: an e-mail address saved by a version whose dialog checked less,
a phone number typed before phone numbers were checked. The store refuses such values from now on
(``store/repository.py``), but what is stored stays readable and editable; this lists it so that
it can be fixed (``sxsh check``, and in the window File ▸ Records to fix). A package or JSON
export that would carry such a record names it and says how to fix it, instead of failing on the
first field (``RecordsToFix``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sxsh_desktop.domain import model
from sxsh_desktop.domain.validation import explain_record, validate_document
from sxsh_desktop.errors import KnownProblem, ValidationError

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

SHOWN_IN_MESSAGE = 3  # records named in one message; the rest are counted


@dataclass(frozen=True)
class RuleBreak:
    """One field of one stored record that breaks a rule."""

    entity: str  # "enterprise", "assessment", "waste_stream" …
    record_id: str
    enterprise_id: str
    enterprise_name: str
    assessment_id: str | None  # None for an enterprise
    assessment_title: str
    field: str  # the field's name, or its path in the assessment (``waste_streams[2].name``)
    problem: str  # the rule's sentence, as the window and the command line show it
    # With its reason, to translate. (dataclasses.field by its full name: ``field`` is the attribute above.)
    error: ValidationError | None = dataclasses.field(default=None, compare=False)

    @property
    def fixed_in(self) -> str:
        """Where a person fixes it: the enterprise's dialog, or the assessment's workbench."""
        return "enterprise" if self.assessment_id is None else "assessment"

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "record_id": self.record_id,
            "enterprise_id": self.enterprise_id,
            "enterprise": self.enterprise_name,
            "assessment_id": self.assessment_id,
            "assessment": self.assessment_title,
            "field": self.field,
            "problem": self.problem,
            "fix": self.how_to_fix(),
        }

    def how_to_fix(self) -> str:
        if self.assessment_id is None:
            return (
                f"edit the enterprise (window: File ▸ Records to fix, or 'sxsh enterprise edit "
                f"{self.enterprise_id}')"
            )
        return "open the assessment in the window and correct the field"

    def sentence(self) -> str:
        where = f"enterprise “{self.enterprise_name}”"
        if self.assessment_id is not None:
            where += f", assessment “{self.assessment_title}”"
        return f"{where}: {self.problem}"


class RecordsToFix(KnownProblem):
    """Stored records break a field rule, so what would carry them cannot be written."""

    code = "records_to_fix"

    def __init__(self, breaks: list[RuleBreak]) -> None:
        shown = "; ".join(b.sentence() for b in breaks[:SHOWN_IN_MESSAGE])
        more = f" (and {len(breaks) - SHOWN_IN_MESSAGE} more)" if len(breaks) > SHOWN_IN_MESSAGE else ""
        super().__init__(
            f"{len(breaks)} stored value(s) break a field rule and cannot be sent: {shown}{more}. "
            "Fix them ('sxsh check' lists them all; in the window: File ▸ Records to fix) "
            "and try again."
        )
        self.breaks = breaks
        self.params = {"count": str(len(breaks)), "records": shown + more}


def _enterprise_breaks(enterprise: model.Enterprise) -> Iterable[RuleBreak]:
    for problem in explain_record(enterprise):
        yield RuleBreak(
            "enterprise",
            enterprise.id,
            enterprise.id,
            enterprise.name,
            None,
            "",
            problem.field or "",
            problem.message,
            problem,
        )


def _assessment_breaks(document: model.AssessmentDocument) -> Iterable[RuleBreak]:
    from sxsh_desktop.store.schema import COLLECTION_TABLES

    enterprise, assessment = document.enterprise, document.assessment
    for problem in validate_document(document):
        path = problem.field or ""
        if path.startswith("enterprise."):
            continue  # listed once, with the enterprise
        record_id = assessment.id
        collection, _, rest = path.partition("[")
        entity = "assessment"
        if rest:
            index = int(rest.split("]")[0])
            records = getattr(document, collection, [])
            if index < len(records):
                record_id = records[index].id
                entity = COLLECTION_TABLES[collection]
        yield RuleBreak(
            entity,
            record_id,
            enterprise.id,
            enterprise.name,
            assessment.id,
            assessment.title,
            path,
            problem.message,
            problem,
        )


def records_breaking_rules(store: Store, assessment_ids: Iterable[str] | None = None) -> list[RuleBreak]:
    """Every stored value that breaks a field rule: of every enterprise and assessment, or of the
    given assessments and their enterprises only."""
    breaks: list[RuleBreak] = []
    if assessment_ids is None:
        for enterprise in store.enterprises():
            breaks += _enterprise_breaks(enterprise)
        chosen = [assessment.id for assessment in store.assessments()]
        seen_enterprises: set[str] | None = None
    else:
        chosen = list(dict.fromkeys(assessment_ids))
        seen_enterprises = set()
    for assessment_id in chosen:
        document = store.load_document(assessment_id)
        if seen_enterprises is not None and document.enterprise.id not in seen_enterprises:
            seen_enterprises.add(document.enterprise.id)
            breaks += _enterprise_breaks(document.enterprise)
        breaks += _assessment_breaks(document)
    return breaks


def enterprises_breaking_rules(store: Store, enterprise_ids: Iterable[str] | None = None) -> list[RuleBreak]:
    """``records_breaking_rules`` for enterprises only: every one, or those of ``enterprise_ids``."""
    from sxsh_desktop.domain.model import Enterprise

    if enterprise_ids is None:
        chosen = store.enterprises()
    else:
        chosen = [store.get(Enterprise, enterprise_id) for enterprise_id in dict.fromkeys(enterprise_ids)]
    return [found for enterprise in chosen for found in _enterprise_breaks(enterprise)]
