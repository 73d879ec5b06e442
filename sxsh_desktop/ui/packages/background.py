"""Slow package work (scrypt, encryption, a large import) in a worker thread, one job at a time.

The job gets plain arguments and the store (whose engine gives the thread its own SQLite
connection); its result comes back to the UI thread, where a known problem becomes a translated
message and anything else goes to the crash handler.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.problems import problem_text, problem_title

POLL_MS = 40
_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sxsh-package")


class Background(QObject):
    """``run(job, then)``: ``job()`` in the worker, ``then(result)`` in the UI thread afterwards."""

    finished = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._pending: tuple[Future[Any], Callable[[Any], None], Path | None] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)

    @property
    def busy(self) -> bool:
        return self._pending is not None

    def run(self, job: Callable[[], Any], then: Callable[[Any], None], *, about: Path | None = None) -> bool:
        """Start ``job``; ``about`` is the file a problem concerns. False if a job is running."""
        if self._pending is not None:
            return False
        self._pending = (_worker.submit(job), then, about)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._poll.start()
        return True

    def wait(self) -> None:
        """Finish the running job now (a window that closes)."""
        if self._pending is not None:
            self._pending[0].exception()
            self._check()

    def _check(self) -> None:
        if self._pending is None or not self._pending[0].done():
            return
        future, then, about = self._pending
        self._pending = None
        self._poll.stop()
        QApplication.restoreOverrideCursor()
        error = future.exception()
        try:
            if error is None:
                then(future.result())
            elif isinstance(error, KnownProblem):
                dialogs().warn(self._window, problem_title(), problem_text(error, about))
            else:
                raise error  # a bug: the crash handler logs it
        finally:
            self.finished.emit()
