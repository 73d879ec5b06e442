"""What is still missing in each step of the rapid-assessment workflow (DESIGN.md section 2).

Each item has a stable ``code`` and the names it speaks of as ``params``, so that the UI can say
it in the user's language. Nothing here blocks anything: the workflow shows these lists and lets
the consultant move on.

The process step's material balance comes from the calculations (``AssessmentFigures.
step_balances``), handed in by the caller (the domain does not depend on the calculations): a
flagged imbalance is listed as something to check, since it usually means a waste stream or an
input has not been recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from sxsh_desktop.domain.model import (
    AssessmentDocument,
    ConsumptionKind,
    Decision,
    FlowDirection,
    FlowKind,
)


class StepBalance(Protocol):
    """What completeness reads of a process step's balance (``calc.balance.StepBalance`` has it)."""

    @property
    def step_id(self) -> str: ...

    @property
    def step_name(self) -> str: ...

    @property
    def flagged(self) -> bool: ...

    @property
    def imbalance_pct(self) -> float | None: ...


# Outputs a rapid assessment usually describes rather than measures (odour, dust, noise).
_OFTEN_UNMEASURED = {FlowKind.AIR_EMISSION.value, FlowKind.NOISE.value}


class WorkflowStep(StrEnum):
    GENERAL = "general"  # general data and baseline
    PROCESS = "process"
    WASTE = "waste"  # waste streams and causes
    SOLUTIONS = "solutions"
    SUMMARY = "summary"


class MissingCode(StrEnum):
    # general data and baseline
    NO_START_DATE = "no_start_date"
    NO_BASELINE_YEAR = "no_baseline_year"
    NO_TEAM = "no_team"
    NO_PRODUCTS = "no_products"
    PRODUCT_WITHOUT_OUTPUT = "product_without_output"  # product
    NO_CONSUMPTION = "no_consumption"
    CONSUMPTION_WITHOUT_QUANTITY = "consumption_without_quantity"  # consumption
    CONSUMPTION_WITHOUT_PRICE = "consumption_without_price"  # consumption
    FUEL_WITHOUT_TYPE = "fuel_without_type"  # consumption
    # process
    NO_STEPS = "no_steps"
    STEP_WITHOUT_INPUTS = "step_without_inputs"  # step
    STEP_WITHOUT_OUTPUTS = "step_without_outputs"  # step
    FLOW_WITHOUT_QUANTITY = "flow_without_quantity"  # step, flow
    NO_PRODUCT_OUTPUT = "no_product_output"  # no step gives out the product
    STEP_IMBALANCE = "step_imbalance"  # step, pct: inputs and outputs differ beyond the threshold
    # waste streams and causes
    NO_WASTE_STREAMS = "no_waste_streams"
    WASTE_WITHOUT_STEP = "waste_without_step"  # waste
    WASTE_WITHOUT_QUANTITY = "waste_without_quantity"  # waste
    WASTE_WITHOUT_COST = "waste_without_cost"  # waste
    WASTE_WITHOUT_CAUSE = "waste_without_cause"  # waste
    CAUSE_WITHOUT_CATEGORY = "cause_without_category"  # waste, cause
    NO_FOCUS = "no_focus"
    # solutions
    NO_SOLUTIONS = "no_solutions"
    SOLUTION_WITHOUT_TECHNIQUE = "solution_without_technique"  # solution
    SOLUTION_WITHOUT_SAVINGS = "solution_without_savings"  # solution
    SOLUTION_UNDECIDED = "solution_undecided"  # solution
    SOLUTION_WITHOUT_RESPONSIBLE = "solution_without_responsible"  # solution (to implement now)
    FOCUS_WITHOUT_SOLUTION = "focus_without_solution"  # waste
    # summary
    NO_CONCLUSIONS = "no_conclusions"


@dataclass(frozen=True)
class MissingItem:
    code: MissingCode
    subject_id: str = ""  # the record concerned, to select it
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str) -> str:
        return dict(self.params).get(name, "")


def _item(code: MissingCode, subject_id: str = "", **params: str) -> MissingItem:
    return MissingItem(code, subject_id, tuple(params.items()))


def _name(text: str) -> str:
    return text.strip() or "—"


def missing_items(
    document: AssessmentDocument, step: WorkflowStep, balances: Sequence[StepBalance] = ()
) -> list[MissingItem]:
    """What ``step`` still lacks, in the order the page shows its parts.

    ``balances`` are the process steps' balances from ``compute_assessment``; without them the
    balance is not checked.
    """
    items = _CHECKS[step](document)
    if step is WorkflowStep.PROCESS and document.steps:
        items += _imbalances(balances)
    return items


def all_missing(
    document: AssessmentDocument, balances: Sequence[StepBalance] = ()
) -> dict[WorkflowStep, list[MissingItem]]:
    return {step: missing_items(document, step, balances) for step in WorkflowStep}


