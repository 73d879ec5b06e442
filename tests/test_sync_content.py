"""A package's records are hashed from the JSON as read: the hash is the one of the record itself,
however the sender wrote its times and numbers, so that "same content" means the same at both ends."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings

from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.interchange import jsonformat
from sxsh_desktop.store.repository import records_of
from sxsh_desktop.sync import payload
from sxsh_desktop.sync.content import content_hash
from tests.documents import documents, small_document


def _hashes_read(data: dict[str, Any]) -> tuple[AssessmentDocument, dict[str, str]]:
    hashes: dict[str, str] = {}
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    document = payload._decode_document(f"records/{data['assessment']['id']}.json", raw, hashes)
    return document, hashes


@settings(max_examples=40, deadline=None)
@given(documents())
def test_the_hash_read_is_the_hash_of_the_record(document: AssessmentDocument) -> None:
    read, hashes = _hashes_read(jsonformat.document_to_json(document))
    assert hashes == {record.id: content_hash(record) for record in records_of([read])}


def test_times_and_numbers_written_otherwise_hash_as_their_values() -> None:
    data = jsonformat.document_to_json(small_document())
    enterprise, assessment = data["enterprise"], data["assessment"]
    enterprise["created_at"] = "2024-03-01T15:30:00+07:00"  # 08:30 UTC
    enterprise["updated_at"] = "2024-03-01T08:30:00.000000Z"
    assessment["created_at"] = "2024-03-01T08:30:00.5Z"
    assessment["updated_at"] = "2024-03-01T08:30:00.250000Z"
    saving = data["savings"][0]
    saving["quantity"] = 12  # a whole number in a number field
    read, hashes = _hashes_read(data)
    assert read.enterprise.created_at.isoformat() == "2024-03-01T08:30:00+00:00"
    assert read.savings[0].quantity == 12.0
    assert len(hashes) == len(list(records_of([read])))
    for record in records_of([read]):
        assert hashes[record.id] == content_hash(record), record


def test_a_version_1_record_is_hashed_from_the_record() -> None:
    data = jsonformat.document_to_json(small_document())
    data["format_version"] = 1
    for name in ("objectives", "scope", "method"):
        del data["assessment"][name]
    read, hashes = _hashes_read(data)
    assert read.assessment.id not in hashes  # hashed later, from the record with its defaults
    assert hashes[read.enterprise.id] == content_hash(read.enterprise)
