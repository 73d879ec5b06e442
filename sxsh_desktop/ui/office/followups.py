"""Follow-ups: the assessments whose solutions are due for a follow-up (about six months after the
assessment), and the form that records one — for each solution done / in progress / abandoned /
not reported, with its actual yearly savings.

The form is a draft until it is saved; the follow-up service checks it (a deleted solution, a date
before the assessment, a negative saving) and writes it in one transaction, or changes nothing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sxsh_desktop.domain import numbers
from sxsh_desktop.domain.dates import format_date
from sxsh_desktop.domain.office import FollowUp, FollowUpResult
from sxsh_desktop.domain.text import escape_html
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.i18n import current_language
from sxsh_desktop.ui.office.texts import ListModel, outcome_labels
from sxsh_desktop.ui.packages.table_model import Column, size_columns
from sxsh_desktop.ui.pages.labels import Choice
from sxsh_desktop.ui.pages.record_table import RecordDelegate
from sxsh_desktop.ui.pages.table_model import Column as EditColumn
from sxsh_desktop.ui.pages.table_model import ColumnKind, RecordTableModel
from sxsh_desktop.ui.problems import problem_text, problem_title

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

OUTCOMES = ("done", "in_progress", "abandoned", "not_reported")


@dataclass(frozen=True)
class OutcomeDraft:
    """One solution's line of the form, as typed (not saved yet)."""

    id: str  # the solution
    title: str
    expected_savings_vnd: float | None
    outcome: str = "not_reported"
    actual_savings_vnd: float | None = None
    actual_toe: float | None = None
    actual_kwh: float | None = None
    actual_water_m3: float | None = None
    notes: str = ""


