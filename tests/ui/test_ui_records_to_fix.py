"""The enterprise dialog words a rule as the command line does; values saved before a rule existed
are listed in File ▸ Records to fix and fixed in the dialog."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from sxsh_desktop.cli import main
from sxsh_desktop.domain.model import Enterprise
from sxsh_desktop.store.repository import _upsert
from sxsh_desktop.ui.enterprise_dialog import EnterpriseDialog
from sxsh_desktop.ui.i18n import install_language
from sxsh_desktop.ui.main_window import MainWindow


@pytest.fixture
def english(main_window: MainWindow) -> Iterator[MainWindow]:
    install_language("en")
    yield main_window  # the language fixture puts Vietnamese back


def _typed_in_new_dialog(window: MainWindow, email: str) -> EnterpriseDialog:
    window.ui.actionNewEnterprise.trigger()
    dialog = window.dialog
    assert isinstance(dialog, EnterpriseDialog)
    dialog.ui.nameEdit.setText("Công ty Gạch Tuynel Đồng Lộc")
    dialog.ui.contactEmailEdit.setText(email)
    dialog.accept()
    return dialog


def test_the_dialog_refuses_the_email_with_the_command_lines_sentence(
    english: MainWindow, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    dialog = _typed_in_new_dialog(english, "giamdoc@congty")
    assert dialog.isVisible()
    assert english.store.count_enterprises() == 0
    code = main(
        [
            "--db",
            str(tmp_path / "cli.sqlite3"),
            "enterprise",
            "add",
            "--name",
            "Gạch",
            "--email",
            "giamdoc@congty",
        ]
    )
    assert code == 2
    cli_message = capsys.readouterr().err.removeprefix("sxsh: ").rstrip("\n")
    assert dialog.error_text("contact_email") == cli_message
    assert cli_message == "E-mail must be an e-mail address like name@example.vn (got 'giamdoc@congty')"


def test_in_vietnamese_the_same_problem_is_translated(main_window: MainWindow) -> None:
    dialog = _typed_in_new_dialog(main_window, "giamdoc@congty")
    assert dialog.isVisible()
    shown = dialog.error_text("contact_email")
    assert "'giamdoc@congty'" in shown and "name@example.vn" in shown and "E-mail must" not in shown
    assert main_window.store.count_enterprises() == 0
    dialog.ui.contactEmailEdit.setText("giamdoc@congty.vn")
    dialog.accept()
    assert not dialog.isVisible()
    assert main_window.store.count_enterprises() == 1


def test_a_value_saved_earlier_is_listed_and_fixed_in_the_enterprise_dialog(main_window: MainWindow) -> None:
    store = main_window.store
    enterprise = store.insert(Enterprise(name="Công ty Thủy sản Đức Thọ"))
    with store.database.begin() as connection:  # as yesterday's dialog saved it
        _upsert(connection, dataclasses.replace(enterprise, contact_email="giamdoc@congty"))
    main_window.refresh()
    assert main_window.records_to_fix_action in main_window.ui.fileMenu.actions()

    main_window.records_to_fix_action.trigger()
    listing = main_window.records_dialog
    assert listing is not None and listing.isVisible()
    assert [(b.record_id, b.field) for b in listing.breaks] == [(enterprise.id, "contact_email")]

    listing.fix_current()
    dialog = main_window.dialog
    assert isinstance(dialog, EnterpriseDialog) and dialog.isVisible()
    assert "'giamdoc@congty'" in dialog.error_text("contact_email")  # shown before Save is pressed
    dialog.ui.contactEmailEdit.setText("giamdoc@thuysanductho.vn")
    dialog.accept()
    assert not dialog.isVisible()
    assert store.get(Enterprise, enterprise.id).contact_email == "giamdoc@thuysanductho.vn"
    assert listing.breaks == []
    assert not listing.fix_button.isEnabled()
