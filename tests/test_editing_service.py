"""The editing use cases: checked by the field rules, one transaction each, and a change notice
that names what was written; a refused or failed edit leaves the database as it was."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest

from sxsh_desktop.domain.model import (
    Assessment,
    Consumption,
    Enterprise,
    Photo,
    ProcessStep,
    Product,
    StepFlow,
)
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services import editing
from sxsh_desktop.store.repository import Store
from tests.report_fixtures import jpeg


@pytest.fixture
def assessment_id(store: Store) -> str:
    enterprise = store.insert(Enterprise(name="Công ty TNHH Gạch Tuynel Hòa Bình"))
    return store.insert(
        Assessment(enterprise_id=enterprise.id, title="Đánh giá", start_date=date(2025, 3, 3))
    ).id


@pytest.fixture
def transactions(store: Store) -> Iterator[list[str]]:
    """The transactions the store opens, counted."""
    opened: list[str] = []
    begin = store.database.begin

    def counted() -> Any:
        opened.append("begin")
        return begin()

    _ = store.device_id  # made once per database, before any edit
    store.database.begin = counted  # type: ignore[method-assign]
    yield opened
    store.database.begin = begin  # type: ignore[method-assign]


def dump(store: Store, assessment_id: str) -> Any:
    return store.load_document(assessment_id), store.tombstones()


def test_an_edit_is_one_transaction_and_its_notice_names_the_record(
    store: Store, assessment_id: str, transactions: list[str]
) -> None:
    product = store.insert(Product(assessment_id=assessment_id, name="Gạch 2 lỗ", unit="t"))
    transactions.clear()
    outcome = editing.set_fields(store, Product, product.id, yearly_output=12_000.0, name="Gạch 2 lỗ A1")
    assert len(transactions) == 1
    assert outcome.changes.entities == {"product"}
    assert outcome.changes.record_ids == {product.id}
    assert outcome.changes.assessment_ids == {assessment_id}
    (before,), (after,) = outcome.value.before, outcome.value.after
    assert (before.yearly_output, after.yearly_output) == (None, 12_000.0)
    assert after.revision == before.revision + 1
    assert store.get(Product, product.id) == after
    assert outcome.value.undo_edits() == [(Product, product.id, {"name": "Gạch 2 lỗ", "yearly_output": None})]


def test_a_child_without_its_own_assessment_id_names_the_assessment(store: Store, assessment_id: str) -> None:
    step = store.insert(ProcessStep(assessment_id=assessment_id, name="Nung"))
    flow = store.insert(StepFlow(step_id=step.id, direction="input", kind="energy", name="Than"))
    outcome = editing.set_fields(store, StepFlow, flow.id, quantity=40.0)
    assert outcome.changes.assessment_ids == {assessment_id}
    assert outcome.changes.touches("step_flow") and not outcome.changes.touches("process_step")


def test_saving_what_is_already_there_writes_nothing(
    store: Store, assessment_id: str, transactions: list[str]
) -> None:
    before = store.get(Assessment, assessment_id)
    outcome = editing.set_fields(store, Assessment, assessment_id, title="Đánh giá")
    assert not outcome.value.changed and not outcome.changes
    assert store.get(Assessment, assessment_id).revision == before.revision


def test_several_records_in_one_write_all_or_none(store: Store, assessment_id: str) -> None:
    first = store.insert(Product(assessment_id=assessment_id, name="Gạch", is_main=True))
    second = store.insert(Product(assessment_id=assessment_id, name="Ngói"))
    outcome = editing.edit_fields(
        store, [(Product, first.id, {"is_main": False}), (Product, second.id, {"is_main": True})]
    )
    assert outcome.changes.record_ids == {first.id, second.id}
    assert [p.is_main for p in store.load_document(assessment_id).products] == [False, True]

    state = dump(store, assessment_id)
    with pytest.raises(ValidationError):  # the second edit is refused: the first is not written either
        editing.edit_fields(
            store, [(Product, first.id, {"is_main": True}), (Product, second.id, {"yearly_output": -5.0})]
        )
    assert dump(store, assessment_id) == state


REFUSED: list[tuple[type, str, Any]] = [
    (Consumption, "yearly_quantity", -1.0),
    (Consumption, "unit_price", float("inf")),
    (Consumption, "name", "x" * 100_000),
    (Assessment, "end_date", date(2025, 1, 1)),  # before the start date
    (Assessment, "baseline_year", 1),
]


@pytest.mark.parametrize(("cls", "field", "value"), REFUSED, ids=[f"{c.__name__}.{f}" for c, f, _ in REFUSED])
def test_a_value_that_breaks_a_field_rule_is_refused_and_nothing_is_written(
    store: Store, assessment_id: str, cls: type, field: str, value: Any
) -> None:
    record_id = assessment_id
    if cls is Consumption:
        record_id = store.insert(Consumption(assessment_id=assessment_id, name="Điện")).id
    state = dump(store, assessment_id)
    with pytest.raises(ValidationError) as refused:
        editing.set_fields(store, cls, record_id, **{field: value})
    assert refused.value.field == field
    assert dump(store, assessment_id) == state


def test_a_row_that_breaks_a_rule_is_not_added(store: Store, assessment_id: str) -> None:
    state = dump(store, assessment_id)
    with pytest.raises(ValidationError):
        editing.add_record(store, Consumption(assessment_id=assessment_id, yearly_quantity=-3.0))
    assert dump(store, assessment_id) == state


RemoveCase = Callable[[Store, str], tuple[type, str]]


def _step_with_flows(store: Store, assessment_id: str) -> tuple[type, str]:
    step = store.insert(ProcessStep(assessment_id=assessment_id, name="Nung"))
    store.insert(StepFlow(step_id=step.id, direction="input", kind="energy", name="Than", quantity=40.0))
    return ProcessStep, step.id


def _photo(store: Store, assessment_id: str) -> tuple[type, str]:
    photo = editing.add_photo(
        store,
        Photo(assessment_id=assessment_id, owner_kind="assessment", owner_id=assessment_id),
        jpeg(),
        b"t",
    ).value
    return Photo, photo.id


def _timeless(document: Any) -> Any:
    """A restored photo is stamped as added again (a change that travels); the rest is as it was."""
    return dataclasses.replace(
        document, photos=[dataclasses.replace(p, created_at=None, updated_at=None) for p in document.photos]
    )


@pytest.mark.parametrize("make", [_step_with_flows, _photo], ids=["step with flows", "photo"])
def test_remove_then_restore_puts_everything_back(store: Store, assessment_id: str, make: RemoveCase) -> None:
    cls, record_id = make(store, assessment_id)
    before = store.load_document(assessment_id)
    photo_bytes = store.photo_data(record_id) if cls is Photo else None
    removed = editing.remove_record(store, cls, record_id)
    assert removed.changes.record_ids == {record_id}
    assert removed.changes.assessment_ids == {assessment_id}
    assert record_id not in {
        r.id for c in ("steps", "flows", "photos") for r in getattr(store.load_document(assessment_id), c)
    }
    assert any(t["record_id"] == record_id for t in store.tombstones())

    restored = editing.restore(store, removed.value)
    assert restored.changes
    assert _timeless(store.load_document(assessment_id)) == _timeless(before)
    assert not any(t["record_id"] == record_id for t in store.tombstones())
    if photo_bytes is not None:
        assert store.photo_data(record_id) == photo_bytes


def test_removing_what_is_not_there_changes_nothing(store: Store, assessment_id: str) -> None:
    outcome = editing.remove_record(store, Product, "00000000-0000-4000-8000-000000000000")
    assert outcome.value.deleted is None and not outcome.changes


def test_a_document_patched_with_an_edit_is_the_document_the_store_reads(
    store: Store, assessment_id: str
) -> None:
    step = store.insert(ProcessStep(assessment_id=assessment_id, name="Nung", position=0))
    store.insert(ProcessStep(assessment_id=assessment_id, name="Ra lò", position=1))
    flow = store.insert(StepFlow(step_id=step.id, direction="input", kind="energy", name="Than"))
    shown = store.load_document(assessment_id)
    edits = [
        editing.set_fields(store, StepFlow, flow.id, quantity=40.0, name="Than cám").value,
        editing.set_fields(store, Assessment, assessment_id, title="Đánh giá lò tuynel").value,
        editing.set_fields(store, Enterprise, shown.enterprise.id, contact_name="Võ Thị Lan").value,
    ]
    patched = editing.with_edits(shown, edits)
    assert patched == store.load_document(assessment_id)
    assert patched is not shown and shown.flows[0].quantity is None  # the shown one is left as it was

    moved = editing.set_fields(store, ProcessStep, step.id, position=2).value
    assert editing.with_edits(store.load_document(assessment_id), [moved]) is None  # read it again
    other = store.insert(Product(assessment_id=assessment_id, name="Gạch"))
    renamed = editing.set_fields(store, Product, other.id, name="Gạch 2 lỗ").value
    assert editing.with_edits(shown, [renamed]) is None  # a record the document does not hold
