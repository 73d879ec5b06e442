"""Screenshots of every window and page at 1366x768, in Vietnamese and in English, with demo data.

    python tests/screenshots.py OUTDIR [--scale 2]

Runs offscreen unless a display is chosen with QT_QPA_PLATFORM. ``--scale 2`` renders as a
200 % display would (QT_SCALE_FACTOR=2): the window is still 1366x768 logical pixels.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (1366, 768)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if options.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(options.scale)
    options.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sxsh-screenshots-") as temporary:
        for language in ("vi", "en"):
            shoot_language(language, Path(temporary) / language, options.outdir)
    return 0


def shoot_language(language: str, folder: Path, outdir: Path) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    os.environ["SXSH_DATA_DIR"] = str(folder)
    os.environ["SXSH_DB"] = str(folder / "Nguyễn Văn An" / "sxsh.sqlite3")
    from sxsh_desktop.ui import application
    from sxsh_desktop.ui.dialogs import ScriptedDialogs, install_dialogs
    from sxsh_desktop.ui.settings import AppSettings, save_settings

    application.create_application(["screenshots"])
    save_settings(AppSettings(language=language, consultant_name="KS. Nguyễn Văn An"))
    install_dialogs(ScriptedDialogs(True))  # yes to the demo data offered on first start
    window = application.start(["screenshots"])
    assert window is not None
    app = QApplication.instance()

    def shoot(widget: QWidget, name: str) -> None:
        widget.showNormal()
        widget.resize(*SIZE) if widget.isWindow() and name.startswith(("main", "workflow")) else None
        for _ in range(3):
            app.processEvents()
        path = outdir / f"{language}-{name}.png"
        widget.grab().save(str(path))
        print(path)

    shoot(window, "main")
    window.ui.searchEdit.setText("dong loc" if language == "vi" else "gach")
    window.apply_search()
    shoot(window, "main-search")
    window.ui.searchEdit.clear()
    window.apply_search()

    window.new_enterprise()
    dialog = window.dialog
    dialog.ui.nameEdit.setText("Cơ sở Nước mắm Đức Thọ")
    dialog.ui.taxCodeEdit.setText("3001234568")
    dialog.accept()
    shoot(dialog, "enterprise-dialog-error")
    dialog.reject()

    window.show_settings()
    shoot(window.dialog, "settings-dialog")
    window.dialog.reject()

    workflow = window.open_assessment()
    assert workflow is not None
    for row, page in enumerate(workflow.pages):
        workflow.go_to_step(row)
        shoot(workflow, f"workflow-{row + 1}-{type(page).__name__}")

    def shoot_preview(preview: QDialog) -> int:
        shoot(preview, "print-preview")
        preview.reject()
        return preview.result()

    install_dialogs(ScriptedDialogs(shoot_preview))
    built = QEventLoop()
    workflow.report.finished.connect(built.quit)
    workflow.report.print_report()
    built.exec()
    workflow.close()
    window.close()
    window.session.close()


if __name__ == "__main__":
    sys.exit(main())
