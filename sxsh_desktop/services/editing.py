"""Editing an assessment's records: what the workbench (and any other front end) calls to change data.

Each function checks the values with the domain's field rules (``domain.validation``), writes in
ONE short transaction and returns an ``Outcome``: the written record(s), and the ``Changes`` that
tell every view what to refresh. What undo needs comes back with it: the values before an edit,
the document before a removal. A refused value raises ``ValidationError``, a database that cannot
be written a ``StoreError``: in both cases nothing was written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, TypeVar

from sxsh_desktop.calc import AssessmentFigures, compute_assessment
from sxsh_desktop.domain.completeness import MissingItem, WorkflowStep, all_missing
from sxsh_desktop.domain.model import DOCUMENT_COLLECTIONS, Assessment, AssessmentDocument, Photo, SyncFields
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.domain.validation import field_problem, validate_record
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services.changes import NO_CHANGES, Changes, Outcome
from sxsh_desktop.store import schema
from sxsh_desktop.store.repository import DeletedRecord, Store

R = TypeVar("R", bound=SyncFields)

# One edit: the record's class, its id and the new values of some of its fields.
FieldEdit = tuple[type[SyncFields], str, Mapping[str, Any]]


@dataclass(frozen=True)
class Edited:
    """Records changed by ``edit_fields``: each as it was and as it is now (undo writes ``before``)."""

    before: tuple[SyncFields, ...]
    after: tuple[SyncFields, ...]

    @property
    def changed(self) -> bool:
        """Whether any value was written (saving what is already there writes nothing)."""
        return any(old is not new for old, new in zip(self.before, self.after, strict=True))

    def undo_edits(self) -> list[FieldEdit]:
        """The edits that put the changed fields back as they were."""
        edits: list[FieldEdit] = []
        for old, new in zip(self.before, self.after, strict=True):
            names = [f.name for f in fields(old) if getattr(old, f.name) != getattr(new, f.name)]
            names = [n for n in names if n not in _SYNC_FIELDS]
            edits.append((type(old), old.id, {n: getattr(old, n) for n in names}))
        return edits


_SYNC_FIELDS = {f.name for f in fields(SyncFields)}


def check_fields(cls: type[SyncFields], values: Mapping[str, Any]) -> None:
    """Refuse a value that breaks its field's rule (the message names the field)."""
    for name, value in values.items():
        problem = field_problem(cls, name, value)
        if problem is not None:
            raise ValidationError(f"{name}: {problem}", field=name)


def _check_record(record: SyncFields, names: Sequence[str] | None = None) -> None:
    """Rules over several fields (an end date before the start …), for the fields ``names`` (all: None)."""
    for error in validate_record(record):
        if names is None or error.field in names:
            raise error


def _changes(records: Sequence[SyncFields], assessment_ids: Sequence[str | None]) -> Changes:
    entities = {schema.entity_of(type(record)) for record in records}
    ids = [record.id for record in records]
    owners = list(assessment_ids) + [r.id for r in records if isinstance(r, Assessment)]
    return Changes.of(entities, ids, owners)


def edit_fields(store: Store, edits: Sequence[FieldEdit]) -> Outcome[Edited]:
    """Change fields of one or more records, all in one transaction (choosing the main product
    unmarks the others, moving a row renumbers its neighbours). Edits that change nothing are left
    out; with none left nothing is written."""
    for cls, _record_id, values in edits:
        check_fields(cls, values)
    wanted = [(cls, record_id, dict(values)) for cls, record_id, values in edits if values]
    written = store.update_many(wanted, check=_check_record)
    edited = Edited(tuple(r.before for r in written), tuple(r.after for r in written))
    changed = [r for r in written if r.before is not r.after]
    return Outcome(edited, _changes([r.after for r in changed], [r.assessment_id for r in changed]))


def set_fields(store: Store, cls: type[R], record_id: str, **values: Any) -> Outcome[Edited]:
    """``edit_fields`` of one record."""
    return edit_fields(store, [(cls, record_id, values)])


def add_record(store: Store, record: R) -> Outcome[R]:
    """Add a row (a product, a process step, a cause …) made on this device now."""
    _check_record(record)
    added = store.insert(record)
    return Outcome(added, _changes([added], [_owner(record)]))


def add_records(store: Store, records: Sequence[SyncFields]) -> Outcome[list[SyncFields]]:
    """Add several rows that belong together (a fuel switch's new line and its two savings) in one
    transaction, parents before the records that refer to them."""
    for record in records:
        _check_record(record)
    added = store.insert_many(records)
    return Outcome(added, _changes(added, [_owner(record) for record in records]))


