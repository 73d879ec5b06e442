"""Creating or editing an enterprise of the registry, with checks shown next to each field."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QCompleter, QDateEdit, QDialog, QWidget

from sxsh_desktop.domain.model import Enterprise
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.domain.taxcode import check_digit
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.services import enterprises
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.generated.ui_enterprise_dialog import Ui_EnterpriseDialog
from sxsh_desktop.ui.labels import ownership_labels
from sxsh_desktop.ui.problems import problem_text

# A date edit at this date shows as empty: the CP step is not reached.
NO_DATE = QDate(1900, 1, 1)
ERROR_STYLE = "color: #b3261e;"

SaveEnterprise = Callable[[Enterprise], Enterprise]


def _province_name(name: str) -> str:
    for prefix in ("Tỉnh ", "Thành phố "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


class EnterpriseDialog(QDialog):
    """Edits a copy of ``enterprise`` (a new one when None); Save calls ``save`` with the edited
    record, which stores it. A problem keeps the dialog open with everything typed."""

    def __init__(
        self,
        reference: ReferenceData,
        enterprise: Enterprise | None,
        save: SaveEnterprise,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EnterpriseDialog()
        self.ui.setupUi(self)
        self._original = enterprise or Enterprise()
        self._save = save
        self.saved: Enterprise | None = None
        self._errors = {
            "name": self.ui.nameError,
            "tax_code": self.ui.taxCodeError,
            "contact_email": self.ui.contactEmailError,
            enterprises.CP_STATUS: self.ui.cpStatusError,
        }
        for label in self._errors.values():
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
        self._fill_choices(reference)
        self._setup_dates()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._show(self._original)
        self._retitle(enterprise is None)

    def _retitle(self, new: bool) -> None:
        self.setWindowTitle(self.tr("New enterprise") if new else self.tr("Edit enterprise"))

    # --- filling -----------------------------------------------------------------------------

    def _fill_choices(self, reference: ReferenceData) -> None:
        communes = sorted(
            (unit.name for unit in reference.admin_units if unit.level != "province"), key=str.casefold
        )
        provinces = [_province_name(unit.name) for unit in reference.admin_units if unit.level == "province"]
        for combo, names in ((self.ui.communeCombo, communes), (self.ui.provinceCombo, provinces)):
            combo.addItems(names)
            completer = QCompleter(names, combo)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            combo.setCompleter(completer)
        english = self.locale().language() == self.locale().Language.English
        self.ui.sectorCombo.addItem(self.tr("(not given)"), "")
        for sector in reference.sectors:
            name = sector.name_en if english else sector.name_vi
            self.ui.sectorCombo.addItem(f"{sector.code} – {name}", sector.code)
        for value, label in ownership_labels().items():
            self.ui.ownershipCombo.addItem(label, value)

    def _setup_dates(self) -> None:
        for edit in self._date_edits().values():
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(self.tr("not yet"))
            edit.setCalendarPopup(True)
            edit.calendarWidget().installEventFilter(self)  # opens on today, not on "not yet" (1900)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QCalendarWidget):
            edit = next((e for e in self._date_edits().values() if e.calendarWidget() is watched), None)
            if edit is not None and edit.date() == NO_DATE:
                today = QDate.currentDate()
                watched.setCurrentPage(today.year(), today.month())  # shown, not chosen
        return super().eventFilter(watched, event)

    def _date_edits(self) -> dict[str, QDateEdit]:
        return {
            "cp_informed_on": self.ui.informedDate,
            "cp_aware_on": self.ui.awareDate,
            "cp_applying_on": self.ui.applyingDate,
        }

    def _show(self, item: Enterprise) -> None:
        ui = self.ui
        ui.nameEdit.setText(item.name)
        ui.shortNameEdit.setText(item.short_name)
        ui.taxCodeEdit.setText(item.tax_code)
        ui.streetEdit.setText(item.street)
        ui.communeCombo.setEditText(item.commune)
        ui.provinceCombo.setEditText(item.province)
        ui.legacyDistrictEdit.setText(item.legacy_district)
        _select_data(ui.sectorCombo, item.sector_code, add_missing=True)
        _select_data(ui.ownershipCombo, item.ownership, add_missing=True)
        ui.employeesSpin.setValue(item.employees or 0)
        ui.contactNameEdit.setText(item.contact_name)
        ui.contactPhoneEdit.setText(item.contact_phone)
        ui.contactEmailEdit.setText(item.contact_email)
        for name, edit in self._date_edits().items():
            value = getattr(item, name)
            edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        ui.notesEdit.setPlainText(item.notes)

    # --- reading and checking --------------------------------------------------------------

    def edited(self) -> Enterprise:
        """The enterprise as typed (not checked)."""
        ui = self.ui
        dates: dict[str, date | None] = {}
        for name, edit in self._date_edits().items():
            chosen = edit.date()
            dates[name] = None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())
        return dataclasses.replace(
            self._original,
            name=ui.nameEdit.text().strip(),
            short_name=ui.shortNameEdit.text().strip(),
            tax_code=ui.taxCodeEdit.text().strip(),
            street=ui.streetEdit.text().strip(),
            commune=ui.communeCombo.currentText().strip(),
            province=ui.provinceCombo.currentText().strip(),
            legacy_district=ui.legacyDistrictEdit.text().strip(),
            sector_code=ui.sectorCombo.currentData() or "",
            ownership=ui.ownershipCombo.currentData(),
            employees=ui.employeesSpin.value() or None,
            contact_name=ui.contactNameEdit.text().strip(),
            contact_phone=ui.contactPhoneEdit.text().strip(),
            contact_email=ui.contactEmailEdit.text().strip(),
            notes=ui.notesEdit.toPlainText().strip(),
            **dates,
        )

    def _problem_text(self, problem: KnownProblem, typed: Enterprise) -> str:
        """The registry's problem (``services.enterprises``) in the user's language: the same
        sentence as the command line's, translated."""
        reason = getattr(problem, "reason", None)
        if problem.field == "name" and reason == "required":
            return self.tr("Enter the enterprise's name.")
        if problem.field == "tax_code":
            if reason == "taken":
                return self.tr("This tax code is already registered to {name}.").format(
                    name=problem.params["name"]  # type: ignore[attr-defined]
                )
            return self._tax_code_problem(typed.tax_code)
        if reason == "cp_order":
            return self.tr(
                "The CP steps come in order: informed, then aware, then applying, "
                "each on or after the one before."
            )
        return problem_text(problem)

    def _tax_code_problem(self, text: str) -> str:
        digits = "".join(ch for ch in text if ch.isdigit())
        if not all(ch.isdigit() or ch in " .-" for ch in text) or len(digits) not in (10, 13):
            return self.tr(
                "A tax code has 10 digits, or 10 digits, a dash and 3 digits for a branch (3001234567-001)."
            )
        expected = check_digit(digits[:9])
        if expected is not None and digits[9] != str(expected):
            return self.tr("The check digit (the 10th) does not match: check for a typing mistake.")
        return self.tr("This tax code cannot exist: check for a typing mistake.")

    def _show_problems(self, problems: dict[str, str]) -> None:
        for field, label in self._errors.items():
            label.setText(problems.get(field, ""))
            label.setVisible(field in problems)
        focus = {
            "name": self.ui.nameEdit,
            "tax_code": self.ui.taxCodeEdit,
            "contact_email": self.ui.contactEmailEdit,
            "cp_status": self.ui.informedDate,
        }
        first = next((focus[field] for field in focus if field in problems), None)
        if first is not None:
            first.setFocus()

    def error_text(self, field: str) -> str:
        """The problem shown next to ``field`` ("" when none)."""
        label = self._errors[field]
        return label.text() if not label.isHidden() else ""

    def show_stored_problems(self) -> None:
        """Show beside each field what breaks a rule in the values as stored (a record saved
        before the rule existed, opened to be fixed)."""
        typed = self.edited()
        _item, problems = enterprises.enterprise_problems(typed)
        self._show_problems(
            {p.field: self._problem_text(p, typed) for p in reversed(problems) if p.field in self._errors}
        )

    def accept(self) -> None:
        typed = self.edited()
        item, problems = enterprises.enterprise_problems(typed)
        shown = {p.field: self._problem_text(p, typed) for p in reversed(problems) if p.field in self._errors}
        self._show_problems(shown)
        others = [p for p in problems if p.field not in self._errors]
        if others:
            dialogs().warn(self, self.windowTitle(), self._problem_text(others[0], typed))
        if problems:
            return
        self.ui.taxCodeEdit.setText(item.tax_code)
        try:
            self.saved = self._save(item)
        except KnownProblem as problem:
            if problem.field in self._errors:
                self._show_problems({problem.field: self._problem_text(problem, item)})
            else:
                dialogs().warn(self, self.windowTitle(), self._problem_text(problem, item))
            return
        super().accept()


def _select_data(combo: QComboBox, value: str, *, add_missing: bool) -> None:
    index = combo.findData(value)
    if index < 0 and add_missing and value:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
