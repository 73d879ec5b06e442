"""What each workflow step still lacks, with stable codes and the names it speaks of."""

from __future__ import annotations

from datetime import date

from sxsh_desktop.calc import UnitConverter, step_balances
from sxsh_desktop.domain.completeness import MissingCode, WorkflowStep, all_missing, missing_items
from sxsh_desktop.domain.model import (
    Assessment,
    AssessmentDocument,
    Cause,
    Consumption,
    Decision,
    Enterprise,
    ProcessStep,
    Product,
    Solution,
    SolutionSaving,
    StepFlow,
    TeamMember,
    WasteStream,
)
from tests.calc_fixtures import make_reference

CONVERTER = UnitConverter(make_reference().units)


def _codes(document: AssessmentDocument, step: WorkflowStep) -> list[MissingCode]:
    return [item.code for item in missing_items(document, step)]


def _empty() -> AssessmentDocument:
    enterprise = Enterprise(name="Công ty Nước mắm Hà Tĩnh")
    return AssessmentDocument(enterprise=enterprise, assessment=Assessment(enterprise_id=enterprise.id))


def _complete() -> AssessmentDocument:
    doc = _empty()
    a = doc.assessment
    a.start_date, a.baseline_year, a.conclusions = date(2025, 3, 3), 2024, "Áp dụng ngay 2 giải pháp."
    doc.team = [TeamMember(assessment_id=a.id, name="Trần Thị Bình")]
    doc.products = [
        Product(assessment_id=a.id, name="Nước mắm", unit="m3", yearly_output=450.0, is_main=True)
    ]
    doc.consumptions = [
        Consumption(
            assessment_id=a.id,
            kind="fuel",
            name="Củi",
            fuel_code="wood",
            yearly_quantity=80,
            unit_price=1.2e6,
        )
    ]
    step = ProcessStep(assessment_id=a.id, name="Chượp cá")
    doc.steps = [step]
    doc.flows = [
        StepFlow(step_id=step.id, direction="input", kind="material", name="Cá cơm", quantity=900),
        StepFlow(step_id=step.id, direction="output", kind="product", name="Nước mắm", quantity=450),
        StepFlow(step_id=step.id, direction="output", kind="solid_waste", name="Bã chượp", quantity=440),
    ]
    stream = WasteStream(
        assessment_id=a.id, step_id=step.id, name="Bã cá", quantity=30, treatment_cost=5e6, is_focus=True
    )
    doc.waste_streams = [stream]
    doc.causes = [Cause(waste_stream_id=stream.id, description="Rò rỉ", category="EQP")]
    solution = Solution(
        assessment_id=a.id, waste_stream_id=stream.id, title="Thay gioăng", technique="EM",
        decision=Decision.IMPLEMENT_NOW.value, responsible="Anh Hùng",
    )  # fmt: skip
    doc.solutions = [solution]
    doc.savings = [SolutionSaving(solution_id=solution.id, consumption_id=doc.consumptions[0].id, quantity=5)]
    return doc


def test_a_complete_assessment_lacks_nothing() -> None:
    doc = _complete()
    assert all(items == [] for items in all_missing(doc, step_balances(doc, CONVERTER)).values())


def test_a_flagged_imbalance_is_named_with_its_step_and_percentage() -> None:
    doc = _complete()
    doc.flows[2].quantity = 288  # 900 t in, 738 t out: 18 % not accounted for
    items = missing_items(doc, WorkflowStep.PROCESS, step_balances(doc, CONVERTER))
    assert [(i.code, i.subject_id, i.param("step"), i.param("pct")) for i in items] == [
        (MissingCode.STEP_IMBALANCE, doc.steps[0].id, "Chượp cá", "18.0")
    ]
    doc.flows[2].quantity = 558  # 1,008 t out of 900 t in
    items = missing_items(doc, WorkflowStep.PROCESS, step_balances(doc, CONVERTER))
    assert [i.param("pct") for i in items] == ["-12.0"]
    doc.flows[2].quantity = 370  # 820 t out: within 10 %
    assert missing_items(doc, WorkflowStep.PROCESS, step_balances(doc, CONVERTER)) == []


def test_an_empty_assessment_says_what_to_start_with() -> None:
    doc = _empty()
    assert _codes(doc, WorkflowStep.GENERAL) == [
        MissingCode.NO_START_DATE,
        MissingCode.NO_BASELINE_YEAR,
        MissingCode.NO_TEAM,
        MissingCode.NO_PRODUCTS,
        MissingCode.NO_CONSUMPTION,
    ]
    assert _codes(doc, WorkflowStep.PROCESS) == [MissingCode.NO_STEPS]
    assert _codes(doc, WorkflowStep.WASTE) == [MissingCode.NO_WASTE_STREAMS]
    assert _codes(doc, WorkflowStep.SOLUTIONS) == [MissingCode.NO_SOLUTIONS]
    assert _codes(doc, WorkflowStep.SUMMARY) == [MissingCode.NO_CONCLUSIONS]