def add_photo(store: Store, photo: Photo, data: bytes, thumbnail: bytes | None = None) -> Outcome[Photo]:
    """Add a photo with its bytes (both or neither)."""
    _check_record(photo)
    added = store.add_photo(photo, data, thumbnail)
    return Outcome(added, _changes([added], [photo.assessment_id]))


@dataclass(frozen=True)
class Removed:
    """What ``remove_record`` took away, enough for ``restore`` to put it back as it was."""

    deleted: DeletedRecord | None  # None: there was no such record, nothing was removed


def remove_record(store: Store, cls: type[SyncFields], record_id: str) -> Outcome[Removed]:
    """Delete a record and its children (a tombstone goes to the office)."""
    deleted = store.delete_keeping(cls, record_id)
    if deleted is None:
        return Outcome(Removed(None), NO_CHANGES)
    return Outcome(Removed(deleted), _removal_changes(deleted))


def restore(store: Store, removed: Removed) -> Outcome[None]:
    """Put back what ``remove_record`` removed (undo of a delete)."""
    deleted = removed.deleted
    if deleted is None:
        return Outcome(None, NO_CHANGES)
    if deleted.photo is not None:
        assert isinstance(deleted.record, Photo)
        store.add_photo(deleted.record, *deleted.photo)
    elif deleted.document is not None:
        store.save_document(deleted.document)
    else:
        store.insert(deleted.record)
    return Outcome(None, _removal_changes(deleted))


def _removal_changes(deleted: DeletedRecord) -> Changes:
    """A removal touches the record's kind and, through its children, the whole document."""
    document: AssessmentDocument | None = deleted.document
    entities = {schema.entity_of(type(deleted.record))}
    if document is not None:
        entities |= {schema.COLLECTION_TABLES[c] for c in _collections_with_records(document)}
    return Changes.of(entities, [deleted.record.id], [deleted.assessment_id])


def _collections_with_records(document: AssessmentDocument) -> list[str]:
    return [name for name, _ in DOCUMENT_COLLECTIONS if getattr(document, name)]


def _owner(record: SyncFields) -> str | None:
    return getattr(record, "assessment_id", None)


# --- the assessment as the workbench shows it after an edit ---------------------------------------


@dataclass(frozen=True)
class AssessmentState:
    """An assessment as stored now, with its figures and what each step still misses, each
    computed once: what every page of the workbench shows after a change."""

    document: AssessmentDocument
    figures: AssessmentFigures
    missing: Mapping[WorkflowStep, list[MissingItem]]


def assessment_state(document: AssessmentDocument, reference: ReferenceData) -> AssessmentState:
    """Figures and completeness of ``document`` (completeness checks the balances the figures give)."""
    figures = compute_assessment(document, reference)
    return AssessmentState(document, figures, all_missing(document, figures.step_balances))


def read_assessment(store: Store, assessment_id: str, reference: ReferenceData) -> AssessmentState:
    """The assessment read in one transaction, with its figures and completeness."""
    return assessment_state(store.load_document(assessment_id), reference)


# Fields whose change moves a record in the document's order or to another parent: a document
# with such an edit is read again rather than patched.
_PLACE_FIELDS = frozenset(
    {"position", "assessment_id", "step_id", "waste_stream_id", "solution_id", "owner_kind", "owner_id"}
)


def with_edits(document: AssessmentDocument, edits: Sequence[Edited]) -> AssessmentDocument | None:
    """``document`` with the records that ``edits`` changed as they are now: the same document the
    store would read, without reading it. None when an edit moved a record (its place in the
    document's order or its parent) or names a record the document does not hold."""
    changes = {}
    for edited in edits:
        for old, new in zip(edited.before, edited.after, strict=True):
            if any(getattr(old, name, None) != getattr(new, name, None) for name in _PLACE_FIELDS):
                return None
            changes[new.id] = new
    patched = dataclasses.replace(document)  # a new document: views compare documents by identity
    for single in ("enterprise", "assessment"):
        record = getattr(document, single)
        if record.id in changes:
            setattr(patched, single, changes.pop(record.id))
    for name, _cls in DOCUMENT_COLLECTIONS:
        records = getattr(document, name)
        if any(record.id in changes for record in records):
            setattr(patched, name, [changes.pop(r.id, r) for r in records])
    return patched if not changes else None
