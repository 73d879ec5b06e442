"""Entering rows from the keyboard alone: Enter moves on, Tab leaves the table, drop-downs do not
take a choice on an arrow key, lines picked from the baseline bring their unit and price."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pages_support import Workbench, open_workbench, settle, type_cell
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from sxsh_desktop.domain.model import Consumption, ProcessStep, StepFlow
from sxsh_desktop.store.repository import Store
from sxsh_desktop.ui.dialogs import ScriptedDialogs, install_dialogs
from sxsh_desktop.ui.pages.general import GeneralPage
from sxsh_desktop.ui.pages.process import ProcessPage
from sxsh_desktop.ui.pages.waste import WastePage

pytestmark = pytest.mark.gui


@pytest.fixture
def bench(store: Store, qtbot: object) -> Iterator[Workbench]:
    previous = install_dialogs(ScriptedDialogs())
    with open_workbench(store) as opened:
        opened.window.activateWindow()
        yield opened
    install_dialogs(previous)


def _editor() -> QLineEdit | QComboBox:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit | QComboBox), widget
    return widget


def _type(text: str) -> None:
    editor = _editor()
    assert isinstance(editor, QLineEdit)
    editor.insert(text)


def test_enter_saves_the_row_and_adds_the_next_one_esc_drops_it_untouched(bench: Workbench) -> None:
    page = bench.show(GeneralPage)
    page.ui.baselineTabs.setCurrentWidget(page.ui.teamTab)
    table = page.team
    table.view.setFocus()
    QTest.keyClick(table.view, Qt.Key.Key_Insert)
    settle()
    _type("Trần Văn Hùng")
    QTest.keyClick(_editor(), Qt.Key.Key_Tab)  # on to the next cell of the row
    settle()
    assert table.view.currentIndex().column() == 1
    _type("Giám đốc")
    QTest.keyClick(_editor(), Qt.Key.Key_Return)  # saved; a new row to type into
    settle()
    assert [(m.name, m.job_title) for m in bench.document().team] == [("Trần Văn Hùng", "Giám đốc"), ("", "")]
    assert table.view.currentIndex().row() == 1
    QTest.keyClick(_editor(), Qt.Key.Key_Escape)  # the untouched new row goes away
    settle()
    assert [m.name for m in bench.document().team] == ["Trần Văn Hùng"]


def test_tab_from_the_last_cell_leaves_the_table(bench: Workbench) -> None:
    page = bench.show(GeneralPage)
    page.ui.baselineTabs.setCurrentWidget(page.ui.teamTab)
    table = page.team
    table.view.setFocus()
    QTest.keyClick(table.view, Qt.Key.Key_Insert)
    settle()
    view = table.view
    for _ in range(4):  # name, job title, role, phone: then out of the table
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        settle()
    focus = QApplication.focusWidget()
    assert focus is not view and not view.isAncestorOf(focus)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)  # not editing: out of the table at once
    focus = QApplication.focusWidget()
    assert focus is not view and not view.isAncestorOf(focus)


def test_an_arrow_key_in_a_drop_down_does_not_take_the_choice(bench: Workbench) -> None:
    store = bench.store
    store.insert(Consumption(assessment_id=bench.assessment_id, name="Muối", unit="kg"))
    page = bench.show(GeneralPage)
    bench.reload()
    page.ui.baselineTabs.setCurrentWidget(page.ui.consumptionTab)
    table = page.consumptions
    column = next(n for n, c in enumerate(table.model.columns) if c.field == "unit")
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(0, column))
    table.view.edit(table.model.index(0, column))
    settle()
    combo = _editor()
    assert isinstance(combo, QComboBox)
    QTest.keyClick(combo, Qt.Key.Key_Down)  # "kg" → the next unit, not yet taken
    settle()
    assert combo.isVisible() and bench.document().consumptions[0].unit == "kg"
    QTest.keyClick(combo, Qt.Key.Key_Up)
    QTest.keyClick(combo, Qt.Key.Key_Return)
    settle()
    assert bench.document().consumptions[0].unit == "kg"


def test_an_input_named_after_a_baseline_line_brings_its_kind_unit_and_price(bench: Workbench) -> None:
    store = bench.store
    store.insert(
        Consumption(
            assessment_id=bench.assessment_id,
            kind="electricity",
            name="Điện lưới",
            unit="kwh",
            unit_price=2100,
        )
    )
    step = store.insert(ProcessStep(assessment_id=bench.assessment_id, name="Sấy gỗ"))
    store.insert(StepFlow(step_id=step.id, direction="input", name=""))
    bench.reload()
    page = bench.show(ProcessPage)
    page.steps.select_id(step.id)
    settle()
    type_cell(page.inputs, 0, "name", "điện lưới")
    flow = next(f for f in bench.document().flows if f.step_id == step.id)
    assert (flow.name, flow.kind, flow.unit, flow.unit_cost) == ("Điện lưới", "energy", "kwh", 2100)


def test_a_new_water_line_is_in_cubic_metres(bench: Workbench) -> None:
    from pages_support import choose_cell

    store = bench.store
    store.insert(Consumption(assessment_id=bench.assessment_id, name="Nước giếng"))
    bench.reload()
    page = bench.show(GeneralPage)
    choose_cell(page.consumptions, 0, "kind", "water")
    assert bench.document().consumptions[0].unit == "m3"


def test_a_waste_stream_named_after_a_step_output_takes_its_figures(bench: Workbench) -> None:
    from sxsh_desktop.domain.model import WasteStream

    store = bench.store
    step = store.insert(ProcessStep(assessment_id=bench.assessment_id, name="Cưa xẻ"))
    store.insert(
        StepFlow(
            step_id=step.id, direction="output", kind="solid_waste", name="Mạt cưa", quantity=180, unit="t"
        )
    )
    store.insert(WasteStream(assessment_id=bench.assessment_id, step_id=step.id))
    bench.reload()
    page = bench.show(WastePage)
    type_cell(page.streams, 0, "name", "mạt cưa")
    stream = bench.document().waste_streams[0]
    assert (stream.name, stream.kind, stream.quantity, stream.unit) == ("Mạt cưa", "solid_waste", 180, "t")


def test_insert_adds_a_step_on_the_process_page(bench: Workbench) -> None:
    """Three tables on one page each had Insert for the whole window: none of them fired."""
    page = bench.show(ProcessPage)
    page.steps.view.setFocus()
    QTest.keyClick(page.steps.view, Qt.Key.Key_Insert)
    settle()
    assert len(bench.document().steps) == 1
