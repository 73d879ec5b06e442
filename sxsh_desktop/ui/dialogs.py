"""The one seam through which the UI asks the user things: message boxes and file pickers.

Widgets call ``dialogs()``; tests install a ``ScriptedDialogs`` that answers from a queue, so no
test ever blocks on a modal dialog.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

# Each dialog class is imported where it is first shown: importing a PySide class builds all its
# enumerations (milliseconds for QMessageBox and QFileDialog), and the window shows before any dialog.


class Dialogs:
    """Real dialogs."""

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)

    def choose(self, parent: QWidget | None, title: str, text: str, choices: Sequence[str]) -> int | None:
        """One button per choice (the last one closes); the index chosen, None if closed otherwise."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole) for choice in choices]
        if buttons:
            box.setEscapeButton(buttons[-1])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def open_path(self, path: Path) -> bool:
        """Open a file in its usual program, or a folder in the file manager; False if none could
        (on Linux the desktop's opener starts whether or not a program is there: asked first)."""
        if path.is_file() and not has_opener(path):
            return False
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def details(self, parent: QWidget | None, title: str, text: str, details: str) -> None:
        """An error with its technical details folded away (the crash dialog)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close, parent)
        box.setDetailedText(details)
        box.exec()

    def open_file(self, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
        return Path(name) if name else None

    def open_files(self, parent: QWidget | None, title: str, file_filter: str) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(parent, title, "", file_filter)
        return [Path(name) for name in names]

    def save_file(self, parent: QWidget | None, title: str, suggested: str, file_filter: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return Path(name) if name else None

    def run(self, dialog: QDialog) -> int:
        """Show a prepared modal dialog until it is closed; its result code."""
        return dialog.exec()

    def text(self, parent: QWidget | None, title: str, label: str, *, password: bool = False) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        mode = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
        value, ok = QInputDialog.getText(parent, title, label, mode)
        return value if ok else None


def has_opener(path: Path) -> bool:
    """Whether a program is set to open ``path``'s kind of file. Known only on Linux desktops
    (``xdg-mime``); elsewhere the system's open call itself fails when there is none."""
    if not sys.platform.startswith("linux"):
        return True
    import shutil  # here, not at start-up: asked only when a file is to be opened
    import subprocess

    query = shutil.which("xdg-mime")
    if query is None:
        return False  # no desktop opener at all
    from PySide6.QtCore import QMimeDatabase

    kind = QMimeDatabase().mimeTypeForFile(str(path)).name()
    try:
        answer = subprocess.run(
            [query, "query", "default", kind], capture_output=True, text=True, timeout=5, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(answer.stdout.strip())


class ScriptedDialogs(Dialogs):
    """Answers queued by a test; records what was asked. An unexpected question fails the test."""

    def __init__(self, *answers: Any) -> None:
        self.answers: deque[Any] = deque(answers)
        self.asked: list[tuple[str, str, str]] = []
        self.opened: list[Path] = []
        self.can_open = True  # whether a program is there to open what ``open_path`` is given

    def _next(self, kind: str, title: str, text: str) -> Any:
        self.asked.append((kind, title, text))
        if not self.answers:
            raise AssertionError(f"unexpected {kind} dialog: {title}: {text}")
        return self.answers.popleft()

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return bool(self._next("confirm", title, text))

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("inform", title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("warn", title, text))

    def choose(self, parent: QWidget | None, title: str, text: str, choices: Sequence[str]) -> int | None:
        return self._next("choose", title, text)

    def open_path(self, path: Path) -> bool:
        self.opened.append(path)
        return self.can_open

    def details(self, parent: QWidget | None, title: str, text: str, details: str) -> None:
        self.asked.append(("details", title, text))

    def open_file(self, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        return self._next("open_file", title, file_filter)

    def open_files(self, parent: QWidget | None, title: str, file_filter: str) -> list[Path]:
        return list(self._next("open_files", title, file_filter) or [])

    def save_file(self, parent: QWidget | None, title: str, suggested: str, file_filter: str) -> Path | None:
        return self._next("save_file", title, suggested)

    def run(self, dialog: QDialog) -> int:
        """The answer is a result code, or a function given the dialog (to act in it) that returns one."""
        answer = self._next("run", dialog.windowTitle(), "")
        return answer(dialog) if callable(answer) else answer

    def text(self, parent: QWidget | None, title: str, label: str, *, password: bool = False) -> str | None:
        return self._next("text", title, label)


_current: Dialogs = Dialogs()


def dialogs() -> Dialogs:
    return _current


def install_dialogs(replacement: Dialogs) -> Dialogs:
    """Use ``replacement`` from now on; returns the previous one (tests restore it)."""
    global _current
    previous, _current = _current, replacement
    return previous
