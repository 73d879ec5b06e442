"""The store refuses a record that breaks a field rule, whoever sends it, and writes nothing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from sxsh_desktop.domain import model
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.store.repository import Store
from tests.sync_world import dump, small_document

BAD_EMAIL = "giamdoc@congty"


def _writes(store: Store, document: model.AssessmentDocument) -> dict[str, Callable[[], object]]:
    """Every public write of the store, each sending one value that breaks a rule."""
    enterprise, assessment = document.enterprise, document.assessment
    photo = model.Photo(assessment_id=assessment.id, owner_kind="assessment", owner_id=assessment.id)
    bad_document = dataclasses.replace(
        document, enterprise=dataclasses.replace(enterprise, contact_email=BAD_EMAIL)
    )
    return {
        "insert": lambda: store.insert(model.Enterprise(name="Công ty A", contact_email=BAD_EMAIL)),
        "insert_many": lambda: store.insert_many(
            [model.Enterprise(name="Công ty B"), model.Enterprise(name="Công ty C", contact_phone="12")]
        ),
        "update": lambda: store.update(model.Enterprise, enterprise.id, contact_email=BAD_EMAIL),
        "update of a number": lambda: store.update(model.Assessment, assessment.id, discount_rate=7.0),
        "save_document": lambda: store.save_document(bad_document),
        "add_photo": lambda: store.add_photo(dataclasses.replace(photo, mime_type="image/gif"), b"GIF89a"),
        "add_photo without owner": lambda: store.add_photo(dataclasses.replace(photo, owner_id=""), b"x"),
        "insert of a negative quantity": lambda: store.insert(
            model.Consumption(assessment_id=assessment.id, name="Than", yearly_quantity=-5)
        ),
    }


@pytest.mark.parametrize(
    ("write", "field"),
    [
        ("insert", "enterprise.contact_email: must be an e-mail address"),
        ("insert_many", "enterprise.contact_phone: must hold a phone number"),
        ("update", "enterprise.contact_email: must be an e-mail address"),
        ("update of a number", "assessment.discount_rate: must be a fraction"),
        ("save_document", "enterprise.contact_email: must be an e-mail address"),
        ("add_photo", "photo.mime_type: must be one of image/jpeg, image/png"),
        ("add_photo without owner", "photo.owner_id: is required"),
        ("insert of a negative quantity", "consumption.yearly_quantity: must not be negative"),
    ],
)
def test_every_public_write_refuses_a_bad_value_and_writes_nothing(
    db_path: Path, write: str, field: str
) -> None:
    store = Store.open(db_path)
    try:
        document = small_document(store)
        before = dump(db_path)
        with pytest.raises(ValidationError) as raised:
            _writes(store, document)[write]()
        assert str(raised.value).startswith(field)
        assert dump(db_path) == before
    finally:
        store.close()


def test_a_value_stored_before_its_rule_does_not_block_editing_other_fields(db_path: Path) -> None:
    from sxsh_desktop.store.repository import _upsert

    store = Store.open(db_path)
    try:
        enterprise = store.insert(model.Enterprise(name="Công ty Thủy sản Đức Thọ"))
        with store.database.begin() as connection:  # as yesterday's dialog saved it
            _upsert(connection, dataclasses.replace(enterprise, contact_email=BAD_EMAIL))
        edited = store.update(model.Enterprise, enterprise.id, contact_name="Lê Thị Hoa")
        assert (edited.contact_name, edited.contact_email) == ("Lê Thị Hoa", BAD_EMAIL)
        with pytest.raises(ValidationError, match="contact_phone"):
            store.update(model.Enterprise, enterprise.id, contact_phone="gọi sau")
        fixed = store.update(model.Enterprise, enterprise.id, contact_email="giamdoc@congty.vn")
        assert fixed.contact_email == "giamdoc@congty.vn"
    finally:
        store.close()


def test_duplicating_an_assessment_checks_the_copy(db_path: Path) -> None:
    from sxsh_desktop.store.repository import _upsert

    store = Store.open(db_path)
    try:
        document = small_document(store)
        with store.database.begin() as connection:
            _upsert(connection, dataclasses.replace(document.assessment, discount_rate=3.0))
        before = dump(db_path)
        with pytest.raises(ValidationError, match=r"assessment\.discount_rate"):
            store.duplicate_assessment(document.assessment.id, "Bản sao")
        assert dump(db_path) == before
    finally:
        store.close()
