"""What happens to an exception nobody caught: a known problem is shown as a clear message; any
other is a bug, written to a crash log and shown with its details and the log's place."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.problems import problem_text, problem_title

_handling = False


def handle_exception(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    global _handling
    if issubclass(kind, KeyboardInterrupt) or _handling:
        sys.__excepthook__(kind, error, trace)
        return
    _handling = True
    try:
        parent = QApplication.activeWindow()
        if isinstance(error, KnownProblem):
            dialogs().warn(parent, problem_title(), problem_text(error))
            return
        from sxsh_desktop.crashlog import write_crash_log  # only when it is needed: not at start-up

        log = write_crash_log((kind, error, trace))
        details = "".join(traceback.format_exception(kind, error, trace))
        text = QCoreApplication.translate(
            "CrashHandler",
            "Something went wrong that SXSH Desktop did not expect. Your work up to the last change "
            "is saved. Please send the log file to the people who support the application:\n{path}",
        ).format(path=log)
        dialogs().details(
            parent, QCoreApplication.translate("CrashHandler", "Unexpected error"), text, details
        )
    except Exception:
        sys.__excepthook__(kind, error, trace)
    finally:
        _handling = False


def install_crash_handler() -> None:
    sys.excepthook = handle_exception
