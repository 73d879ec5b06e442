"""Step 3: the process — ordered steps, each with its inputs and outputs, and the flow chart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from sxsh_desktop.domain.completeness import WorkflowStep
from sxsh_desktop.domain.model import (
    AssessmentDocument,
    FlowDirection,
    FlowKind,
    PhotoOwner,
    ProcessStep,
    StepFlow,
)
from sxsh_desktop.flowchart import layout_flowchart
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.flowchart_view import FlowchartView, export_png, export_svg
from sxsh_desktop.ui.generated.ui_process import Ui_ProcessPage
from sxsh_desktop.ui.pages import labels
from sxsh_desktop.ui.pages.base import AssessmentPage, place
from sxsh_desktop.ui.pages.photos import PhotoPanel
from sxsh_desktop.ui.pages.record_table import RecordTable
from sxsh_desktop.ui.pages.table_model import Column, ColumnKind
from sxsh_desktop.ui.workbench.context import WorkbenchContext


class ProcessPage(AssessmentPage):
    STEP = WorkflowStep.PROCESS
    ui: Ui_ProcessPage

    def __init__(self, context: WorkbenchContext, parent: QWidget | None = None) -> None:
        super().__init__(context, Ui_ProcessPage(), parent)
        units = labels.units(context.reference, self.language)

        self.steps = self.table(
            [
                Column(lambda: self.tr("No."), kind=ColumnKind.COMPUTED, display=self._number, width=38),
                Column(lambda: self.tr("Step"), "name", width=170),
                Column(lambda: self.tr("Equipment"), "equipment", width=130),
                Column(lambda: self.tr("Description"), "description", stretch=True),
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
        self.photos.edited.connect(self.edited)
        place(self.ui.stepPhotosHost, self.photos)

        self.step_label = self.ui.stepLabel
        self.inputs = self._flow_table(FlowDirection.INPUT, labels.input_kinds, units)
        self.outputs = self._flow_table(FlowDirection.OUTPUT, labels.output_kinds, units)
        place(self.ui.inputsHost, self.inputs)
        place(self.ui.outputsHost, self.outputs)

        self.chart = FlowchartView(self)
        self.chart.empty_text = self.tr("The flow chart is drawn from the process steps: add the first step.")
        place(self.ui.chartHost, self.chart)
        self.ui.exportPngButton.clicked.connect(self.export_png)
        self.ui.exportSvgButton.clicked.connect(self.export_svg)
        self.ui.processSplitter.setSizes([460, 640])

    def _flow_table(
        self, direction: FlowDirection, kinds: Callable[[], list[labels.Choice]], units: list[labels.Choice]
    ) -> RecordTable:
        table = self.table(
            [
                Column(
                    lambda: self.tr("Kind"),
                    "kind",
                    ColumnKind.CHOICE,
                    choices=lambda _row: kinds(),
                    width=110,
                ),
                Column(lambda: self.tr("Name"), "name", stretch=True),
                Column(lambda: self.tr("Quantity/year"), "quantity", ColumnKind.NUMBER, width=105),
                Column(
                    lambda: self.tr("Unit"), "unit", ColumnKind.CHOICE, choices=lambda _row: units, width=64
                ),
                Column(
                    lambda: self.tr("Unit cost (VND)"), "unit_cost", ColumnKind.NUMBER, decimals=0, width=110
                ),
            ],
            on_add=lambda: self._add_flow(direction),
            on_remove=lambda row: self.remove_record(row, self.tr("Delete input or output")),
            on_move=lambda row, step: self.move_record(self._flows(direction), row, step),
            describe=lambda row: row.name,
            add_text=lambda: (
                self.tr("Add input") if direction is FlowDirection.INPUT else self.tr("Add output")
            ),
        )
        return table

    def title(self) -> str:
        return self.tr("Process")

    # --- showing -------------------------------------------------------------------------------

    def show_document(self, document: AssessmentDocument) -> None:
        self.steps.model.set_rows(document.steps)
        self._show_step()
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
        assert self.document is not None
        self.photos.set_owner(self.document.assessment.id, step.id if step else None, self.document.photos)

    def _number(self, row: ProcessStep) -> str:
        return str(self.steps.model.index_of(row.id) + 1)

    # --- editing -------------------------------------------------------------------------------

    def _add_step(self) -> str | None:
        if self.document is None:
            return None
        step = ProcessStep(
            assessment_id=self.document.assessment.id, position=self.next_position(self.document.steps)
        )
        return self.add_record(step, self.tr("Add step"))

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
        path = dialogs().save_file(
            self, self.tr("Save the flow chart"), f"{name} - {self.tr('flow chart')}.{kind}", file_filter
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
        return path
