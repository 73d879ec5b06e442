"""File ▸ Import facility list: preview (mapping, legacy fonts before and after, rows, communes to
decide), import in one batch, undo it; a bad file is one warning and changes nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sxsh_desktop.ui.dialogs import ScriptedDialogs
from sxsh_desktop.ui.main_window import MainWindow
from sxsh_desktop.ui.registry_import_dialog import RegistryImportDialog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from registry_files import TCVN3_XLS, legacy_csv, not_a_spreadsheet

pytestmark = pytest.mark.gui


def _texts(table: object, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]  # type: ignore[attr-defined]


def _dialog(window: MainWindow) -> RegistryImportDialog:
    window.import_list_action.trigger()
    dialog = window.import_dialog
    assert isinstance(dialog, RegistryImportDialog)
    return dialog


def test_preview_import_and_undo(main_window: MainWindow, scripted: ScriptedDialogs) -> None:
    dialog = _dialog(main_window)
    scripted.answers.append(TCVN3_XLS)
    dialog.choose_file()
    assert "Công ty TNHH Thương mại Hà Tĩnh" in _texts(dialog.conversions, 4)
    assert "DANH SÁCH CƠ SỞ SẢN XUẤT" in _texts(dialog.conversions, 4)
    assert _texts(dialog.rows, 2) == [
        "Công ty TNHH Thương mại Hà Tĩnh",
        "Hợp tác xã Dệt may Đức Thọ",
        "Hộ kinh doanh Nguyễn Văn An",
    ]
    assert _texts(dialog.communes, 2) == ["Xã Kỳ Lợi"]
    assert dialog.columns.cellWidget(1, 3).currentData() == "name"
    dialog.run_import()
    assert main_window.store.count_enterprises() == 3
    assert main_window.registry.rowCount() == 3
    scripted.answers.append(True)
    dialog.undo_last()
    assert main_window.store.count_enterprises() == 0
    assert main_window.registry.rowCount() == 0


def test_a_column_left_out_in_the_mapping_is_not_imported(
    main_window: MainWindow, scripted: ScriptedDialogs
) -> None:
    dialog = _dialog(main_window)
    dialog.open_file(TCVN3_XLS)
    employees = dialog.columns.cellWidget(5, 3)
    employees.setCurrentIndex(employees.findData(None))
    dialog.run_preview()
    dialog.run_import()
    assert {e.employees for e in main_window.store.enterprises()} == {None}


def test_guessed_legacy_text_waits_for_a_decision(
    main_window: MainWindow, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    dialog = _dialog(main_window)
    dialog.open_file(legacy_csv(tmp_path))
    assert not dialog.import_button.isEnabled()
    dialog.legacy.setCurrentIndex(dialog.legacy.findData("guess"))
    dialog.run_preview()
    assert dialog.import_button.isEnabled()
    dialog.run_import()
    assert [e.name for e in main_window.store.enterprises()] == ["Công ty TNHH Thương mại Hà Tĩnh"]


def test_a_bad_file_is_one_warning(
    main_window: MainWindow, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    dialog = _dialog(main_window)
    dialog.open_file(not_a_spreadsheet(tmp_path))
    kind, _title, text = scripted.asked[-1]
    assert kind == "warn" and "report.xlsx" in text
    assert not dialog.import_button.isEnabled()
