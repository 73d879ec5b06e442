"""The whole rapid-assessment workflow typed through the pages, as a consultant does on site."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pages_support import (
    ModelWatch,
    Workbench,
    choose_cell,
    open_workbench,
    settle,
    shown,
    tick_cell,
    type_cell,
    type_field,
)

from sxsh_desktop.calc import compute_assessment
from sxsh_desktop.domain.model import Decision
from sxsh_desktop.domain.numbers import format_number
from sxsh_desktop.store.repository import Store
from sxsh_desktop.ui.dialogs import ScriptedDialogs, install_dialogs
from sxsh_desktop.ui.pages import GeneralPage, ProcessPage, SolutionsPage, SummaryPage, WastePage
from sxsh_desktop.ui.pages.photos import PhotoPanel
from sxsh_desktop.ui.pages.record_table import RecordTable


@pytest.fixture
def bench(store: Store, qtbot) -> Iterator[Workbench]:
    previous = install_dialogs(ScriptedDialogs())
    with open_workbench(store) as opened:
        yield opened
    install_dialogs(previous)


def watch_every_model(bench: Workbench, watch: ModelWatch) -> None:
    """Qt's model tester on every model of every page, checking every change that follows."""
    for page in bench.pages:
        for table in page.findChildren(RecordTable):
            watch.watch(table.model)
        for photos in page.findChildren(PhotoPanel):
            watch.watch(photos.model)


def _add_row(table: RecordTable) -> int:
    count = table.model.rowCount()
    table.add_button.click()
    settle()
    assert table.model.rowCount() == count + 1
    return count


def _walk_general(bench: Workbench) -> None:
    page = bench.show(GeneralPage)
    type_field(page.ui.baselineYearEdit, "2024")
    type_field(page.ui.workingDaysEdit, "300")
    type_field(page.ui.discountRateEdit, "12")
    products = page.products
    row = _add_row(products)
    type_cell(products, row, "name", "Nước mắm 30 độ đạm")
    choose_cell(products, row, "unit", "m3")
    type_cell(products, row, "yearly_output", "450")
    lines = page.consumptions
    for kind, name, fuel, quantity, unit, price in [
        ("raw_material", "Cá cơm tươi", "", "1.350", "t", "9.000.000"),
        ("electricity", "Điện lưới", "", "86.000", "kwh", "2.100"),
        ("fuel", "Củi đốt", "wood", "60", "t", "1.300.000"),
        ("water", "Nước giếng", "", "5.400", "m3", "6.000"),
    ]:
        row = _add_row(lines)
        choose_cell(lines, row, "kind", kind)
        type_cell(lines, row, "name", name)
        if fuel:
            choose_cell(lines, row, "fuel_code", fuel)
        type_cell(lines, row, "yearly_quantity", quantity)
        choose_cell(lines, row, "unit", unit)
        type_cell(lines, row, "unit_price", price)
    team = page.team
    row = _add_row(team)
    type_cell(team, row, "name", "Phạm Quốc Đạt")
    type_cell(team, row, "role", "Trưởng nhóm SXSH")


STEPS = [
    (
        "Tiếp nhận, rửa cá",
        [("material", "Cá cơm tươi", "1.350", "t"), ("water", "Nước rửa", "3.200", "m3")],
        [
            ("product", "Cá đã rửa", "1.310", "t"),
            ("wastewater", "Nước thải rửa cá", "3.100", "m3"),
            ("solid_waste", "Cá vụn", "40", "t"),
        ],
    ),
    (
        "Ướp muối, chượp",
        [("material", "Cá đã rửa", "1.310", "t"), ("material", "Muối hạt", "450", "t")],
        [("product", "Chượp chín", "1.440", "t"), ("by_product", "Bã chượp", "300", "t")],
    ),
    ("Kéo rút, đóng chai", [("energy", "Điện", "50.000", "kwh")], [("product", "Nước mắm", "450", "m3")]),
]


