"""The workflow window of one assessment: the steps on the side, the step's page beside them.

Every edit is saved by the ``RecordEditor`` as it is made. Its change notice (after undo and redo
too) makes the window read the document once, compute its figures and completeness once, and
hand them with the notice to every page (``WorkflowPage.apply_changes``); several notices in a
row give one refresh. The side list shows what each step still misses. Nothing blocks moving
from step to step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.domain.text import escape_html as _escape
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.services.changes import Changes
from sxsh_desktop.store.errors import NotFoundError
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.packages.export_page import ExportPage
from sxsh_desktop.ui.pages import workflow_pages
from sxsh_desktop.ui.problems import problem_text, problem_title
from sxsh_desktop.ui.report_actions import ReportActions
from sxsh_desktop.ui.workbench.context import WorkbenchContext
from sxsh_desktop.ui.workbench.enterprise_page import EnterprisePage
from sxsh_desktop.ui.workbench.page import WorkflowPage

if TYPE_CHECKING:
    from sxsh_desktop.services.editing import AssessmentState, Edited

PageFactory = Callable[[WorkbenchContext], list[WorkflowPage]]


def enterprise_pages(context: WorkbenchContext) -> list[WorkflowPage]:
    return [EnterprisePage(context)]


def step_pages(context: WorkbenchContext) -> list[WorkflowPage]:
    """The pages of the rapid-assessment steps, in order."""
    return workflow_pages(context)


def export_pages(context: WorkbenchContext) -> list[WorkflowPage]:
    return [ExportPage(context)]


# The workflow, in order: each factory gives the pages of its steps.
PAGE_FACTORIES: list[PageFactory] = [enterprise_pages, step_pages, export_pages]

COMPLETE_MARK = "✓"


class WorkflowWindow(QMainWindow):
    """One assessment open for work. ``closed(assessment_id)`` tells the main window."""

    closed = Signal(str)

    def __init__(self, context: WorkbenchContext, assessment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.assessment_id = assessment_id
        self.view = self._read()
        self.document: AssessmentDocument = self.view.document
        # What changed since the last refresh; None: anything may have (refresh everything).
        self._pending: Changes | None = Changes()
        # The edits of fields among those changes (None: some change was not one: read again).
        self._pending_edits: list[Edited] | None = []
        self.pages: list[WorkflowPage] = [page for factory in PAGE_FACTORIES for page in factory(context)]

        self.steps = QListWidget()
        self.steps.setObjectName("stepList")
        self.steps.setIconSize(QSize(0, 0))
        self.stack = QStackedWidget()
        for page in self.pages:
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QScrollArea.Shape.NoFrame)
            scroller.setWidget(page)
            self.stack.addWidget(scroller)
            page.edited.connect(self.schedule_reload)
            page.missing_changed.connect(self._update_steps)
            page.missing_changed.connect(self._update_undo_actions)
            self.steps.addItem(QListWidgetItem())
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.missing_label.setTextFormat(Qt.TextFormat.RichText)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.steps, 3)
        side_layout.addWidget(self.missing_label, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(side)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1000])
        self.setCentralWidget(splitter)
        self.steps.currentRowChanged.connect(self._show_step)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._refresh_pending)
        context.editor.applied.connect(self._changes_applied)
        context.editor.failed.connect(self._write_failed)
        self._build_actions()
        self._retranslate()
        self._load_pages(None)
        self.steps.setCurrentRow(0)
        self.resize(1280, 720)

    # --- actions -----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        stack = self.context.editor.undo_stack
        self.undo_action = QAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.triggered.connect(stack.redo)
        stack.indexChanged.connect(self._update_undo_actions)
        self.previous_action = QAction(self)
        self.previous_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_action.triggered.connect(lambda: self.go_to_step(self.steps.currentRow() - 1))
        self.next_action = QAction(self)
        self.next_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_action.triggered.connect(lambda: self.go_to_step(self.steps.currentRow() + 1))
        self.completed_action = QAction(self)
        self.completed_action.setCheckable(True)
        self.completed_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.completed_action.triggered.connect(self.mark_completed)
        self.close_action = QAction(self)
        self.close_action.setShortcuts(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("workflowToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.undo_action,
            self.redo_action,
            None,
            self.previous_action,
            self.next_action,
            None,
            self.completed_action,
        ):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)
        self.addAction(self.close_action)
        self.report = ReportActions(self, lambda: (self.context.store, self.assessment_id))
        self.menuBar().addMenu(self.report.menu)
        self.toolbar.addSeparator()
        self.toolbar.addActions(self.report.toolbar_actions)

    def _retranslate(self) -> None:
        self._update_undo_actions()
        self.previous_action.setText(self.tr("◀ Previous step"))
        self.next_action.setText(self.tr("Next step ▶"))
        self.close_action.setText(self.tr("Close"))
        self.completed_action.setText(self.tr("Completed"))
        self.completed_action.setToolTip(
            self.tr("Mark the assessment as completed, or as still in progress (Ctrl+Shift+D)")
        )
        self.toolbar.setWindowTitle(self.tr("Workflow"))
        self._update_title()
        self._update_steps()

    def undo(self) -> None:
        """Ctrl+Z: a value refused on the page shown goes first (its cell shows the saved value
        again); then the saved edits, latest first."""
        if self.current_page().drop_last_pending():
            return
        self.context.editor.undo_stack.undo()

    def _update_undo_actions(self, *_args: object) -> None:
        stack = self.context.editor.undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(self.tr("Undo {action}").format(action=undo) if undo else self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo {action}").format(action=redo) if redo else self.tr("Redo"))
        self.undo_action.setEnabled(stack.canUndo() or any(page.has_pending() for page in self.pages))
        self.redo_action.setEnabled(stack.canRedo())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- steps -------------------------------------------------------------------------------

    def go_to_step(self, row: int) -> None:
        """Show step ``row`` with the focus on its first control (Ctrl+PgUp / Ctrl+PgDown)."""
        if 0 <= row < len(self.pages):
            self.steps.setCurrentRow(row)
            self.pages[row].focus_first()

    def _show_step(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            self._update_missing()

    def current_page(self) -> WorkflowPage:
        return self.pages[self.stack.currentIndex()]

    def step_text(self, row: int) -> str:
        return self.steps.item(row).text()

    def mark_completed(self, completed: bool) -> None:
        """The assessment completed (or back in progress): one undoable edit."""
        from sxsh_desktop.domain.model import Assessment, AssessmentStatus

        status = AssessmentStatus.COMPLETED if completed else AssessmentStatus.DRAFT
        if self.document.assessment.status != status.value:
            try:
                self.context.editor.set_fields(
                    Assessment, self.assessment_id, self.completed_action.text(), status=status.value
                )
            except KnownProblem as problem:
                dialogs().warn(self, problem_title(), problem_text(problem))
        self._update_title()

    def _update_title(self) -> None:
        from sxsh_desktop.domain.model import AssessmentStatus

        self.completed_action.setChecked(self.document.assessment.status != AssessmentStatus.DRAFT.value)
        enterprise = self.document.enterprise
        title = self.document.assessment.title or self.tr("Assessment")
        self.setWindowTitle(f"{enterprise.short_name or enterprise.name} – {title} – SXSH Desktop")

    def _update_steps(self) -> None:
        for row, page in enumerate(self.pages):
            missing = page.missing()
            number = f"{row + 1}. {page.title()}"
            item = self.steps.item(row)
            if missing:
                item.setText(self.tr("{step}  ({count} missing)").format(step=number, count=len(missing)))
            else:
                item.setText(f"{number}  {COMPLETE_MARK}")
            item.setToolTip("\n".join(missing))
        self._update_missing()

    def _update_missing(self) -> None:
        row = self.steps.currentRow()
        if not 0 <= row < len(self.pages):
            self.missing_label.clear()
            return
        missing = self.pages[row].missing()
        if not missing:
            self.missing_label.setText(self.tr("This step is complete."))
            return
        items = "".join(f"<li>{_escape(text)}</li>" for text in missing)
        heading = _escape(self.tr("Still missing (you can go on and come back):"))
        self.missing_label.setText(f"<b>{heading}</b><ul style='margin-left:-20px'>{items}</ul>")

    # --- refreshing --------------------------------------------------------------------------

    def _changes_applied(self, changes: Changes, edited: Edited | None) -> None:
        """A change notice of the editor: refresh once the current burst of notices is over."""
        concerns = (
            not changes.assessment_ids
            or self.assessment_id in changes.assessment_ids
            or changes.touches("enterprise")
        )
        if concerns:
            if self._pending is not None:
                self._pending = self._pending | changes
            if edited is None:
                self._pending_edits = None
            elif self._pending_edits is not None:
                self._pending_edits.append(edited)
            self._reload_timer.start()

    def schedule_reload(self, *_args: object) -> None:
        """Something changed that no notice describes: refresh everything, once."""
        self._pending = None
        self._reload_timer.start()

    def _refresh_pending(self) -> None:
        changes, self._pending = self._pending, Changes()
        edits, self._pending_edits = self._pending_edits, []
        if changes is not None and edits:
            # Only fields were edited: the document shown, with the records the edits wrote, is
            # what the store holds; no need to read it again.
            from sxsh_desktop.services.editing import assessment_state, with_edits

            document = with_edits(self.document, edits)
            if document is not None:
                self.view = assessment_state(document, self.context.reference)
                self.document = document
                self._load_pages(changes)
                if changes.touches("enterprise", "assessment"):
                    self._update_title()
                return
        self.reload(changes)

    def reload(self, changes: Changes | None = None) -> None:
        """Read the document again and show it on every page (``changes``: what the pages may
        limit their refresh to; None: everything)."""
        self._reload_timer.stop()
        self._pending, self._pending_edits = Changes(), []
        try:
            self.view = self._read()
        except NotFoundError:
            self.close()  # the assessment was deleted elsewhere
            return
        self.document = self.view.document
        self._load_pages(changes)
        if changes is None or changes.touches("enterprise", "assessment"):
            self._update_title()

    def _read(self) -> AssessmentState:
        """The assessment read once, its figures and completeness computed once."""
        from sxsh_desktop.services.editing import read_assessment

        return read_assessment(self.context.store, self.assessment_id, self.context.reference)

    def _load_pages(self, changes: Changes | None) -> None:
        for page in self.pages:
            page.apply_changes(self.view, changes)
        self._update_steps()

    def _write_failed(self, problem: KnownProblem) -> None:
        """An undo or redo could not be written: say why; the pages show what the database has."""
        dialogs().warn(self, problem_title(), problem_text(problem))
        self.schedule_reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing to save: every edit was written when it was made.
        self.context.editor.applied.disconnect(self._changes_applied)
        self.context.editor.failed.disconnect(self._write_failed)
        self.closed.emit(self.assessment_id)
        super().closeEvent(event)
