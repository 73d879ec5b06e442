"""Registering and editing an enterprise: one set of rules, one sentence per problem, wherever the
enterprise comes from (the command line, the dialog, the store, the interchange file)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sxsh_desktop.cli import main
from sxsh_desktop.domain.model import Assessment, AssessmentDocument, Enterprise
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.interchange.jsonformat import dumps
from sxsh_desktop.services import enterprises
from sxsh_desktop.store.repository import Store

EMAIL_PROBLEM = "E-mail must be an e-mail address like name@example.vn (got 'giamdoc@congty')"
RULE = "must be an e-mail address like name@example.vn (got 'giamdoc@congty')"


def test_the_bad_email_gets_the_same_sentence_from_cli_service_store_and_interchange(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code = main(
        ["--db", str(db_path), "enterprise", "add", "--name", "Công ty Gạch", "--email", "giamdoc@congty"]
    )
    assert code == 2
    assert capsys.readouterr().err == f"sxsh: {EMAIL_PROBLEM}\n"

    typed = Enterprise(name="Công ty Gạch", contact_email="giamdoc@congty")
    with pytest.raises(ValidationError) as raised:
        enterprises.checked_enterprise(typed)
    assert (raised.value.message, raised.value.field) == (EMAIL_PROBLEM, "contact_email")

    store = Store.open(db_path)
    try:
        with pytest.raises(ValidationError) as raised:
            enterprises.register_enterprise(store, typed)
        assert raised.value.message == EMAIL_PROBLEM
        with pytest.raises(ValidationError) as raised:
            store.insert(typed)
        assert raised.value.message == f"enterprise.contact_email: {RULE}"
        assert store.count_enterprises() == 0
    finally:
        store.close()
    with pytest.raises(ValidationError) as raised:
        dumps(AssessmentDocument(typed, Assessment(enterprise_id=typed.id)))
    assert f"enterprise.contact_email: {RULE}" in raised.value.message


@pytest.mark.parametrize(
    ("phone", "accepted"),
    [
        ("0239 3855 123", True),
        ("+84 (912) 345-678", True),
        ("0912 345 678 (anh Hùng)", True),
        ("0239 3855 123 / 0912 345 678", True),
        ("12", False),
        ("gọi anh Hùng", False),
        ("0912 345", False),
        ("0912345678901234567", False),
    ],
)
def test_phone_numbers(phone: str, accepted: bool) -> None:
    typed = Enterprise(name="Công ty Gạch", contact_phone=phone)
    if accepted:
        assert enterprises.checked_enterprise(typed).contact_phone == phone
    else:
        with pytest.raises(ValidationError, match=r"^Phone must hold a phone number of 8 to 15 digits"):
            enterprises.checked_enterprise(typed)


def test_register_puts_the_enterprise_in_standard_form_and_refuses_a_taken_tax_code(db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        outcome = enterprises.register_enterprise(
            store, Enterprise(name="  Công ty   Thủy sản  ", tax_code="30.00.109.108", commune=" Xã  Kỳ Anh")
        )
        added = outcome.value
        assert (added.name, added.tax_code, added.commune) == ("Công ty Thủy sản", "3000109108", "Xã Kỳ Anh")
        assert outcome.changes.touches("enterprise") and added.id in outcome.changes.record_ids
        with pytest.raises(ValidationError, match="already registered to Công ty Thủy sản") as raised:
            enterprises.register_enterprise(store, Enterprise(name="Thủy sản HT", tax_code="3000109108"))
        assert raised.value.field == "tax_code"
        assert store.count_enterprises() == 1
    finally:
        store.close()


def test_edit_writes_only_what_changed_and_refuses_an_out_of_order_cp_ladder(db_path: Path) -> None:
    from datetime import date

    store = Store.open(db_path)
    try:
        added = enterprises.register_enterprise(store, Enterprise(name="HTX Gỗ Hương Sơn")).value
        same = enterprises.edit_enterprise(store, added.id, added)
        assert same.value.revision == 1 and not same.changes
        edited = enterprises.edit_enterprise(
            store, added.id, dataclasses.replace(added, contact_email="hoa@gohuongson.vn")
        )
        assert (edited.value.revision, edited.value.contact_email) == (2, "hoa@gohuongson.vn")
        backwards = dataclasses.replace(added, cp_informed_on=date(2024, 5, 1), cp_aware_on=date(2023, 1, 1))
        with pytest.raises(ValidationError, match="The CP steps come in order") as raised:
            enterprises.edit_enterprise(store, added.id, backwards)
        assert raised.value.field == enterprises.CP_STATUS
        assert store.get(Enterprise, added.id).revision == 2
    finally:
        store.close()
