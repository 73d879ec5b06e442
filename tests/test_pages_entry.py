"""Typing into the pages: wrong values are explained and kept, keys add and delete rows, undo."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import pytest
from pages_support import (
    ModelWatch,
    Workbench,
    choose_cell,
    open_workbench,
    settle,
    type_cell,
    type_field,
)
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sxsh_desktop.domain.model import Consumption, Product
from sxsh_desktop.store.repository import Store
from sxsh_desktop.ui.dialogs import ScriptedDialogs, install_dialogs
from sxsh_desktop.ui.pages import GeneralPage, SolutionsPage
from sxsh_desktop.ui.pages.table_model import Column, ColumnKind, RecordTableModel


@pytest.fixture
def scripted() -> Iterator[ScriptedDialogs]:
    dialogs = ScriptedDialogs()
    previous = install_dialogs(dialogs)
    yield dialogs
    install_dialogs(previous)


@pytest.fixture
def bench(store: Store, qtbot, scripted: ScriptedDialogs) -> Iterator[Workbench]:
    with open_workbench(store) as opened:
        yield opened


def _add_line(bench: Workbench) -> GeneralPage:
    page = bench.show(GeneralPage)
    page.ui.baselineTabs.setCurrentWidget(page.ui.consumptionTab)
    page.consumptions.add_button.click()
    settle()
    type_cell(page.consumptions, 0, "name", "Điện lưới")
    return page


def test_letters_in_a_number_are_explained_and_kept_until_corrected(bench: Workbench) -> None:
    page = _add_line(bench)
    table = page.consumptions
    type_cell(table, 0, "yearly_quantity", "12 tấn")
    column = next(n for n, c in enumerate(table.model.columns) if c.field == "yearly_quantity")
    cell = table.model.index(0, column)
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "12 tấn"  # kept, not dropped
    assert cell.data(Qt.ItemDataRole.EditRole) == "12 tấn"  # the editor opens on it for correction
    assert "letters" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert table.problem_label.isVisibleTo(page) and "12 tấn" in table.problem_label.text()
    assert bench.document().consumptions[0].yearly_quantity is None  # nothing invalid saved

    # An unrelated edit reloads the page: the wrong entry is still there to correct.
    type_cell(table, 0, "name", "Điện lưới EVN")
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "12 tấn"

    type_cell(table, 0, "yearly_quantity", "12.500,5")
    assert bench.document().consumptions[0].yearly_quantity == 12500.5
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "12.500,5"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) is None
    assert not table.problem_label.isVisibleTo(page)


def test_negative_quantities_and_prices_are_refused(bench: Workbench) -> None:
    page = _add_line(bench)
    type_cell(page.consumptions, 0, "unit_price", "-2.000")
    assert "negative" in page.consumptions.problem_label.text()
    assert bench.document().consumptions[0].unit_price is None


def test_english_entry_reads_commas_as_thousands(store: Store, qtbot, scripted: ScriptedDialogs) -> None:
    with open_workbench(store, language="en") as bench:
        page = _add_line(bench)
        type_cell(page.consumptions, 0, "yearly_quantity", "86,000.5")
        assert bench.document().consumptions[0].yearly_quantity == 86000.5
        column = next(
            n for n, c in enumerate(page.consumptions.model.columns) if c.field == "yearly_quantity"
        )
        assert page.consumptions.model.index(0, column).data() == "86,000.5"


def test_a_wrong_value_in_a_form_field_is_framed_explained_and_kept(bench: Workbench) -> None:
    page = bench.show(GeneralPage)
    field = page.ui.baselineYearEdit
    type_field(field, "năm 2024")
    assert field.text() == "năm 2024"
    assert "b3261e" in field.styleSheet() and "letters" in field.toolTip()
    assert page.ui.formMessage.isVisibleTo(page) and "năm 2024" in page.ui.formMessage.text()
    assert bench.document().assessment.baseline_year is None
    type_field(page.ui.workingDaysEdit, "300")  # another edit reloads the page
    assert field.text() == "năm 2024"
    type_field(field, "2024")
    assert bench.document().assessment.baseline_year == 2024
    assert field.styleSheet() == "" and not page.ui.formMessage.isVisibleTo(page)
    type_field(page.ui.startDateEdit, "31/02/2025")
    assert "calendar" in page.ui.formMessage.text()
    type_field(page.ui.startDateEdit, "1/7/2025")
    assert page.ui.startDateEdit.text() == "01/07/2025"


def test_insert_adds_a_row_and_delete_asks_first(bench: Workbench, scripted: ScriptedDialogs) -> None:
    page = bench.show(GeneralPage)
    table = page.products
    table.view.setFocus()
    QTest.keyClick(table.view, Qt.Key.Key_Insert)
    settle()
    assert len(bench.document().products) == 1
    editor = table.view.indexWidget(table.view.currentIndex())
    assert editor is not None  # the new row opens for typing
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    QTest.keyClick(table.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert len(bench.document().products) == 2

    scripted.answers.append(False)
    table.view.setFocus()
    table.view.closePersistentEditor(table.view.currentIndex())
    QTest.keyClick(table.view, Qt.Key.Key_Escape)
    QTest.keyClick(table.view, Qt.Key.Key_Delete)
    settle()
    assert len(bench.document().products) == 2
    scripted.answers.append(True)
    QTest.keyClick(table.view, Qt.Key.Key_Delete)
    settle()
    assert len(bench.document().products) == 1
    assert [kind for kind, *_ in scripted.asked] == ["confirm", "confirm"]


def test_undo_puts_back_a_deleted_line_and_redo_removes_it_again(
    bench: Workbench, scripted: ScriptedDialogs
) -> None:
    page = _add_line(bench)
    choose_cell(page.consumptions, 0, "kind", "electricity")
    scripted.answers.append(True)
    page.consumptions.remove_current()
    settle()
    assert bench.document().consumptions == []
    bench.context.editor.undo_stack.undo()
    settle()
    assert [c.name for c in bench.document().consumptions] == ["Điện lưới"]
    assert page.consumptions.model.rowCount() == 1
    bench.context.editor.undo_stack.redo()
    settle()
    assert page.consumptions.model.rowCount() == 0


def test_one_main_product_at_a_time(bench: Workbench) -> None:
    page = bench.show(GeneralPage)
    for _ in range(2):
        page.products.add_button.click()
        settle()
    column = next(n for n, c in enumerate(page.products.model.columns) if c.field == "is_main")
    assert [p.is_main for p in bench.document().products] == [True, False]
    page.products.model.setData(
        page.products.model.index(1, column), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    settle()
    assert [p.is_main for p in bench.document().products] == [False, True]
    bench.context.editor.undo_stack.undo()  # one undo step for the whole choice
    settle()
    assert [p.is_main for p in bench.document().products] == [True, False]


def test_the_fuel_column_is_only_for_fuel_lines(bench: Workbench) -> None:
    page = _add_line(bench)
    model = page.consumptions.model
    column = next(n for n, c in enumerate(model.columns) if c.field == "fuel_code")
    assert not model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsEditable
    choose_cell(page.consumptions, 0, "kind", "fuel")
    assert model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsEditable
    choose_cell(page.consumptions, 0, "fuel_code", "do")
    assert bench.document().consumptions[0].fuel_code == "do"
    assert model.index(0, column).data() == bench.context.reference.fuel("do").name_vi


def test_solution_figures_follow_each_edit(bench: Workbench, store: Store) -> None:
    assessment_id = bench.assessment_id
    line = store.insert(
        Consumption(assessment_id=assessment_id, name="Điện", kind="electricity", unit="kwh",
                    yearly_quantity=100_000, unit_price=2_000)
    )  # fmt: skip
    store.insert(
        Product(assessment_id=assessment_id, name="Gạch", unit="t", yearly_output=1000, is_main=True)
    )
    bench.reload()
    page = bench.show(SolutionsPage)
    page.solutions.add_button.click()
    settle()
    type_cell(page.solutions, 0, "title", "Biến tần cho quạt lò")
    type_cell(page.solutions, 0, "investment", "20.000.000")
    page.savings.add_button.click()
    settle()
    choose_cell(page.savings, 0, "consumption_id", line.id)
    type_cell(page.savings, 0, "quantity", "5.000")
    # 5,000 kWh × 2,000 VND = 10 million VND a year: payback 2 years.
    assert page.ui.savingsValue.text() == "10.000.000"
    assert page.ui.paybackValue.text() == "2,0"
    type_cell(page.savings, 0, "quantity", "10.000")
    assert page.ui.paybackValue.text() == "1,0"


def test_table_model_passes_qt_checks_through_edits_errors_and_reloads(qapp: object) -> None:
    rows = [Product(name="A", yearly_output=1.0), Product(name="B")]
    saved: list[tuple[str, str, object]] = []
    with ModelWatch() as watch:
        model = RecordTableModel(
            [
                Column("Name", "name"),
                Column("Output", "yearly_output", ColumnKind.NUMBER),
                Column("Main", "is_main", ColumnKind.CHECK),
                Column("Computed", kind=ColumnKind.COMPUTED, display=lambda r: r.name.lower()),
            ],
            commit=lambda row, field, value: saved.append((row.id, field, value)),
        )
        watch.watch(model)
        model.set_rows(rows)
        assert model.setData(model.index(0, 1), "abc")  # refused but kept
        assert model.pending_problem(model.index(0, 1))
        assert model.setData(model.index(1, 1), "2,5")
        assert model.setData(model.index(1, 2), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        assert not model.setData(model.index(0, 3), "x")  # computed: read-only
        model.set_rows([rows[1]])  # a row deleted elsewhere
        model.set_rows([])
        model.retranslate()
    assert watch.failures == []
    assert saved == [(rows[1].id, "yearly_output", 2.5), (rows[1].id, "is_main", True)]


def test_field_rules_refuse_values_outside_their_range(bench: Workbench) -> None:
    page = bench.show(SolutionsPage)
    page.solutions.add_button.click()
    settle()
    type_cell(page.solutions, 0, "lifetime_years", "60")
    assert "60" in page.solutions.problem_label.text() and "50" in page.solutions.problem_label.text()
    assert bench.document().solutions[0].lifetime_years == 5
    type_cell(page.solutions, 0, "lifetime_years", "8")
    assert bench.document().solutions[0].lifetime_years == 8
    general = bench.show(GeneralPage)
    type_field(general.ui.discountRateEdit, "150")
    assert "150" in general.ui.formMessage.text()
    assert bench.document().assessment.discount_rate == pytest.approx(0.10)
    type_field(general.ui.discountRateEdit, "")
    assert general.ui.formMessage.text() == "A value is needed here."
    type_field(general.ui.shiftsEdit, "5")
    assert "from 1 to 4" in general.ui.formMessage.text()


def test_a_saving_may_be_negative_when_a_solution_uses_more_of_a_line(bench: Workbench, store: Store) -> None:
    line = store.insert(Consumption(assessment_id=bench.assessment_id, name="Điện", unit="kwh"))
    bench.reload()
    page = bench.show(SolutionsPage)
    page.solutions.add_button.click()
    settle()
    page.savings.add_button.click()
    settle()
    choose_cell(page.savings, 0, "consumption_id", line.id)
    type_cell(page.savings, 0, "quantity", "-1.200")
    assert bench.document().savings[0].quantity == -1200.0


class _Vietnamese(QTranslator):
    WORDS: ClassVar[dict[str, str]] = {
        "Product": "Sản phẩm",
        "Add product": "Thêm sản phẩm",
        "Yearly &consumption": "Tiêu t&hụ hằng năm",
    }

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.WORDS.get(source, "")

    def isEmpty(self) -> bool:
        return False


def test_pages_follow_a_change_of_language(bench: Workbench, qapp: QApplication) -> None:
    page = bench.show(GeneralPage)
    translator = _Vietnamese()
    qapp.installTranslator(translator)  # Qt sends every widget a LanguageChange event
    try:
        settle()
        assert page.products.model.headerData(0, Qt.Orientation.Horizontal) == "Sản phẩm"
        assert page.products.add_button.text() == "Thêm sản phẩm"
        assert page.ui.baselineTabs.tabText(1) == "Tiêu t&hụ hằng năm"
    finally:
        qapp.removeTranslator(translator)
    settle()
    assert page.products.model.headerData(0, Qt.Orientation.Horizontal) == "Product"
