"""Conflict review: records changed both at the office and by a consultant, the differing fields
side by side (office | incoming), resolved by keeping one version."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from sxsh_desktop.domain.text import escape_html
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.services import packages
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync.conflicts import Conflict, Keep
from sxsh_desktop.sync.content import record_label
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.generated.ui_conflicts_dialog import Ui_ConflictsDialog
from sxsh_desktop.ui.packages.table_model import MOMENT_SAMPLE, Column, RowsModel, size_columns
from sxsh_desktop.ui.packages.texts import entity_label, field_label, moment_text, reason_text, value_text
from sxsh_desktop.ui.problems import problem_text, problem_title


def conflict_label(conflict: Conflict) -> str:
    version = conflict.office or conflict.incoming
    label = record_label(version) if version is not None else conflict.record_id
    return label if label != conflict.record_id else conflict.record_id[:8]


class ConflictsDialog(QDialog):
    """``resolved`` after each conflict resolved (the database may have changed)."""

    resolved = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.conflicts_model = RowsModel(
            [
                Column(lambda: self.tr("Kind of record"), lambda c: entity_label(c.entity)),
                Column(lambda: self.tr("Record"), conflict_label),
                Column(lambda: self.tr("From"), lambda c: c.sender_name),
                Column(lambda: self.tr("Found"), lambda c: moment_text(c.detected_at)),
                Column(lambda: self.tr("Why"), lambda c: reason_text(c.reason)),
            ],
            parent=self,
        )
        self.differences_model = RowsModel(
            [
                Column(lambda: self.tr("Field"), lambda d: field_label(d[0])),
                Column(lambda: self.tr("Office version"), lambda d: self._value(d[1], office=True)),
                Column(lambda: self.tr("Incoming version"), lambda d: self._value(d[2], office=False)),
            ],
            parent=self,
        )
        view = self.ui.conflictsView
        view.setModel(self.conflicts_model)
        size_columns(view, {0: entity_label("step_flow"), 2: 12, 3: MOMENT_SAMPLE}, stretch=[1, 4])
        differences = self.ui.differencesView
        differences.setModel(self.differences_model)
        size_columns(differences, {0: 14}, stretch=[1, 2])
        # Long texts (notes, conclusions) wrap: each row as high as its text.
        differences.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.splitter.setSizes([220, 320])
        view.selectionModel().selectionChanged.connect(self._show_current)
        self.ui.keepOfficeButton.clicked.connect(lambda: self.resolve("office"))
        self.ui.keepIncomingButton.clicked.connect(lambda: self.resolve("incoming"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.refresh()

    def _value(self, value: Any, *, office: bool) -> str:
        current = self.current()
        if current is not None and (current.office if office else current.incoming) is None:
            return self.tr("(deleted)")
        return value_text(value)

    def refresh(self, select_row: int = 0) -> None:
        self.conflicts_model.set_rows(packages.open_conflicts(self.store))
        count = self.conflicts_model.rowCount()
        self.setWindowTitle(self.tr("Conflicts (%n open)", "", count))
        if count:
            self.ui.conflictsView.selectRow(min(select_row, count - 1))
        self._show_current()

    def current(self) -> Conflict | None:
        rows = self.ui.conflictsView.selectionModel().selectedRows()
        return self.conflicts_model.row(rows[0].row()) if rows else None

    def _show_current(self, *_args: object) -> None:
        conflict = self.current()
        for button in (self.ui.keepOfficeButton, self.ui.keepIncomingButton):
            button.setEnabled(conflict is not None)
        if conflict is None:
            self.differences_model.set_rows([])
            self.ui.detailLabel.setText(self.tr("No open conflicts: every package was merged."))
            return
        self.differences_model.set_rows(conflict.differences())
        self.ui.detailLabel.setText(
            self.tr(
                "<b>{kind} “{record}”</b>: {reason}. The office version is in use; the incoming one "
                "came from {sender} on {date}."
            ).format(
                kind=escape_html(entity_label(conflict.entity)),
                record=escape_html(conflict_label(conflict)),
                reason=escape_html(reason_text(conflict.reason)),
                sender=escape_html(conflict.sender_name),
                date=moment_text(conflict.detected_at),
            )
        )

    def resolve(self, keep: Keep) -> bool:
        conflict = self.current()
        if conflict is None:
            return False
        row = self.ui.conflictsView.selectionModel().selectedRows()[0].row()
        try:
            packages.resolve_conflict(self.store, conflict.id, keep)
        except KnownProblem as problem:
            dialogs().warn(self, problem_title(), problem_text(problem))
            self.refresh(row)
            return False
        self.resolved.emit()
        self.refresh(row)
        return True