def _walk_process(bench: Workbench) -> None:
    page = bench.show(ProcessPage)
    for name, inputs, outputs in STEPS:
        row = _add_row(page.steps)
        type_cell(page.steps, row, "name", name)
        assert page.current_step() is not None and page.current_step().name == name
        for table, flows in ((page.inputs, inputs), (page.outputs, outputs)):
            for kind, flow_name, quantity, unit in flows:
                flow_row = _add_row(table)
                choose_cell(table, flow_row, "kind", kind)
                type_cell(table, flow_row, "name", flow_name)
                type_cell(table, flow_row, "quantity", quantity)
                choose_cell(table, flow_row, "unit", unit)
    assert [box.label for box in page.chart.layout_data.boxes if box.kind == "step"] == [s[0] for s in STEPS]


STREAMS = [
    ("Nước thải rửa cá", "wastewater", "3.100", "m3", "24.000.000", "Vòi nước không có van khóa", "EQP"),
    ("Cá vụn rơi vãi", "solid_waste", "40", "t", "3.000.000", "Băng tải không có máng hứng", "EQP"),
    ("Nước mắm rò rỉ", "wastewater", "2", "m3", "1.000.000", "Công nhân chưa được hướng dẫn", "HR"),
]


def _walk_waste(bench: Workbench) -> None:
    page = bench.show(WastePage)
    document = bench.document()
    for name, kind, quantity, unit, treatment, cause, category in STREAMS:
        row = _add_row(page.streams)
        type_cell(page.streams, row, "name", name)
        choose_cell(page.streams, row, "step_id", document.steps[0].id)
        choose_cell(page.streams, row, "kind", kind)
        type_cell(page.streams, row, "quantity", quantity)
        choose_cell(page.streams, row, "unit", unit)
        type_cell(page.streams, row, "treatment_cost", treatment)
        tick_cell(page.streams, row, "is_focus", row < 2)
        cause_row = _add_row(page.causes)
        type_cell(page.causes, cause_row, "description", cause)
        choose_cell(page.causes, cause_row, "category", category)


def _walk_solutions(bench: Workbench) -> None:
    waste = bench.show(WastePage)
    waste.streams.select_id(bench.document().waste_streams[0].id)
    assert waste.suggestions.model.rowCount() > 0
    # The enterprise makes fish sauce: the sector's own options come first.
    first = waste.suggestions.model.row(0)
    assert any("10204".startswith(code) for code in first.sector_codes)
    waste.suggestions.select_id(first.code)
    waste.add_suggestion_button.click()
    settle()
    suggested = bench.document().solutions[-1]
    assert suggested.catalogue_code == first.code and suggested.technique == first.technique
    assert suggested.waste_stream_id == bench.document().waste_streams[0].id

    page = bench.show(SolutionsPage)
    entries = [
        (None, "12.000.000", "implement_now", [(3, "1.200")]),  # the suggested one: saves water
        ("Lắp máng hứng cá vụn", "3.000.000", "implement_now", [(0, "15")]),
        ("Thay van, gioăng inox", "45.000.000", "study_further", [(1, "4.000"), (2, "2,5")]),
    ]
    lines = bench.document().consumptions
    for position, (title, investment, decision, savings) in enumerate(entries):
        row = position if title is None else _add_row(page.solutions)
        if title is not None:
            type_cell(page.solutions, row, "title", title)
            choose_cell(page.solutions, row, "technique", "EM")
        page.solutions.select_id(page.solutions.model.row(row).id)
        type_cell(page.solutions, row, "investment", investment)
        choose_cell(page.solutions, row, "decision", decision)
        for line, quantity in savings:
            saving_row = _add_row(page.savings)
            choose_cell(page.savings, saving_row, "consumption_id", lines[line].id)
            type_cell(page.savings, saving_row, "quantity", quantity)
        type_field(page.ui.responsibleEdit, "Trần Thị Bình")
        if title == "Lắp máng hứng cá vụn":
            waste_combo = page.ui.wasteCombo
            waste_combo.setCurrentIndex(waste_combo.findData(bench.document().waste_streams[1].id))
            waste_combo.activated.emit(waste_combo.currentIndex())
            settle()


