"""Screenshots of the office's windows at 1366x768, in Vietnamese and in English, on the office sample.

    python tests/screenshots_office.py OUTDIR [--facilities 3000] [--assessments 150] [--languages vi,en]

The overview (each tab, and the facilities behind a number), then the activities, follow-ups,
review and CP-status screens. Offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (1366, 768)
STAFF = "Nguyễn Thị Hoa"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--facilities", type=int, default=3000)
    parser.add_argument("--assessments", type=int, default=150)
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--languages", default="vi,en")
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    options.outdir.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from sxsh_desktop.services.office_samples import load_office_sample
    from sxsh_desktop.store.repository import Store
    from sxsh_desktop.store.setup import ensure_reference
    from sxsh_desktop.ui.dialogs import ScriptedDialogs, install_dialogs

    app = QApplication(["screenshots"])
    install_dialogs(ScriptedDialogs())
    with tempfile.TemporaryDirectory(prefix="sxsh-office-shots-") as folder:
        store = Store.open(Path(folder) / "office.sqlite3")
        try:
            ensure_reference(store)
            load_office_sample(store, facilities=options.facilities, assessments=options.assessments)
            for language in options.languages.split(","):
                shoot_language(app, store, language, options.year, options.outdir)
        finally:
            store.close()
    return 0


def settle(app: object, seconds: float = 0.2) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def shoot_language(app: object, store: object, language: str, year: int, outdir: Path) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget

    from sxsh_desktop.ui.i18n import install_language
    from sxsh_desktop.ui.office.activities import ActivitiesWindow
    from sxsh_desktop.ui.office.cp_status import CpStatusWindow
    from sxsh_desktop.ui.office.followups import FollowUpsWindow
    from sxsh_desktop.ui.office.overview import BREAKDOWN_TAB, OverviewWindow
    from sxsh_desktop.ui.office.review import ReviewWindow

    install_language(language)
    windows: list[QWidget] = []  # deleted here, in the UI thread, once shot (never by a collection elsewhere)

    def shoot(widget: QWidget, name: str, size: tuple[int, int] = SIZE) -> None:
        windows.append(widget)
        widget.show()
        widget.resize(*size)
        settle(app)
        path = outdir / f"{language}-office-{name}.png"
        widget.grab().save(str(path))
        print(path)

    def wait(signal: object) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(300_000, loop.quit)
        loop.exec()

    overview = OverviewWindow(store, period=year)  # type: ignore[arg-type]
    overview.resize(*SIZE)
    overview.show()
    wait(overview.trend_loaded)
    shoot(overview, "1-indicators")
    overview.tabs.setCurrentIndex(1)
    shoot(overview, "2-outputs-totals")
    overview.tabs.setCurrentIndex(BREAKDOWN_TAB)
    wait(overview.breakdown_loaded)
    shoot(overview, "3-breakdown-commune")
    overview.choose_breakdown("I1", "legal_form")
    wait(overview.breakdown_loaded)
    shoot(overview, "3-breakdown-legal-form")
    overview.tabs.setCurrentIndex(3)
    shoot(overview, "4-work-waiting")
    overview.tabs.setCurrentIndex(0)
    overview.cards[0].counts.linkActivated.emit("numerator")
    wait(overview.members_shown)
    assert overview.members_dialog is not None
    shoot(overview.members_dialog, "5-facilities-behind-I1", (1000, 560))
    overview.members_dialog.close()
    overview.close()

    activities = ActivitiesWindow(store)  # type: ignore[arg-type]
    activities.list_view.selectRow(0)
    shoot(activities, "6-activities")
    activities.close()
    followups = FollowUpsWindow(store, STAFF)  # type: ignore[arg-type]
    shoot(followups, "7-follow-ups")
    followups.close()
    review = ReviewWindow(store, STAFF)  # type: ignore[arg-type]
    shoot(review, "8-review")
    review.close()
    status = CpStatusWindow(store, STAFF)  # type: ignore[arg-type]
    applying = next((r for r in range(status.registry.rowCount()) if status.registry.enterprise(r)), 0)
    status.registry_view.selectRow(applying)
    shoot(status, "9-cp-status")
    status.close()
    for window in windows:
        window.deleteLater()
    settle(app)


if __name__ == "__main__":
    sys.exit(main())
