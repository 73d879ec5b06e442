"""The assessment's outputs from a window: save the report as PDF, export the Excel workbook, print.

The PDF is the one source of what is printed: printing writes the report to a temporary file and
shows its pages, rendered by PDFium, in Qt's print preview (``print_preview``); who prefers can open
that file in the system's PDF viewer instead and print from there.

The document is read in the UI thread (one short read, plain records); the figures are computed and
the file written in a worker thread, so the window stays responsive while a large report is built.
Photos are read there one by one, each in its own short read (the store's engine gives the worker
its own SQLite connection), so their bytes are never all held at once.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QProgressBar

from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.services.outputs import Output, OutputJob, stored_photos, write_output
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.i18n import current_language
from sxsh_desktop.ui.problems import problem_text, problem_title
from sxsh_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

# Where the report comes from when an action is triggered: the store and the assessment's id, or
# None when no assessment is chosen.
ReportSource = Callable[[], "tuple[Store, str] | None"]

REPORT_LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}  # each named in its own language
FILE_PREFIX = {"vi": "Báo cáo SXSH", "en": "CP report"}  # file names follow the report's language
PRINT_FOLDER = "sxsh-print"
PRINT_FILES_KEPT_SECONDS = 24 * 3600  # a PDF viewer may still show yesterday's print file

# One build at a time: reportlab's settings are global, and builds queue behind each other.
_builder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sxsh-report")
_last_folder: Path | None = None  # where the user last saved an output, offered again


BuildJob = OutputJob  # what a build needs: the document, the reference data, the path, the photos


def suggested_file_name(document: AssessmentDocument, output: Output, language: str, today: date) -> str:
    """``Báo cáo SXSH Gạch Đức Thọ 2025-03-10.pdf``: the enterprise's short name and the date."""
    enterprise = document.enterprise
    name = enterprise.short_name or enterprise.name
    return f"{safe_file_stem(f'{FILE_PREFIX[language]} {name} {today.isoformat()}')}{output.value}"