class FollowUpsWindow(QMainWindow):
    """``changed`` after a follow-up was recorded."""

    changed = Signal()

    def __init__(self, store: Store, staff_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsWindow")
        self.setWindowFlag(Qt.WindowType.Window)
        self.store = store
        self.staff_name = staff_name
        self.assessment_id: str | None = None
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.due_title = QLabel()
        self.due_model = ListModel(
            [
                Column(lambda: self.tr("Enterprise"), lambda r: r.enterprise_name),
                Column(lambda: self.tr("Assessment"), lambda r: r.assessment_title),
                Column(lambda: self.tr("Due"), lambda r: format_date(r.due_on)),
                Column(lambda: self.tr("Solutions"), lambda r: str(r.solutions)),
            ],
            row_id=lambda r: r.assessment_id,
            parent=self,
        )
        self.due_view = QTableView()
        self.due_view.setObjectName("dueView")
        self.due_view.setModel(self.due_model)
        self.due_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.due_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        size_columns(self.due_view, {2: "28/12/2026", 3: 4}, stretch=[0, 1])
        self.due_view.selectionModel().selectionChanged.connect(self._chosen)
        left_layout.addWidget(self.due_title)
        left_layout.addWidget(self.due_view)
        split.addWidget(left)

        right = QWidget()
        form_layout = QVBoxLayout(right)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        form = QFormLayout()
        self.held_on = QDateEdit()
        self.held_on.setObjectName("heldOn")
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd/MM/yyyy")
        self.held_on.setDate(QDate.currentDate())
        self.by_edit = QLineEdit(staff_name)
        self.by_edit.setObjectName("byEdit")
        self.held_label, self.by_label = QLabel(), QLabel()
        form.addRow(self.held_label, self.held_on)
        form.addRow(self.by_label, self.by_edit)
        self.outcomes = RecordTableModel(self._outcome_columns(), commit=self._typed, parent=self)
        self.outcomes_view = QTableView()
        self.outcomes_view.setObjectName("outcomesView")
        self.outcomes_view.setModel(self.outcomes)
        self.outcomes_view.setItemDelegate(RecordDelegate(self.outcomes_view))
        self.outcomes_view.setEditTriggers(
            QTableView.EditTrigger.AllEditTriggers & ~QTableView.EditTrigger.CurrentChanged
        )
        size_columns(self.outcomes_view, {}, stretch=[0])
        self._size_outcome_columns()
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.outcomes.problem.connect(self.problem_label.setText)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveFollowUp")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form_layout.addWidget(self.heading)
        form_layout.addLayout(form)
        form_layout.addWidget(self.outcomes_view, 1)
        form_layout.addWidget(self.problem_label)
        form_layout.addLayout(buttons)
        split.addWidget(right)
        split.setSizes([480, 800])
        self.setCentralWidget(split)
        self.resize(1300, 700)
        self.retranslate()
        self.refresh()

    def _outcome_columns(self) -> list[EditColumn]:
        language = current_language()

        def choices(_row: Any) -> list[Choice]:
            words = outcome_labels()
            return [Choice(code, words[code]) for code in OUTCOMES]

        return [
            EditColumn(lambda: self.tr("Solution"), "title", ColumnKind.COMPUTED, display=lambda r: r.title),
            EditColumn(
                lambda: self.tr("Expected\nM VND/yr"),
                "expected_savings_vnd",
                ColumnKind.COMPUTED,
                display=lambda r: numbers.million_vnd(r.expected_savings_vnd, language),
                decimals=1,
            ),
            EditColumn(lambda: self.tr("Outcome"), "outcome", ColumnKind.CHOICE, choices=choices),
            EditColumn(
                lambda: self.tr("Actual savings\nVND/yr"), "actual_savings_vnd", ColumnKind.NUMBER, decimals=0
            ),
            EditColumn(lambda: self.tr("Energy\nTOE/yr"), "actual_toe", ColumnKind.NUMBER),
            EditColumn(lambda: self.tr("Electricity\nkWh/yr"), "actual_kwh", ColumnKind.NUMBER, decimals=0),
            EditColumn(lambda: self.tr("Water\nm³/yr"), "actual_water_m3", ColumnKind.NUMBER),
            EditColumn(lambda: self.tr("Notes"), "notes", ColumnKind.TEXT),
        ]

    def _size_outcome_columns(self) -> None:
        """Two-line headers (the unit below the name): each column as wide as its longest line."""
        metrics = self.outcomes_view.fontMetrics()
        em = metrics.horizontalAdvance("M")
        header = self.outcomes_view.horizontalHeader()
        for column in range(1, self.outcomes.columnCount()):
            title = str(self.outcomes.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max((metrics.horizontalAdvance(line) for line in title.split("\n")), default=0)
            least = 9 if self.outcomes.columns[column].kind is ColumnKind.CHOICE else 5  # "not reported"
            header.resizeSection(column, max(widest, least * em) + em)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Follow-ups"))
        self.held_label.setText(self.tr("Follow-up date:"))
        self.by_label.setText(self.tr("By:"))
        self.save_button.setText(self.tr("Record the follow-up"))
        self.outcomes.language = current_language()
        self.outcomes.retranslate()
        self._size_outcome_columns()
        self.due_model.retranslate()
        self.due_title.setText("<b>" + self.tr("Follow-ups due (%n)", "", self.due_model.rowCount()) + "</b>")
        self._show_heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        from sxsh_desktop.services import followups

        chosen = self.assessment_id
        self.due_model.set_rows(followups.follow_ups_due(self.store))
        self.due_title.setText("<b>" + self.tr("Follow-ups due (%n)", "", self.due_model.rowCount()) + "</b>")
        position = self.due_model.index_of(chosen)
        if position < 0 and self.due_model.rowCount():
            position = 0
        if position >= 0:
            self.due_view.selectRow(position)
        else:
            self._load(None)

    def select_assessment(self, assessment_id: str) -> None:
        position = self.due_model.index_of(assessment_id)
        if position >= 0:
            self.due_view.selectRow(position)
        else:
            self._load(assessment_id)

    def _chosen(self, *_args: object) -> None:
        rows = self.due_view.selectionModel().selectedRows()
        row = self.due_model.row(rows[0].row()) if rows else None
        self._load(row.assessment_id if row is not None else None)

    def _load(self, assessment_id: str | None) -> None:
        self.assessment_id = assessment_id
        drafts: list[OutcomeDraft] = []
        if assessment_id is not None:
            from sxsh_desktop.services.outputs import assessment_figures

            _document, figures = assessment_figures(self.store, assessment_id)
            drafts = [
                OutcomeDraft(id=f.solution_id, title=f.title, expected_savings_vnd=f.yearly_savings_vnd)
                for f in figures.per_solution
                if f.counted
            ]
        self.outcomes.set_rows(drafts)
        self.save_button.setEnabled(bool(drafts))
        self.problem_label.clear()
        self._show_heading()

    def _show_heading(self) -> None:
        if self.assessment_id is None:
            self.heading.setText(self.tr("No follow-up is due. Choose an assessment on the left."))
            return
        row = self.due_model.row(self.due_model.index_of(self.assessment_id))
        if row is None:
            from sxsh_desktop.domain.model import Assessment, Enterprise

            assessment = self.store.get(Assessment, self.assessment_id)
            enterprise = self.store.get(Enterprise, assessment.enterprise_id)
            self.heading.setText(f"<b>{escape_html(enterprise.name)}</b>: {escape_html(assessment.title)}")
            return
        self.heading.setText(
            self.tr("<b>{enterprise}</b>: {title} — due {due}").format(
                enterprise=escape_html(row.enterprise_name),
                title=escape_html(row.assessment_title),
                due=format_date(row.due_on),
            )
        )

    def _typed(self, row: OutcomeDraft, field: str, value: Any, typing: bool = False) -> None:
        position = self.outcomes.index_of(row.id)
        if position < 0:
            return
        rows = self.outcomes.rows
        rows[position] = dataclasses.replace(rows[position], **{field: value})
        self.outcomes.set_rows(rows)

    def drafts(self) -> list[OutcomeDraft]:
        return self.outcomes.rows

    def save(self) -> bool:
        """Record the follow-up as typed; a refusal is shown and nothing is written."""
        from sxsh_desktop.services import followups

        if self.assessment_id is None:
            return False
        if self.outcomes.has_pending():
            dialogs().warn(self, problem_title(), self.tr("Correct the values marked in red first."))
            return False
        held = self.held_on.date()
        try:
            followups.record_follow_up(
                self.store,
                FollowUp(
                    assessment_id=self.assessment_id,
                    held_on=date(held.year(), held.month(), held.day()),
                    by=self.by_edit.text(),
                ),
                [
                    FollowUpResult(
                        solution_id=d.id,
                        outcome=d.outcome,
                        actual_savings_vnd=d.actual_savings_vnd,
                        actual_toe=d.actual_toe,
                        actual_kwh=d.actual_kwh,
                        actual_water_m3=d.actual_water_m3,
                        notes=d.notes,
                    )
                    for d in self.drafts()
                ],
            )
        except KnownProblem as problem:
            dialogs().warn(self, problem_title(), problem_text(problem))
            return False
        self.changed.emit()
        self.refresh()
        return True
