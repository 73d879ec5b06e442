"""Fixtures of the window tests: an open session, the main window, scripted dialogs, the language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sxsh_desktop.ui.dialogs import ScriptedDialogs, install_dialogs
from sxsh_desktop.ui.i18n import DEFAULT_LANGUAGE, install_language
from sxsh_desktop.ui.main_window import MainWindow
from sxsh_desktop.ui.session import Session, open_session
from sxsh_desktop.ui.settings import AppSettings


@pytest.fixture
def language(qapp: object) -> Iterator[str]:
    """The UI in Vietnamese (the default), put back after the test."""
    yield install_language(DEFAULT_LANGUAGE)
    install_language(DEFAULT_LANGUAGE)


@pytest.fixture
def scripted() -> Iterator[ScriptedDialogs]:
    """Dialogs answered by the test: queue answers with ``scripted.answers.append(...)``."""
    dialogs = ScriptedDialogs()
    previous = install_dialogs(dialogs)
    yield dialogs
    install_dialogs(previous)


@pytest.fixture
def session(db_path: Path) -> Iterator[Session]:
    opened = open_session(db_path)
    yield opened
    opened.close()


@pytest.fixture
def main_window(
    qtbot: QtBot, session: Session, language: str, scripted: ScriptedDialogs
) -> Iterator[MainWindow]:
    window = MainWindow(session, AppSettings(consultant_name="KS. Nguyễn Văn An"))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
