"""Starting the window: the application object, language, crash handler, the database and its lock.

``run(argv)`` returns the exit code. A database that cannot be opened (in use, damaged, from a
newer version, read-only) is explained, and the user may choose another file or quit.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from sxsh_desktop import APP_NAME, ORG_NAME, __version__
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.ui.crash import install_crash_handler
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.i18n import install_language
from sxsh_desktop.ui.locations import database_path, use_data_dir
from sxsh_desktop.ui.main_window import MainWindow
from sxsh_desktop.ui.problems import problem_text, problem_title
from sxsh_desktop.ui.session import Session, open_session
from sxsh_desktop.ui.settings import load_settings

# 1366x768 laptops: the window opens at most this big, and smaller screens get it maximised.
PREFERRED_SIZE = (1280, 720)


def parse_arguments(arguments: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sxsh-desktop", add_help=False)
    parser.add_argument("--db", help="database file to open")
    known, _qt_and_others = parser.parse_known_args(arguments)
    return known


def create_application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationDisplayName(APP_NAME)
    return app


def open_first_session(path: Path) -> Session | None:
    """Open ``path``; on a known problem explain it and offer another file. None: the user quit."""
    while True:
        try:
            return open_session(path)
        except KnownProblem as problem:
            question = (
                problem_text(problem, path)
                + "\n\n"
                + QCoreApplication.translate(
                    "Startup", "Choose another database file? (No quits SXSH Desktop.)"
                )
            )
            if not dialogs().confirm(None, problem_title(), question):
                return None
            chosen = dialogs().open_file(
                None,
                QCoreApplication.translate("Startup", "Open database file"),
                QCoreApplication.translate("Startup", "SXSH database (*.sqlite3);;All files (*)"),
            )
            if chosen is None:
                return None
            path = chosen


def start(argv: list[str]) -> MainWindow | None:
    """Everything up to the shown main window (None if the user chose to quit)."""
    create_application(argv)
    use_data_dir()
    settings = load_settings()
    install_language(settings.language)
    install_crash_handler()
    arguments = parse_arguments(argv[1:])
    session = open_first_session(database_path(arguments.db, settings.database_path))
    if session is None:
        return None
    window = MainWindow(session, settings)
    screen = window.screen().availableGeometry()
    width, height = PREFERRED_SIZE
    window.resize(min(width, screen.width()), min(height, screen.height()))
    if screen.width() <= width or screen.height() <= height:
        window.showMaximized()
    else:
        window.show()
    window.offer_demo_data()
    return window


def run(argv: list[str]) -> int:
    window = start(argv)
    if window is None:
        return 1
    try:
        return QApplication.exec()
    finally:
        window.session.close()
