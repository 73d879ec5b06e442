"""Printing the report: its own PDF pages in Qt's print preview, on paper exactly as in the PDF."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from sxsh_desktop.calc import compute_assessment
from sxsh_desktop.domain.reference_files import load_reference_files
from sxsh_desktop.reports.pdf import build_report
from sxsh_desktop.ui import report_actions
from sxsh_desktop.ui.dialogs import ScriptedDialogs
from sxsh_desktop.ui.main_window import MainWindow
from sxsh_desktop.ui.pdf_pages import PdfPages, UnreadablePdfError
from sxsh_desktop.ui.print_preview import ReportPreviewDialog, print_pages
from sxsh_desktop.ui.workbench.window import WorkflowWindow
from tests.report_fixtures import brick_kiln

BUILD_TIMEOUT_MS = 60_000
A4_SHAPE = 297 / 210


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The brick works' report in Vietnamese, with its photos."""
    document, photos = brick_kiln()
    reference = load_reference_files()
    path = tmp_path_factory.mktemp("report") / "Báo cáo SXSH Gạch Đức Thọ.pdf"
    return build_report(document, compute_assessment(document, reference), reference, path, "vi", photos.get)


@pytest.fixture
def workflow(main_window: MainWindow) -> WorkflowWindow:
    document, photos = brick_kiln()
    store = main_window.store
    store.save_document(dataclasses.replace(document, photos=[]))
    for photo in document.photos:
        store.add_photo(photo, photos[photo.id])
    main_window.refresh()
    assert main_window.select_enterprise(document.enterprise.id)
    window = main_window.open_assessment()
    assert window is not None
    return window


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def dark_fraction(image: QImage) -> float:
    """The share of pixels darker than mid grey, sampled on a grid."""
    step = 4
    samples = [
        image.pixelColor(x, y).lightness()
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    ]
    return sum(1 for lightness in samples if lightness < 128) / len(samples)


def difference(first: QImage, second: QImage) -> float:
    """The mean difference in lightness (0 to 255) of two images of one size, sampled on a grid."""
    step = 2
    points = [(x, y) for y in range(0, first.height(), step) for x in range(0, first.width(), step)]
    return sum(
        abs(first.pixelColor(x, y).lightness() - second.pixelColor(x, y).lightness()) for x, y in points
    ) / len(points)


