"""Nothing typed is lost: a field still being typed (line field, table cell, the conclusions box)
is saved a moment after the last key, without leaving it, and those saves are one undo step."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pages_support import Workbench, open_workbench, settle, type_field
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from sxsh_desktop.store.repository import Store
from sxsh_desktop.ui.dialogs import ScriptedDialogs, install_dialogs
from sxsh_desktop.ui.pages import GeneralPage, SummaryPage
from sxsh_desktop.ui.pages.fields import TYPING_SAVE_MS

ROOT = Path(__file__).resolve().parent.parent


def type_keys(widget: QWidget, text: str) -> None:
    """Key presses carrying ``text`` one letter at a time, as an input method for Vietnamese sends them."""
    for letter in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, letter)
        )
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, letter)
        )


@pytest.fixture
def bench(store: Store, qtbot: object) -> Iterator[Workbench]:
    dialogs = ScriptedDialogs()
    previous = install_dialogs(dialogs)
    with open_workbench(store) as opened:
        yield opened
    install_dialogs(previous)


def pause(qtbot: object) -> None:
    """Longer than the wait before a save of what is being typed."""
    qtbot.wait(TYPING_SAVE_MS + 300)  # type: ignore[attr-defined]


def test_a_line_field_being_typed_is_saved_and_its_saves_are_one_undo_step(
    bench: Workbench, qtbot: object
) -> None:
    page = bench.show(GeneralPage)
    field = page.ui.consultantsEdit
    stack = bench.context.editor.undo_stack
    steps = stack.count()
    field.setFocus()
    type_keys(field, "Nguyễn Văn An")
    assert bench.document().assessment.consultants == ""  # not at every key
    pause(qtbot)
    assert bench.document().assessment.consultants == "Nguyễn Văn An"
    type_keys(field, ", Lê Thị Hoa")
    pause(qtbot)
    assert bench.document().assessment.consultants == "Nguyễn Văn An, Lê Thị Hoa"
    assert field.text() == "Nguyễn Văn An, Lê Thị Hoa"  # the refresh left the field as typed
    type_field(field, "Nguyễn Văn An, Lê Thị Hoa")  # and now it is left
    assert stack.count() == steps + 1  # three saves, one step
    stack.undo()
    settle()
    assert bench.document().assessment.consultants == ""
    assert field.text() == ""
    # A later edit of the same field is a step of its own.
    stack.redo()
    settle()
    field.setFocus()
    type_keys(field, " (SXSH)")
    pause(qtbot)
    assert stack.count() == steps + 2


def test_a_number_being_typed_is_saved_once_it_is_a_number(bench: Workbench, qtbot: object) -> None:
    page = bench.show(GeneralPage)
    field = page.ui.staffEdit
    field.setFocus()
    type_keys(field, "45 ng")  # not a number yet: nothing saved, nothing marked while typing
    pause(qtbot)
    assert bench.document().assessment.staff_count is None
    assert field.styleSheet() == ""
    field.selectAll()
    type_keys(field, "45")
    pause(qtbot)
    assert bench.document().assessment.staff_count == 45


def test_a_cell_being_typed_is_saved_without_leaving_it(bench: Workbench, qtbot: object) -> None:
    page = bench.show(GeneralPage)
    page.ui.baselineTabs.setCurrentWidget(page.ui.consumptionTab)
    page.consumptions.add_button.click()
    settle()
    table = page.consumptions
    column = next(n for n, c in enumerate(table.model.columns) if c.field == "name")
    index = table.model.index(0, column)
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = table.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    steps = bench.context.editor.undo_stack.count()
    type_keys(editor, "Củi đốt")
    pause(qtbot)
    assert bench.document().consumptions[0].name == "Củi đốt"
    assert table.view.indexWidget(index) is editor and editor.text() == "Củi đốt"  # still open
    type_keys(editor, " nồi nấu")
    pause(qtbot)
    table.view.commit_open_editor()
    settle()
    assert bench.document().consumptions[0].name == "Củi đốt nồi nấu"
    assert bench.context.editor.undo_stack.count() == steps + 1


def test_the_conclusions_being_typed_are_saved(bench: Workbench, qtbot: object) -> None:
    page = bench.show(SummaryPage)
    box = page.ui.conclusionsEdit
    box.setFocus()
    type_keys(box, "Doanh nghiệp nên thực hiện ngay 2 giải pháp.")
    pause(qtbot)
    assert bench.document().assessment.conclusions == "Doanh nghiệp nên thực hiện ngay 2 giải pháp."
    assert box.toPlainText() == "Doanh nghiệp nên thực hiện ngay 2 giải pháp."


# --- killed while typing -----------------------------------------------------------------------

TYPIST = """
import sys
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from sxsh_desktop.store.repository import Store
from sxsh_desktop.store.setup import ensure_reference
from sxsh_desktop.domain.model import Assessment, Consumption, Enterprise
from sxsh_desktop.ui.pages import GeneralPage, SummaryPage
from sxsh_desktop.ui.workbench.context import WorkbenchContext
from sxsh_desktop.ui.workbench.editing import RecordEditor
from sxsh_desktop.ui.workbench.window import WorkflowWindow

path, where, text = sys.argv[1:4]
app = QApplication(sys.argv)
store = Store.open(path)
ensure_reference(store)
enterprise = store.insert(Enterprise(name="Công ty TNHH Nước mắm Thạch Kim"))
assessment = store.insert(Assessment(enterprise_id=enterprise.id, title="Đánh giá"))
line = store.insert(Consumption(assessment_id=assessment.id, name="Điện"))
editor = RecordEditor(store)
window = WorkflowWindow(WorkbenchContext(store, store.reference(), editor), assessment.id)
window.show()
general = next(p for p in window.pages if isinstance(p, GeneralPage))
summary = next(p for p in window.pages if isinstance(p, SummaryPage))
window.go_to_step(window.pages.index(summary if where == "box" else general))
app.processEvents()
if where == "field":
    widget = general.ui.consultantsEdit
elif where == "cell":
    general.ui.baselineTabs.setCurrentWidget(general.ui.consumptionTab)
    table = general.consumptions
    column = next(n for n, c in enumerate(table.model.columns) if c.field == "name")
    index = table.model.index(0, column)
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    widget = table.view.indexWidget(index)
    widget.selectAll()
else:
    widget = summary.ui.conclusionsEdit
widget.setFocus()
for letter in text:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter))
print("typed", flush=True)
app.exec()
"""


@pytest.mark.parametrize("where", ["field", "cell", "box"])
def test_text_being_typed_survives_a_kill_two_seconds_after_the_last_key(tmp_path: Path, where: str) -> None:
    path = tmp_path / "dữ liệu.sqlite3"
    text = "Phạm Quốc Đạt, Trần Thị Bình"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(TYPIST), str(path), where, text],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.strip() == "typed", process.stderr.read() if process.stderr else ""
        time.sleep(2.0)
        assert process.poll() is None  # still running: it never left the field
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    store = Store.open(path)
    try:
        (assessment,) = store.assessments()
        document = store.load_document(assessment.id)
        saved = {
            "field": document.assessment.consultants,
            "cell": document.consumptions[0].name,
            "box": document.assessment.conclusions,
        }[where]
    finally:
        store.close()
    assert saved == text
