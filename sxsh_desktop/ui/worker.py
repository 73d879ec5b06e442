"""Slow work (a report, scrypt, encryption, a large import) in a worker thread, one job at a time.

The job runs with plain arguments (the store's engine gives the thread its own SQLite connection);
when it ends, the worker thread signals the UI thread, where ``then(result)`` runs, or ``failed``
with the exception. Nothing polls: Qt queues the signal to the thread that owns the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

_Failed = Callable[[BaseException], None]


class Worker(QObject):
    """``run(job, then, failed)``: ``job()`` in the worker thread, then ``then(result)`` or
    ``failed(exception)`` in the UI thread; ``finished`` after either."""

    finished = Signal()
    _ended = Signal(object)  # the job's future, emitted from the worker thread

    def __init__(self, parent: QObject, executor: ThreadPoolExecutor) -> None:
        """``executor`` may be shared by several workers, so that their jobs queue behind each other."""
        super().__init__(parent)
        self._executor = executor
        self._pending: tuple[Future[Any], Callable[[Any], None], _Failed] | None = None
        self._ended.connect(self._deliver)  # queued: emitted in another thread

    @property
    def busy(self) -> bool:
        return self._pending is not None

    def run(
        self, job: Callable[[], Any], then: Callable[[Any], None], failed: Callable[[BaseException], None]
    ) -> bool:
        """Start ``job``; False (and nothing started) while another job runs."""
        if self._pending is not None:
            return False
        future = self._executor.submit(job)
        self._pending = (future, then, failed)
        future.add_done_callback(self._ended.emit)
        return True

    def wait(self) -> None:
        """Finish the running job now and deliver its outcome (a window that closes)."""
        if self._pending is not None:
            future = self._pending[0]
            future.exception()  # waits for the job
            self._deliver(future)

    def _deliver(self, future: Future[Any]) -> None:
        if self._pending is None or self._pending[0] is not future:
            return  # delivered already by ``wait``
        _future, then, failed = self._pending
        self._pending = None
        error = future.exception()
        try:
            if error is None:
                then(future.result())
            else:
                failed(error)
        finally:
            self.finished.emit()
