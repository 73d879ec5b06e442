"""Review of imported assessments: each is received → has issues → approved or rejected, with a
comment at each step; the history of states and comments is shown beside the list.

The rules (which states follow which, that a rejection needs a comment) are the review service's;
a refusal is shown as its translated message and nothing is changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sxsh_desktop.domain.dates import format_date
from sxsh_desktop.domain.text import escape_html
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.office.texts import ListModel, label, review_state_labels
from sxsh_desktop.ui.packages.table_model import MOMENT_SAMPLE, Column, size_columns
from sxsh_desktop.ui.packages.texts import moment_text
from sxsh_desktop.ui.problems import problem_text, problem_title

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store


class ReviewWindow(QMainWindow):
    """``changed`` after a state was set."""

    changed = Signal()

    def __init__(self, store: Store, staff_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewWindow")
        self.setWindowFlag(Qt.WindowType.Window)
        self.store = store
        self.staff_name = staff_name
        central = QWidget()
        outer = QVBoxLayout(central)
        self.list_title = QLabel()
        outer.addWidget(self.list_title)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = ListModel(
            [
                Column(lambda: self.tr("Enterprise"), lambda r: r.enterprise_name),
                Column(lambda: self.tr("Assessment"), lambda r: r.title),
                Column(lambda: self.tr("Assessed on"), lambda r: format_date(r.end_date)),
                Column(lambda: self.tr("State"), lambda r: label(review_state_labels(), r.state)),
                Column(lambda: self.tr("Since"), lambda r: moment_text(r.since) if r.since else ""),
            ],
            row_id=lambda r: r.assessment_id,
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("reviewList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        size_columns(self.view, {2: "28/12/2026", 3: 9, 4: MOMENT_SAMPLE}, stretch=[0, 1])
        self.view.selectionModel().selectionChanged.connect(self._show_current)
        split.addWidget(self.view)
        right = QWidget()
        side = QVBoxLayout(right)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.history_title = QLabel()
        self.history_model = ListModel(
            [
                Column(lambda: self.tr("When"), lambda c: moment_text(c.made_at)),
                Column(lambda: self.tr("State"), lambda c: label(review_state_labels(), c.state)),
                Column(lambda: self.tr("By"), lambda c: c.author),
                Column(lambda: self.tr("Comment"), lambda c: c.comment),
            ],
            parent=self,
        )
        self.history = QTableView()
        self.history.setObjectName("reviewHistory")
        self.history.setModel(self.history_model)
        self.history.setWordWrap(True)
        size_columns(self.history, {0: MOMENT_SAMPLE, 1: 9, 2: 9}, stretch=[3])
        self.comment_label = QLabel()
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("reviewComment")
        self.comment.setMaximumHeight(90)
        buttons = QHBoxLayout()
        self.state_buttons: dict[str, QPushButton] = {}
        for state in ("has_issues", "approved", "rejected", "received"):
            button = QPushButton()
            button.setObjectName(f"review_{state}")
            button.clicked.connect(lambda _c=False, s=state: self.set_state(s))
            self.state_buttons[state] = button
            buttons.addWidget(button)
        for widget in (self.detail, self.history_title, self.history, self.comment_label, self.comment):
            side.addWidget(widget)
        side.addLayout(buttons)
        split.addWidget(right)
        split.setSizes([700, 560])
        outer.addWidget(split, 1)
        self.setCentralWidget(central)
        self.resize(1280, 700)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Review of imported assessments"))
        self.list_title.setText(
            "<b>"
            + self.tr("Imported assessments awaiting a decision (%n)", "", self.model.rowCount())
            + "</b>"
        )
        self.history_title.setText("<b>" + self.tr("States and comments") + "</b>")
        self.comment_label.setText(
            self.tr("Comment (what is wrong: needed to mark “has issues” or to reject):")
        )
        self.state_buttons["has_issues"].setText(self.tr("Has issues"))
        self.state_buttons["approved"].setText(self.tr("Approve"))
        self.state_buttons["rejected"].setText(self.tr("Reject"))
        self.state_buttons["received"].setText(self.tr("Back to received"))
        self.model.retranslate()
        self.history_model.retranslate()
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self, keep: str | None = None) -> None:
        from sxsh_desktop.services import reviews

        chosen = keep or self.current_id()
        rows = reviews.awaiting_review(self.store)
        self.list_title.setText(
            "<b>" + self.tr("Imported assessments awaiting a decision (%n)", "", len(rows)) + "</b>"
        )
        self.model.set_rows(rows)
        position = self.model.index_of(chosen)
        if position < 0 and rows:
            position = 0
        if position >= 0:
            self.view.selectRow(position)
        self._show_current()

    def current(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def current_id(self) -> str | None:
        row = self.current()
        return row.assessment_id if row is not None else None

    def select_assessment(self, assessment_id: str) -> bool:
        position = self.model.index_of(assessment_id)
        if position >= 0:
            self.view.selectRow(position)
        return position >= 0

    def _show_current(self, *_args: object) -> None:
        from sxsh_desktop.services import reviews

        row = self.current()
        for state, button in self.state_buttons.items():
            button.setEnabled(row is not None and row.state != state)
        self.comment.setEnabled(row is not None)
        if row is None:
            self.detail.setText(self.tr("No assessment to review here."))
            self.history_model.set_rows([])
            return
        self.detail.setText(
            self.tr("<b>{enterprise}</b>: {title}<br>State: {state}.").format(
                enterprise=escape_html(row.enterprise_name),
                title=escape_html(row.title),
                state=escape_html(label(review_state_labels(), row.state)),
            )
        )
        self.history_model.set_rows(reviews.review_history(self.store, row.assessment_id))
        self.history.resizeRowsToContents()

    def set_state(self, state: str) -> bool:
        """Set the chosen assessment's state, with the comment typed; a refusal is shown."""
        from sxsh_desktop.services import reviews

        row = self.current()
        if row is None:
            return False
        try:
            reviews.set_review_state(
                self.store,
                row.assessment_id,
                state,
                self.comment.toPlainText(),
                author=self.staff_name,
            )
        except KnownProblem as problem:
            dialogs().warn(self, problem_title(), problem_text(problem))
            return False
        self.comment.clear()
        self.changed.emit()
        self.refresh(row.assessment_id)
        return True
