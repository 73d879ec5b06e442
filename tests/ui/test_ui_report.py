"""The report from the windows: save as PDF, export to Excel, open in the PDF viewer."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from sxsh_desktop.reports.fonts import MissingFontError
from sxsh_desktop.ui.dialogs import ScriptedDialogs
from sxsh_desktop.ui.main_window import MainWindow
from sxsh_desktop.ui.problems import problem_text
from sxsh_desktop.ui.report_actions import ReportActions, safe_file_stem
from sxsh_desktop.ui.workbench.window import WorkflowWindow
from tests.report_fixtures import brick_kiln

ENTERPRISE = "Công ty Cổ phần Gạch Tuynel Đức Thọ"
BUILD_TIMEOUT_MS = 60_000


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder the user saves into (the database lives elsewhere)."""
    folder = tmp_path / "Tài liệu"
    folder.mkdir()
    return folder


@pytest.fixture
def chosen(main_window: MainWindow) -> MainWindow:
    """The main window with the brick works (and its photos) chosen in the registry."""
    document, photos = brick_kiln()
    store = main_window.store
    store.save_document(dataclasses.replace(document, photos=[]))
    for photo in document.photos:
        store.add_photo(photo, photos[photo.id])
    main_window.refresh()
    assert main_window.select_enterprise(document.enterprise.id)
    assert main_window.current_assessment() is not None
    return main_window


@pytest.fixture
def workflow(chosen: MainWindow) -> WorkflowWindow:
    window = chosen.open_assessment()
    assert window is not None
    return window


def _build(qtbot: QtBot, report: ReportActions, action_name: str) -> None:
    with qtbot.waitSignal(report.finished, timeout=BUILD_TIMEOUT_MS):
        getattr(report, action_name).trigger()
        assert not report.save_pdf_action.isEnabled()  # no second build while one runs
    assert report.save_pdf_action.isEnabled()


def _text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_save_as_pdf_from_the_workflow_window_writes_the_report_and_offers_to_open_it(
    workflow: WorkflowWindow, scripted: ScriptedDialogs, qtbot: QtBot, out: Path
) -> None:
    scripted.answers.extend([out / "Báo cáo cho doanh nghiệp", 0])  # no suffix typed; "Open the file"
    _build(qtbot, workflow.report, "save_pdf_action")

    kind, title, suggested = scripted.asked[0]
    assert (kind, title) == ("save_file", "Lưu báo cáo dạng PDF")
    assert Path(suggested).name == f"Báo cáo SXSH Gạch Đức Thọ {date.today().isoformat()}.pdf"
    written = out / "Báo cáo cho doanh nghiệp.pdf"
    text = _text(written)
    assert ENTERPRISE in text
    assert "SẢN XUẤT SẠCH HƠN" in text
    assert sum(len(page.images) for page in PdfReader(written).pages) == 3  # photos read from the store
    kind, title, message = scripted.asked[1]
    assert (kind, title) == ("choose", "Đã lưu báo cáo")
    assert str(written) in message
    assert scripted.opened == [written]
    assert sorted(p.name for p in out.iterdir()) == [written.name]  # nothing else left behind


def test_the_report_language_can_be_english_whatever_the_ui_language(
    workflow: WorkflowWindow, scripted: ScriptedDialogs, qtbot: QtBot, out: Path
) -> None:
    report = workflow.report
    assert report.language == "vi"
    report.language_actions["en"].trigger()
    assert report.language == "en"
    scripted.answers.extend([out / "report.pdf", 2])  # "Close": nothing is opened
    _build(qtbot, report, "save_pdf_action")
    assert Path(scripted.asked[0][2]).name.startswith("CP report Gạch Đức Thọ ")
    assert "CLEANER PRODUCTION" in PdfReader(out / "report.pdf").pages[0].extract_text()
    assert scripted.opened == []


def test_export_to_excel_from_the_main_window_for_the_chosen_assessment(
    chosen: MainWindow, scripted: ScriptedDialogs, qtbot: QtBot, out: Path
) -> None:
    target = out / "Số liệu Đức Thọ.xlsx"
    scripted.answers.extend([target, 1])  # "Open the folder"
    _build(qtbot, chosen.report, "export_workbook_action")
    assert scripted.asked[0][:2] == ("save_file", "Xuất đợt đánh giá ra Excel")
    assert Path(scripted.asked[0][2]).suffix == ".xlsx"
    workbook = load_workbook(target)
    assert workbook.sheetnames[0] == "Doanh nghiệp"
    assert scripted.asked[1][1] == "Đã lưu sổ tính"
    assert scripted.opened == [out]


