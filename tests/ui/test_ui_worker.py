"""The one background worker: the job runs in another thread, its outcome comes back by signal to
the UI thread, once."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from sxsh_desktop.ui.worker import Worker


def test_the_result_comes_back_to_the_ui_thread_by_signal(qtbot: QtBot) -> None:
    owner = QObject()
    worker = Worker(owner, ThreadPoolExecutor(max_workers=1))
    release = threading.Event()
    seen: list[tuple[str, object, bool]] = []

    def job() -> str:
        release.wait(5)
        return threading.current_thread().name

    started = worker.run(job, lambda result: seen.append(("done", result, _in_ui_thread())), seen.append)
    assert started and worker.busy
    assert not worker.run(lambda: None, seen.append, seen.append)  # one job at a time
    with qtbot.waitSignal(worker.finished, timeout=5000):
        release.set()
    [(kind, job_thread, in_ui)] = seen
    assert kind == "done" and job_thread != threading.main_thread().name and in_ui
    assert not worker.busy


def test_a_failure_is_delivered_and_wait_delivers_it_only_once(qtbot: QtBot) -> None:
    owner = QObject()
    worker = Worker(owner, ThreadPoolExecutor(max_workers=1))
    failures: list[BaseException] = []

    def job() -> None:
        raise ValueError("hỏng")

    worker.run(job, lambda _result: None, failures.append)
    worker.wait()  # a window that closes: delivered now
    assert [str(e) for e in failures] == ["hỏng"] and not worker.busy
    qtbot.wait(100)  # the queued signal arrives too, and is ignored
    assert len(failures) == 1


def _in_ui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()
