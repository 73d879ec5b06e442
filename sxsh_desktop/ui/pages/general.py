"""Step 2: general data and baseline — the assessment, products, yearly consumption, CP team."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFormLayout, QPlainTextEdit, QWidget

from sxsh_desktop.calc import AssessmentFigures
from sxsh_desktop.domain.completeness import WorkflowStep
from sxsh_desktop.domain.model import (
    AssessmentDocument,
    Consumption,
    ConsumptionKind,
    Product,
    TeamMember,
)
from sxsh_desktop.domain.numbers import format_number, significant_decimals
from sxsh_desktop.ui.generated.ui_general import Ui_GeneralPage
from sxsh_desktop.ui.i18n import current_language
from sxsh_desktop.ui.pages import labels
from sxsh_desktop.ui.pages.base import AssessmentPage, place
from sxsh_desktop.ui.pages.table_model import Column, ColumnKind
from sxsh_desktop.ui.pages.unit_rules import implausible_unit, unit_after_kind_change
from sxsh_desktop.ui.workbench.context import WorkbenchContext


class GeneralPage(AssessmentPage):
    STEP = WorkflowStep.GENERAL
    ui: Ui_GeneralPage

    def __init__(self, context: WorkbenchContext, parent: QWidget | None = None) -> None:
        super().__init__(context, Ui_GeneralPage(), parent)
        self.figures: AssessmentFigures | None = None
        reference = context.reference
        language = self.language

        self.enterprise_label = self.ui.enterpriseLabel
        self.fields = self.binder(self.ui.formMessage)
        self.fields.text(self.ui.titleEdit, "title")
        self.fields.text(self.ui.consultantsEdit, "consultants")
        self.fields.date(self.ui.startDateEdit, "start_date")
        self.fields.date(self.ui.endDateEdit, "end_date")
        self.fields.number(self.ui.baselineYearEdit, "baseline_year", integer=True, grouping=False)
        self.fields.number(self.ui.workingDaysEdit, "working_days_per_year", integer=True)
        self.fields.number(self.ui.shiftsEdit, "shifts_per_day", integer=True)
        self.fields.number(self.ui.staffEdit, "staff_count", integer=True)
        self.fields.number(self.ui.discountRateEdit, "discount_rate", scale=100.0)
        self._add_about_tab()
        self.grid_year = self.ui.gridYearCombo
        self._fill_grid_years()
        self.grid_year.activated.connect(self._grid_year_chosen)

        self.products = self.table(
            [
                Column(lambda: self.tr("Product"), "name", stretch=True),
                Column(
                    lambda: self.tr("Unit"),
                    "unit",
                    ColumnKind.CHOICE,
                    choices=lambda _row: labels.units(self.context.reference, current_language()),
                    width=90,
                ),
                Column(lambda: self.tr("Yearly output"), "yearly_output", ColumnKind.NUMBER, width=130),
                Column(
                    lambda: self.tr("Main product"),
                    "is_main",
                    ColumnKind.CHECK,
                    width=110,
                    tooltip=lambda: self.tr("Specific consumption is per unit of the main product"),
                ),
            ],
            on_add=self._add_product,
            on_remove=lambda row: self.remove_record(row, self.tr("Delete product")),
            describe=lambda row: row.name,
            add_text=lambda: self.tr("Add product"),
        )
        place(self.ui.productsHost, self.products)

        fuels = labels.fuels(reference, language)
        self.consumptions = self.table(
            [
                Column(
                    lambda: self.tr("Kind"),
                    "kind",
                    ColumnKind.CHOICE,
                    choices=lambda _row: labels.consumption_kinds(),
                    width=110,
                ),
                Column(lambda: self.tr("Name"), "name", stretch=True),
                Column(
                    lambda: self.tr("Fuel"),
                    "fuel_code",
                    ColumnKind.CHOICE,
                    choices=lambda _row: fuels,
                    none_label="—",
                    editable=lambda row: row.kind == ConsumptionKind.FUEL.value,
                    width=150,
                    tooltip=lambda: self.tr("Which fuel it is: gives the CO₂ and TOE factors"),
                ),
                Column(lambda: self.tr("Quantity/year"), "yearly_quantity", ColumnKind.NUMBER, width=110),
                Column(
                    lambda: self.tr("Unit"),
                    "unit",
                    ColumnKind.CHOICE,
                    choices=lambda _row: labels.units(self.context.reference, current_language()),
                    width=70,
                    foreground=lambda row: (
                        QColor("#b3261e") if implausible_unit(row.kind, row.unit) else None
                    ),
                    row_tooltip=lambda row: (
                        self.tr("%1 cannot measure this line: check the unit.").replace(
                            "%1", labels.unit_label(row.unit, self.language)
                        )
                        if implausible_unit(row.kind, row.unit)
                        else ""
                    ),
                ),
                Column(
                    lambda: self.tr("Unit price (VND)"),
                    "unit_price",
                    ColumnKind.NUMBER,
                    decimals=0,
                    width=120,
                ),
                Column(
                    lambda: self.tr("Cost/year (VND)"),
                    kind=ColumnKind.COMPUTED,
                    display=self._yearly_cost,
                    decimals=0,
                    width=130,
                ),
                Column(
                    lambda: self.tr("Per unit of product"),
                    kind=ColumnKind.COMPUTED,
                    display=self._specific,
                    decimals=3,
                    width=140,
                    tooltip=lambda: self.tr(
                        "Specific consumption (định mức tiêu hao): yearly quantity ÷ yearly output"
                    ),
                ),
            ],
            on_add=self._add_consumption,
            on_remove=lambda row: self.remove_record(row, self.tr("Delete consumption line")),
            on_move=lambda row, step: self.move_record(self.document.consumptions, row, step),
            describe=lambda row: row.name,
            add_text=lambda: self.tr("Add line"),
        )
        place(self.ui.consumptionHost, self.consumptions)

        self.team = self.table(
            [
                Column(lambda: self.tr("Name"), "name", width=220),
                Column(lambda: self.tr("Position"), "job_title", width=200),
                Column(lambda: self.tr("Role in the CP team"), "role", stretch=True),
                Column(lambda: self.tr("Phone"), "phone", width=130),
            ],
            on_add=self._add_member,
            on_remove=lambda row: self.remove_record(row, self.tr("Delete team member")),
            on_move=lambda row, step: self.move_record(self.document.team, row, step),
            describe=lambda row: row.name,
            add_text=lambda: self.tr("Add member"),
        )
        place(self.ui.teamHost, self.team)

    def _add_about_tab(self) -> None:
        """Objectives, scope and method of the assessment: printed in the report's section 1."""
        tab = QWidget()
        form = QFormLayout(tab)
        for field, label in (
            ("objectives", self.tr("Objectives")),
            ("scope", self.tr("Scope")),
            ("method", self.tr("Method")),
        ):
            edit = QPlainTextEdit(tab)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(64)
            form.addRow(label, edit)
            self.fields.text(edit, field)
        self.ui.baselineTabs.addTab(tab, self.tr("Objectives, scope, method"))

    def title(self) -> str:
        return self.tr("General data and baseline")

    # --- showing -------------------------------------------------------------------------------

    def show_document(self, document: AssessmentDocument) -> None:
        self.figures = self.figures_of(document)
        enterprise = document.enterprise
        sector = self.context.reference.sector(enterprise.sector_code)
        sector_name = (sector.name_vi if self.language == "vi" else sector.name_en) if sector else ""
        place = ", ".join(p for p in (enterprise.commune, enterprise.province) if p)
        details = " · ".join(p for p in (sector_name, place) if p)
        self.enterprise_label.setText(
            f"<b>{escape(enterprise.name)}</b>" + (f" — {escape(details)}" if details else "")
        )
        self.fields.show(document.assessment)
        self.grid_year.setCurrentIndex(
            max(self.grid_year.findData(document.assessment.grid_factor_year or 0), 0)
        )
        self.products.model.set_rows(document.products)
        self.consumptions.model.set_rows(document.consumptions)
        self.team.model.set_rows(document.team)

    def _fill_grid_years(self) -> None:
        reference = self.context.reference
        latest = reference.grid_factor()
        default = self.tr("Latest official")
        if latest is not None:
            default += (
                f" ({latest.factor_year}: {format_number(latest.t_co2_per_mwh, self.language, decimals=4)})"
            )
        self.grid_year.addItem(default, 0)
        for factor in sorted(reference.grid_factors, key=lambda g: g.factor_year, reverse=True):
            value = format_number(factor.t_co2_per_mwh, self.language, decimals=4)
            text = f"{factor.factor_year}: {value} tCO₂/MWh"
            if factor.provisional:
                text += " " + self.tr("(provisional)")
            self.grid_year.addItem(text, factor.factor_year)

    def _yearly_cost(self, row: Consumption) -> str:
        figures = self.figures.consumption(row.id) if self.figures else None
        return format_number(figures.yearly_cost, self.language, decimals=0) if figures else ""

    def _specific(self, row: Consumption) -> str:
        figures = self.figures.consumption(row.id) if self.figures else None
        if figures is None or figures.specific_consumption is None:
            return ""
        value = format_number(
            figures.specific_consumption,
            self.language,
            max_decimals=significant_decimals(figures.specific_consumption),
        )
        return f"{value} {figures.specific_unit}"

    # --- editing -------------------------------------------------------------------------------

    def save_field(self, record: Any, field: str, value: Any, typing: bool = False) -> None:
        if isinstance(record, Consumption) and field == "kind" and not typing:
            unit = unit_after_kind_change(record.kind, str(value), record.unit)
            if unit != record.unit:
                self.context.editor.set_fields(Consumption, record.id, self.tr("Edit"), kind=value, unit=unit)
                return
        if isinstance(record, Product) and field == "is_main" and value:
            # One main product: choosing one unmarks the others, as one write and one undo step.
            others = [p for p in (self.document.products if self.document else []) if p.is_main]
            edits = [(Product, other.id, {"is_main": False}) for other in others if other.id != record.id]
            self.context.editor.set_many(
                [*edits, (Product, record.id, {"is_main": True})], self.tr("Choose main product")
            )
            return
        super().save_field(record, field, value, typing)

    def _grid_year_chosen(self) -> None:
        if self.document is None:
            return
        year = self.grid_year.currentData() or None
        if year != self.document.assessment.grid_factor_year:
            self.save_field(self.document.assessment, "grid_factor_year", year)

    def _assessment_id(self) -> str:
        assert self.document is not None
        return self.document.assessment.id

    def _add_product(self) -> str | None:
        if self.document is None:
            return None
        first = not self.document.products
        product = Product(
            assessment_id=self._assessment_id(),
            position=self.next_position(self.document.products),
            is_main=first,
        )
        return self.add_record(product, self.tr("Add product"))

    def _add_consumption(self) -> str | None:
        if self.document is None:
            return None
        line = Consumption(
            assessment_id=self._assessment_id(), position=self.next_position(self.document.consumptions)
        )
        return self.add_record(line, self.tr("Add consumption line"))

    def _add_member(self) -> str | None:
        if self.document is None:
            return None
        member = TeamMember(
            assessment_id=self._assessment_id(), position=self.next_position(self.document.team)
        )
        return self.add_record(member, self.tr("Add team member"))
