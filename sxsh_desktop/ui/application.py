"""Starting the window: the application object, language, crash handler, the database and its lock.

``run(argv)`` returns the exit code. A database that cannot be opened (in use, damaged, from a
newer version, read-only) is explained, and the user may choose another file or quit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from sxsh_desktop import APP_NAME, ORG_NAME, __version__
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.paths import display_location
from sxsh_desktop.ui.crash import install_crash_handler
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.i18n import install_language
from sxsh_desktop.ui.locations import database_path, use_data_dir
from sxsh_desktop.ui.main_window import MainWindow
from sxsh_desktop.ui.problems import problem_text, problem_title
from sxsh_desktop.ui.session import Session, open_session, tell_notices
from sxsh_desktop.ui.settings import load_settings

# 1366x768 laptops: the window opens at most this big, and smaller screens get it maximised.
PREFERRED_SIZE = (1280, 720)
LOADING_POLL_MS = 10  # how often the window looks whether the storage layer has loaded


def database_argument(arguments: list[str]) -> str | None:
    """The file given with ``--db FILE`` or ``--db=FILE``; Qt's own options (``-platform …``) are
    left to Qt. (Not argparse: its set-up looks for message catalogues on disk, at every start.)"""
    given = None  # the last one counts, as with any option given twice
    for index, argument in enumerate(arguments):
        if argument.startswith("--db="):
            given = argument.removeprefix("--db=")
        elif argument == "--db" and index + 1 < len(arguments):
            given = arguments[index + 1]
    return given


def create_application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationDisplayName(APP_NAME)
    from sxsh_desktop.ui.style import FOCUS_STYLE

    app.setStyleSheet(FOCUS_STYLE)
    return app


def open_first_session(path: Path | str) -> Session | None:
    """Open ``path``; on a known problem explain it and offer another file. None: the user quit."""
    while True:
        try:
            return open_session(path)
        except KnownProblem as problem:
            question = (
                problem_text(problem, display_location(path))
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


def show_main_window(argv: list[str]) -> tuple[MainWindow, Path | str]:
    """The main window, shown at once without its database, and the database it is to open.

    Opening the database (loading the storage layer, checking the file) takes longer than showing
    the window, so the window appears first and fills in (``attach_database``)."""
    create_application(argv)
    use_data_dir()
    settings = load_settings()
    install_language(settings.language)
    install_crash_handler()
    window = MainWindow(None, settings)
    screen = window.screen().availableGeometry()
    width, height = PREFERRED_SIZE
    window.resize(min(width, screen.width()), min(height, screen.height()))
    if screen.width() <= width or screen.height() <= height:
        window.showMaximized()
    else:
        window.show()
    return window, database_path(database_argument(argv[1:]), settings.database_path)


def attach_database(window: MainWindow, path: Path | str) -> bool:
    """Open ``path`` into the shown window; False (and the window closed) if the user quit."""
    session = open_first_session(path)
    if session is None:
        window.close()
        return False
    window.switch_session(session)
    tell_notices(window, session)
    return True


def preview_registry(window: MainWindow, path: Path | str) -> None:
    """Show the registry's first rows, read without the storage layer, while that layer loads (a
    SQLite file only: a PostgreSQL server is read through the store)."""
    from sxsh_desktop.store.registry_preview import RegistryPreview

    if not isinstance(path, Path):
        return
    preview = RegistryPreview.open(path)
    if preview is not None:
        window.show_preview(preview)


def load_storage_layer() -> threading.Thread:
    """Import the storage layer (SQLAlchemy above all, most of the time to open a database) on a
    thread, while the window shows its first rows and answers the user."""

    def load() -> None:
        import sxsh_desktop.store.repository
        import sxsh_desktop.store.setup  # noqa: F401

    thread = threading.Thread(target=load, name="sxsh-load-storage", daemon=True)
    thread.start()
    return thread


def start(argv: list[str]) -> MainWindow | None:
    """Everything up to the main window with its database (None if the user chose to quit)."""
    window, path = show_main_window(argv)
    return window if attach_database(window, path) else None


def fill_in(window: MainWindow, path: Path | str, done: Callable[[bool], None]) -> None:
    """Fill the shown window: the registry's first rows at once, then the database when the storage
    layer has loaded (on a thread, while the rows can be scrolled); ``done(opened)`` after (False:
    the user quit)."""
    loading: list[threading.Thread] = []

    def attach() -> None:
        if loading[0].is_alive():  # a failed import is raised again, and reported, by attach_database
            QTimer.singleShot(LOADING_POLL_MS, attach)
            return
        done(attach_database(window, path))

    def start_loading() -> None:
        window.add_menus()  # the Report, Packages and Office menus: after the rows, before the loading
        loading.append(load_storage_layer())
        QTimer.singleShot(LOADING_POLL_MS, attach)

    def first_rows_then_load() -> None:
        preview_registry(window, path)
        # The rows are painted, and the turn of the event loop ends, before the loading starts: the
        # loading thread holds the interpreter lock most of the time, and painting calls into
        # Python for every cell.
        window.repaint()
        QTimer.singleShot(0, start_loading)

    QTimer.singleShot(0, first_rows_then_load)  # after the first paint of the window


def run(argv: list[str]) -> int:
    window, path = show_main_window(argv)
    outcome: list[bool] = []

    def done(opened: bool) -> None:
        outcome.append(opened)
        if not opened:
            QApplication.quit()

    fill_in(window, path, done)
    try:
        status = QApplication.exec()
    finally:
        if window.session is not None:
            window.session.close()
    return status if outcome and outcome[0] else 1
