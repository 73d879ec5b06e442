"""Step 1 of the workflow: the enterprise being assessed, read-only here, edited in its dialog."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sxsh_desktop.domain.dates import format_date
from sxsh_desktop.domain.model import AssessmentDocument, Enterprise, SyncFields
from sxsh_desktop.ui.enterprise_dialog import EnterpriseDialog
from sxsh_desktop.ui.labels import ownership_label
from sxsh_desktop.ui.workbench.context import WorkbenchContext
from sxsh_desktop.ui.workbench.page import WorkflowPage

_SYNC_FIELDS = {f.name for f in dataclasses.fields(SyncFields)}


def changed_fields(before: Enterprise, after: Enterprise) -> dict[str, object]:
    return {
        f.name: getattr(after, f.name)
        for f in dataclasses.fields(Enterprise)
        if f.name not in _SYNC_FIELDS and getattr(after, f.name) != getattr(before, f.name)
    }


class EnterprisePage(WorkflowPage):
    def __init__(self, context: WorkbenchContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._heading = QLabel()
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._heading.setFont(font)
        self._heading.setWordWrap(True)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._values: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        for key in self._rows():
            caption, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._form.addRow(caption, value)
            self._captions[key], self._values[key] = caption, value
        self.dialog: EnterpriseDialog | None = None
        self._edit_button = QPushButton()
        self._edit_button.clicked.connect(self.edit_enterprise)
        buttons = QHBoxLayout()
        buttons.addWidget(self._edit_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(self._form)
        layout.addLayout(buttons)
        layout.addStretch()
        self._retranslate()

    @staticmethod
    def _rows() -> tuple[str, ...]:
        return (
            "tax_code",
            "address",
            "legacy_district",
            "sector",
            "ownership",
            "employees",
            "contact",
            "cp_status",
        )

    def _retranslate(self) -> None:
        captions = {
            "tax_code": self.tr("Tax code"),
            "address": self.tr("Address"),
            "legacy_district": self.tr("District (before 07/2025)"),
            "sector": self.tr("Sector (VSIC)"),
            "ownership": self.tr("Ownership"),
            "employees": self.tr("Employees"),
            "contact": self.tr("Contact person"),
            "cp_status": self.tr("Cleaner production status"),
        }
        for key, text in captions.items():
            self._captions[key].setText(text)
        self._edit_button.setText(self.tr("&Edit enterprise…"))
        if self.document is not None:
            self.load(self.document)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def title(self) -> str:
        return self.tr("Enterprise")

    def load(self, document: AssessmentDocument) -> None:
        super().load(document)
        item = document.enterprise
        self._heading.setText(item.name + (f" ({item.short_name})" if item.short_name else ""))
        sector = self.context.reference.sector(item.sector_code) if item.sector_code else None
        sector_name = ""
        if sector is not None:
            sector_name = sector.name_en if self.context.language == "en" else sector.name_vi
        steps = [
            (self.tr("informed"), item.cp_informed_on),
            (self.tr("aware"), item.cp_aware_on),
            (self.tr("applying CP"), item.cp_applying_on),
        ]
        reached = [f"{name} {format_date(day)}" for name, day in steps if day is not None]
        contact = ", ".join(
            part for part in (item.contact_name, item.contact_phone, item.contact_email) if part
        )
        values = {
            "tax_code": item.tax_code,
            "address": ", ".join(part for part in (item.street, item.commune, item.province) if part),
            "legacy_district": item.legacy_district,
            "sector": f"{item.sector_code} – {sector_name}" if sector_name else item.sector_code,
            "ownership": ownership_label(item.ownership),
            "employees": self.locale().toString(item.employees) if item.employees else "",
            "contact": contact,
            "cp_status": "; ".join(reached) or self.tr("not informed yet"),
        }
        for key, text in values.items():
            self._values[key].setText(text or "—")

    def missing(self) -> list[str]:
        if self.document is None:
            return []
        item = self.document.enterprise
        checks = [
            (item.name, self.tr("The enterprise has no name.")),
            (item.tax_code, self.tr("No tax code.")),
            (item.commune, self.tr("No commune or ward in the address.")),
            (item.sector_code, self.tr("No sector (VSIC code).")),
            (item.contact_name, self.tr("No contact person.")),
        ]
        return [text for value, text in checks if not value]

    def edit_enterprise(self) -> None:
        if self.document is None:
            return
        before = self.document.enterprise
        editor = self.context.editor

        def save(after: Enterprise) -> Enterprise:
            changes = changed_fields(before, after)
            if not changes:
                return before
            return editor.set_fields(Enterprise, before.id, self.tr("Edit enterprise"), **changes)

        self.dialog = EnterpriseDialog(self.context.reference, before, save, self)
        self.dialog.accepted.connect(self.edited)
        self.dialog.open()
