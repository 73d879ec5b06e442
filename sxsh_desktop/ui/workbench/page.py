"""The contract between the workflow window and its pages (DESIGN.md section 2).

The window shows a side list of steps; each step is a ``WorkflowPage``. The window calls
``load(document)`` whenever the assessment changes on disk (an edit, undo, redo), reads
``missing()`` to show the step's completeness, and never blocks moving to another page.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.ui.workbench.context import WorkbenchContext


class WorkflowPage(QWidget):
    """Base class of a workflow step page."""

    # Emitted after this page saved an edit (the window reloads the document and refreshes).
    edited = Signal()

    def __init__(self, context: WorkbenchContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.document: AssessmentDocument | None = None

    def title(self) -> str:
        """The step's name in the side list, translated."""
        raise NotImplementedError

    def load(self, document: AssessmentDocument) -> None:
        """Show ``document``; called again with a fresh copy after every change."""
        self.document = document

    def missing(self) -> list[str]:
        """What is still missing on this step, as translated sentences; empty when complete."""
        return []
