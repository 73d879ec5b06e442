"""Step 5: the CP solutions, with their savings, screening decision, follow-up and live figures.

Every figure (savings in VND, payback, NPV, IRR, CO₂, totals) comes from ``compute_assessment``,
recomputed each time the assessment changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QPlainTextEdit, QPushButton, QWidget

from sxsh_desktop.calc import (
    AssessmentFigures,
    SolutionFigures,
    SolutionTotals,
    unit_symbol,
)
from sxsh_desktop.domain.completeness import WorkflowStep
from sxsh_desktop.domain.model import (
    AssessmentDocument,
    PhotoOwner,
    Solution,
    SolutionSaving,
)
from sxsh_desktop.domain.numbers import format_number
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.ui.generated.ui_solutions import Ui_SolutionsPage
from sxsh_desktop.ui.pages import labels
from sxsh_desktop.ui.pages.base import AssessmentPage, place
from sxsh_desktop.ui.pages.fuel_switch_dialog import FuelSwitchDialog
from sxsh_desktop.ui.pages.photos import PhotoPanel
from sxsh_desktop.ui.pages.table_model import Column, ColumnKind
from sxsh_desktop.ui.workbench.context import WorkbenchContext


class SolutionsPage(AssessmentPage):
    STEP = WorkflowStep.SOLUTIONS
    ui: Ui_SolutionsPage

    def __init__(self, context: WorkbenchContext, parent: QWidget | None = None) -> None:
        super().__init__(context, Ui_SolutionsPage(), parent)
        self.figures: AssessmentFigures | None = None
        techniques = labels.techniques(context.reference, self.language)

        self.solutions = self.table(
            [
                Column(lambda: self.tr("Solution"), "title", stretch=True),
                Column(
                    lambda: self.tr("Technique"),
                    "technique",
                    ColumnKind.CHOICE,
                    choices=lambda _r: techniques,
                    width=125,
                ),
                Column(
                    lambda: self.tr("Cost class"),
                    "cost_class",
                    ColumnKind.CHOICE,
                    choices=lambda _r: labels.cost_classes(),
                    width=88,
                ),
                Column(
                    lambda: self.tr("Investment\n(VND)"),
                    "investment",
                    ColumnKind.NUMBER,
                    decimals=0,
                    width=105,
                ),
                Column(
                    lambda: self.tr("Other savings\n(VND/year)"),
                    "other_savings",
                    ColumnKind.NUMBER,
                    decimals=0,
                    width=105,
                    tooltip=lambda: self.tr(
                        "Savings not tied to a baseline line (labour, treatment fees), per year"
                    ),
                ),
                Column(
                    lambda: self.tr("Lifetime\n(years)"),
                    "lifetime_years",
                    ColumnKind.NUMBER,
                    integer=True,
                    width=62,
                ),
                Column(
                    lambda: self.tr("Decision"),
                    "decision",
                    ColumnKind.CHOICE,
                    choices=lambda _r: labels.decisions(),
                    width=108,
                ),
                Column(
                    lambda: self.tr("Savings\n(VND/year)"),
                    kind=ColumnKind.COMPUTED,
                    display=self._savings,
                    decimals=0,
                    width=105,
                    tooltip=lambda: self.tr(
                        "Savings on the baseline lines at their unit prices, plus other savings"
                    ),
                ),
                Column(
                    lambda: self.tr("Payback\n(years)"),
                    kind=ColumnKind.COMPUTED,
                    display=self._payback,
                    decimals=1,
                    width=64,
                ),
                Column(
                    lambda: self.tr("NPV\n(VND)"),
                    kind=ColumnKind.COMPUTED,
                    display=self._npv,
                    decimals=0,
                    width=105,
                ),
                Column(
                    lambda: self.tr("IRR"), kind=ColumnKind.COMPUTED, display=self._irr, decimals=1, width=64
                ),
                Column(
                    lambda: self.tr("Fossil CO₂\n(t/year)"),
                    kind=ColumnKind.COMPUTED,
                    display=self._co2,
                    decimals=2,
                    width=64,
                ),
            ],
            on_add=self._add_solution,
            on_remove=lambda row: self.remove_record(row, self.tr("Delete solution")),
            on_move=lambda row, step: self.move_record(self.document.solutions, row, step),
            describe=lambda row: row.title,
            add_text=lambda: self.tr("Add solution"),
        )
        place(self.ui.solutionsHost, self.solutions)
        self.solutions.current_changed.connect(lambda _id: self._show_solution())

        self.savings = self.table(
            [
                Column(
                    lambda: self.tr("Baseline line"),
                    "consumption_id",
                    ColumnKind.CHOICE,
                    choices=lambda _row: self._consumption_choices(),
                    stretch=True,
                ),
                Column(lambda: self.tr("Saved per year"), "quantity", ColumnKind.NUMBER, width=120),
                Column(
                    lambda: self.tr("Unit"), kind=ColumnKind.COMPUTED, display=self._saving_unit, width=70
                ),
            ],
            on_add=self._add_saving,
            on_remove=lambda row: self.remove_record(row, self.tr("Delete saving")),
            describe=self._saving_name,
            add_text=lambda: self.tr("Add saving"),
        )
        place(self.ui.savingsHost, self.savings)
        # A fuel switch in one line: "replaces this much of fuel X with fuel Y".
        self.switch_button = QPushButton(self.tr("Replace a fuel…"), self.savings)
        self.switch_button.setAutoDefault(False)
        self.switch_button.setToolTip(
            self.tr("A fuel switch: a saving on the fuel replaced and a negative saving on the new fuel")
        )
        self.switch_button.clicked.connect(self.replace_fuel)
        self.savings.button_row.insertWidget(2, self.switch_button)

        self.details = self.binder(self.ui.detailsMessage)
        self.details.text(self.ui.descriptionEdit, "description")
        self._add_feasibility_tab()
        self.step_combo = self.ui.stepCombo
        self.waste_combo = self.ui.wasteCombo
        self.cause_combo = self.ui.causeCombo
        self.details.choice(self.step_combo, "step_id", [], none_label="—")
        self.details.choice(self.waste_combo, "waste_stream_id", [], none_label="—")
        self.details.choice(self.cause_combo, "cause_id", [], none_label="—")
        self.details.number(self.ui.wasteReductionEdit, "waste_reduction")
        self.details.number(self.ui.otherSavingsEdit, "other_savings", decimals=0)
        self.details.number(self.ui.addedCostEdit, "added_operating_cost", decimals=0)
        self.details.number(self.ui.discountRateEdit, "discount_rate", scale=100.0)
        self.waste_reduction_unit = self.ui.wasteReductionUnit

        self.follow = self.binder(self.ui.followMessage)
        self.follow.text(self.ui.responsibleEdit, "responsible")
        self.follow.date(self.ui.plannedDateEdit, "planned_date")
        self.follow.choice(
            self.ui.statusCombo,
            "implementation_status",
            labels.implementation_statuses(),
        )
        self.follow.number(self.ui.actualSavingsEdit, "actual_savings", decimals=0)
        self.follow.text(self.ui.followUpEdit, "follow_up_notes")

        self.photos = PhotoPanel(context, PhotoOwner.SOLUTION.value, self)
        place(self.ui.solutionPhotosHost, self.photos)
        self.add_area(self.ui.descriptionEdit)
        self.add_area(self.ui.responsibleEdit)
        self.add_area(self.photos.list)

        self.totals = {
            name: getattr(self.ui, f"{name}Value")
            for name in ("count", "investment", "savings", "net", "payback", "npv", "co2", "now", "nowNet")
        }
        self.ui.solutionsSplitter.setSizes([330, 290])

    def _add_feasibility_tab(self) -> None:
        """What the report prints of each option besides its figures."""
        tab = QWidget()
        form = QFormLayout(tab)
        for field, label in (
            ("technical_feasibility", self.tr("Technical feasibility")),
            ("environmental_feasibility", self.tr("Environmental feasibility")),
            ("monitoring", self.tr("Monitoring indicators")),
        ):
            edit = QPlainTextEdit(tab)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(54)
            form.addRow(label, edit)
            self.details.text(edit, field)
        self.ui.detailTabs.insertTab(2, tab, self.tr("Feasibility"))

    def title(self) -> str:
        return self.tr("Solutions")

    # --- showing -------------------------------------------------------------------------------

    def show_document(self, document: AssessmentDocument) -> None:
        self.figures = self.figures_of(document)
        steps = [labels.Choice(s.id, f"{n}. {s.name}") for n, s in enumerate(document.steps, start=1)]
        streams = [labels.Choice(w.id, w.name or "—") for w in document.waste_streams]
        self.details.set_choices(self.step_combo, steps, "—")
        self.details.set_choices(self.waste_combo, streams, "—")
        self.follow.set_choices(self.ui.statusCombo, labels.implementation_statuses())
        self.solutions.model.set_rows(document.solutions)
        self._show_solution()
        self._show_totals(self.figures.counted, self.figures.implement_now)

    def current_solution(self) -> Solution | None:
        if self.document is None:
            return None
        return next((s for s in self.document.solutions if s.id == self.solutions.current_id()), None)

    def _show_solution(self) -> None:
        solution = self.current_solution()
        document = self.document
        assert document is not None
        causes = document.causes_of(solution.waste_stream_id) if solution and solution.waste_stream_id else []
        self.details.set_choices(
            self.cause_combo, [labels.Choice(c.id, c.description or "—") for c in causes], "—"
        )
        self.details.show(solution)
        self.follow.show(solution)
        self.savings.model.set_rows(document.savings_of(solution.id) if solution else [])
        self.savings.set_enabled_for_parent(solution is not None)
        self.switch_button.setEnabled(solution is not None)
        stream = document.waste_stream(solution.waste_stream_id) if solution else None
        self.waste_reduction_unit.setText(
            self.tr("Waste reduction in %1 %2")
            .replace("%1", unit_symbol(stream.unit))
            .replace("%2", labels.label_of(labels.periods(), stream.period))
            if stream
            else ""
        )
        self.photos.set_owner(document.assessment.id, solution.id if solution else None, document.photos)

    def _show_totals(self, counted: SolutionTotals, now: SolutionTotals) -> None:
        language = self.language
        money = lambda value: format_number(value, language, decimals=0)  # noqa: E731
        self.totals["count"].setText(str(counted.solution_count))
        self.totals["investment"].setText(money(counted.investment))
        self.totals["savings"].setText(money(counted.yearly_savings_vnd))
        self.totals["net"].setText(money(counted.net_yearly_savings))
        self.totals["payback"].setText(self._payback_text(counted.payback_years))
        self.totals["npv"].setText(money(counted.npv))
        self.totals["co2"].setText(format_number(counted.fossil_co2_t, language, decimals=2))
        self.totals["now"].setText(str(now.solution_count))
        self.totals["nowNet"].setText(money(now.net_yearly_savings))

    # --- live figures per solution ---------------------------------------------------------------

    def _figures(self, row: Solution) -> SolutionFigures | None:
        return self.figures.solution(row.id) if self.figures else None

    def _savings(self, row: Solution) -> str:
        figures = self._figures(row)
        return format_number(figures.yearly_savings_vnd, self.language, decimals=0) if figures else ""

    def _payback_text(self, years: float | None) -> str:
        if years is None:
            return self.tr("none")
        if years < 0.1:
            return "< " + format_number(0.1, self.language, decimals=1)
        return format_number(years, self.language, decimals=1)

    def _payback(self, row: Solution) -> str:
        figures = self._figures(row)
        return self._payback_text(figures.payback_years) if figures else ""

    def _npv(self, row: Solution) -> str:
        figures = self._figures(row)
        return (
            format_number(figures.npv, self.language, decimals=0)
            if figures and figures.npv is not None
            else "—"
        )

    def _irr(self, row: Solution) -> str:
        figures = self._figures(row)
        if figures is None or figures.irr is None:
            return "—"
        if figures.irr > 10:  # over 1000 %: the investment is negligible beside the savings
            return "> " + format_number(1000, self.language) + " %"
        return format_number(figures.irr * 100, self.language, decimals=1) + " %"

    def _co2(self, row: Solution) -> str:
        figures = self._figures(row)
        return format_number(figures.fossil_co2_t, self.language, decimals=2) if figures else ""

    # --- savings -------------------------------------------------------------------------------

    def _consumption_choices(self) -> list[labels.Choice]:
        lines = self.document.consumptions if self.document else []
        return [labels.Choice(c.id, f"{c.name or '—'} ({unit_symbol(c.unit)})") for c in lines]

    def _saving_unit(self, row: SolutionSaving) -> str:
        line = self.document.consumption(row.consumption_id) if self.document else None
        return unit_symbol(line.unit) if line else ""

    def _saving_name(self, row: SolutionSaving) -> str:
        line = self.document.consumption(row.consumption_id) if self.document else None
        return line.name if line else "—"

    # --- editing -------------------------------------------------------------------------------

    def _add_solution(self) -> str | None:
        if self.document is None:
            return None
        solution = Solution(
            assessment_id=self.document.assessment.id, position=self.next_position(self.document.solutions)
        )
        return self.add_record(solution, self.tr("Add solution"))

    def replace_fuel(self) -> None:
        solution = self.current_solution()
        if solution is None or self.document is None:
            return
        dialog = FuelSwitchDialog(self.document, solution, self.context.reference, self.language, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.switch is None:
            return
        try:
            self.context.editor.add_many(dialog.switch.records, self.tr("Replace a fuel"))
        except KnownProblem as problem:
            self.report_problem(problem)

    def _add_saving(self) -> str | None:
        solution = self.current_solution()
        if solution is None or self.document is None:
            return None
        if not self.document.consumptions:
            self.savings.problem_label.setText(
                self.tr("Savings are counted on the yearly consumption lines: add them on the first page.")
            )
            self.savings.problem_label.show()
            return None
        used = {s.consumption_id for s in self.document.savings_of(solution.id)}
        line = next(
            (c for c in self.document.consumptions if c.id not in used), self.document.consumptions[0]
        )
        return self.add_record(
            SolutionSaving(solution_id=solution.id, consumption_id=line.id), self.tr("Add saving")
        )
