"""Step 6: the summary — totals, savings per unit of product against the 5–8 % target, conclusions.

Every figure is read from ``compute_assessment``; this page only lays them out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sxsh_desktop.calc import (
    AssessmentFigures,
    ConsumptionFigures,
    SolutionTotals,
    TargetStatus,
    WarningCode,
)
from sxsh_desktop.calc.units import unit_symbol
from sxsh_desktop.domain.completeness import WorkflowStep
from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.domain.numbers import format_number, significant_decimals, years
from sxsh_desktop.ui.generated.ui_summary import Ui_SummaryPage
from sxsh_desktop.ui.pages import labels
from sxsh_desktop.ui.pages.base import AssessmentPage, place
from sxsh_desktop.ui.pages.record_table import RecordTable
from sxsh_desktop.ui.pages.table_model import Column, ColumnKind, RecordTableModel
from sxsh_desktop.ui.workbench.context import WorkbenchContext

STATUS_COLOURS = {
    TargetStatus.BELOW: ("#fff1e0", "#9a5b00"),
    TargetStatus.WITHIN: ("#e6f4ea", "#1e6b34"),
    TargetStatus.ABOVE: ("#e6f4ea", "#1e6b34"),
    TargetStatus.UNKNOWN: ("#f1f1f1", "#555555"),
}


class TargetGauge(QWidget):
    """A bar from 0 % with the target band shaded and a mark at the savings reached."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value: float | None = None
        self.low: float | None = None
        self.high: float | None = None
        self.language = "vi"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(300, 44)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 44)

    def set_values(self, value: float | None, low: float | None, high: float | None) -> None:
        self.value, self.low, self.high = value, low, high
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top_of_bar, bar_height, side = 6.0, 14.0, 22.0
        width = self.width() - 2 * side
        scale_max = max(10.0, (self.high or 0) * 1.25, (self.value or 0) * 1.1)

        def x(percent: float) -> float:
            return side + width * max(0.0, min(percent, scale_max)) / scale_max

        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e9e9e9"))
        painter.drawRoundedRect(QRectF(side, top_of_bar, width, bar_height), 3, 3)
        if self.low is not None and self.high is not None:
            painter.setBrush(QColor("#bfe3c8"))
            painter.drawRect(QRectF(x(self.low), top_of_bar, x(self.high) - x(self.low), bar_height))
        if self.value is not None:
            painter.setBrush(QColor("#2f5f8a"))
            painter.drawRoundedRect(QRectF(side, top_of_bar + 4, x(self.value) - side, bar_height - 8), 2, 2)
            painter.setPen(QPen(QColor("#1d1d1d"), 2))
            painter.drawLine(x(self.value), top_of_bar - 3, x(self.value), top_of_bar + bar_height + 3)
        painter.setPen(QColor("#444444"))
        marks = [0.0, scale_max] + [m for m in (self.low, self.high) if m is not None]
        for mark in marks:
            text = format_number(mark, self.language, max_decimals=1) + " %"
            rect = QRectF(x(mark) - side, top_of_bar + bar_height + 2, 2 * side, 16)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        painter.end()


@dataclass(frozen=True)
class TotalLine:
    key: str
    label: str
    counted: str
    now: str


