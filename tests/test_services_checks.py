"""Values stored before a rule existed: listed with how to fix them, fixable, and never sent."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from sxsh_desktop.cli import main
from sxsh_desktop.domain import model
from sxsh_desktop.services import packages
from sxsh_desktop.services.checks import RecordsToFix, records_breaking_rules
from sxsh_desktop.store.repository import Store, _upsert
from tests.sync_world import World, dump, small_document

BAD_EMAIL = "giamdoc@congty"


def _saved_by_yesterdays_dialog(store: Store, enterprise: model.Enterprise) -> None:
    """The value as an older version stored it, past today's store rules."""
    with store.database.begin() as connection:
        _upsert(connection, dataclasses.replace(enterprise, contact_email=BAD_EMAIL))


def test_sxsh_check_lists_the_value_and_enterprise_edit_fixes_it(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    store = Store.open(db_path)
    document = small_document(store)
    _saved_by_yesterdays_dialog(store, document.enterprise)
    [found] = records_breaking_rules(store)
    store.close()
    assert (found.entity, found.record_id, found.field) == (
        "enterprise",
        document.enterprise.id,
        "contact_email",
    )

    assert main(["--db", str(db_path), "check", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["problem"] == f"E-mail must be an e-mail address like name@example.vn (got '{BAD_EMAIL}')"
    assert listed["enterprise"] == "Công ty Gạch Tuynel Đồng Lộc"
    assert f"sxsh enterprise edit {document.enterprise.id}" in listed["fix"]

    assert (
        main(["--db", str(db_path), "enterprise", "edit", document.enterprise.id[:8], "--email", "x@y"]) == 2
    )
    assert "E-mail must be an e-mail address" in capsys.readouterr().err
    assert (
        main(
            ["--db", str(db_path), "enterprise", "edit", document.enterprise.id[:8], "--email", "gd@gach.vn"]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--db", str(db_path), "check"]) == 0
    assert "Every stored value keeps the field rules." in capsys.readouterr().out


def test_an_export_carrying_a_bad_value_names_it_and_writes_nothing(tmp_path: Path) -> None:
    world = World(tmp_path)
    try:
        consultant = world.consultant("an")
        document = small_document(consultant)
        _saved_by_yesterdays_dialog(consultant, document.enterprise)
        package = tmp_path / "goi.sxsh"
        before = dump(consultant.path)
        with pytest.raises(RecordsToFix) as raised:
            packages.export_packages(consultant, package, [document.assessment.id])
        message = str(raised.value)
        assert "Công ty Gạch Tuynel Đồng Lộc" in message and BAD_EMAIL in message
        assert "sxsh check" in message
        assert not package.exists()
        assert dump(consultant.path) == before

        consultant.update(model.Enterprise, document.enterprise.id, contact_email="gd@gach.vn")
        result = packages.export_packages(consultant, package).value
        assert result.assessment_ids == (document.assessment.id,)
        preview = world.import_(package, approve_new_key=True)
        assert preview.counts["new"] > 0
    finally:
        world.close()


def test_a_reference_package_naming_an_enterprise_with_a_bad_value_names_every_one(tmp_path: Path) -> None:
    from sxsh_desktop.store.setup import ensure_reference
    from tests.sync_world import PASSPHRASE

    world = World(tmp_path)
    try:
        world.consultant("an")  # a registered consultant reads the enterprises
        office = world.office
        ensure_reference(office)
        good = office.insert(model.Enterprise(name="Công ty Thép Kỳ Anh"))
        first = office.insert(model.Enterprise(name="Công ty Gạch Đồng Lộc"))
        second = office.insert(model.Enterprise(name="HTX Nước mắm Thiên Cầm"))
        _saved_by_yesterdays_dialog(office, first)
        with office.database.begin() as connection:
            _upsert(connection, dataclasses.replace(second, contact_phone="gọi sau"))
        before = dump(office.path)
        path = tmp_path / "tham chieu.sxshref"
        with pytest.raises(RecordsToFix) as raised:
            packages.export_reference_package(office, path, PASSPHRASE, enterprises="all")
        assert {(b.record_id, b.field) for b in raised.value.breaks} == {
            (first.id, "contact_email"),
            (second.id, "contact_phone"),
        }
        assert not path.exists() and dump(office.path) == before
        result = packages.export_reference_package(office, path, PASSPHRASE, enterprises=[good.id]).value
        assert result.enterprise_count == 1
    finally:
        world.close()
