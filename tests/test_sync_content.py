"""A package's records are hashed from the JSON as read: the hash is the one of the record itself,
however the sender wrote its times and numbers, so that "same content" means the same at both ends."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from hypothesis import given, settings

from sxsh_desktop.domain import model
from sxsh_desktop.domain.model import AssessmentDocument, SyncFields
from sxsh_desktop.domain.validation import record_checker, validate_record
from sxsh_desktop.interchange import jsonformat
from sxsh_desktop.store.repository import Store, records_of, renumber
from sxsh_desktop.sync import merge, payload
from sxsh_desktop.sync.content import STAMPS, content_hash, text_hash
from sxsh_desktop.sync.errors import InvalidContentError
from tests.documents import assessment_photo, documents, small_document

_CLASSES = [("enterprise", model.Enterprise), ("assessment", model.Assessment), *model.DOCUMENT_COLLECTIONS]


def _one_of(record_class: type[SyncFields]) -> SyncFields:
    """A valid record of the class (a photo made up for a document that has none)."""
    document = small_document()
    for name, cls in _CLASSES:
        if cls is record_class:
            found = getattr(document, name)
            if not isinstance(found, list):
                return found  # type: ignore[no-any-return]
            if found:
                return found[0]  # type: ignore[no-any-return]
    return assessment_photo(document)


def _read(data: dict[str, Any]) -> tuple[AssessmentDocument, dict[str, str], dict[str, tuple[Any, ...]]]:
    """The document of a package entry, with the hashes and JSON values taken while reading it."""
    read = payload._RecordsRead()
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    document = payload._decode_document(f"records/{data['assessment']['id']}.json", raw, read)
    return document, read.hashes, read.json_values


def _hashes_read(data: dict[str, Any]) -> tuple[AssessmentDocument, dict[str, str]]:
    document, hashes, _values = _read(data)
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
    read, hashes, values = _read(data)
    assert read.enterprise.created_at.isoformat() == "2024-03-01T08:30:00+00:00"
    assert read.savings[0].quantity == 12.0
    assert len(hashes) == len(values) == len(list(records_of([read])))
    for record in records_of([read]):
        assert hashes[record.id] == content_hash(record), record
        # What the import writes to the database: the values as the writer would have written them.
        assert values[record.id] == tuple(jsonformat.record_to_json(record).values()), record
    assert values[read.enterprise.id][1] == "2024-03-01T08:30:00Z"


def test_a_version_1_record_is_hashed_from_the_record() -> None:
    data = jsonformat.document_to_json(small_document())
    data["format_version"] = 1
    for name in ("objectives", "scope", "method"):
        del data["assessment"][name]
    read, hashes, values = _read(data)
    assert read.assessment.id not in hashes  # hashed later, from the record with its defaults
    assert read.assessment.id not in values  # written from the record
    assert hashes[read.enterprise.id] == content_hash(read.enterprise)


# JSON values a sender might write in any field: each kind, edges of the ranges, times written
# otherwise than the interchange writer does, and values of no field's type.
_EDGE_JSON: list[Any] = [
    None,
    "",
    "x",
    'Hà Tĩnh, "lò"\x00\u2028\\',
    "0f8fad5b-d9cb-469f-a165-70867728950e",
    0,
    1,
    -1,
    12,
    2**63 - 1,
    1.5,
    -0.0,
    1e300,
    float("inf"),  # what a number too large reads as (the field rules refuse it)
    True,
    False,
    "2024-03-01",
    "2024-02-30",
    "1899-12-31",
    "2024-03-01T08:30:00Z",
    "2024-03-01T08:30:00.000000Z",
    "2024-03-01T08:30:00.5Z",
    "2024-03-01T15:30:00+07:00",
    "2024-03-01 08:30:00Z",
    "2101-01-01T00:00:00Z",
    "2100-12-31T23:59:59Z",
    "1900-01-01T00:00:00Z",
    "1899-12-31T23:59:59.999999Z",
    "2024-02-30T08:30:00Z",
    "2024-03-01T24:00:00Z",
    "2024-03-01T08:30:00.123456Z",
    "2024-03-01T08:30:00.1234567Z",
    "2024-03-01T08:30:00z",
    "٢٠٢٤-03-01T08:30:00Z",  # digits of another script
    [],
    {},
]


def _outcome(read: Any, *arguments: Any) -> Any:
    try:
        return read(*arguments)
    except jsonformat.InterchangeError as refused:
        return ("refused", refused.message, refused.field)


@pytest.mark.parametrize("record_class", [cls for _name, cls in _CLASSES])
def test_a_record_class_is_read_as_record_from_json_reads_it(record_class: type[SyncFields]) -> None:
    """The reader made for a class accepts and refuses what ``record_from_json`` does, with the same
    words, gives the same record, values that hash as the record does, the values
    ``record_to_json`` writes of it, and the record's own values, with which the field rules find
    the problems ``validate_record`` finds."""
    valid = jsonformat.record_to_json(_one_of(record_class))
    read_complete = jsonformat._complete_reader(record_class, STAMPS)
    check = record_checker(record_class)
    for name in valid:
        for value in _EDGE_JSON:
            data = {**valid, name: value}
            full = _outcome(jsonformat.record_from_json, record_class, data, "item")
            quick = _outcome(read_complete, data, "item")
            if isinstance(full, tuple):
                assert quick == full, (name, value)
                continue
            record, text, json_values, values = quick
            assert record == full, (name, value)
            assert json_values == tuple(jsonformat.record_to_json(full).values()), (name, value)
            assert values == tuple(getattr(full, field) for field in valid), (name, value)
            problems = [(e.message, e.field) for e in check(record, values, "item")]
            assert problems == [(e.message, e.field) for e in validate_record(full, "item")], (name, value)
            written = {k: v for k, v in jsonformat.record_to_json(full).items() if k not in STAMPS}
            assert text == json.dumps(written, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            assert text_hash(text) == content_hash(full), (name, value)


def test_a_record_with_fields_missing_or_unknown_is_left_to_record_from_json() -> None:
    valid = jsonformat.record_to_json(small_document().assessment)
    read_complete = jsonformat._complete_reader(model.Assessment, STAMPS)
    assert read_complete({**valid, "colour": "red"}, "assessment") is None
    assert read_complete({k: v for k, v in valid.items() if k != "scope"}, "assessment") is None
    assert read_complete([valid], "assessment") is None
    assert read_complete(valid, "assessment") is not None


def test_a_record_the_office_never_saw_in_any_way_is_new() -> None:
    """What the import plan decides without asking ``classify`` for such a record."""
    record = small_document().solutions[0]
    for sender in (record.device_id, "another-device"):
        assert merge.classify(record, content_hash(record), None, {}, sender, "office", False) == (
            merge.ChangeKind.NEW,
            merge.Reason.NONE,
            True,
        )
    assert (
        merge.classify(record, content_hash(record), None, {}, "x", "office", True)[0]
        is not merge.ChangeKind.NEW
    )


def test_the_text_read_leaves_out_exactly_the_fields_named() -> None:
    cause = small_document().causes[0]
    data = jsonformat.record_to_json(cause)
    everything = jsonformat._complete_reader(model.Cause, frozenset())(data, "cause")
    nothing = jsonformat._complete_reader(model.Cause, frozenset(data))(data, "cause")
    assert everything is not None and nothing is not None
    assert json.loads(everything[1]) == data
    assert nothing[1] == "{}"


def _two_documents() -> tuple[AssessmentDocument, AssessmentDocument]:
    """Two assessments of one enterprise (without photos, whose bytes a package must hold)."""
    first = small_document()
    first.photos = []
    return first, renumber(first, "máy-2")[0]


def _decoded(documents: list[AssessmentDocument], version: int) -> Any:
    entries = payload.encode(documents, {}, [])
    if version == 1:  # as an earlier installation wrote them: without the fields version 2 added
        for name in list(entries):
            if name.startswith("records/"):
                data = json.loads(entries[name])
                data["format_version"] = 1
                for field in ("objectives", "scope", "method"):
                    del data["assessment"][field]
                entries[name] = json.dumps(data, ensure_ascii=False).encode("utf-8")
    try:
        return payload.decode(entries)
    except InvalidContentError as refused:
        return refused.message


@pytest.mark.parametrize("version", [1, 2])
def test_one_enterprise_in_two_assessments_is_read_once(version: int) -> None:
    first, second = _two_documents()
    decoded = _decoded([first, second], version)
    assert not isinstance(decoded, str), decoded
    assert len(decoded.documents) == 2


@pytest.mark.parametrize("version", [1, 2])
def test_two_different_records_with_one_id_are_refused(version: int) -> None:
    first, second = _two_documents()
    cause = dataclasses.replace(second.causes[0], id=first.causes[0].id, description="Khác")
    second.causes = [cause]
    second.solutions = [dataclasses.replace(s, cause_id=cause.id) for s in second.solutions]
    assert _decoded([first, second], version) == (
        f"The package holds two different records with the id {cause.id}."
    )
    renamed = dataclasses.replace(second.enterprise, name="Công ty khác")
    second = dataclasses.replace(second, enterprise=renamed)
    assert _decoded([first, second], version) == (
        f"The package holds two different records with the id {renamed.id}."
    )


def test_a_package_whose_links_were_checked_is_planned_as_one_whose_links_were_not(store: Store) -> None:
    """The plan of a first import takes every parent as sent when each document's links were
    checked (``parents_sent``), and decides as it does when it looks for them."""
    decoded = _decoded(list(_two_documents()), 2)
    assert decoded.parents_sent
    with store.reading() as connection:
        checked = merge.plan(connection, decoded, "máy-2", store.device_id)
        looked_for = dataclasses.replace(decoded, parents_sent=False)
        assert merge.plan(connection, looked_for, "máy-2", store.device_id) == checked
    assert {change.kind for change in checked} == {merge.ChangeKind.NEW}


@dataclasses.dataclass
class _Doubled:
    value: int

    def __init__(self, value: int) -> None:
        self.value = value * 2


@dataclasses.dataclass(frozen=True)
class _Frozen:
    value: int


@dataclasses.dataclass
class _Finished:
    value: int

    def __post_init__(self) -> None:
        self.value += 1


def test_the_reader_sets_each_field_only_of_a_class_whose_init_does_nothing_else() -> None:
    """Every record class is made so; a class with an __init__ of its own, frozen, or doing more
    after is made by its __init__ (the generated readers' test holds the records to be equal)."""
    assert all(jsonformat._made_from_its_fields(cls) for _name, cls in _CLASSES)
    assert not any(jsonformat._made_from_its_fields(cls) for cls in (_Doubled, _Frozen, _Finished))
