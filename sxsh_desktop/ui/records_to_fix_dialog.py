"""File ▸ Records to fix: stored values that break a field rule (``services.checks``), each opened
where it is fixed: an enterprise in its dialog, an assessment's record in its workflow window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sxsh_desktop.services.checks import RuleBreak
from sxsh_desktop.ui.problems import problem_text

FixRecord = Callable[[RuleBreak], None]


class RecordsToFixDialog(QDialog):
    """Lists ``breaks``; Fix (or a double click) calls ``fix`` with the chosen one."""

    def __init__(self, breaks: list[RuleBreak], fix: FixRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fix = fix
        self.setWindowTitle(self.tr("Records to fix"))
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.fix_current())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.fix_button = QPushButton(self.tr("Fix…"))
        buttons.addButton(self.fix_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.fix_button.clicked.connect(self.fix_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_breaks(breaks)

    def show_breaks(self, breaks: list[RuleBreak]) -> None:
        self.breaks = breaks
        self.list.clear()
        for found in breaks:
            where = found.enterprise_name
            if found.assessment_id is not None:
                where = self.tr("{enterprise}, assessment “{assessment}”").format(
                    enterprise=found.enterprise_name, assessment=found.assessment_title
                )
            problem = problem_text(found.error) if found.error is not None else found.problem
            item = QListWidgetItem(f"{where}\n    {problem}")
            self.list.addItem(item)
        if breaks:
            self.summary.setText(
                self.tr(
                    "%n stored value(s) break a field rule, most likely saved by an earlier version. "
                    "They cannot be sent to the Centre until they are fixed: choose one and click Fix.",
                    "",
                    len(breaks),
                )
            )
            self.list.setCurrentRow(0)
        else:
            self.summary.setText(self.tr("Every stored value keeps the field rules: nothing to fix."))
        self.fix_button.setEnabled(bool(breaks))

    def fix_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.breaks):
            self._fix(self.breaks[row])
