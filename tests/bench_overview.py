"""Benchmark: the office overview on 30,000 facilities and 3,000 assessments.

    python tests/bench_overview.py [--facilities 30000] [--assessments 3000] [--runs 5]

Builds the office sample at that size (``services/office_samples.py``) in a temporary database,
then measures, each as the median of ``--runs``:

- ``compute_indicators`` for one plan year (every indicator; the goal is under 300 ms);
- one breakdown (every indicator by commune as recorded);
- the click-through behind I1's numerator (``indicator_members``);
- the overview's first data (``load_overview``: the year, review, conflicts, due list) and its trend
  (``load_trend``: six plan years over one reading);
- the window: from creating ``OverviewWindow`` to its cards shown, and to their six-year trend drawn
  (offscreen unless QT_QPA_PLATFORM says otherwise).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(job: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """(median, fastest, slowest) seconds of ``runs`` calls."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times), max(times)


def report(name: str, figures: tuple[float, float, float]) -> None:
    median, fastest, slowest = figures
    print(f"{name:<48} median {median * 1000:8.0f} ms   (min {fastest * 1000:.0f}, max {slowest * 1000:.0f})")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facilities", type=int, default=30_000)
    parser.add_argument("--assessments", type=int, default=3_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--year", type=int, default=2026)
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from sxsh_desktop.domain.office import Period
    from sxsh_desktop.services.indicator_members import indicator_members
    from sxsh_desktop.services.indicators import compute_indicators
    from sxsh_desktop.services.office_samples import load_office_sample
    from sxsh_desktop.store.repository import Store
    from sxsh_desktop.store.setup import ensure_reference
    from sxsh_desktop.ui.office.overview_data import load_overview, load_trend

    with tempfile.TemporaryDirectory(prefix="sxsh-bench-overview-") as folder:
        store = Store.open(Path(folder) / "office.sqlite3")
        try:
            ensure_reference(store)
            started = time.perf_counter()
            size = load_office_sample(
                store, facilities=options.facilities, assessments=options.assessments
            ).value
            print(f"sample: {size} written in {time.perf_counter() - started:.1f} s")
            period = Period.plan_year(options.year)
            table = compute_indicators(store, period)
            print(
                f"{options.year}: {len(table.results)} indicators, {table.facilities_in_scope} facilities in "
                f"scope, I1 = {table.get('I1').numerator:.0f} / {table.get('I1').denominator:.0f}"
            )
            report(
                "compute_indicators (one plan year)",
                timed(lambda: compute_indicators(store, period), options.runs),
            )
            report(
                "compute_indicators by commune",
                timed(lambda: compute_indicators(store, period, by="commune"), options.runs),
            )
            members = indicator_members(store, period, "I1", "numerator")
            assert len(members) == table.get("I1").numerator
            report(
                f"indicator_members I1 numerator ({len(members)})",
                timed(lambda: indicator_members(store, period, "I1", "numerator"), options.runs),
            )
            report(
                "load_overview (the year + lists)",
                timed(lambda: load_overview(store, options.year), options.runs),
            )
            report(
                "load_trend (six plan years)", timed(lambda: load_trend(store, options.year), options.runs)
            )
            report_window(store, options.year, options.runs)
        finally:
            store.close()
    return 0


def report_window(store: object, year: int, runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from sxsh_desktop.ui.i18n import install_language

    app = QApplication.instance() or QApplication(["bench"])
    install_language("vi")
    to_cards, to_trend = [], []
    for _ in range(runs):
        cards, trend = measure_window(app, store, year)
        to_cards.append(cards)
        to_trend.append(trend)
    report("window: open to cards shown", (statistics.median(to_cards), min(to_cards), max(to_cards)))
    report(
        "window: open to the trend drawn",
        (statistics.median(to_trend), min(to_trend), max(to_trend)),
    )


def measure_window(app: object, store: object, year: int) -> tuple[float, float]:
    """Seconds from creating the window to its cards shown, and to their trend drawn."""
    from PySide6.QtCore import QEventLoop, QTimer

    from sxsh_desktop.ui.office.overview import OverviewWindow

    loop = QEventLoop()
    marks: dict[str, float] = {}
    started = time.perf_counter()
    window = OverviewWindow(store, period=year)  # type: ignore[arg-type]
    window.loaded.connect(lambda: marks.setdefault("cards", time.perf_counter()))
    window.trend_loaded.connect(lambda: (marks.setdefault("trend", time.perf_counter()), loop.quit()))
    window.resize(1366, 768)
    window.show()
    QTimer.singleShot(600_000, loop.quit)
    loop.exec()
    window.close()
    window.deleteLater()
    app.processEvents()  # type: ignore[attr-defined]
    return marks["cards"] - started, marks["trend"] - started


if __name__ == "__main__":
    sys.exit(main())
