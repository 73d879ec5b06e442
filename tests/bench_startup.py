"""Benchmark: cold start to an interactive main window on a 30,000-enterprise database, next to a
bare PySide6 window program measured the same way (goals: the window at most 1.5 times the bare
window, the registry's first rows at most 2 times).

    python tests/bench_startup.py [--runs 7] [--enterprises 30000]

Each run is a new process; the time is from starting it to the first turn of the event loop
after the window is shown (the moment it answers input), and, for the application, also to the
moment the registry's first rows are painted and can be scrolled (read before the storage layer is
loaded, ``store/registry_preview.py``), and to the moment the database is open and every action works.
Offscreen unless QT_QPA_PLATFORM says otherwise. Prints the median and the spread of each, and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

READY = "ready"
ROWS = "rows"
LOADED = "loaded"

BARE_WINDOW = f"""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("SXSH"))
    window.resize(1280, 720)
    window.show()
    QTimer.singleShot(0, lambda: (print("{READY}", flush=True), app.quit()))
    app.exec()
"""

APPLICATION = f"""
    import sys
    from sxsh_desktop.app import import_before_qt
    import_before_qt()  # as sxsh_desktop.app.main does
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from sxsh_desktop.ui.application import fill_in, show_main_window
    window, path = show_main_window(["sxsh-desktop", "--db", sys.argv[1]])
    QTimer.singleShot(0, lambda: print("{READY}", flush=True))
    seen = []

    def rows_shown():  # the next turn of the event loop after the rows arrived: they are painted
        if window.registry.rowCount() and window.ui.registryView.isEnabled() and not seen:
            seen.append(True)
            print("{ROWS}", window.registry.rowCount(), flush=True)

    window.registry.modelReset.connect(lambda: QTimer.singleShot(0, rows_shown))

    def opened(ok):
        rows_shown()
        print("{LOADED}", window.registry.rowCount(), flush=True)
        QApplication.quit()

    fill_in(window, path, opened)
    QApplication.exec()
    window.session.close()
"""


def make_database(path: Path, enterprises: int) -> None:
    from sxsh_desktop.services.samples import SAMPLE_OFFERED_KEY
    from sxsh_desktop.store.repository import Store
    from sxsh_desktop.store.setup import ensure_reference
    from tests.factories import synthetic_registry

    store = Store.open(path)
    try:
        ensure_reference(store)
        store.insert_many(synthetic_registry(enterprises, seed=2025))
        store.database.set_meta(SAMPLE_OFFERED_KEY, "benchmark")
    finally:
        store.close()


def time_to_lines(code: str, *arguments: str, environment: dict[str, str], lines: int = 1) -> list[float]:
    """Seconds from starting the program to each of its first ``lines`` lines of output."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    times, seen = [], []
    for _ in range(lines):
        seen.append(process.stdout.readline() if process.stdout else "")
        times.append(time.perf_counter() - started)
    _, errors = process.communicate(timeout=120)
    if seen[0].strip() != READY:
        raise SystemExit(f"the program did not start:\n{errors}")
    if lines > 2 and not (seen[1].startswith(ROWS) and seen[2].startswith(LOADED)):
        raise SystemExit(f"the registry did not load:\n{errors}")
    return times


def describe(name: str, times: list[float]) -> str:
    return (
        f"{name:<28} median {statistics.median(times) * 1000:7.0f} ms   "
        f"min {min(times) * 1000:6.0f}   max {max(times) * 1000:6.0f}   ({len(times)} runs)"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--enterprises", type=int, default=30_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sxsh-bench-") as temporary:
        folder = Path(temporary)
        database = folder / "registry.sqlite3"
        make_database(database, options.enterprises)
        environment = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "SXSH_DATA_DIR": str(folder / "data"),
        }
        environment.pop("SXSH_DB", None)
        # Bytecode is cached as for an installed program (pip compiles it; the bundle holds it), in
        # the temporary folder rather than in the checkout; the unmeasured first runs write it.
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        environment["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
        # A returning user: the first start's question for the consultant's name is answered.
        (folder / "data").mkdir()
        (folder / "data" / "settings.ini").write_text("[assessment]\nconsultant_name=Benchmark\n")
        # One unmeasured run each so that both start from a warm disk cache and cached bytecode, as a
        # second start does.
        time_to_lines(BARE_WINDOW, environment=environment)
        time_to_lines(APPLICATION, str(database), environment=environment, lines=3)
        bare, shown, rows, loaded = [], [], [], []
        for _ in range(options.runs):  # interleaved, so that machine noise falls on both alike
            bare.extend(time_to_lines(BARE_WINDOW, environment=environment))
            window_times = time_to_lines(APPLICATION, str(database), environment=environment, lines=3)
            shown.append(window_times[0])
            rows.append(window_times[1])
            loaded.append(window_times[2])
    print(describe("bare PySide6 window", bare))
    print(describe("SXSH Desktop main window", shown))
    print(describe(f"... registry of {options.enterprises:,} shown", rows))
    print(describe("... database open, all works", loaded))
    bare_median = statistics.median(bare)
    print(f"ratio {statistics.median(shown) / bare_median:.2f} (goal at most 1.5) for the window;")
    print(f"ratio {statistics.median(rows) / bare_median:.2f} (goal at most 2) until the first rows show;")
    print(f"ratio {statistics.median(loaded) / bare_median:.2f} until the database is open and all works")
    return 0


if __name__ == "__main__":
    sys.exit(main())
