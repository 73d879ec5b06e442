"""Never lose work: one window per database, stale locks after a kill, everything saved as made."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sxsh_desktop.domain.model import Assessment, Enterprise
from sxsh_desktop.store.repository import Store
from sxsh_desktop.ui.application import open_first_session
from sxsh_desktop.ui.dialogs import ScriptedDialogs
from sxsh_desktop.ui.session import DatabaseInUseError, lock_path, open_session
from sxsh_desktop.ui.workbench.context import WorkbenchContext
from sxsh_desktop.ui.workbench.editing import RecordEditor
from sxsh_desktop.ui.workbench.window import WorkflowWindow

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, *args: str) -> subprocess.Popen[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


HOLD_AND_EDIT = """
    import sys, time
    from PySide6.QtCore import QCoreApplication
    from sxsh_desktop.domain.model import Assessment, Enterprise
    from sxsh_desktop.ui.session import open_session
    from sxsh_desktop.ui.workbench.editing import RecordEditor
    app = QCoreApplication([])
    session = open_session(sys.argv[1])
    enterprise = session.store.insert(Enterprise(name="Công ty TNHH Thép Kỳ Anh"))
    assessment = session.store.insert(Assessment(enterprise_id=enterprise.id, title="Đánh giá"))
    RecordEditor(session.store).set_fields(Assessment, assessment.id, title="Đánh giá nhanh 2025")
    print(assessment.id, flush=True)
    time.sleep(60)  # killed here, with the lock held and nothing closed
"""


def test_a_second_window_on_the_same_database_is_refused_with_a_clear_message(
    db_path: Path, language: str, scripted: ScriptedDialogs
) -> None:
    first = open_session(db_path)
    try:
        with pytest.raises(DatabaseInUseError) as refused:
            open_session(db_path)
        assert refused.value.pid == os.getpid()
        scripted.answers.append(False)  # "choose another file?" -> no: quit
        assert open_first_session(db_path) is None
        [(kind, _title, text)] = scripted.asked
        assert kind == "confirm"
        assert "đang được mở trong một cửa sổ SXSH Desktop khác" in text
        assert str(db_path) in text and "Traceback" not in text
    finally:
        first.close()
    open_session(db_path).close()  # free again once the first window closed


def test_another_process_holding_the_database_is_refused_and_its_lock_is_taken_after_a_kill(
    db_path: Path, qapp: object
) -> None:
    holder = _python(HOLD_AND_EDIT, str(db_path))
    try:
        assessment_id = holder.stdout.readline().strip()
        assert assessment_id, holder.stderr.read()
        with pytest.raises(DatabaseInUseError) as refused:
            open_session(db_path)
        assert refused.value.pid == holder.pid
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert lock_path(db_path).exists()  # left behind by the killed process
    session = open_session(db_path)
    try:
        # Everything the killed process did is there, although it never closed anything.
        assert session.store.get(Assessment, assessment_id).title == "Đánh giá nhanh 2025"
    finally:
        session.close()


def test_edits_in_the_workflow_are_saved_without_any_save_action(db_path: Path, qtbot: object) -> None:
    session = open_session(db_path)
    store = session.store
    enterprise = store.insert(Enterprise(name="HTX Nước mắm Cửa Sót"))
    assessment = store.insert(Assessment(enterprise_id=enterprise.id, title="Đánh giá"))
    editor = RecordEditor(store)
    window = WorkflowWindow(
        WorkbenchContext(store=store, reference=store.reference(), editor=editor), assessment.id
    )
    window.show()
    editor.set_fields(Enterprise, enterprise.id, "Sửa", contact_name="Phan Văn Tài")
    editor.set_fields(Assessment, assessment.id, "Sửa", baseline_year=2024)
    window.close()
    session.close()

    reopened = Store.open(db_path)
    try:
        assert reopened.get(Enterprise, enterprise.id).contact_name == "Phan Văn Tài"
        assert reopened.get(Assessment, assessment.id).baseline_year == 2024
    finally:
        reopened.close()


def test_a_damaged_database_at_start_is_explained_and_another_file_can_be_chosen(
    tmp_path: Path, language: str, scripted: ScriptedDialogs
) -> None:
    damaged = tmp_path / "hỏng.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)
    other = tmp_path / "khác" / "sxsh.sqlite3"
    scripted.answers.extend([True, other])  # choose another file: this one
    session = open_first_session(damaged)
    assert session is not None
    try:
        assert session.path == other.absolute()
    finally:
        session.close()
    kind, _title, text = scripted.asked[0]
    assert kind == "confirm"
    assert "không phải là cơ sở dữ liệu SXSH đọc được" in text and "Traceback" not in text
    assert damaged.read_bytes() == b"this is not a database" * 100  # untouched
    assert not lock_path(damaged).exists()  # no lock left on the refused file


SURVIVES_MANY_CALLS = """
    import gc
    import sxsh_desktop.ui
    from PySide6.QtCore import QObject
    thing = QObject()
    for _ in range(200_000):
        thing.setObjectName("x")  # returns nothing: the call PySide6 6.12 miscounts
    gc.collect()
    print("ok")
"""


def test_a_long_session_of_qt_calls_does_not_abort_the_interpreter() -> None:
    process = _python(SURVIVES_MANY_CALLS)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert out.strip() == "ok"