def safe_file_stem(text: str) -> str:
    """``text`` without the characters Windows forbids in a file name (diacritics are kept)."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", text)
    return re.sub(r"\s+", " ", cleaned).strip(" .") or "SXSH"


def print_file_path(file_name: str) -> Path:
    """A fresh folder for one print under the temporary folder, older ones cleared away.

    Each print gets its own folder: the viewer may still hold the previous file open, which on
    Windows would forbid replacing it.
    """
    root = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)) / PRINT_FOLDER
    root.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - PRINT_FILES_KEPT_SECONDS
    for old in root.iterdir():
        with contextlib.suppress(OSError):  # still open in a viewer: cleared another time
            if old.is_dir() and old.stat().st_mtime < cutoff:
                shutil.rmtree(old)
    return Path(tempfile.mkdtemp(dir=root)) / file_name


def _documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


class ReportActions(QObject):
    """The report's actions for one window, with a "Report" menu; ``finished`` after each build
    (written or not) once the user has been told the outcome."""

    finished = Signal()

    def __init__(self, window: QMainWindow, source: ReportSource) -> None:
        super().__init__(window)
        self._window = window
        self._source = source
        self._available = True
        self._chosen_language: str | None = None  # None: the report follows the UI language
        self._closing = False  # the window closes: a finished build is not shown
        self._worker = Worker(self, _builder)
        self._worker.finished.connect(self.finished)

        self.save_pdf_action = self._action("Ctrl+Shift+S", self.save_pdf)
        self.export_workbook_action = self._action("Ctrl+Shift+E", self.export_workbook)
        self.print_action = self._action(QKeySequence.StandardKey.Print, self.print_report)
        self.open_in_viewer_action = self._action(None, self.open_in_viewer)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for language, name in REPORT_LANGUAGES.items():
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, chosen=language: self.set_language(chosen))
            self.language_actions[language] = action

        self.menu = QMenu(window)
        self.menu.setObjectName("reportMenu")
        self.menu.addActions(
            [self.save_pdf_action, self.export_workbook_action, self.print_action, self.open_in_viewer_action]
        )
        self.menu.addSeparator()
        self.language_menu = self.menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.menu.aboutToShow.connect(self._show_language)
        self.toolbar_actions = [self.save_pdf_action, self.export_workbook_action, self.print_action]

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy, with no measure of how far
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        window.statusBar().addPermanentWidget(self.progress)
        window.installEventFilter(self)
        self._retranslate()

    def _action(self, keys: str | QKeySequence.StandardKey | None, slot: Callable[[], None]) -> QAction:
        action = QAction(self._window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self._window.addAction(action)  # the shortcut works wherever the focus is in the window
        return action

    # --- language and state --------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The report's language: the one chosen in the menu, else the UI language."""
        return self._chosen_language or current_language()

    def set_language(self, language: str) -> None:
        self._chosen_language = language if language in REPORT_LANGUAGES else None
        self._show_language()

    def _show_language(self) -> None:
        self.language_actions[self.language].setChecked(True)

    @property
    def busy(self) -> bool:
        return self._worker.busy

    def set_available(self, available: bool) -> None:
        """Whether the window has an assessment to report on (the main window's choice)."""
        self._available = available
        self._update_enabled()

    def _update_enabled(self) -> None:
        for action in [*self.toolbar_actions, self.open_in_viewer_action]:
            action.setEnabled(self._available and not self.busy)

    def _retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Report"))
        self.save_pdf_action.setText(self.tr("Save report as &PDF…"))
        self.save_pdf_action.setIconText(self.tr("Save PDF"))
        self.export_workbook_action.setText(self.tr("Export to &Excel…"))
        self.export_workbook_action.setIconText(self.tr("Export Excel"))
        self.print_action.setText(self.tr("&Print…"))
        self.print_action.setIconText(self.tr("Print"))
        self.print_action.setToolTip(
            self.tr("Shows the report's pages as they will be printed, and prints them.")
        )
        self.open_in_viewer_action.setText(self.tr("Open in the PDF &viewer…"))
        self.open_in_viewer_action.setToolTip(
            self.tr("Opens the report in your PDF viewer, where you see the pages and print them.")
        )
        self.language_menu.setTitle(self.tr("Report &language"))
        self._show_language()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.LanguageChange:
                self._retranslate()
            elif event.type() == QEvent.Type.Close:
                self._finish_before_closing()
        return super().eventFilter(watched, event)

    # --- the actions -------------------------------------------------------------------------

    def save_pdf(self) -> None:
        self._save(Output.PDF)

    def export_workbook(self) -> None:
        self._save(Output.WORKBOOK)

    def print_report(self) -> None:
        self._write_for_printing(self._preview)

    def open_in_viewer(self) -> None:
        self._write_for_printing(self._open_for_printing)

    def _write_for_printing(self, then: Callable[[Path], None]) -> None:
        read = self._read()
        if read is None:
            return
        store, document = read
        name = suggested_file_name(document, Output.PDF, self.language, date.today())
        self._start(Output.PDF, store, document, print_file_path(name), then)

    def _read(self) -> tuple[Store, AssessmentDocument] | None:
        """The chosen assessment as it is now in the database (edits are saved as they are made)."""
        source = None if self.busy or not self._available else self._source()
        if source is None:
            return None
        store, assessment_id = source
        return store, store.load_document(assessment_id)

    def _save(self, output: Output) -> None:
        global _last_folder
        read = self._read()
        if read is None:
            return
        store, document = read
        if output is Output.PDF:
            title = self.tr("Save the report as PDF")
            file_filter = self.tr("PDF document (*.pdf)")
        else:
            title = self.tr("Export the assessment to Excel")
            file_filter = self.tr("Excel workbook (*.xlsx)")
        name = suggested_file_name(document, output, self.language, date.today())
        folder = _last_folder or _documents_folder()
        chosen = dialogs().save_file(self._window, title, str(folder / name), file_filter)
        if chosen is None:
            return
        if chosen.suffix.lower() != output.value:
            chosen = chosen.with_name(chosen.name + output.value)
        _last_folder = chosen.parent
        self._start(output, store, document, chosen, self._offer_to_open)

    def _start(
        self,
        output: Output,
        store: Store,
        document: AssessmentDocument,
        path: Path,
        then: Callable[[Path], None],
    ) -> None:
        job = BuildJob(output, document, store.reference(), path, self.language, stored_photos(store))
        self._worker.run(lambda: write_output(job), lambda written: self._built(written, then), self._failed)
        self._show_busy(output)

    def _show_busy(self, output: Output | None) -> None:
        self._update_enabled()
        status = self._window.statusBar()
        if output is None:
            QApplication.restoreOverrideCursor()
            self.progress.hide()
            status.clearMessage()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.progress.show()
        if output is Output.PDF:
            status.showMessage(self.tr("Writing the report…"))
        else:
            status.showMessage(self.tr("Writing the workbook…"))

    def _built(self, path: Path, then: Callable[[Path], None]) -> None:
        self._show_busy(None)
        if self._closing:
            return  # the window that would show it is going
        then(path)

    def _failed(self, error: BaseException) -> None:
        self._show_busy(None)
        if isinstance(error, KnownProblem):
            dialogs().warn(None if self._closing else self._window, problem_title(), problem_text(error))
        else:
            raise error  # a bug: the crash handler logs it

    def _finish_before_closing(self) -> None:
        """A window closed while its build runs: the build ends first (the file is written) and
        the user is told only if it failed, since the window that would ask is going."""
        if not self.busy:
            return
        self._closing = True
        try:
            self._worker.wait()
        finally:
            self._closing = False

    # --- after the build -----------------------------------------------------------------------

    def _offer_to_open(self, path: Path) -> None:
        if path.suffix.lower() == Output.PDF.value:
            title, text = self.tr("Report saved"), self.tr("The report was saved as\n{path}")
        else:
            title, text = self.tr("Workbook saved"), self.tr("The workbook was saved as\n{path}")
        choices = [self.tr("Open the file"), self.tr("Open the folder"), self.tr("Close")]
        chosen = dialogs().choose(self._window, title, text.format(path=path), choices)
        if chosen in (0, 1):
            self._open(path if chosen == 0 else path.parent)

    def _open(self, path: Path) -> None:
        if not dialogs().open_path(path):
            dialogs().warn(
                self._window,
                problem_title(),
                self.tr("No program on this computer opens {path}.").format(path=path),
            )

    def _preview(self, path: Path) -> None:
        # Imported when first used: loading PDFium and Qt's print support would slow the start.
        from sxsh_desktop.ui.pdf_pages import PdfPages
        from sxsh_desktop.ui.print_preview import ReportPreviewDialog

        try:
            pages = PdfPages(path)
        except KnownProblem as problem:
            dialogs().warn(self._window, problem_title(), problem_text(problem))
            return
        with pages:  # closed with the preview: PDFium's memory freed, the file no longer held open
            preview = ReportPreviewDialog(pages, self._window)
            try:
                result = dialogs().run(preview)
            finally:
                preview.deleteLater()
        if result == ReportPreviewDialog.OPEN_IN_VIEWER:
            self._open_for_printing(path)

    def _open_for_printing(self, path: Path) -> None:
        if dialogs().open_path(path):
            self._window.statusBar().showMessage(
                self.tr("The report is open in your PDF viewer: print it from there."), 15000
            )
            return
        dialogs().warn(
            self._window,
            problem_title(),
            self.tr(
                "No PDF viewer is installed, so the report cannot be printed from here. It was "
                "written to {path}; install a PDF viewer, or copy the file to a computer that has one."
            ).format(path=path),
        )
