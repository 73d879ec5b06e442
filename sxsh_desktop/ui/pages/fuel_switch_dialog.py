""" "Replaces fuel X with fuel Y": a fuel switch entered as one line of a solution.

The dialog asks what is replaced (a fuel or electricity line of the baseline, and how much a year)
and with what; it proposes the quantity of the new fuel that gives the same energy (the one heating
value of each fuel), which the consultant may change. What it writes is planned by
``services.fuel_switch``: the saving on the old line and the negative saving on the new one.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sxsh_desktop.calc.units import unit_symbol
from sxsh_desktop.domain.model import AssessmentDocument, ConsumptionKind, Solution
from sxsh_desktop.domain.numbers import NumberEntryError, format_number, parse_number
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services.fuel_switch import ELECTRICITY, FuelSwitch, equivalent_quantity, plan_fuel_switch

PROBLEM_STYLE = "color: #b3261e;"


class FuelSwitchDialog(QDialog):
    def __init__(
        self,
        document: AssessmentDocument,
        solution: Solution,
        reference: ReferenceData,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document, self.solution, self.reference, self.language = document, solution, reference, language
        self.switch: FuelSwitch | None = None
        self.setWindowTitle(self.tr("Replace a fuel"))
        self.from_combo = QComboBox(self)
        for line in document.consumptions:
            if line.kind in (ConsumptionKind.FUEL.value, ConsumptionKind.ELECTRICITY.value):
                self.from_combo.addItem(f"{line.name or '—'} ({unit_symbol(line.unit, language)})", line.id)
        self.quantity_edit = QLineEdit(self)
        self.to_combo = QComboBox(self)
        self.to_combo.addItem(self.tr("Electricity"), ELECTRICITY)
        for fuel in reference.fuels:
            self.to_combo.addItem(fuel.name_vi if language == "vi" else fuel.name_en, fuel.code)
        self.to_quantity_edit = QLineEdit(self)
        self.to_unit_label = QLabel(self)
        self.note = QLabel(
            self.tr(
                "The new fuel's quantity is proposed for the same energy as what it replaces; change it "
                "if the new equipment is more or less efficient. The report shows the fossil energy "
                "replaced, the renewable energy added and the fossil CO₂ avoided apart."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("Replaces (baseline line)"), self.from_combo)
        form.addRow(self.tr("Quantity replaced a year"), self.quantity_edit)
        form.addRow(self.tr("With"), self.to_combo)
        form.addRow(self.tr("Quantity of the new fuel a year"), self.to_quantity_edit)
        form.addRow("", self.to_unit_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._proposed = ""
        for signal in (self.from_combo.currentIndexChanged, self.to_combo.currentIndexChanged):
            signal.connect(self._propose)
        self.quantity_edit.textEdited.connect(self._propose)
        self.to_combo.setCurrentIndex(max(self.to_combo.findData("rice_husk"), 0))
        self._propose()
        self.resize(520, self.sizeHint().height())

    def _number(self, edit: QLineEdit) -> float | None:
        return parse_number(edit.text(), self.language, allow_negative=False)

    def _to_unit(self) -> str:
        to_fuel = self.to_combo.currentData()
        for line in self.document.consumptions:
            if to_fuel == ELECTRICITY and line.kind == ConsumptionKind.ELECTRICITY.value:
                return line.unit
            if line.kind == ConsumptionKind.FUEL.value and line.fuel_code == to_fuel:
                return line.unit
        return "kwh" if to_fuel == ELECTRICITY else "t"

    def _propose(self) -> None:
        """Fill in the same-energy quantity, unless the consultant typed another one."""
        unit = self._to_unit()
        self.to_unit_label.setText(self.tr("in %1").replace("%1", unit_symbol(unit, self.language)))
        line = self.document.consumption(self.from_combo.currentData() or "")
        try:
            quantity = self._number(self.quantity_edit)
        except NumberEntryError:
            quantity = None
        if line is None or not quantity:
            return
        same = equivalent_quantity(self.reference, line, quantity, self.to_combo.currentData(), unit)
        if same is None:
            return
        if self.to_quantity_edit.text() in ("", self._proposed):
            self._proposed = format_number(same, self.language, max_decimals=1)
            self.to_quantity_edit.setText(self._proposed)

    def accept(self) -> None:
        try:
            quantity = self._number(self.quantity_edit) or 0.0
            to_quantity = self._number(self.to_quantity_edit)
            self.switch = plan_fuel_switch(
                self.document,
                self.reference,
                self.solution.id,
                self.from_combo.currentData() or "",
                quantity,
                self.to_combo.currentData(),
                to_quantity,
            )
        except (ValidationError, NumberEntryError) as problem:
            self.problem.setText(str(problem))
            self.problem.show()
            return
        super().accept()
