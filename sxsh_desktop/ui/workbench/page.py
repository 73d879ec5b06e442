"""The contract between the workflow window and its pages (DESIGN.md section 2).

The window shows a side list of steps; each step is a ``WorkflowPage``. After every change (an
edit, undo, redo) the window reads the document once, computes its figures and what each step
misses once (``services.editing.AssessmentState``), and hands it with the change notice to every page through
``apply_changes``; a page refreshes what the notice touches. The window reads ``missing()`` to show
the step's completeness, and never blocks moving to another page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.services.changes import Changes
from sxsh_desktop.ui.workbench.context import WorkbenchContext

if TYPE_CHECKING:
    from sxsh_desktop.services.editing import AssessmentState


class WorkflowPage(QWidget):
    """Base class of a workflow step page."""

    # Emitted when this page changed something the change notices do not carry (the window
    # then refreshes every page).
    edited = Signal()
    # What the page misses changed without a saved change (an entry refused, or corrected).
    missing_changed = Signal()

    def __init__(self, context: WorkbenchContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.document: AssessmentDocument | None = None

    def title(self) -> str:
        """The step's name in the side list, translated."""
        raise NotImplementedError

    def apply_changes(self, view: AssessmentState, changes: Changes | None) -> None:
        """Show ``view`` after ``changes`` (None: anything may have changed). By default the page
        shows the whole document again."""
        self.load(view.document)

    def load(self, document: AssessmentDocument) -> None:
        """Show ``document``; called again with a fresh copy after every change."""
        self.document = document

    def focus_first(self) -> None:
        """Put the focus on the page's first control (reached from the keyboard: Ctrl+PgDown)."""
        widget = self.nextInFocusChain()
        for _ in range(1000):
            if widget is None or widget is self:
                return
            if (
                self.isAncestorOf(widget)
                and widget.isVisibleTo(self)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not isinstance(widget, QTabBar | QTabWidget)  # the content rather than its tabs
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def has_pending(self) -> bool:
        """Whether an entry on the page was refused and waits for correction."""
        return False

    def drop_last_pending(self) -> bool:
        """Ctrl+Z: forget the page's latest entry that was refused (True), before any saved edit
        is undone."""
        return False

    def missing(self) -> list[str]:
        """What is still missing on this step, as translated sentences; empty when complete."""
        return []
