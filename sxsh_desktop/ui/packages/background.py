"""Slow package work (scrypt, encryption, a large import) on the window's ``Worker``.

A known problem becomes a translated message about the file it concerns; anything else goes to the
crash handler.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.problems import problem_text, problem_title
from sxsh_desktop.ui.worker import Worker

_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sxsh-package")


class Background(QObject):
    """``run(job, then)``: ``job()`` in the worker, ``then(result)`` in the UI thread afterwards."""

    finished = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._about: Path | None = None
        self._worker = Worker(self, _executor)
        self._worker.finished.connect(self.finished)

    @property
    def busy(self) -> bool:
        return self._worker.busy

    def run(self, job: Callable[[], Any], then: Callable[[Any], None], *, about: Path | None = None) -> bool:
        """Start ``job``; ``about`` is the file a problem concerns. False if a job is running."""
        if self._worker.busy:
            return False
        self._about = about
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        return self._worker.run(job, lambda result: self._done(then, result), self._failed)

    def wait(self) -> None:
        """Finish the running job now (a window that closes)."""
        self._worker.wait()

    def _done(self, then: Callable[[Any], None], result: Any) -> None:
        QApplication.restoreOverrideCursor()
        then(result)

    def _failed(self, error: BaseException) -> None:
        QApplication.restoreOverrideCursor()
        if isinstance(error, KnownProblem):
            dialogs().warn(self._window, problem_title(), problem_text(error, self._about))
        else:
            raise error  # a bug: the crash handler logs it
