"""A save that fails (database locked, read-only, disk full) keeps what was typed, in red with the
reason, and leaves nothing on the undo stack: the edit never happened, and the window says so."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from pages_support import Workbench, open_workbench, settle, type_cell, type_field
from PySide6.QtCore import Qt
from sqlalchemy import event

from sxsh_desktop.domain.model import Assessment
from sxsh_desktop.store.repository import Store
from sxsh_desktop.ui.dialogs import ScriptedDialogs, install_dialogs
from sxsh_desktop.ui.pages import GeneralPage, SummaryPage
from sxsh_desktop.ui.pages.fields import INVALID_STYLE

# The failures are made with SQLite's own pragmas and locks.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def scripted() -> Iterator[ScriptedDialogs]:
    dialogs = ScriptedDialogs()
    previous = install_dialogs(dialogs)
    yield dialogs
    install_dialogs(previous)


@pytest.fixture
def bench(store: Store, qtbot: object, scripted: ScriptedDialogs) -> Iterator[Workbench]:
    with open_workbench(store) as opened:
        yield opened


@contextmanager
def connections_with(store: Store, *pragmas: str) -> Iterator[None]:
    """The store's next connections run ``pragmas`` on opening (the open ones are closed first)."""
    engine = store.database.engine

    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        for pragma in pragmas:
            dbapi_connection.execute(pragma)

    event.listen(engine, "connect", on_connect)
    engine.dispose()
    try:
        yield
    finally:
        event.remove(engine, "connect", on_connect)
        engine.dispose()


@contextmanager
def locked(store: Store) -> Iterator[None]:
    """Another program holds the write lock (and we wait for it only briefly)."""
    other = sqlite3.connect(str(store.path), isolation_level=None)
    with connections_with(store, "PRAGMA busy_timeout = 100"):
        other.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            other.execute("ROLLBACK")
            other.close()


@contextmanager
def read_only(store: Store) -> Iterator[None]:
    with connections_with(store, "PRAGMA query_only = ON"):
        yield


@contextmanager
def disk_full(store: Store) -> Iterator[None]:
    """No page can be added to the file, as on a full disk."""
    with store.database.begin() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    with connections_with(store, f"PRAGMA max_page_count = {pages}"):
        yield


FAILURES: dict[str, Callable[[Store], Any]] = {"locked": locked, "read-only": read_only}


def _title(bench: Workbench) -> str:
    return bench.document().assessment.title


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_a_field_that_cannot_be_saved_keeps_the_text_in_red_and_no_undo_step(
    bench: Workbench, failure: str
) -> None:
    page = bench.show(GeneralPage)
    stack = bench.context.editor.undo_stack
    steps, title = stack.count(), _title(bench)
    with FAILURES[failure](bench.store):
        type_field(page.ui.titleEdit, "Đánh giá nhanh SXSH – lần 2")
        settle()
        assert page.ui.titleEdit.text() == "Đánh giá nhanh SXSH – lần 2"  # kept, not reverted
        assert page.ui.titleEdit.styleSheet() == INVALID_STYLE
        reason = page.ui.formMessage.text()
        assert page.ui.formMessage.isVisibleTo(page) and reason
        assert str(bench.store.path) in reason or "dữ liệu" in reason
        assert stack.count() == steps  # no step for a write that never happened
        # A refresh from elsewhere leaves the typed text waiting.
        bench.window.reload()
        assert page.ui.titleEdit.text() == "Đánh giá nhanh SXSH – lần 2"
    assert _title(bench) == title
    # Once the database can be written again, leaving the field saves it.
    type_field(page.ui.titleEdit, "Đánh giá nhanh SXSH – lần 2")
    assert _title(bench) == "Đánh giá nhanh SXSH – lần 2"
    assert page.ui.titleEdit.styleSheet() == ""
    assert not page.ui.formMessage.isVisibleTo(page)
    assert stack.count() == steps + 1


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_a_cell_that_cannot_be_saved_keeps_the_text_in_red_and_no_undo_step(
    bench: Workbench, failure: str
) -> None:
    page = bench.show(GeneralPage)
    page.ui.baselineTabs.setCurrentWidget(page.ui.consumptionTab)
    page.consumptions.add_button.click()
    settle()
    type_cell(page.consumptions, 0, "name", "Điện lưới")
    stack = bench.context.editor.undo_stack
    steps = stack.count()
    table = page.consumptions
    column = next(n for n, c in enumerate(table.model.columns) if c.field == "name")
    cell = table.model.index(0, column)
    with FAILURES[failure](bench.store):
        type_cell(table, 0, "name", "Điện lưới EVN")
        assert (
            cell.data(Qt.ItemDataRole.DisplayRole) == "Điện lưới EVN"
        )  # never shown as saved, never dropped
        assert table.model.pending_problem(cell) == cell.data(Qt.ItemDataRole.ToolTipRole) != ""  # the reason
        assert table.problem_label.isVisibleTo(page)
        assert stack.count() == steps
    assert bench.document().consumptions[0].name == "Điện lưới"
    type_cell(table, 0, "name", "Điện lưới EVN")
    assert bench.document().consumptions[0].name == "Điện lưới EVN"
    assert table.model.pending_problem(cell) == ""
    assert not table.problem_label.isVisibleTo(page)
    assert stack.count() == steps + 1


def test_a_long_text_on_a_full_disk_stays_in_the_box_and_is_saved_when_there_is_room(
    bench: Workbench,
) -> None:
    page = bench.show(SummaryPage)
    box = page.ui.conclusionsEdit
    text = "Kết luận: tiết kiệm nước và củi đốt. " * 400  # needs new pages in the file
    stack = bench.context.editor.undo_stack
    steps = stack.count()
    with disk_full(bench.store):
        box.setFocus()
        box.setPlainText(text)
        page.commit_pending()
        settle()
        assert box.toPlainText() == text
        assert box.styleSheet() == INVALID_STYLE
        assert page.ui.conclusionsMessage.text()
        assert stack.count() == steps
    assert bench.document().assessment.conclusions == ""
    page.commit_pending()
    assert bench.document().assessment.conclusions == text.rstrip()
    assert stack.count() == steps + 1


def test_an_undo_that_cannot_be_written_is_explained_and_dropped(
    bench: Workbench, scripted: ScriptedDialogs
) -> None:
    editor = bench.context.editor
    editor.set_fields(Assessment, bench.assessment_id, "Edit", title="Trước")
    editor.set_fields(Assessment, bench.assessment_id, "Edit", title="Sau")
    steps = editor.undo_stack.count()
    with read_only(bench.store):
        editor.undo_stack.undo()
        settle()
    assert _title(bench) == "Sau"  # the database keeps what it has
    assert editor.undo_stack.count() == steps - 1  # and the step that could not be undone is gone
    assert [kind for kind, *_ in scripted.asked] == ["warn"]
    assert bench.window.document.assessment.title == "Sau"
    editor.undo_stack.undo()  # the step before it still undoes
    settle()
    assert _title(bench) == "Đánh giá nhanh SXSH 2025"
