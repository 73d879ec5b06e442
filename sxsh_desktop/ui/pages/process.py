"""Step 3: the process — ordered steps, each with its inputs and outputs, and the flow chart.

Each step's material and energy balance comes from ``compute_assessment`` and is shown beside its
inputs and outputs, and as a column of the step list; a flagged imbalance is also listed among
what the step lacks.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from sxsh_desktop.calc import (
    IMBALANCE_THRESHOLD_PCT,
    AssessmentFigures,
    BalanceStatus,
    NotCountedFlow,
    NotCountedReason,
    StepBalance,
)
from sxsh_desktop.calc.units import unit_symbol
from sxsh_desktop.domain.completeness import WorkflowStep
from sxsh_desktop.domain.model import (
    AssessmentDocument,
    ConsumptionKind,
    FlowDirection,
    FlowKind,
    PhotoOwner,
    ProcessStep,
    StepFlow,
)
from sxsh_desktop.domain.numbers import format_number
from sxsh_desktop.flowchart import layout_flowchart
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.flowchart_view import FlowchartView, export_png, export_svg
from sxsh_desktop.ui.generated.ui_process import Ui_ProcessPage
from sxsh_desktop.ui.i18n import current_language
from sxsh_desktop.ui.pages import labels
from sxsh_desktop.ui.pages.base import AssessmentPage, place
from sxsh_desktop.ui.pages.photos import PhotoPanel
from sxsh_desktop.ui.pages.record_table import RecordTable
from sxsh_desktop.ui.pages.table_model import Column, ColumnKind
from sxsh_desktop.ui.pages.unit_rules import default_unit, implausible_unit, unit_after_kind_change
from sxsh_desktop.ui.workbench.context import WorkbenchContext

# The kind of step input a baseline line is.
CONSUMPTION_FLOW_KINDS = {
    ConsumptionKind.RAW_MATERIAL.value: FlowKind.MATERIAL.value,
    ConsumptionKind.CHEMICAL.value: FlowKind.CHEMICAL.value,
    ConsumptionKind.ELECTRICITY.value: FlowKind.ENERGY.value,
    ConsumptionKind.FUEL.value: FlowKind.ENERGY.value,
    ConsumptionKind.WATER.value: FlowKind.WATER.value,
    ConsumptionKind.OTHER.value: FlowKind.MATERIAL.value,
}
FLAGGED = QColor("#b3261e")  # an imbalance beyond the threshold: to check
FLAGGED_HTML = FLAGGED.name()


class ProcessPage(AssessmentPage):
    STEP = WorkflowStep.PROCESS
    ui: Ui_ProcessPage

    def __init__(self, context: WorkbenchContext, parent: QWidget | None = None) -> None:
        super().__init__(context, Ui_ProcessPage(), parent)
        self.figures: AssessmentFigures | None = None

        self.steps = self.table(
            [
                Column(lambda: self.tr("No."), kind=ColumnKind.COMPUTED, display=self._number, width=38),
                Column(lambda: self.tr("Step"), "name", width=160),
                Column(lambda: self.tr("Equipment"), "equipment", width=110),
                Column(lambda: self.tr("Description"), "description", stretch=True),
                Column(
                    lambda: self.tr("Imbalance"),
                    kind=ColumnKind.COMPUTED,
                    display=self._imbalance_cell,
                    decimals=1,
                    tooltip=lambda: self.tr(
                        "(inputs − outputs) ÷ inputs, by mass; beyond %1 it is flagged for checking"
                    ).replace("%1", self._threshold()),
                    row_tooltip=self._imbalance_tooltip,
                    foreground=lambda row: FLAGGED if self._is_flagged(row) else None,
                    width=70,
                ),
            ],
            on_add=self._add_step,
            on_remove=lambda row: self.remove_record(row, self.tr("Delete step")),
            on_move=lambda row, step: self.move_record(self.document.steps, row, step),
            describe=lambda row: row.name,
            add_text=lambda: self.tr("Add step"),
        )
        place(self.ui.stepsHost, self.steps)
        self.steps.current_changed.connect(lambda _id: self._show_step())

        self.photos = PhotoPanel(context, PhotoOwner.STEP.value, self)
        place(self.ui.stepPhotosHost, self.photos)
        self.add_area(self.photos.list)

        self.step_label = self.ui.stepLabel
        self.balance_label = self.ui.balanceLabel
        self.fuels = labels.fuels(context.reference, self.language)
        self.inputs = self._flow_table(FlowDirection.INPUT, labels.input_kinds)
        self.outputs = self._flow_table(FlowDirection.OUTPUT, labels.output_kinds)
        place(self.ui.inputsHost, self.inputs)
        place(self.ui.outputsHost, self.outputs)

        self.chart = FlowchartView(self)
        self.retranslate()
        place(self.ui.chartHost, self.chart)
        for keys, step in (("Alt+PgDown", +1), ("Alt+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.go_to_step(step))
        self.ui.exportPngButton.clicked.connect(self.export_png)
        self.ui.exportSvgButton.clicked.connect(self.export_svg)
        self.ui.processSplitter.setSizes([460, 640])

    def _flow_table(self, direction: FlowDirection, kinds: Callable[[], list[labels.Choice]]) -> RecordTable:
        kind_column = Column(
            lambda: self.tr("Kind"), "kind", ColumnKind.CHOICE, choices=lambda _row: kinds(), width=110
        )
        quantity = Column(lambda: self.tr("Quantity/year"), "quantity", ColumnKind.NUMBER, width=105)
        unit = Column(
            lambda: self.tr("Unit"),
            "unit",
            ColumnKind.CHOICE,
            choices=lambda _row: labels.units(self.context.reference, current_language()),
            width=64,
            foreground=lambda row: FLAGGED if implausible_unit(row.kind, row.unit) else None,
            row_tooltip=self._unit_warning,
        )
        cost = Column(
            lambda: self.tr("Unit cost (VND)"), "unit_cost", ColumnKind.NUMBER, decimals=0, width=110
        )
        name = Column(
            lambda: self.tr("Name"),
            "name",
            stretch=True,
            suggestions=(lambda _row: [c.name for c in self.document.consumptions if c.name])
            if direction is FlowDirection.INPUT
            else None,
        )
        # The name (for inputs picked from the baseline lines, bringing kind, unit and price), then
        # the quantity; then the kind (for outputs: the product first, then waste by default).
        columns = [name, quantity, kind_column, unit, cost]
        table = self.table(
            [*columns, *self._conversion_columns(direction)],
            on_add=lambda: self._add_flow(direction),
            on_remove=lambda row: self.remove_record(row, self.tr("Delete input or output")),
            on_move=lambda row, step: self.move_record(self._flows(direction), row, step),
            describe=lambda row: row.name,
            add_text=lambda: (
                self.tr("Add input") if direction is FlowDirection.INPUT else self.tr("Add output")
            ),
        )
        return table

    def _conversion_columns(self, direction: FlowDirection) -> list[Column]:
        """What turns a flow into energy or mass: its fuel, its density, its mass per piece."""
        columns = []
        if direction is FlowDirection.INPUT:
            columns += [
                Column(
                    lambda: self.tr("Fuel"),
                    "fuel_code",
                    ColumnKind.CHOICE,
                    choices=lambda _row: self._fuel_choices(),
                    none_label="—",
                    editable=lambda row: row.kind in (FlowKind.ENERGY.value, FlowKind.MATERIAL.value),
                    width=130,
                    tooltip=lambda: self.tr(
                        "The fuel burnt (or mixed into a material): its energy from the same heating "
                        "value as the baseline line"
                    ),
                ),
                Column(
                    lambda: self.tr("In the material"),
                    "in_material",
                    ColumnKind.CHECK,
                    editable=lambda row: row.kind == FlowKind.ENERGY.value,
                    width=70,
                    tooltip=lambda: self.tr(
                        "A fuel carried in by a material input of this step (coal mixed into the brick "
                        "body): counted as energy, and its mass taken off the inputs, not as a loss"
                    ),
                ),
            ]
        columns += [
            Column(
                lambda: self.tr("t/m³"),
                "density_t_per_m3",
                ColumnKind.NUMBER,
                decimals=3,
                width=60,
                tooltip=lambda: self.tr(
                    "Density, to weigh a volume (a fuel's own density is used when empty)"
                ),
            ),
            Column(
                lambda: self.tr("kg/piece"),
                "mass_per_piece_kg",
                ColumnKind.NUMBER,
                decimals=3,
                width=64,
                tooltip=lambda: self.tr("Mass of one piece, to weigh a count (bricks, bottles)"),
            ),
        ]
        return columns

    def _fuel_choices(self) -> list[labels.Choice]:
        """The fuels of the baseline lines first, then every fuel of the reference list."""
        used = [c.fuel_code for c in (self.document.consumptions if self.document else []) if c.fuel_code]
        first = [choice for code in dict.fromkeys(used) for choice in self.fuels if choice.code == code]
        return first + [choice for choice in self.fuels if choice.code not in used]

    def title(self) -> str:
        return self.tr("Process")

    def retranslate(self) -> None:
        self.chart.empty_text = self.tr("The flow chart is drawn from the process steps: add the first step.")
        self.chart.update()

    # --- showing -------------------------------------------------------------------------------

    def show_document(self, document: AssessmentDocument) -> None:
        self.figures = self.figures_of(document)
        self.steps.model.set_rows(document.steps)
        self._show_step()
        if self.touched("process_step", "step_flow", "waste_stream"):  # what the chart draws
            self.chart.set_layout_data(layout_flowchart(document))

    def current_step(self) -> ProcessStep | None:
        if self.document is None:
            return None
        return self.document.step(self.steps.current_id())

    def _flows(self, direction: FlowDirection) -> list[StepFlow]:
        step = self.current_step()
        if step is None or self.document is None:
            return []
        return [f for f in self.document.flows_of(step.id) if f.direction == direction.value]

    def _show_step(self) -> None:
        step = self.current_step()
        self.inputs.model.set_rows(self._flows(FlowDirection.INPUT))
        self.outputs.model.set_rows(self._flows(FlowDirection.OUTPUT))
        self.inputs.set_enabled_for_parent(step is not None)
        self.outputs.set_enabled_for_parent(step is not None)
        if step is None:
            self.step_label.setText(self.tr("Select a step on the left to record its inputs and outputs."))
        else:
            number = self.steps.model.index_of(step.id) + 1
            self.step_label.setText(
                self.tr("Step %1: %2").replace("%1", str(number)).replace("%2", step.name or "—")
            )
        self._show_balance(self._balance(step.id) if step is not None else None)
        assert self.document is not None
        self.photos.set_owner(self.document.assessment.id, step.id if step else None, self.document.photos)

    def _number(self, row: ProcessStep) -> str:
        return str(self.steps.model.index_of(row.id) + 1)

    # --- material and energy balance -------------------------------------------------------------

    def _balance(self, step_id: str) -> StepBalance | None:
        return self.figures.step_balance(step_id) if self.figures is not None else None

    def _is_flagged(self, row: ProcessStep) -> bool:
        balance = self._balance(row.id)
        return balance is not None and balance.flagged

    def _pct(self, value: float) -> str:
        return format_number(value, self.language, decimals=1) + " %"

    def _threshold(self) -> str:
        return format_number(IMBALANCE_THRESHOLD_PCT, self.language, max_decimals=1) + " %"

    def _tonnes(self, value: float) -> str:
        return format_number(value, self.language, max_decimals=2)

    def _imbalance_cell(self, row: ProcessStep) -> str:
        balance = self._balance(row.id)
        if balance is None or balance.imbalance_pct is None:
            return "—"
        return self._pct(balance.imbalance_pct)

    def _imbalance_tooltip(self, row: ProcessStep) -> str:
        balance = self._balance(row.id)
        return self._balance_sentence(balance) if balance is not None else ""

    def _balance_sentence(self, balance: StepBalance) -> str:
        """What the step's mass balance says, in one plain sentence."""
        if balance.status is BalanceStatus.PARTIAL:
            return self.tr("The balance cannot be closed: some lines are not in units of mass.")
        if balance.status is BalanceStatus.NO_MASS_INPUT:
            return self.tr("No input measured by mass to compare the outputs with.")
        assert balance.imbalance_pct is not None
        pct = self._pct(balance.imbalance_pct)
        if not balance.flagged:
            return (
                self.tr("Imbalance %1: within the %2 that measurements allow.")
                .replace("%1", pct)
                .replace("%2", self._threshold())
            )
        if balance.imbalance_pct > 0:
            return self.tr("Imbalance %1 — check for waste streams not recorded yet").replace("%1", pct)
        return self.tr("Imbalance %1 — more goes out than in: check for inputs not recorded yet").replace(
            "%1", pct
        )

    def _show_balance(self, balance: StepBalance | None) -> None:
        if balance is None:
            self.balance_label.clear()
            return
        mass = (
            self.tr("<b>Mass balance</b> (t/year): inputs %1 · outputs %2")
            .replace("%1", self._tonnes(balance.inputs_t))
            .replace("%2", self._tonnes(balance.outputs_t))
        )
        verdict = escape(self._balance_sentence(balance))
        if balance.flagged:
            verdict = f'<span style="color:{FLAGGED_HTML}"><b>{verdict}</b></span>'
        lines = [f"{mass} · {verdict}"]
        energy = self._energy_line(balance)
        if energy:
            lines.append(energy)
        if balance.not_counted:
            lines.append(
                self.tr("Not counted: %1").replace(
                    "%1", "; ".join(escape(self._not_counted(line)) for line in balance.not_counted)
                )
            )
        self.balance_label.setText("<br>".join(lines))

    def _energy_line(self, balance: StepBalance) -> str:
        if balance.energy_input_kwh <= 0 and balance.heat_loss_kwh is None:
            return ""
        kwh = format_number(balance.energy_input_kwh, self.language, decimals=0)
        text = self.tr("<b>Energy</b>: inputs %1 kWh/year").replace("%1", kwh)
        if balance.heat_loss_kwh is not None:
            loss = format_number(balance.heat_loss_kwh, self.language, decimals=0)
            if balance.heat_loss_pct is not None:
                text += (
                    self.tr(" · heat lost %1 kWh/year (%2 of the energy input)")
                    .replace("%1", loss)
                    .replace("%2", self._pct(balance.heat_loss_pct))
                )
            else:
                text += self.tr(" · heat lost %1 kWh/year").replace("%1", loss)
        return text

    def _not_counted(self, line: NotCountedFlow) -> str:
        reasons = {
            NotCountedReason.NO_QUANTITY: self.tr("no quantity"),
            NotCountedReason.NOT_MASS: self.tr("not a unit of mass: give its density or mass per piece"),
            NotCountedReason.NOT_ENERGY: self.tr("by mass or volume: choose its fuel"),
            NotCountedReason.UNKNOWN_FUEL_ENERGY: self.tr("its fuel has no heating value or density"),
            NotCountedReason.UNKNOWN_UNIT: self.tr("unit not in the list of units"),
            NotCountedReason.NOT_MEASURABLE: self.tr("neither mass nor energy"),
        }
        name = line.name.strip() or "—"
        if line.quantity is not None:
            quantity = format_number(line.quantity, self.language, max_decimals=3)
            name += f" ({quantity} {unit_symbol(line.unit)})"
        return f"{name}: {reasons[line.reason]}"

    # --- editing -------------------------------------------------------------------------------

    def _add_step(self) -> str | None:
        if self.document is None:
            return None
        step = ProcessStep(
            assessment_id=self.document.assessment.id, position=self.next_position(self.document.steps)
        )
        return self.add_record(step, self.tr("Add step"))

    def go_to_step(self, step: int) -> None:
        """Alt+PgDown / Alt+PgUp: the next (previous) process step, ready to enter its inputs."""
        self.steps.commit_open_editor()
        self.commit_pending()
        position = self.steps.model.index_of(self.steps.current_id()) + step
        if not 0 <= position < self.steps.model.rowCount():
            return
        self.steps.select_id(self.steps.model.row_id(self.steps.model.row(position)))
        self.inputs.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.inputs.model.rowCount():
            self.inputs.view.setCurrentIndex(self.inputs.model.index(0, 0))

    def _unit_warning(self, row: StepFlow) -> str:
        if not implausible_unit(row.kind, row.unit):
            return ""
        return self.tr("%1 cannot measure this line: check the unit.").replace(
            "%1", labels.unit_label(row.unit, self.language)
        )

    def save_field(self, record: object, field: str, value: object, typing: bool = False) -> None:
        """An input named after a baseline line takes its kind, unit and price; a new kind brings
        its usual unit (kWh for energy, m³ for water) unless another was chosen."""
        if isinstance(record, StepFlow) and not typing and self.document is not None:
            fields: dict[str, object] = {field: value}
            if field == "name" and record.direction == FlowDirection.INPUT.value:
                line = next(
                    (
                        c
                        for c in self.document.consumptions
                        if c.name.strip().casefold() == str(value).strip().casefold()
                    ),
                    None,
                )
                if line is not None:
                    fields.update(
                        kind=CONSUMPTION_FLOW_KINDS.get(line.kind, record.kind),
                        unit=line.unit,
                        unit_cost=line.unit_price,
                        name=line.name,
                    )
            elif field == "kind":
                fields["unit"] = unit_after_kind_change(record.kind, str(value), record.unit)
            if len(fields) > 1:
                changed = {k: v for k, v in fields.items() if getattr(record, k) != v}
                if changed:
                    self.context.editor.set_fields(StepFlow, record.id, self.tr("Edit"), **changed)
                return
        super().save_field(record, field, value, typing)  # type: ignore[arg-type]

    def _add_flow(self, direction: FlowDirection) -> str | None:
        step = self.current_step()
        if step is None or self.document is None:
            return None
        kind = FlowKind.MATERIAL if direction is FlowDirection.INPUT else FlowKind.PRODUCT
        if direction is FlowDirection.OUTPUT and self._flows(direction):
            kind = FlowKind.SOLID_WASTE  # the product usually comes first; then what is lost
        flow = StepFlow(
            step_id=step.id,
            direction=direction.value,
            kind=kind.value,
            unit=default_unit(kind.value),
            position=self.next_position(self.document.flows_of(step.id)),
        )
        text = self.tr("Add input") if direction is FlowDirection.INPUT else self.tr("Add output")
        return self.add_record(flow, text)

    # --- export --------------------------------------------------------------------------------

    def export_png(self) -> Path | None:
        return self._export("png", self.tr("PNG image (*.png)"))

    def export_svg(self) -> Path | None:
        return self._export("svg", self.tr("SVG drawing (*.svg)"))

    def _export(self, kind: str, file_filter: str) -> Path | None:
        if self.document is None:
            return None
        layout = layout_flowchart(self.document)
        if layout.is_empty:
            dialogs().inform(self, self.tr("Flow chart"), self.tr("There is no process step to draw yet."))
            return None
        name = (self.document.enterprise.short_name or self.document.enterprise.name or "quy-trinh").strip()
        chart = self.tr("flow chart")  # (outside the f-string, where the translation tools see it)
        path = dialogs().save_file(
            self, self.tr("Save the flow chart"), f"{name} - {chart}.{kind}", file_filter
        )
        if path is None:
            return None
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        try:
            if kind == "png":
                export_png(layout, path)
            else:
                export_svg(layout, path, self.document.assessment.title)
        except OSError as error:
            dialogs().warn(
                self,
                self.tr("Flow chart"),
                self.tr("The file could not be written: %1").replace("%1", str(error)),
            )
            return None
        dialogs().inform(
            self, self.tr("Flow chart"), self.tr("The flow chart was saved as\n%1").replace("%1", str(path))
        )
        return path
