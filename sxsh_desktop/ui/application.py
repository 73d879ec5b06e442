"""The application object and its main window (minimal until the workbench lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from sxsh_desktop import APP_NAME, __version__
from sxsh_desktop.paths import default_database_path
from sxsh_desktop.store.repository import Store
from sxsh_desktop.store.setup import ensure_reference


def run(argv: list[str]) -> int:
    app = QApplication(argv)
    store = Store.open(default_database_path())
    ensure_reference(store)
    window = QMainWindow()
    window.setWindowTitle(f"{APP_NAME} {__version__}")
    window.setCentralWidget(QLabel(f"{store.count_enterprises()} doanh nghiệp"))
    window.resize(1024, 700)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