def _general(doc: AssessmentDocument) -> list[MissingItem]:
    items: list[MissingItem] = []
    if doc.assessment.start_date is None:
        items.append(_item(MissingCode.NO_START_DATE))
    if doc.assessment.baseline_year is None:
        items.append(_item(MissingCode.NO_BASELINE_YEAR))
    if not doc.team:
        items.append(_item(MissingCode.NO_TEAM))
    if not doc.products:
        items.append(_item(MissingCode.NO_PRODUCTS))
    for product in doc.products:
        if not product.yearly_output:
            items.append(_item(MissingCode.PRODUCT_WITHOUT_OUTPUT, product.id, product=_name(product.name)))
    if not doc.consumptions:
        items.append(_item(MissingCode.NO_CONSUMPTION))
    for line in doc.consumptions:
        name = _name(line.name)
        if line.yearly_quantity is None:
            items.append(_item(MissingCode.CONSUMPTION_WITHOUT_QUANTITY, line.id, consumption=name))
        if line.unit_price is None:
            items.append(_item(MissingCode.CONSUMPTION_WITHOUT_PRICE, line.id, consumption=name))
        if line.kind == ConsumptionKind.FUEL.value and not line.fuel_code:
            items.append(_item(MissingCode.FUEL_WITHOUT_TYPE, line.id, consumption=name))
    return items


def _process(doc: AssessmentDocument) -> list[MissingItem]:
    if not doc.steps:
        return [_item(MissingCode.NO_STEPS)]
    items: list[MissingItem] = []
    for step in doc.steps:
        flows = doc.flows_of(step.id)
        name = _name(step.name)
        if not any(f.direction == FlowDirection.INPUT.value for f in flows):
            items.append(_item(MissingCode.STEP_WITHOUT_INPUTS, step.id, step=name))
        if not any(f.direction == FlowDirection.OUTPUT.value for f in flows):
            items.append(_item(MissingCode.STEP_WITHOUT_OUTPUTS, step.id, step=name))
        for flow in flows:
            if flow.quantity is None and flow.kind not in _OFTEN_UNMEASURED:
                items.append(
                    _item(MissingCode.FLOW_WITHOUT_QUANTITY, flow.id, step=name, flow=_name(flow.name))
                )
    if not any(
        f.direction == FlowDirection.OUTPUT.value and f.kind == FlowKind.PRODUCT.value for f in doc.flows
    ):
        items.append(_item(MissingCode.NO_PRODUCT_OUTPUT))
    return items


def _imbalances(balances: Sequence[StepBalance]) -> list[MissingItem]:
    return [
        _item(MissingCode.STEP_IMBALANCE, b.step_id, step=_name(b.step_name), pct=f"{b.imbalance_pct:.1f}")
        for b in balances
        if b.flagged and b.imbalance_pct is not None
    ]


def _waste(doc: AssessmentDocument) -> list[MissingItem]:
    if not doc.waste_streams:
        return [_item(MissingCode.NO_WASTE_STREAMS)]
    items: list[MissingItem] = []
    for stream in doc.waste_streams:
        name = _name(stream.name)
        if doc.step(stream.step_id) is None:
            items.append(_item(MissingCode.WASTE_WITHOUT_STEP, stream.id, waste=name))
        if stream.quantity is None:
            items.append(_item(MissingCode.WASTE_WITHOUT_QUANTITY, stream.id, waste=name))
        if stream.lost_material_cost is None and stream.treatment_cost is None:
            items.append(_item(MissingCode.WASTE_WITHOUT_COST, stream.id, waste=name))
        causes = doc.causes_of(stream.id)
        if not causes:
            items.append(_item(MissingCode.WASTE_WITHOUT_CAUSE, stream.id, waste=name))
        for cause in causes:
            if not cause.category:
                items.append(
                    _item(
                        MissingCode.CAUSE_WITHOUT_CATEGORY,
                        cause.id,
                        waste=name,
                        cause=_name(cause.description),
                    )
                )
    if not any(stream.is_focus for stream in doc.waste_streams):
        items.append(_item(MissingCode.NO_FOCUS))
    return items


def _solutions(doc: AssessmentDocument) -> list[MissingItem]:
    if not doc.solutions:
        return [_item(MissingCode.NO_SOLUTIONS)]
    items: list[MissingItem] = []
    for solution in doc.solutions:
        name = _name(solution.title)
        if not solution.technique:
            items.append(_item(MissingCode.SOLUTION_WITHOUT_TECHNIQUE, solution.id, solution=name))
        has_savings = any(s.quantity for s in doc.savings_of(solution.id)) or solution.other_savings > 0
        if not has_savings:
            items.append(_item(MissingCode.SOLUTION_WITHOUT_SAVINGS, solution.id, solution=name))
        if solution.decision == Decision.UNDECIDED.value:
            items.append(_item(MissingCode.SOLUTION_UNDECIDED, solution.id, solution=name))
        elif solution.decision == Decision.IMPLEMENT_NOW.value and not solution.responsible.strip():
            items.append(_item(MissingCode.SOLUTION_WITHOUT_RESPONSIBLE, solution.id, solution=name))
    addressed = {s.waste_stream_id for s in doc.solutions if s.waste_stream_id}
    for stream in doc.waste_streams:
        if stream.is_focus and stream.id not in addressed:
            items.append(_item(MissingCode.FOCUS_WITHOUT_SOLUTION, stream.id, waste=_name(stream.name)))
    return items


def _summary(doc: AssessmentDocument) -> list[MissingItem]:
    return [] if doc.assessment.conclusions.strip() else [_item(MissingCode.NO_CONCLUSIONS)]


_CHECKS = {
    WorkflowStep.GENERAL: _general,
    WorkflowStep.PROCESS: _process,
    WorkflowStep.WASTE: _waste,
    WorkflowStep.SOLUTIONS: _solutions,
    WorkflowStep.SUMMARY: _summary,
}