class SummaryPage(AssessmentPage):
    STEP = WorkflowStep.SUMMARY
    ui: Ui_SummaryPage

    def __init__(self, context: WorkbenchContext, parent: QWidget | None = None) -> None:
        super().__init__(context, Ui_SummaryPage(), parent)
        self.figures: AssessmentFigures | None = None
        self.indicator = self.ui.targetIndicator
        self.parts_label = self.ui.partsLabel
        self.baseline_label = self.ui.baselineLabel
        # The target's name is a sentence: it wraps rather than widen the page.
        self.parts_label.setWordWrap(True)
        self.warnings_label = self.ui.warningsLabel
        self.warnings_label.setStyleSheet("color: #6b4e00;")
        self.gauge = TargetGauge(self)
        self.gauge.language = self.language
        place(self.ui.gaugeHost, self.gauge)

        totals_model = RecordTableModel(
            [
                Column(
                    lambda: self.tr("Figure"),
                    kind=ColumnKind.COMPUTED,
                    display=lambda r: r.label,
                    stretch=True,
                ),
                Column(
                    lambda: self.tr("Not rejected"),
                    kind=ColumnKind.COMPUTED,
                    display=lambda r: r.counted,
                    decimals=0,
                    width=130,
                ),
                Column(
                    lambda: self.tr("Implement now"),
                    kind=ColumnKind.COMPUTED,
                    display=lambda r: r.now,
                    decimals=0,
                    width=130,
                ),
            ],
            language=self.language,
            row_id=lambda line: line.key,
            parent=self,
        )
        self.totals = RecordTable(totals_model, parent=self)
        place(self.ui.totalsHost, self.totals)

        consumption_model = RecordTableModel(
            [
                Column(
                    lambda: self.tr("Line"),
                    kind=ColumnKind.COMPUTED,
                    display=lambda c: c.name or "—",
                    stretch=True,
                ),
                Column(
                    lambda: self.tr("Baseline/year"),
                    kind=ColumnKind.COMPUTED,
                    display=self._baseline,
                    decimals=0,
                    width=110,
                ),
                Column(
                    lambda: self.tr("Per unit of product"),
                    kind=ColumnKind.COMPUTED,
                    display=self._specific,
                    decimals=3,
                    width=120,
                ),
                Column(
                    lambda: self.tr("Saved/year"),
                    kind=ColumnKind.COMPUTED,
                    display=self._saved,
                    decimals=0,
                    width=100,
                ),
                Column(
                    lambda: self.tr("Saved"),
                    kind=ColumnKind.COMPUTED,
                    display=self._saved_pct,
                    decimals=1,
                    width=64,
                ),
            ],
            language=self.language,
            row_id=lambda c: c.consumption_id,
            parent=self,
        )
        self.consumption = RecordTable(consumption_model, parent=self)
        place(self.ui.consumptionHost, self.consumption)

        self.conclusions = self.binder(self.ui.conclusionsMessage)
        self.conclusions.text(self.ui.conclusionsEdit, "conclusions")
        self.ui.summarySplitter.setSizes([480, 620])

    def title(self) -> str:
        return self.tr("Summary")

    def show_document(self, document: AssessmentDocument) -> None:
        figures = self.figures = self.figures_of(document)
        self._show_target(figures)
        self.totals.model.set_rows(self._total_lines(figures.counted, figures.implement_now))
        self.consumption.model.set_rows(figures.per_consumption)
        self._show_warnings(document, figures)
        self.conclusions.show(document.assessment)

    # --- the target ----------------------------------------------------------------------------

    def _pct(self, value: float | None) -> str:
        return "—" if value is None else format_number(value, self.language, decimals=1) + " %"

    def _show_target(self, figures: AssessmentFigures) -> None:
        counted = figures.counted
        status = counted.energy_target_status
        low, high = figures.target_min_pct, figures.target_max_pct
        band = (
            f"{format_number(low, self.language)}–{format_number(high, self.language)} %"
            if low and high
            else "—"
        )
        background, colour = STATUS_COLOURS[status]
        self.indicator.setStyleSheet(
            f"background: {background}; color: {colour}; border: 1px solid {colour};"
            " border-radius: 4px; padding: 6px;"
        )
        headline = escape(self.tr("Total energy saved per unit of product"))
        value = self._pct(counted.energy_savings_pct)
        self.indicator.setText(
            f"{headline}<br><span style='font-size: 16pt; font-weight: 600'>{value}</span>"
            f" — {escape(labels.target_status_text(status))} ({band})"
        )
        self.gauge.set_values(counted.energy_savings_pct, low, high)
        target = figures.target_name if self.language == "vi" else figures.target_name_en
        self.parts_label.setText(
            "\n".join(
                [
                    self.tr("Raw materials: %1 — %2")
                    .replace("%1", self._pct(counted.material_savings_pct))
                    .replace("%2", labels.target_status_text(counted.material_target_status)),
                    self.tr("Fossil energy (fossil fuels and electricity): %1").replace(
                        "%1", self._pct(counted.fossil_energy_savings_pct)
                    ),
                    self.tr("Water: %1").replace("%1", self._pct(counted.water_savings_pct)),
                    target,
                ]
            )
        )
        baseline = figures.baseline
        if baseline.yearly_output:
            product = self.tr("Main product: %1, %2 %3 a year.").replace(
                "%1", baseline.main_product_name or "—"
            )
            product = product.replace("%2", format_number(baseline.yearly_output, self.language)).replace(
                "%3", unit_symbol(baseline.main_product_unit)
            )
        else:
            product = self.tr("No main product with a yearly output yet.")
        energy = self.tr("Energy use: %1 TOE a year; fossil CO₂ %2 t a year (biogenic CO₂, apart: %3 t).")
        energy = (
            energy.replace("%1", format_number(baseline.total_toe, self.language, max_decimals=1))
            .replace("%2", format_number(baseline.fossil_co2_t, self.language, max_decimals=1))
            .replace("%3", format_number(baseline.biogenic_co2_t, self.language, max_decimals=1))
        )
        if baseline.is_key_energy_user:
            energy += " " + self.tr("A key energy user (1,000 TOE a year or more).")
        if baseline.ghg_inventory_required:
            energy += " " + self.tr("Must make a greenhouse-gas inventory.")
        self.baseline_label.setText(f"{product} {energy}")

    # --- totals --------------------------------------------------------------------------------

    def _total_lines(self, counted: SolutionTotals, now: SolutionTotals) -> list[TotalLine]:
        language = self.language

        def money(value: float) -> str:
            return format_number(value, language, decimals=0)

        def amount(value: float, places: int = 1) -> str:
            return format_number(value, language, decimals=places)

        def payback(value: float | None) -> str:
            return self.tr("none") if value is None else years(value, language)

        fuels = dict.fromkeys([*counted.fuel_t_by_fuel, *now.fuel_t_by_fuel])
        fuel_rows: list[tuple[str, str, Callable[[SolutionTotals], str]]] = [
            (
                f"fuel:{code}",
                self.tr("%1 saved (t/year; negative: more used)").replace("%1", self._fuel_name(code)),
                lambda t, code=code: amount(t.fuel_t_by_fuel.get(code, 0.0), 2),
            )
            for code in fuels
        ]

        rows: list[tuple[str, str, Callable[[SolutionTotals], str]]] = [
            ("count", self.tr("Solutions"), lambda t: str(t.solution_count)),
            ("investment", self.tr("Investment (VND)"), lambda t: money(t.investment)),
            ("savings", self.tr("Savings (VND/year)"), lambda t: money(t.yearly_savings_vnd)),
            ("added", self.tr("Added operating cost (VND/year)"), lambda t: money(t.added_operating_cost)),
            ("net", self.tr("Net savings (VND/year)"), lambda t: money(t.net_yearly_savings)),
            ("payback", self.tr("Payback (years)"), lambda t: payback(t.payback_years)),
            ("npv", self.tr("NPV (VND)"), lambda t: money(t.npv)),
            ("co2", self.tr("Fossil CO₂ avoided (t/year)"), lambda t: amount(t.fossil_co2_t, 2)),
            (
                "co2_bio",
                self.tr("Biogenic CO₂, apart (t/year; negative: added)"),
                lambda t: amount(t.biogenic_co2_t, 2),
            ),
            (
                "toe_fossil",
                self.tr("Fossil energy saved (TOE/year)"),
                lambda t: amount(t.fossil_toe_saved, 2),
            ),
            (
                "toe_renewable",
                self.tr("Renewable energy added (TOE/year)"),
                lambda t: amount(t.renewable_toe_added, 2),
            ),
            ("toe", self.tr("Total energy saved, net (TOE/year)"), lambda t: amount(t.toe_saved, 2)),
            ("kwh", self.tr("Electricity saved (kWh/year)"), lambda t: amount(t.electricity_kwh_saved, 0)),
            *fuel_rows,
            ("water", self.tr("Water saved (m³/year)"), lambda t: amount(t.water_m3_saved, 1)),
            ("material", self.tr("Materials saved (t/year)"), lambda t: amount(t.material_t_saved, 2)),
        ]
        return [TotalLine(key, label, value(counted), value(now)) for key, label, value in rows]

    # --- consumption ---------------------------------------------------------------------------

    def _fuel_name(self, code: str) -> str:
        fuel = self.context.reference.fuel(code) if code else None
        if fuel is None:
            return code or "—"
        return fuel.name_vi if self.language == "vi" else fuel.name_en

    def _baseline(self, line: ConsumptionFigures) -> str:
        if line.yearly_quantity is None:
            return "—"
        return f"{format_number(line.yearly_quantity, self.language)} {unit_symbol(line.unit)}"

    def _specific(self, line: ConsumptionFigures) -> str:
        if line.specific_consumption is None:
            return "—"
        value = line.specific_shown
        shown = format_number(value, self.language, max_decimals=significant_decimals(value))
        unit, _, product = line.specific_unit.partition("/")
        per = f"{format_number(line.specific_per, self.language)} " if line.specific_per != 1 else ""
        return f"{shown} {unit}/{per}{product}"

    def _saved(self, line: ConsumptionFigures) -> str:
        return f"{format_number(line.saved_quantity, self.language)} {unit_symbol(line.unit)}"

    def _saved_pct(self, line: ConsumptionFigures) -> str:
        return self._pct(line.saved_pct)

    def _show_warnings(self, document: AssessmentDocument, figures: AssessmentFigures) -> None:
        names = {c.id: c.name for c in document.consumptions} | {s.id: s.title for s in document.solutions}
        sentences = []
        for warning in figures.warnings:
            if warning.code is WarningCode.STEP_IMBALANCE:
                continue  # a figure that was computed; the process step lists it to check
            subject = names.get(warning.subject_id, "")
            sentences.append(labels.calc_warning_sentence(warning, self.language, subject))
        if not sentences:
            self.warnings_label.hide()
            return
        shown = sentences[:3]
        if len(sentences) > 3:
            shown.append(self.tr("… and %n more", "", len(sentences) - 3))
        self.warnings_label.setText(self.tr("Figures that could not be computed:") + " " + " · ".join(shown))
        self.warnings_label.setToolTip("\n".join(sentences))
        self.warnings_label.show()
