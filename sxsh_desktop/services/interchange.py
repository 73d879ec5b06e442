"""An assessment as interchange JSON: written for other tools, read back into the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sxsh_desktop.domain import model
from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services.changes import NO_CHANGES, Changes, Outcome
from sxsh_desktop.services.checks import RecordsToFix, records_breaking_rules

if TYPE_CHECKING:
    from sxsh_desktop.interchange.importer import ImportResult
    from sxsh_desktop.store.repository import Store


def assessment_json(store: Store, assessment_id: str) -> bytes:
    """The stored assessment as interchange JSON. A stored value that breaks a field rule is not
    written: ``RecordsToFix`` names every such value of the assessment and where to fix it."""
    from sxsh_desktop.interchange.jsonformat import dumps

    document = store.load_document(assessment_id)
    try:
        return dumps(document)
    except ValidationError:
        breaks = records_breaking_rules(store, [assessment_id])
        if not breaks:
            raise
        raise RecordsToFix(breaks) from None


def import_assessment(store: Store, document: AssessmentDocument) -> Outcome[ImportResult]:
    """Add the assessment, or replace it when the document is newer (in one transaction)."""
    from sxsh_desktop.interchange.importer import ImportOutcome, import_document

    result = import_document(store, document)
    if result.outcome is ImportOutcome.UNCHANGED:
        return Outcome(result, NO_CHANGES)
    records = [document.assessment, *(r for c, _ in model.DOCUMENT_COLLECTIONS for r in getattr(document, c))]
    entities = {"assessment", *(_entity(r) for r in records)}
    if not result.enterprise_kept:
        entities.add("enterprise")
    return Outcome(result, Changes.of(entities, [r.id for r in records], [result.assessment_id]))


def _entity(record: model.SyncFields) -> str:
    from sxsh_desktop.store.schema import entity_of

    return entity_of(type(record))
