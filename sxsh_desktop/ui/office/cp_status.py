"""CP status of a facility: informed, aware and applying, each with the date the written rule
derives from the evidence (activities attended, assessments, follow-ups) and the evidence itself;
a manual override of a step needs a reason, and is shown beside what the evidence says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
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
from sxsh_desktop.ui.office.texts import ListModel, cp_step_labels, label
from sxsh_desktop.ui.packages.table_model import MOMENT_SAMPLE, Column, size_columns
from sxsh_desktop.ui.packages.texts import moment_text
from sxsh_desktop.ui.problems import problem_text, problem_title
from sxsh_desktop.ui.registry_model import RegistryModel

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

STEPS = ("informed", "aware", "applying")


@dataclass(frozen=True)
class StepRow:
    step: str
    on: date | None
    evidence: Any  # what decided the date (``calc.cp_status.Evidence``), None without evidence


SEARCH_DELAY_MS = 150


class CpStatusWindow(QMainWindow):
    """``changed`` after an override was saved or withdrawn."""

    changed = Signal()

    def __init__(self, store: Store, staff_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cpStatusWindow")
        self.setWindowFlag(Qt.WindowType.Window)
        self.store = store
        self.staff_name = staff_name
        self.enterprise_id: str | None = None
        self.status: Any = None
        self.overrides: list[Any] = []
        self._evidence_names: dict[tuple[str, str], str] = {}
        split = QSplitter(Qt.Orientation.Horizontal)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.search = QLineEdit()
        self.search.setObjectName("facilitySearch")
        self.search.setClearButtonEnabled(True)
        self.registry = RegistryModel(store, self)
        self.registry_view = QTableView()
        self.registry_view.setObjectName("facilities")
        self.registry_view.setModel(self.registry)
        self.registry_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.registry_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        for column in (RegistryModel.TAX_CODE, RegistryModel.PROVINCE, RegistryModel.OWNERSHIP):
            self.registry_view.hideColumn(column)
        header = self.registry_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(RegistryModel.NAME, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, ems in ((RegistryModel.COMMUNE, 9), (RegistryModel.SECTOR, 4)):
            title = str(self.registry.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(ems * em, self.fontMetrics().horizontalAdvance(title) + em))
        self.registry_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.registry_view.selectionModel().selectionChanged.connect(self._chosen)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.search.textChanged.connect(self._search_timer.start)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.registry_view, 1)
        split.addWidget(left)

        right = QWidget()
        side = QVBoxLayout(right)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.steps_model = ListModel(
            [
                Column(lambda: self.tr("Step"), lambda r: label(cp_step_labels(), r.step)),
                Column(lambda: self.tr("Reached on"), lambda r: format_date(r.on, "—")),
                Column(lambda: self.tr("Decided by"), lambda r: self.evidence_text(r.evidence)),
            ],
            row_id=lambda r: r.step,
            parent=self,
        )
        self.steps_view = QTableView()
        self.steps_view.setObjectName("stepsView")
        self.steps_view.setModel(self.steps_model)
        self.steps_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.steps_view.setMaximumHeight(self.fontMetrics().height() * 7)
        size_columns(self.steps_view, {0: 9, 1: 9}, stretch=[2])
        self.steps_view.selectionModel().selectionChanged.connect(self._step_chosen)
        self.overrides_title = QLabel()
        self.overrides_model = ListModel(
            [
                Column(lambda: self.tr("Made"), lambda o: moment_text(o.made_at)),
                Column(lambda: self.tr("Step"), lambda o: label(cp_step_labels(), o.step)),
                Column(lambda: self.tr("Reached on"), lambda o: format_date(o.on, self.tr("not reached"))),
                Column(lambda: self.tr("Reason"), lambda o: o.reason),
                Column(lambda: self.tr("By"), lambda o: o.made_by),
            ],
            row_id=lambda o: o.id,
            parent=self,
        )
        self.overrides_view = QTableView()
        self.overrides_view.setObjectName("overridesView")
        self.overrides_view.setModel(self.overrides_model)
        self.overrides_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.overrides_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        size_columns(self.overrides_view, {0: MOMENT_SAMPLE, 1: 8, 2: 9, 4: 9}, stretch=[3])
        self.overrides_view.selectionModel().selectionChanged.connect(self._override_chosen)

        self.override_box = QGroupBox()
        form = QFormLayout(self.override_box)
        self.step_box = QComboBox()
        self.step_box.setObjectName("overrideStep")
        self.reached = QCheckBox()
        self.reached.setObjectName("overrideReached")
        self.reached.setChecked(True)
        self.override_date = QDateEdit()
        self.override_date.setObjectName("overrideDate")
        self.override_date.setCalendarPopup(True)
        self.override_date.setDisplayFormat("dd/MM/yyyy")
        self.override_date.setDate(QDate.currentDate())
        self.reached.toggled.connect(self.override_date.setEnabled)
        self.reason = QLineEdit()
        self.reason.setObjectName("overrideReason")
        self.step_label, self.date_label, self.reason_label = QLabel(), QLabel(), QLabel()
        reached_row = QHBoxLayout()
        reached_row.addWidget(self.reached)
        reached_row.addWidget(self.override_date)
        reached_row.addStretch(1)
        form.addRow(self.step_label, self.step_box)
        form.addRow(self.date_label, reached_row)
        form.addRow(self.reason_label, self.reason)
        buttons = QHBoxLayout()
        self.override_button = QPushButton()
        self.override_button.setObjectName("saveOverride")
        self.override_button.clicked.connect(self.save_override)
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("withdrawOverride")
        self.withdraw_button.clicked.connect(self.withdraw_override)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.override_button)
        form.addRow(buttons)
        for widget in (self.heading, self.rule_label, self.steps_view, self.overrides_title):
            side.addWidget(widget)
        side.addWidget(self.overrides_view, 1)
        side.addWidget(self.override_box)
        split.addWidget(right)
        split.setSizes([480, 820])
        self.setCentralWidget(split)
        self.resize(1300, 720)
        self.retranslate()
        if self.registry.rowCount():
            self.registry_view.selectRow(0)
        else:
            self._show(None)

    def evidence_text(self, evidence: Any) -> str:
        """What decided a step: the activity attended, the assessment, the follow-up or the override."""
        if evidence is None:
            return self.tr("no evidence")
        what = self._evidence_names.get((evidence.kind, evidence.record_id), "")
        texts = {
            "activity": self.tr("activity attended: {what}"),
            "assessment": self.tr("assessment: {what}"),
            "follow_up": self.tr("follow-up with a solution done: {what}"),
            "override": self.tr("override: {what}"),
        }
        text = texts.get(evidence.kind, "{what}").format(what=what or evidence.record_id[:8])
        if evidence.note == "ladder":
            text = self.tr("{evidence} (a later step reached)").format(evidence=text)
        return text

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CP status of a facility"))
        self.search.setPlaceholderText(self.tr("Find a facility by name, tax code or commune"))
        self.overrides_title.setText("<b>" + self.tr("Overrides (the newest of a step counts)") + "</b>")
        self.override_box.setTitle(self.tr("Override what the evidence says"))
        chosen = self.step_box.currentIndex()
        self.step_box.clear()
        for step in STEPS:
            self.step_box.addItem(label(cp_step_labels(), step), step)
        self.step_box.setCurrentIndex(max(chosen, 0))
        self.step_label.setText(self.tr("Step:"))
        self.date_label.setText(self.tr("Reached on:"))
        self.reached.setText(self.tr("reached"))
        self.reason_label.setText(self.tr("Reason (required):"))
        self.override_button.setText(self.tr("Save the override"))
        self.withdraw_button.setText(self.tr("Withdraw the override"))
        self.registry.retranslate()
        self.steps_model.retranslate()
        self.overrides_model.retranslate()
        self._show(self.status)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _search(self) -> None:
        self.registry.set_search(self.search.text())
        if self.registry.rowCount():
            self.registry_view.selectRow(0)

    def select_enterprise(self, enterprise_id: str) -> bool:
        row = self.registry.load_until(enterprise_id)
        if row is None:
            self.search.clear()
            self.registry.set_search("")
            row = self.registry.load_until(enterprise_id)
        if row is not None:
            self.registry_view.selectRow(row)
        return row is not None

    def _chosen(self, *_args: object) -> None:
        rows = self.registry_view.selectionModel().selectedRows()
        enterprise = self.registry.enterprise(rows[0].row()) if rows else None
        self.enterprise_id = enterprise.id if enterprise is not None else None
        self.load()

    def load(self) -> None:
        from sxsh_desktop.services import cp_status

        self.status = None
        self.overrides = []
        self._evidence_names = {}
        if self.enterprise_id is not None:
            self.status = cp_status.cp_status(self.store, self.enterprise_id)
            self.overrides = cp_status.overrides_of(self.store, self.enterprise_id)
            self._name_evidence()
        self._show(self.status)

    def _name_evidence(self) -> None:
        """A readable name for each record behind a step (its title, or the date of a follow-up)."""
        from sxsh_desktop.domain.model import Assessment
        from sxsh_desktop.services import activities

        reasons = {o.id: o.reason for o in self.overrides}
        for evidence in self.status.evidence if self.status is not None else ():
            key = (evidence.kind, evidence.record_id)
            if evidence.kind == "activity":
                record, _people, _files = activities.get_activity(self.store, evidence.record_id)
                self._evidence_names[key] = f"{record.title} ({format_date(record.held_on)})"
            elif evidence.kind == "assessment":
                assessment = self.store.get(Assessment, evidence.record_id)
                self._evidence_names[key] = assessment.title
            elif evidence.kind == "follow_up":
                self._evidence_names[key] = format_date(evidence.on)
            elif evidence.kind == "override":
                self._evidence_names[key] = reasons.get(evidence.record_id, "")

    def _show(self, status: Any) -> None:
        self.override_box.setEnabled(status is not None)
        if status is None:
            self.heading.setText(self.tr("Choose a facility."))
            self.rule_label.clear()
            self.steps_model.set_rows([])
            self.overrides_model.set_rows([])
            return
        rows = self.registry_view.selectionModel().selectedRows()
        enterprise = self.registry.enterprise(rows[0].row()) if rows else None
        self.heading.setText(f"<b>{escape_html(enterprise.name if enterprise else '')}</b>")
        self.rule_label.setText(
            self.tr(
                "Derived from the evidence by the rule {rule}; a step reached implies the ones before it."
            ).format(rule=status.rule_version)
        )
        evidence = {e.step: e for e in status.evidence}
        self.steps_model.set_rows([StepRow(step, status.on(step), evidence.get(step)) for step in STEPS])
        self.overrides_model.set_rows(list(reversed(self.overrides)))
        self._override_chosen()

    def _step_chosen(self, *_args: object) -> None:
        rows = self.steps_view.selectionModel().selectedRows()
        step = self.steps_model.row(rows[0].row()) if rows else None
        if step is not None:
            self.step_box.setCurrentIndex(self.step_box.findData(step.step))

    def _override_chosen(self, *_args: object) -> None:
        self.withdraw_button.setEnabled(self.current_override() is not None)

    def current_override(self) -> Any:
        rows = self.overrides_view.selectionModel().selectedRows()
        return self.overrides_model.row(rows[0].row()) if rows else None

    def save_override(self) -> bool:
        """Override the chosen step (reached on a date, or not reached), with the reason typed."""
        from sxsh_desktop.services import cp_status

        if self.enterprise_id is None:
            return False
        chosen = self.override_date.date()
        on = date(chosen.year(), chosen.month(), chosen.day()) if self.reached.isChecked() else None
        try:
            cp_status.override_status(
                self.store,
                self.enterprise_id,
                str(self.step_box.currentData()),
                on,
                self.reason.text(),
                made_by=self.staff_name,
            )
        except KnownProblem as problem:
            dialogs().warn(self, problem_title(), problem_text(problem))
            return False
        self.reason.clear()
        self.changed.emit()
        self.load()
        return True

    def withdraw_override(self) -> bool:
        """Remove the chosen override: its step follows the evidence again (or an older override)."""
        from sxsh_desktop.services import cp_status

        chosen = self.current_override()
        if chosen is None:
            return False
        try:
            cp_status.clear_override(self.store, chosen.id)
        except KnownProblem as problem:
            dialogs().warn(self, problem_title(), problem_text(problem))
            return False
        self.changed.emit()
        self.load()
        return True
