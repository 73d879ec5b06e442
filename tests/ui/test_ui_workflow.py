"""The workflow window: steps with their completeness, undo and redo, reloading after edits."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from sxsh_desktop.domain.model import Assessment, Enterprise
from sxsh_desktop.ui.main_window import MainWindow
from sxsh_desktop.ui.workbench import window as workflow
from sxsh_desktop.ui.workbench.enterprise_page import EnterprisePage
from sxsh_desktop.ui.workbench.window import WorkflowWindow


def _open(main_window: MainWindow, **enterprise_fields: object) -> WorkflowWindow:
    enterprise = main_window.store.insert(Enterprise(**enterprise_fields))
    main_window.store.insert(Assessment(enterprise_id=enterprise.id, title="Đánh giá nhanh 2025"))
    main_window.refresh()
    assert main_window.select_enterprise(enterprise.id)
    opened = main_window.open_assessment()
    assert opened is not None
    return opened


def test_the_enterprise_step_shows_what_is_missing_and_a_tick_when_complete(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    window = _open(main_window, name="Công ty TNHH Gạch Thạch Hà", commune="Xã Thạch Hà")
    page = window.pages[0]
    assert isinstance(page, EnterprisePage)
    assert page.missing() == ["Chưa có mã số thuế.", "Chưa có ngành (mã VSIC).", "Chưa có người liên hệ."]
    assert window.step_text(0) == "1. Doanh nghiệp  (thiếu 3)"
    assert "Chưa có mã số thuế." in window.missing_label.text()

    editor = window.context.editor
    enterprise_id = window.document.enterprise.id
    editor.set_fields(Enterprise, enterprise_id, "Sửa", tax_code="3001234567", sector_code="2392")
    editor.set_fields(Enterprise, enterprise_id, "Sửa", contact_name="Võ Thị Lan")
    qtbot.waitUntil(lambda: window.step_text(0) == "1. Doanh nghiệp  ✓")
    assert window.missing_label.text() == "Bước này đã đầy đủ."


def test_undo_and_redo_go_through_the_editor_and_every_page_reloads(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    window = _open(main_window, name="HTX Cam Vũ Quang")
    editor = window.context.editor
    enterprise_id = window.document.enterprise.id
    assert not window.undo_action.isEnabled()
    editor.set_fields(Enterprise, enterprise_id, "Sửa tên", name="HTX Nông sản Vũ Quang")
    qtbot.waitUntil(lambda: window.document.enterprise.name == "HTX Nông sản Vũ Quang")
    assert window.undo_action.text() == "Hoàn tác: Sửa tên"
    assert "HTX Nông sản Vũ Quang" in window.pages[0]._heading.text()

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.document.enterprise.name == "HTX Cam Vũ Quang")
    assert main_window.store.get(Enterprise, enterprise_id).name == "HTX Cam Vũ Quang"
    assert window.redo_action.text() == "Làm lại: Sửa tên"
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: window.document.enterprise.name == "HTX Nông sản Vũ Quang")
    # The registry in the main window follows.
    assert main_window.current_enterprise().name == "HTX Nông sản Vũ Quang"


def test_undo_and_redo_have_the_usual_keys(main_window: MainWindow) -> None:
    window = _open(main_window, name="Công ty TNHH Bao bì Hà Tĩnh")
    assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()
    assert {QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")} <= set(window.redo_action.shortcuts())


def test_an_edit_from_a_page_reloads_the_document(main_window: MainWindow, qtbot: QtBot) -> None:
    window = _open(main_window, name="Công ty TNHH Đá Hồng Lĩnh")
    page = window.pages[0]
    main_window.store.update(Enterprise, window.document.enterprise.id, short_name="Đá Hồng Lĩnh")
    page.edited.emit()  # a page that saved through the store directly says so
    qtbot.waitUntil(lambda: window.document.enterprise.short_name == "Đá Hồng Lĩnh")
    assert "(Đá Hồng Lĩnh)" in page._heading.text()


def test_moving_between_steps_is_never_blocked(main_window: MainWindow, monkeypatch: object) -> None:
    class Step(EnterprisePage):
        def title(self) -> str:
            return "Bước thử"

        def missing(self) -> list[str]:
            return ["Còn thiếu tất cả."]

    monkeypatch.setattr(workflow, "PAGE_FACTORIES", [*workflow.PAGE_FACTORIES, lambda c: [Step(c)]])
    window = _open(main_window, name="Công ty TNHH Giấy Kỳ Anh")
    last = len(window.pages) - 1
    window.next_action.trigger()
    window.go_to_step(last)
    assert window.current_page() is window.pages[last]
    assert window.step_text(last) == f"{last + 1}. Bước thử  (thiếu 1)"
    window.previous_action.trigger()
    assert window.stack.currentIndex() == last - 1


def test_an_assessment_deleted_elsewhere_closes_its_window(main_window: MainWindow, qtbot: QtBot) -> None:
    window = _open(main_window, name="Công ty TNHH Thép Vũng Áng")
    assessment_id = window.assessment_id
    main_window.store.delete(Assessment, assessment_id)
    window.reload()
    qtbot.waitUntil(lambda: assessment_id not in main_window.workflow_windows)


def test_opening_and_closing_workflow_windows_many_times_neither_crashes_nor_leaks(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    """Two hundred windows opened and closed with the garbage collector running very often (a
    collection while a window is built or torn down once crashed PySide6): none is left behind."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    window = _open(main_window, name="Công ty TNHH Gạch Thạch Hà")
    assessment_id = window.assessment_id
    enterprise_id = window.document.enterprise.id
    window.close()
    gone: list[weakref.ref[WorkflowWindow]] = []
    threshold = gc.get_threshold()
    was_enabled = gc.isenabled()
    gc.collect()
    gc.freeze()  # what exists already is not what is tested: collections look at the windows' objects
    gc.set_threshold(10)
    gc.enable()
    try:
        for n in range(200):
            window = main_window.open_assessment()
            assert window is not None and window.assessment_id == assessment_id
            if n % 25 == 0:  # now and then an edit, its notice and an undo
                window.context.editor.set_fields(Enterprise, enterprise_id, "Sửa", contact_name=f"Người {n}")
                window.context.editor.undo_stack.undo()
            qtbot.wait(0)
            gone.append(weakref.ref(window))
            window.close()
            del window
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()
        if not was_enabled:
            gc.disable()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert main_window.workflow_windows == {}
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, WorkflowWindow)]
    assert sum(ref() is not None for ref in gone) == 0
    assert main_window.store.get(Enterprise, enterprise_id).contact_name == ""
