"""Step 4: the waste — streams per step with their cost, their causes, and typical options to try."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from sxsh_desktop.domain.completeness import WorkflowStep
from sxsh_desktop.domain.model import (
    WASTE_FLOW_KINDS,
    AssessmentDocument,
    Cause,
    FlowDirection,
    FlowKind,
    Period,
    PhotoOwner,
    Solution,
    StepFlow,
    WasteStream,
)
from sxsh_desktop.domain.numbers import format_number
from sxsh_desktop.domain.reference import CatalogueOption
from sxsh_desktop.ui.generated.ui_waste import Ui_WastePage
from sxsh_desktop.ui.i18n import current_language
from sxsh_desktop.ui.pages import labels
from sxsh_desktop.ui.pages.base import AssessmentPage, place
from sxsh_desktop.ui.pages.photos import PhotoPanel
from sxsh_desktop.ui.pages.record_table import RecordTable
from sxsh_desktop.ui.pages.table_model import Column, ColumnKind, RecordTableModel
from sxsh_desktop.ui.workbench.context import WorkbenchContext


class WastePage(AssessmentPage):
    STEP = WorkflowStep.WASTE
    ui: Ui_WastePage

    def __init__(self, context: WorkbenchContext, parent: QWidget | None = None) -> None:
        super().__init__(context, Ui_WastePage(), parent)
        reference, language = context.reference, self.language
        self.categories = labels.cause_categories(reference, language)
        self.techniques = labels.techniques(reference, language)

        self.streams = self.table(
            [
                Column(
                    lambda: self.tr("Step"),
                    "step_id",
                    ColumnKind.CHOICE,
                    choices=lambda _row: self._step_choices(),
                    none_label="—",
                    width=120,
                ),
                Column(
                    lambda: self.tr("Waste stream"),
                    "name",
                    width=160,
                    suggestions=lambda row: [f.name for f in self._waste_outputs(row.step_id)],
                ),
                Column(
                    lambda: self.tr("Kind"),
                    "kind",
                    ColumnKind.CHOICE,
                    choices=lambda _row: labels.waste_kinds(),
                    width=100,
                ),
                Column(lambda: self.tr("Quantity"), "quantity", ColumnKind.NUMBER, width=80),
                Column(
                    lambda: self.tr("Unit"),
                    "unit",
                    ColumnKind.CHOICE,
                    choices=lambda _row: labels.units(self.context.reference, current_language()),
                    width=56,
                ),
                Column(
                    lambda: self.tr("Period"),
                    "period",
                    ColumnKind.CHOICE,
                    choices=lambda _row: labels.periods(),
                    width=90,
                ),
                Column(lambda: self.tr("Characteristics"), "characteristics", stretch=True),
                Column(
                    lambda: self.tr("Lost material\n(VND/year)"),
                    "lost_material_cost",
                    ColumnKind.NUMBER,
                    decimals=0,
                    width=120,
                    tooltip=lambda: self.tr("Value of the material lost in the stream, per year"),
                ),
                Column(
                    lambda: self.tr("Treatment\n(VND/year)"),
                    "treatment_cost",
                    ColumnKind.NUMBER,
                    decimals=0,
                    width=120,
                    tooltip=lambda: self.tr("Treatment and disposal cost, per year"),
                ),
                Column(
                    lambda: self.tr("Focus"),
                    "is_focus",
                    ColumnKind.CHECK,
                    width=56,
                    tooltip=lambda: self.tr(
                        "A focus stream: one of the most wasteful, to find solutions for"
                    ),
                ),
            ],
            on_add=self._add_stream,
            on_remove=lambda row: self.remove_record(row, self.tr("Delete waste stream")),
            on_move=lambda row, step: self.move_record(self.document.waste_streams, row, step),
            describe=lambda row: row.name,
            add_text=lambda: self.tr("Add waste stream"),
        )
        place(self.ui.streamsHost, self.streams)
        self.streams.current_changed.connect(lambda _id: self._show_stream())
        self.totals = self.ui.wasteTotals

        self.causes_title = self.ui.causesTitle
        self.causes = self.table(
            [
                Column(lambda: self.tr("Cause"), "description", stretch=True),
                Column(
                    lambda: self.tr("Category"),
                    "category",
                    ColumnKind.CHOICE,
                    choices=lambda _row: self.categories,
                    width=140,
                ),
            ],
            on_add=self._add_cause,
            on_remove=lambda row: self.remove_record(row, self.tr("Delete cause")),
            describe=lambda row: row.description,
            add_text=lambda: self.tr("Add cause"),
        )
        place(self.ui.causesHost, self.causes)
        self.causes.current_changed.connect(lambda _id: self._show_suggestions())

        self.suggestions_title = self.ui.suggestionsTitle
        self.suggestion_message = self.ui.suggestionMessage
        suggestion_model = RecordTableModel(
            [
                Column(
                    lambda: self.tr("Typical option"),
                    kind=ColumnKind.COMPUTED,
                    display=self._option_title,
                    stretch=True,
                    row_tooltip=self._option_details,
                ),
                Column(
                    lambda: self.tr("Technique"),
                    kind=ColumnKind.COMPUTED,
                    display=self._option_technique,
                    width=110,
                ),
                Column(
                    lambda: self.tr("Cost"), kind=ColumnKind.COMPUTED, display=self._option_cost, width=80
                ),
                Column(
                    "✓",
                    kind=ColumnKind.COMPUTED,
                    display=self._option_added,
                    width=28,
                    tooltip=lambda: self.tr("Already added as a solution for this waste stream"),
                ),
            ],
            language=self.language,
            row_id=lambda option: option.code,
            parent=self,
        )
        self.suggestions = RecordTable(suggestion_model, parent=self)
        place(self.ui.suggestionsHost, self.suggestions)
        self.add_area(self.suggestions.view)
        self.suggestions.view.doubleClicked.connect(lambda _index: self.add_suggestion())
        self.suggestions.view.entered.connect(lambda _index: self.add_suggestion())
        self.add_suggestion_button = self.ui.addSuggestionButton
        self.add_suggestion_button.clicked.connect(self.add_suggestion)
        self.suggestions.current_changed.connect(lambda _id: self._update_suggestion_button())

        self.photos = PhotoPanel(context, PhotoOwner.WASTE_STREAM.value, self)
        place(self.ui.wastePhotosHost, self.photos)
        self.add_area(self.photos.list)
        self.ui.wasteSplitter.setSizes([330, 290])
        self.ui.detailSplitter.setSizes([400, 450, 250])

    def title(self) -> str:
        return self.tr("Waste and causes")

    # --- showing -------------------------------------------------------------------------------

    def show_document(self, document: AssessmentDocument) -> None:
        self.streams.model.set_rows(document.waste_streams)
        figures = self.figures_of(document)
        self.totals.setText(
            self.tr("Cost of waste per year: lost material %1 VND, treatment %2 VND, total %3 VND.")
            .replace("%1", format_number(figures.waste_lost_material_cost, self.language, decimals=0))
            .replace("%2", format_number(figures.waste_treatment_cost, self.language, decimals=0))
            .replace("%3", format_number(figures.waste_total_cost, self.language, decimals=0))
        )
        self._show_stream()

    def current_stream(self) -> WasteStream | None:
        return self.document.waste_stream(self.streams.current_id()) if self.document else None

    def current_cause(self) -> Cause | None:
        stream = self.current_stream()
        if stream is None or self.document is None:
            return None
        causes = self.document.causes_of(stream.id)
        return next((c for c in causes if c.id == self.causes.current_id()), None)

    def _step_choices(self) -> list[labels.Choice]:
        steps = self.document.steps if self.document else []
        return [labels.Choice(s.id, f"{n}. {s.name}") for n, s in enumerate(steps, start=1)]

    def _show_stream(self) -> None:
        stream = self.current_stream()
        assert self.document is not None
        self.causes.model.set_rows(self.document.causes_of(stream.id) if stream else [])
        self.causes.set_enabled_for_parent(stream is not None)
        if stream is None:
            self.causes_title.setText(self.tr("<b>Causes</b> — select a waste stream above"))
        else:
            self.causes_title.setText(
                self.tr("<b>Causes of “%1”</b>").replace("%1", escape(stream.name or "—"))
            )
        self.photos.set_owner(
            self.document.assessment.id, stream.id if stream else None, self.document.photos
        )
        self._show_suggestions()

    def suggestion_category(self) -> str:
        """The cause category the suggestions are for: the selected cause's, else the stream's first."""
        cause = self.current_cause()
        if cause is not None and cause.category:
            return cause.category
        stream = self.current_stream()
        if stream is None or self.document is None:
            return ""
        return next((c.category for c in self.document.causes_of(stream.id) if c.category), "")

    def _show_suggestions(self) -> None:
        if self.document is None:
            return
        category = self.suggestion_category()
        options = (
            self.context.reference.suggestions(category, self.document.enterprise.sector_code)
            if category
            else []
        )
        self.suggestions.model.set_rows(options)
        if not category:
            self.suggestions_title.setText(
                self.tr("<b>Typical options</b> — give a cause its category to see them")
            )
        else:
            sector = self.context.reference.sector(self.document.enterprise.sector_code)
            sector_name = (sector.name_vi if self.language == "vi" else sector.name_en) if sector else ""
            text = self.tr("<b>Typical options</b> for “%1”").replace(
                "%1", labels.label_of(self.categories, category)
            )
            if sector_name:
                text += self.tr(", sector options first (%1)").replace("%1", escape(sector_name))
            self.suggestions_title.setText(text)
        self._update_suggestion_button()

    def _update_suggestion_button(self) -> None:
        self.add_suggestion_button.setEnabled(
            self.current_stream() is not None and self.suggestions.current_row() is not None
        )

    def _option_title(self, option: CatalogueOption) -> str:
        return option.title_vi if self.language == "vi" else option.title_en

    def _option_details(self, option: CatalogueOption) -> str:
        description = option.description_vi if self.language == "vi" else option.description_en
        parts = [description]
        if option.typical_saving:
            parts.append(self.tr("Typical saving: %1").replace("%1", option.typical_saving))
        if option.source:
            parts.append(self.tr("Source: %1").replace("%1", option.source))
        return "\n".join(p for p in parts if p)

    def _option_technique(self, option: CatalogueOption) -> str:
        return labels.label_of(self.techniques, option.technique)

    def _option_cost(self, option: CatalogueOption) -> str:
        return labels.label_of(labels.cost_classes(), option.cost_class)

    def _option_added(self, option: CatalogueOption) -> str:
        stream = self.current_stream()
        if stream is None or self.document is None:
            return ""
        added = any(
            s.catalogue_code == option.code and s.waste_stream_id == stream.id
            for s in self.document.solutions
        )
        return "✓" if added else ""

    # --- editing -------------------------------------------------------------------------------

    def _waste_outputs(self, step_id: str | None) -> list[StepFlow]:
        """The outputs a waste stream may be recorded from: the step's (every step's when none)
        waste and by-products."""
        if self.document is None:
            return []
        kinds = {k.value for k in (*WASTE_FLOW_KINDS, FlowKind.BY_PRODUCT)}
        return [
            f
            for f in self.document.flows
            if f.direction == FlowDirection.OUTPUT.value
            and f.kind in kinds
            and (step_id is None or f.step_id == step_id)
            and f.name
        ]

    def save_field(self, record: object, field: str, value: object, typing: bool = False) -> None:
        """A waste stream named after a step's waste output is that output: its kind, quantity,
        unit and step come along (the flow chart draws them as one)."""
        if isinstance(record, WasteStream) and field == "name" and not typing:
            wanted = str(value).strip().casefold()
            output = next(
                (f for f in self._waste_outputs(record.step_id) if f.name.strip().casefold() == wanted), None
            )
            if output is not None:
                fields = {
                    "name": output.name,
                    "kind": output.kind if output.kind != FlowKind.BY_PRODUCT.value else record.kind,
                    "quantity": output.quantity,
                    "unit": output.unit,
                    "step_id": output.step_id,
                    "period": Period.YEAR.value,
                }
                changed = {k: v for k, v in fields.items() if getattr(record, k) != v}
                if changed:
                    self.context.editor.set_fields(WasteStream, record.id, self.tr("Edit"), **changed)
                return
        super().save_field(record, field, value, typing)  # type: ignore[arg-type]

    def _add_stream(self) -> str | None:
        if self.document is None:
            return None
        current = self.current_stream()
        stream = WasteStream(
            assessment_id=self.document.assessment.id,
            position=self.next_position(self.document.waste_streams),
            step_id=current.step_id
            if current
            else (self.document.steps[0].id if self.document.steps else None),
        )
        return self.add_record(stream, self.tr("Add waste stream"))

    def _add_cause(self) -> str | None:
        stream = self.current_stream()
        if stream is None or self.document is None:
            return None
        cause = Cause(
            waste_stream_id=stream.id, position=self.next_position(self.document.causes_of(stream.id))
        )
        return self.add_record(cause, self.tr("Add cause"))

    def add_suggestion(self) -> str | None:
        """Add the selected typical option as a solution for the stream (and cause), to edit next."""
        stream = self.current_stream()
        option = self.suggestions.current_row()
        if stream is None or option is None or self.document is None:
            return None
        cause = self.current_cause()
        vietnamese = self.language == "vi"
        solution = Solution(
            assessment_id=self.document.assessment.id,
            position=self.next_position(self.document.solutions),
            step_id=stream.step_id,
            waste_stream_id=stream.id,
            cause_id=cause.id if cause is not None and cause.category == option.cause_category else None,
            title=option.title_vi if vietnamese else option.title_en,
            description=option.description_vi if vietnamese else option.description_en,
            technique=option.technique,
            cost_class=option.cost_class,
            catalogue_code=option.code,
        )
        added = self.add_record(solution, self.tr("Add solution from the catalogue"))
        if added is not None:
            self.suggestion_message.setText(
                self.tr("Added “%1” to the solutions: add its savings there.").replace("%1", solution.title)
            )
        return added