def test_the_whole_workflow_typed_through_the_pages(bench: Workbench) -> None:
    with ModelWatch() as watch:
        watch_every_model(bench, watch)
        _walk_general(bench)
        _walk_process(bench)
        _walk_waste(bench)
        _walk_solutions(bench)
    assert len(watch.testers) == 16 and watch.failures == []
    summary = bench.show(SummaryPage)
    conclusions = summary.ui.conclusionsEdit
    conclusions.setFocus()
    conclusions.setPlainText("Áp dụng ngay hai giải pháp ít tốn kém.")

    document = bench.document()
    assert [s.name for s in document.steps] == [s[0] for s in STEPS]
    assert len(document.flows) == 11
    assert [w.name for w in document.waste_streams] == [s[0] for s in STREAMS]
    assert [[c.category for c in document.causes_of(w.id)] for w in document.waste_streams] == [
        ["EQP"],
        ["EQP"],
        ["HR"],
    ]
    assert len(document.solutions) == 3 and len(document.savings) == 4
    assert document.consumptions[2].fuel_code == "wood"
    assert document.consumptions[0].yearly_quantity == 1350.0
    assert document.assessment.discount_rate == pytest.approx(0.12)
    assert [s.decision for s in document.solutions] == [
        Decision.IMPLEMENT_NOW.value,
        Decision.IMPLEMENT_NOW.value,
        Decision.STUDY_FURTHER.value,
    ]

    # The figures shown are those of the calculation module.
    figures = compute_assessment(document, bench.context.reference)
    solutions = bench.page(SolutionsPage)
    for row, solution in enumerate(document.solutions):
        expected = figures.solution(solution.id)
        assert shown(solutions.solutions, row, "Savings\n(VND/year)") == format_number(
            expected.yearly_savings_vnd, "vi", decimals=0
        )
        assert shown(solutions.solutions, row, "NPV\n(VND)") == format_number(expected.npv, "vi", decimals=0)
    totals = figures.counted
    assert solutions.ui.investmentValue.text() == format_number(totals.investment, "vi", decimals=0)
    assert solutions.ui.savingsValue.text() == "{}".format(
        format_number(totals.yearly_savings_vnd, "vi", decimals=0)
    )
    assert solutions.ui.npvValue.text() == format_number(totals.npv, "vi", decimals=0)
    assert totals.investment == 60_000_000
    summary_lines = {line.key: line for line in summary.totals.model.rows}
    assert summary_lines["net"].counted == format_number(totals.net_yearly_savings, "vi", decimals=0)
    assert summary_lines["net"].now == format_number(
        figures.implement_now.net_yearly_savings, "vi", decimals=0
    )
    # the headline is total energy per unit product against the target; materials, fossil energy beside
    assert format_number(totals.energy_savings_pct, "vi", decimals=1) + " %" in summary.indicator.text()

    # Nothing is missing on any page once the workflow is done.
    bench.show(GeneralPage)  # leaving the summary saves the conclusions
    settle()
    assert {page.title(): page.missing() for page in bench.pages} == {
        page.title(): [] for page in bench.pages
    }


def test_what_is_typed_survives_closing_without_saving(store: Store, qtbot, db_path) -> None:
    previous = install_dialogs(ScriptedDialogs())
    try:
        with open_workbench(store) as bench:
            general = bench.show(GeneralPage)
            type_field(general.ui.consultantsEdit, "Nguyễn Văn An")
            row = _add_row(general.products)
            type_cell(general.products, row, "name", "Gạch nung tuynel")
            summary = bench.show(SummaryPage)
            conclusions = summary.ui.conclusionsEdit
            conclusions.setFocus()
            conclusions.setPlainText("Còn đang viết")  # the window closes while this is being typed
            bench.window.close()
            assessment_id = bench.assessment_id
    finally:
        install_dialogs(previous)
    store.close()
    reopened = Store.open(db_path)
    try:
        document = reopened.load_document(assessment_id)
    finally:
        reopened.close()
    assert document.assessment.consultants == "Nguyễn Văn An"
    assert [p.name for p in document.products] == ["Gạch nung tuynel"]
    assert document.assessment.conclusions == "Còn đang viết"