def test_print_shows_the_report_in_a_preview_that_prints_every_page(
    workflow: WorkflowWindow, scripted: ScriptedDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    printed = tmp_path / "in ra.pdf"
    seen: dict[str, object] = {}

    def in_preview(dialog: ReportPreviewDialog) -> int:
        toolbar = dialog.findChild(QToolBar)
        seen["buttons"] = [action.text() for action in toolbar.actions()]
        seen["report"] = dialog.pages.path
        seen["report pages"] = len(PdfReader(dialog.pages.path).pages)
        dialog.paintRequested.emit(pdf_printer(printed))  # what the dialog's Print button does
        return 0

    scripted.answers.append(in_preview)
    with qtbot.waitSignal(workflow.report.finished, timeout=BUILD_TIMEOUT_MS):
        workflow.report.print_action.trigger()

    kind, title, _text = scripted.asked[0]
    assert kind == "run"
    assert title.startswith("Xem trước bản in: Báo cáo SXSH Gạch Đức Thọ ")
    assert "Mở bằng trình xem PDF" in seen["buttons"]
    assert seen["report pages"] >= 5
    assert len(PdfReader(printed).pages) == seen["report pages"]
    assert scripted.opened == []  # the PDF viewer is not involved
    assert len(scripted.asked) == 1  # and nothing went wrong


def test_the_preview_can_hand_the_report_to_the_pdf_viewer(
    workflow: WorkflowWindow, scripted: ScriptedDialogs, qtbot: QtBot
) -> None:
    def choose_the_viewer(dialog: ReportPreviewDialog) -> int:
        dialog.open_in_viewer_action.trigger()
        return dialog.result()

    scripted.answers.append(choose_the_viewer)
    with qtbot.waitSignal(workflow.report.finished, timeout=BUILD_TIMEOUT_MS):
        workflow.report.print_action.trigger()
    [opened] = scripted.opened
    assert opened.suffix == ".pdf" and opened.exists()
    assert "trình xem PDF" in workflow.statusBar().currentMessage()


def test_the_chosen_pages_are_printed_in_the_order_asked(
    report_pdf: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    with PdfPages(report_pdf) as pages:
        dialog = ReportPreviewDialog(pages)
        qtbot.addWidget(dialog)
        printer = pdf_printer(tmp_path / "trang 2-3.pdf")
        printer.setFromTo(2, 3)
        dialog.paint(printer)
        assert len(PdfReader(tmp_path / "trang 2-3.pdf").pages) == 2

        backwards = pdf_printer(tmp_path / "ngược.pdf")
        backwards.setPageOrder(QPrinter.PageOrder.LastPageFirst)
        print_pages(pages, backwards)
    with PdfPages(tmp_path / "ngược.pdf") as printed, PdfPages(report_pdf) as report:
        printed_last = printed.render(printed.page_count - 1, 40)
        cover = report.render(0, 40)
        report_last = report.render(report.page_count - 1, 40)
    # The cover comes out last (the printed pages are images: they are compared as drawings).
    assert printed_last.size() == cover.size()
    assert difference(printed_last, cover) < difference(printed_last, report_last) / 2


def test_a_page_range_outside_the_report_is_told_and_nothing_is_printed(
    report_pdf: Path, scripted: ScriptedDialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "không có trang.pdf"
    with PdfPages(report_pdf) as pages:
        dialog = ReportPreviewDialog(pages)
        qtbot.addWidget(dialog)
        printer = pdf_printer(target)
        printer.setFromTo(pages.page_count + 1, pages.page_count + 3)
        dialog.paint(printer)
        count = pages.page_count
    assert scripted.asked == [
        ("warn", "SXSH Desktop", f"Các trang đã chọn không có trong báo cáo; báo cáo có {count} trang.")
    ]
    assert not target.exists()


def test_a_page_renders_as_a_drawn_image_of_the_page_shape(report_pdf: Path) -> None:
    with PdfPages(report_pdf) as pages:
        size = pages.page_size(0)
        image = pages.render(0, 100)
    assert size.height() / size.width() == pytest.approx(A4_SHAPE, rel=0.01)
    assert image.height() / image.width() == pytest.approx(A4_SHAPE, rel=0.01)
    assert image.width() == pytest.approx(210 / 25.4 * 100, abs=1)
    assert image.dotsPerMeterX() == round(100 / 0.0254)
    assert 0.001 < dark_fraction(image) < 0.5  # text is there, the page is not black
    white = image.pixelColor(5, 5)  # a margin: white, so the colours are in the right order
    assert (white.red(), white.green(), white.blue()) == (255, 255, 255)


def test_closed_pages_cannot_be_rendered(report_pdf: Path) -> None:
    pages = PdfPages(report_pdf)
    with pages:
        pages.render(0, 20)
    with pytest.raises(ValueError, match="closed"):
        pages.render(0, 20)
    pages.close()  # closing twice is harmless


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4\nnot really", b"\x89PNG\r\n\x1a\n"])
def test_a_damaged_pdf_is_a_known_problem(tmp_path: Path, content: bytes) -> None:
    damaged = tmp_path / "hỏng.pdf"
    damaged.write_bytes(content)
    with pytest.raises(UnreadablePdfError) as raised:
        PdfPages(damaged)
    assert raised.value.path == damaged


def test_a_damaged_print_file_gives_a_translated_message_and_no_preview(
    workflow: WorkflowWindow,
    scripted: ScriptedDialogs,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def write_damaged(job: report_actions.BuildJob) -> Path:
        job.path.write_bytes(b"%PDF-1.7\n% cut short by a full disk")
        return job.path

    monkeypatch.setattr(report_actions, "write_output", write_damaged)
    with qtbot.waitSignal(workflow.report.finished, timeout=BUILD_TIMEOUT_MS):
        workflow.report.print_action.trigger()
    [(kind, title, message)] = scripted.asked  # no preview was run
    assert (kind, title) == ("warn", "SXSH Desktop")
    assert message.endswith(
        "không phải là tệp PDF đọc được: tệp bị hỏng hoặc không đầy đủ nên không thể "
        "xem hay in. Hãy lập lại báo cáo rồi thử lại."
    )
    assert "Traceback" not in message