def test_baseline_lines_without_quantity_price_or_fuel_type_are_named() -> None:
    doc = _complete()
    line = doc.consumptions[0]
    line.yearly_quantity = None
    line.unit_price = None
    line.fuel_code = ""
    doc.products[0].yearly_output = None
    items = missing_items(doc, WorkflowStep.GENERAL)
    assert [i.code for i in items] == [
        MissingCode.PRODUCT_WITHOUT_OUTPUT,
        MissingCode.CONSUMPTION_WITHOUT_QUANTITY,
        MissingCode.CONSUMPTION_WITHOUT_PRICE,
        MissingCode.FUEL_WITHOUT_TYPE,
    ]
    assert items[1].param("consumption") == "Củi" and items[1].subject_id == line.id
    assert items[0].param("product") == "Nước mắm"


def test_a_process_without_product_output_or_quantities_is_flagged() -> None:
    doc = _complete()
    doc.flows[1].kind = "solid_waste"
    doc.flows[0].quantity = None
    codes = _codes(doc, WorkflowStep.PROCESS)
    assert codes == [MissingCode.FLOW_WITHOUT_QUANTITY, MissingCode.NO_PRODUCT_OUTPUT]
    doc.flows = []
    assert _codes(doc, WorkflowStep.PROCESS) == [
        MissingCode.STEP_WITHOUT_INPUTS,
        MissingCode.STEP_WITHOUT_OUTPUTS,
        MissingCode.NO_PRODUCT_OUTPUT,
    ]


def test_odour_and_noise_may_stay_unmeasured() -> None:
    doc = _complete()
    step = doc.steps[0]
    doc.flows.append(StepFlow(step_id=step.id, direction="output", kind="air_emission", name="Mùi tanh"))
    doc.flows.append(StepFlow(step_id=step.id, direction="output", kind="noise", name="Tiếng ồn máy bơm"))
    assert _codes(doc, WorkflowStep.PROCESS) == []
    doc.flows.append(StepFlow(step_id=step.id, direction="output", kind="wastewater", name="Nước rửa"))
    assert _codes(doc, WorkflowStep.PROCESS) == [MissingCode.FLOW_WITHOUT_QUANTITY]


def test_a_waste_stream_without_cause_names_the_stream() -> None:
    doc = _complete()
    doc.causes = []
    doc.waste_streams[0].is_focus = False
    items = missing_items(doc, WorkflowStep.WASTE)
    assert [i.code for i in items] == [MissingCode.WASTE_WITHOUT_CAUSE, MissingCode.NO_FOCUS]
    assert items[0].param("waste") == "Bã cá"


def test_a_cause_without_category_and_a_stream_without_cost_or_step() -> None:
    doc = _complete()
    doc.causes[0].category = ""
    doc.waste_streams[0].treatment_cost = None
    doc.waste_streams[0].step_id = None
    assert _codes(doc, WorkflowStep.WASTE) == [
        MissingCode.WASTE_WITHOUT_STEP,
        MissingCode.WASTE_WITHOUT_COST,
        MissingCode.CAUSE_WITHOUT_CATEGORY,
    ]


def test_a_solution_without_savings_names_the_solution() -> None:
    doc = _complete()
    doc.savings = []
    items = missing_items(doc, WorkflowStep.SOLUTIONS)
    assert [i.code for i in items] == [MissingCode.SOLUTION_WITHOUT_SAVINGS]
    assert items[0].param("solution") == "Thay gioăng"
    doc.solutions[0].other_savings = 2e6
    assert _codes(doc, WorkflowStep.SOLUTIONS) == []


def test_decisions_and_focus_streams_need_follow_up() -> None:
    doc = _complete()
    doc.solutions[0].responsible = ""
    assert _codes(doc, WorkflowStep.SOLUTIONS) == [MissingCode.SOLUTION_WITHOUT_RESPONSIBLE]
    doc.solutions[0].decision = Decision.UNDECIDED.value
    doc.solutions[0].waste_stream_id = None
    doc.solutions[0].technique = ""
    assert _codes(doc, WorkflowStep.SOLUTIONS) == [
        MissingCode.SOLUTION_WITHOUT_TECHNIQUE,
        MissingCode.SOLUTION_UNDECIDED,
        MissingCode.FOCUS_WITHOUT_SOLUTION,
    ]