def test_a_path_that_cannot_be_written_gives_a_translated_message_and_no_file(
    workflow: WorkflowWindow, scripted: ScriptedDialogs, qtbot: QtBot, out: Path
) -> None:
    target = out / "không có thư mục này" / "báo cáo.pdf"
    scripted.answers.append(target)
    _build(qtbot, workflow.report, "save_pdf_action")
    kind, _title, message = scripted.asked[-1]
    assert kind == "warn"
    assert message == f"Không ghi được {target}: thư mục chứa tệp không tồn tại. Hãy chọn thư mục khác."
    assert not target.parent.exists()

    folder = out / "đã là thư mục.pdf"
    folder.mkdir()
    scripted.answers.append(folder)
    _build(qtbot, workflow.report, "save_pdf_action")
    assert scripted.asked[-1] == ("warn", "SXSH Desktop", f"{folder} là một thư mục. Hãy đặt tên cho tệp.")
    assert list(folder.iterdir()) == []


def test_open_in_the_pdf_viewer_writes_the_pdf_and_opens_it_there(
    workflow: WorkflowWindow,
    scripted: ScriptedDialogs,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    _build(qtbot, workflow.report, "open_in_viewer_action")
    [opened] = scripted.opened
    assert opened.is_relative_to(tmp_path / "sxsh-print")
    assert opened.name == f"Báo cáo SXSH Gạch Đức Thọ {date.today().isoformat()}.pdf"
    assert ENTERPRISE in _text(opened)
    assert "trình xem PDF" in workflow.statusBar().currentMessage()

    scripted.can_open = False  # no PDF viewer installed
    _build(qtbot, workflow.report, "open_in_viewer_action")
    kind, _title, message = scripted.asked[-1]
    assert kind == "warn"
    assert message.startswith("Máy chưa cài trình xem PDF")
    assert str(scripted.opened[-1]) in message
    assert scripted.opened[-1].exists()  # the user can still find the report


def test_the_report_menu_and_its_keys(workflow: WorkflowWindow, chosen: MainWindow) -> None:
    report = workflow.report
    titles = [action.text() for action in workflow.menuBar().actions()]
    assert "&Báo cáo" in titles
    assert report.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert report.save_pdf_action.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert report.export_workbook_action.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert [action.text() for action in report.menu.actions()][2:4] == ["&In…", "Mở bằng trình &xem PDF…"]
    toolbar_texts = [action.iconText() for action in workflow.toolbar.actions()]
    assert {"Lưu PDF", "Xuất Excel", "In"} <= set(toolbar_texts)
    main_titles = [action.text() for action in chosen.menuBar().actions()]
    assert main_titles.index("&Gói dữ liệu") < main_titles.index("&Báo cáo") < main_titles.index("Trợ &giúp")


def test_without_a_chosen_assessment_the_main_window_offers_no_report(
    main_window: MainWindow, scripted: ScriptedDialogs
) -> None:
    assert main_window.current_assessment() is None
    report = main_window.report
    assert not report.save_pdf_action.isEnabled()
    report.save_pdf()  # e.g. a shortcut pressed anyway: nothing is asked
    assert scripted.asked == []


def test_problems_of_the_report_are_translated(language: str) -> None:
    text = problem_text(MissingFontError("The report font /x/NotoSans-Regular.ttf is missing."))
    assert text.startswith("Thiếu hoặc hỏng một phông chữ")


def test_suggested_file_names_are_valid_on_windows() -> None:
    assert safe_file_stem('Cơ sở "Đông/Tây": gạch *A*? ') == "Cơ sở Đông Tây gạch A"
    assert safe_file_stem("...") == "SXSH"


def test_switching_the_ui_language_retranslates_the_menu_and_the_default_report_language(
    workflow: WorkflowWindow, qtbot: QtBot
) -> None:
    from sxsh_desktop.ui.i18n import install_language

    report = workflow.report
    install_language("en")
    qtbot.waitUntil(lambda: report.menu.title() == "&Report")
    assert report.save_pdf_action.text() == "Save report as &PDF…"
    assert report.language == "en"  # not chosen in the menu: follows the UI
    report.language_actions["vi"].trigger()
    install_language("vi")
    install_language("en")
    assert report.language == "vi"  # chosen: kept


def test_closing_the_window_during_a_build_still_writes_the_file_and_restores_the_cursor(
    workflow: WorkflowWindow, scripted: ScriptedDialogs, out: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    scripted.answers.append(out / "báo cáo.pdf")
    workflow.report.save_pdf_action.trigger()
    assert QApplication.overrideCursor() is not None
    workflow.close()
    assert QApplication.overrideCursor() is None
    assert ENTERPRISE in _text(out / "báo cáo.pdf")
    assert [kind for kind, _title, _text in scripted.asked] == ["save_file"]  # nothing more asked
