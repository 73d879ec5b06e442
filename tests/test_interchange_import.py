"""Importing a document into the store: one transaction, clear rules, the database unchanged on refusal."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from sxsh_desktop.demo import demo_documents
from sxsh_desktop.domain import model
from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.interchange.importer import ImportOutcome, ImportRefused, import_document
from sxsh_desktop.interchange.jsonformat import InterchangeError, dumps, loads
from sxsh_desktop.store.repository import Store
from tests.documents import small_document, snapshot


def by_id(document: AssessmentDocument) -> dict[str, model.SyncFields]:
    records = [document.enterprise, document.assessment]
    for collection, _ in model.DOCUMENT_COLLECTIONS:
        records += getattr(document, collection)
    return {r.id: r for r in records}


def later(document: AssessmentDocument, **changes: object) -> AssessmentDocument:
    """The document with its assessment changed a day later."""
    a = document.assessment
    newer = dataclasses.replace(
        a, updated_at=a.updated_at + timedelta(days=1), revision=a.revision + 1, **changes
    )
    return dataclasses.replace(document, assessment=newer)


def test_a_new_assessment_is_added_exactly_as_in_the_file(store: Store) -> None:
    document = loads(dumps(small_document()))
    document.photos = []
    result = import_document(store, document)
    assert result.outcome is ImportOutcome.ADDED
    assert by_id(store.load_document(document.assessment.id)) == by_id(document)


def test_importing_the_same_file_twice_changes_nothing(store: Store) -> None:
    document, _ = demo_documents()[0]
    import_document(store, document)
    before = snapshot(store)
    assert import_document(store, document).outcome is ImportOutcome.UNCHANGED
    assert snapshot(store) == before


def test_a_newer_version_replaces_and_an_older_one_is_refused(store: Store) -> None:
    document, _ = demo_documents()[1]
    import_document(store, document)
    newer = later(document, title="Đánh giá lại")
    newer.solutions = newer.solutions[:-1]
    newer.savings = [s for s in newer.savings if s.solution_id != document.solutions[-1].id]
    assert import_document(store, newer).outcome is ImportOutcome.REPLACED
    stored = store.load_document(document.assessment.id)
    assert stored.assessment.title == "Đánh giá lại"
    assert len(stored.solutions) == len(document.solutions) - 1

    before = snapshot(store)
    with pytest.raises(ImportRefused, match="not older than the file's"):
        import_document(store, document)
    assert snapshot(store) == before


def test_the_database_enterprise_is_kept_when_it_is_newer(store: Store) -> None:
    document, _ = demo_documents()[2]
    import_document(store, document)
    store.update(model.Enterprise, document.enterprise.id, employees=90)
    newer = later(document, title="Lần hai")
    result = import_document(store, newer)
    assert result.enterprise_kept
    assert store.get(model.Enterprise, document.enterprise.id).employees == 90


def test_an_id_used_by_another_assessment_is_refused(store: Store) -> None:
    first, _ = demo_documents()[0]
    import_document(store, first)
    other = small_document()
    other.photos = []
    other.causes[0].id = first.causes[0].id
    other.solutions[0].cause_id = first.causes[0].id
    before = snapshot(store)
    with pytest.raises(ImportRefused, match=r"causes\[0\]\.id: .* another assessment"):
        import_document(store, other)
    assert snapshot(store) == before


def test_photos_without_images_are_left_out_until_the_images_come(store: Store) -> None:
    document, images = demo_documents()[0]
    result = import_document(store, document)
    assert result.photos_left_out == 1
    assert store.load_document(document.assessment.id).photos == []
    result = import_document(store, document, images)
    assert result.outcome is ImportOutcome.REPLACED and result.photos_left_out == 0
    photo = document.photos[0]
    assert store.photo_data(photo.id) == images[photo.id]
    # Later JSON imports of the same version keep the stored image.
    assert import_document(store, document).outcome is ImportOutcome.UNCHANGED


def test_an_image_that_does_not_match_its_hash_is_refused(store: Store) -> None:
    document, images = demo_documents()[0]
    before = snapshot(store)
    with pytest.raises(ImportRefused, match="does not match its SHA-256"):
        import_document(store, document, {pid: data + b"x" for pid, data in images.items()})
    assert snapshot(store) == before


def test_an_invalid_document_is_refused_before_anything_is_written(store: Store) -> None:
    document = small_document()
    document.consumptions[0].yearly_quantity = -1
    before = snapshot(store)
    with pytest.raises(InterchangeError, match=r"consumptions\[0\]\.yearly_quantity"):
        import_document(store, document)
    assert snapshot(store) == before
