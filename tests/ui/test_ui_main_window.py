"""The main window: registry search, enterprises, and the assessments of the chosen enterprise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sxsh_desktop.domain.model import Assessment, Enterprise
from sxsh_desktop.domain.taxcode import with_check_digit
from sxsh_desktop.store.repository import Store
from sxsh_desktop.ui.dialogs import ScriptedDialogs
from sxsh_desktop.ui.enterprise_dialog import EnterpriseDialog
from sxsh_desktop.ui.main_window import MainWindow
from sxsh_desktop.ui.registry_model import RegistryModel
from sxsh_desktop.ui.workbench.window import WorkflowWindow
from tests.factories import synthetic_registry

VALID_CODE = with_check_digit("300123456")
assert VALID_CODE is not None
WRONG_CHECK_DIGIT = VALID_CODE[:9] + str((int(VALID_CODE[9]) + 1) % 10)


def _add_enterprise(window: MainWindow, **fields: object) -> Enterprise:
    enterprise = window.store.insert(Enterprise(**fields))
    window.refresh()
    assert window.select_enterprise(enterprise.id)
    return enterprise


def test_typing_in_the_search_box_filters_the_registry_without_diacritics(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    main_window.store.insert_many(synthetic_registry(300, seed=3))
    _add_enterprise(main_window, name="Công ty Cổ phần Gạch Đồng Lộc", commune="Xã Đồng Lộc")
    total = main_window.registry.total
    qtbot.keyClicks(main_window.ui.searchEdit, "gach dong loc")
    qtbot.waitUntil(lambda: main_window.registry.search_text == "gach dong loc")
    assert 0 < main_window.registry.total < total
    first = main_window.registry.enterprise(0)
    assert first is not None and first.name == "Công ty Cổ phần Gạch Đồng Lộc"
    assert main_window.current_enterprise() == first
    assert "Tìm thấy" in main_window.ui.countLabel.text()
    main_window.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: main_window.registry.total == total)


def test_ctrl_f_puts_the_cursor_in_the_search_box(main_window: MainWindow, qtbot: QtBot) -> None:
    main_window.ui.registryView.setFocus()
    main_window.ui.actionFind.trigger()
    assert main_window.ui.searchEdit.hasFocus()
    assert main_window.ui.actionFind.shortcut().toString() == "Ctrl+F"
    assert main_window.ui.actionNewAssessment.shortcut().toString() == "Ctrl+N"
    assert main_window.ui.actionRefresh.shortcut().toString() == "F5"


def _new_enterprise_dialog(window: MainWindow) -> EnterpriseDialog:
    window.ui.actionNewEnterprise.trigger()
    dialog = window.dialog
    assert isinstance(dialog, EnterpriseDialog) and dialog.isVisible()
    return dialog


def test_a_bad_tax_code_is_explained_beside_the_field_and_nothing_is_lost(main_window: MainWindow) -> None:
    dialog = _new_enterprise_dialog(main_window)
    dialog.ui.nameEdit.setText("Cơ sở Nước mắm Đức Thọ")
    dialog.ui.taxCodeEdit.setText(WRONG_CHECK_DIGIT)
    dialog.ui.notesEdit.setPlainText("Gặp chủ cơ sở ngày 12/3")
    dialog.accept()
    assert dialog.isVisible()
    assert "chữ số thứ 10" in dialog.error_text("tax_code")
    assert dialog.ui.taxCodeError.isVisible()
    assert dialog.ui.taxCodeEdit.text() == WRONG_CHECK_DIGIT
    assert dialog.ui.notesEdit.toPlainText() == "Gặp chủ cơ sở ngày 12/3"
    assert main_window.store.count_enterprises() == 0

    dialog.ui.taxCodeEdit.setText(f"{VALID_CODE[:4]} {VALID_CODE[4:]}")  # pasted with a space
    dialog.accept()
    assert not dialog.isVisible()
    saved = main_window.current_enterprise()
    assert saved is not None
    assert (saved.name, saved.tax_code, saved.notes) == (
        "Cơ sở Nước mắm Đức Thọ",
        VALID_CODE,
        "Gặp chủ cơ sở ngày 12/3",
    )


def test_an_enterprise_needs_a_name(main_window: MainWindow) -> None:
    dialog = _new_enterprise_dialog(main_window)
    dialog.ui.taxCodeEdit.setText(VALID_CODE)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_text("name") == "Hãy nhập tên doanh nghiệp."
    assert dialog.error_text("tax_code") == ""
    assert dialog.focusWidget() is dialog.ui.nameEdit
    assert main_window.store.count_enterprises() == 0


def test_editing_an_enterprise_changes_only_what_was_edited(main_window: MainWindow) -> None:
    enterprise = _add_enterprise(main_window, name="HTX Chế biến gỗ Hương Sơn", commune="Xã Sơn Tây")
    main_window.ui.actionEditEnterprise.trigger()
    dialog = main_window.dialog
    assert isinstance(dialog, EnterpriseDialog)
    assert dialog.ui.nameEdit.text() == "HTX Chế biến gỗ Hương Sơn"
    dialog.ui.contactNameEdit.setText("Lê Thị Hoa")
    dialog.accept()
    stored = main_window.store.get(Enterprise, enterprise.id)
    assert (stored.contact_name, stored.commune, stored.revision) == ("Lê Thị Hoa", "Xã Sơn Tây", 2)


def test_new_assessment_opens_its_workflow_with_the_settings_defaults(main_window: MainWindow) -> None:
    enterprise = _add_enterprise(main_window, name="Công ty TNHH Thép Kỳ Anh")
    assert main_window.ui.actionNewAssessment.isEnabled()
    main_window.ui.actionNewAssessment.trigger()
    [assessment] = main_window.store.assessments(enterprise.id)
    assert assessment.consultants == "KS. Nguyễn Văn An"
    assert assessment.title.startswith("Đánh giá nhanh SXSH")
    window = main_window.workflow_windows[assessment.id]
    assert isinstance(window, WorkflowWindow) and window.isVisible()
    assert main_window.current_assessment() == assessment


def test_duplicate_makes_a_draft_copy_with_its_own_ids(main_window: MainWindow) -> None:
    enterprise = _add_enterprise(main_window, name="Công ty Cổ phần Nước mắm Thiên Cầm")
    original = main_window.store.insert(
        Assessment(enterprise_id=enterprise.id, title="Đánh giá 2024", status="completed")
    )
    main_window.refresh()
    main_window.ui.actionDuplicateAssessment.trigger()
    assessments = main_window.store.assessments(enterprise.id)
    assert len(assessments) == 2
    copy = next(a for a in assessments if a.id != original.id)
    assert (copy.title, copy.status) == ("Đánh giá 2024 (bản sao)", "draft")
    assert main_window.current_assessment() == copy
    assert main_window.store.get(Assessment, original.id).status == "completed"


def test_delete_asks_first_and_keeps_the_assessment_when_declined(
    main_window: MainWindow, scripted: ScriptedDialogs
) -> None:
    enterprise = _add_enterprise(main_window, name="Công ty TNHH Cơ khí Hoành Sơn")
    assessment = main_window.store.insert(Assessment(enterprise_id=enterprise.id, title="Đánh giá 2025"))
    main_window.refresh()
    window = main_window.open_assessment()
    assert window is not None

    scripted.answers.append(False)
    main_window.ui.actionDeleteAssessment.trigger()
    [(kind, title, question)] = scripted.asked
    assert kind == "confirm" and title == "Xóa đợt đánh giá"
    assert "Đánh giá 2025" in question and "Công ty TNHH Cơ khí Hoành Sơn" in question
    assert main_window.store.assessments(enterprise.id) == [assessment]

    scripted.answers.append(True)
    main_window.ui.assessmentsView.setFocus()
    main_window.ui.actionDeleteAssessment.trigger()
    assert main_window.store.assessments(enterprise.id) == []
    assert assessment.id not in main_window.workflow_windows
    assert main_window.assessments.rowCount() == 0
    assert not main_window.ui.actionDeleteAssessment.isEnabled()


def test_enter_in_the_assessment_list_opens_the_assessment(main_window: MainWindow, qtbot: QtBot) -> None:
    enterprise = _add_enterprise(main_window, name="Công ty TNHH May Hồng Lĩnh")
    assessment = main_window.store.insert(Assessment(enterprise_id=enterprise.id, title="Đánh giá"))
    main_window.refresh()
    main_window.ui.assessmentsView.setFocus()
    qtbot.keyClick(main_window.ui.assessmentsView, Qt.Key.Key_Return)
    assert assessment.id in main_window.workflow_windows


def test_opening_an_open_assessment_again_shows_the_same_window(main_window: MainWindow) -> None:
    enterprise = _add_enterprise(main_window, name="Công ty TNHH Gỗ Vũ Quang")
    main_window.store.insert(Assessment(enterprise_id=enterprise.id, title="Đánh giá"))
    main_window.refresh()
    first = main_window.open_assessment()
    assert main_window.open_assessment() is first
    assert len(main_window.workflow_windows) == 1


def test_the_count_below_the_registry_uses_vietnamese_digit_grouping(main_window: MainWindow) -> None:
    store: Store = main_window.store
    store.insert_many(synthetic_registry(1234, seed=5))
    main_window.refresh()
    assert main_window.ui.countLabel.text() == "1.234 doanh nghiệp"


def test_registry_columns_show_whole_values_and_the_name_takes_the_rest(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    view = main_window.ui.registryView
    header = view.horizontalHeader()
    values = view.fontMetrics()
    main_window.showNormal()
    main_window.resize(1366, 740)
    qtbot.waitUntil(lambda: view.viewport().width() > 700)
    assert header.sectionSize(RegistryModel.TAX_CODE) > values.horizontalAdvance("0123456789-001")
    assert header.sectionSize(RegistryModel.OWNERSHIP) > values.horizontalAdvance("Có vốn đầu tư nước ngoài")
    long_name = "Công ty Cổ phần Bánh kẹo Đức Thành"
    assert header.sectionSize(RegistryModel.NAME) > values.horizontalAdvance(long_name)
    widths = [header.sectionSize(column) for column in range(RegistryModel.COLUMN_COUNT)]
    assert sum(widths) == view.viewport().width()  # no gap, no sideways scrolling
