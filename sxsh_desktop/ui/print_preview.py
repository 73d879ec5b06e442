"""Print preview and printing of the report: its own PDF pages, rendered by PDFium, on Qt's printer.

What is printed is exactly the PDF the user could save: each page is rendered as an image at the
printer's resolution (at most ``PRINT_DPI_LIMIT``) and drawn to fit the paper, keeping its shape.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QAction, QGuiApplication, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QToolBar, QWidget

from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.problems import problem_text, problem_title

if TYPE_CHECKING:
    from sxsh_desktop.ui.pdf_pages import PdfPages

PRINT_DPI_LIMIT = 300  # finer is invisible on paper and costs memory and time
PREVIEW_DPI = 150  # the preview keeps an image of every page in memory while it is open


class PrintOutcome(Enum):
    PRINTED = "printed"
    NO_PAGES = "no_pages"  # the chosen page range holds none of the document's pages
    PRINTER_FAILED = "printer_failed"  # the printer could not start, or stopped midway


def report_printer(document_name: str) -> QPrinter:
    """A printer for the report: A4 portrait, the whole sheet (the PDF pages have their margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF())
    )
    printer.setFullPage(True)
    printer.setDocName(document_name)  # the job's name in the print queue
    return printer


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """The pages (from 0) the printer asks for, in printing order."""
    ranges = printer.pageRanges()
    chosen = [index for index in range(page_count) if ranges.isEmpty() or ranges.contains(index + 1)]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        chosen.reverse()
    return chosen


def fitted(size: QSizeF, area: QRectF) -> QRectF:
    """``size`` scaled to fit ``area`` with its shape kept, centred in it."""
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    corner = area.center() - QPointF(scaled.width() / 2, scaled.height() / 2)
    return QRectF(corner, scaled)


def print_pages(pages: PdfPages, printer: QPrinter) -> PrintOutcome:
    """Draw the chosen pages of ``pages`` onto ``printer``, one sheet each."""
    chosen = pages_to_print(printer, pages.page_count)
    if not chosen:
        return PrintOutcome.NO_PAGES
    painter = QPainter()
    if not painter.begin(printer):
        return PrintOutcome.PRINTER_FAILED
    try:
        # The preview records the pages as pictures: a lower resolution keeps them small.
        previewing = painter.paintEngine().type() == QPaintEngine.Type.Picture
        dpi = min(printer.resolution(), PREVIEW_DPI if previewing else PRINT_DPI_LIMIT)
        paint_rect = printer.pageLayout().paintRectPixels(printer.resolution())
        area = QRectF(QPointF(0, 0), QSizeF(paint_rect.size()))  # the painter starts at its corner
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for position, index in enumerate(chosen):
            if position and not printer.newPage():
                return PrintOutcome.PRINTER_FAILED
            image = pages.render(index, dpi)
            painter.drawImage(fitted(QSizeF(image.size()), area), image)
    finally:
        painter.end()
    return PrintOutcome.PRINTED


class ReportPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview of the report's pages, with a way out to the system's PDF viewer.

    Closed by "Open in the PDF viewer", its result is ``OPEN_IN_VIEWER``: the caller opens the
    file once the preview (and the PDF it holds open) is closed.
    """

    OPEN_IN_VIEWER = 2  # beyond QDialog's Rejected (0) and Accepted (1)

    def __init__(self, pages: PdfPages, parent: QWidget | None = None) -> None:
        printer = report_printer(pages.path.stem)
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own a printer it is given
        self.pages = pages
        self.setWindowTitle(self.tr("Print preview: {name}").format(name=pages.path.name))
        self.open_in_viewer_action = QAction(self.tr("Open in the PDF viewer"), self)
        self.open_in_viewer_action.setToolTip(
            self.tr("Close the preview and open the report in your PDF viewer, to print it from there.")
        )
        self.open_in_viewer_action.triggered.connect(lambda: self.done(self.OPEN_IN_VIEWER))
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:  # Qt's layout of the dialog; without it the action is still there
            toolbar.addSeparator()
            toolbar.addAction(self.open_in_viewer_action)
        self.addAction(self.open_in_viewer_action)
        self.paintRequested.connect(self.paint)
        self._size_to_screen(toolbar)

    def _size_to_screen(self, toolbar: QToolBar | None) -> None:
        """Tall enough for a page, wide enough for every button of the toolbar."""
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        height = round(available.height() * 0.9)
        buttons = toolbar.sizeHint().width() + 40 if toolbar is not None else 0
        self.resize(min(max(round(height * 0.8), buttons), available.width()), height)

    def paint(self, printer: QPrinter) -> None:
        """Qt's request to draw the pages, for the preview or for the printer the user chose."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = print_pages(self.pages, printer)
        except KnownProblem as problem:
            QApplication.restoreOverrideCursor()
            dialogs().warn(self, problem_title(), problem_text(problem))
            return
        QApplication.restoreOverrideCursor()
        if outcome is PrintOutcome.NO_PAGES:
            dialogs().warn(
                self,
                problem_title(),
                self.tr(
                    "The chosen pages are not in the report, which has %n page(s).",
                    "",
                    self.pages.page_count,
                ),
            )
        elif outcome is PrintOutcome.PRINTER_FAILED:
            dialogs().warn(
                self,
                problem_title(),
                self.tr(
                    "The printer did not accept the report. Check that it is switched on and "
                    "connected, and try again; or open the report in your PDF viewer."
                ),
            )
