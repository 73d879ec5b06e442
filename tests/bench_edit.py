"""Benchmark: one cell edit in the workflow window on the large assessment of the report benchmark,
from the edit to the figures shown.

    QT_QPA_PLATFORM=offscreen python tests/bench_edit.py [--edits 15]

The assessment (20 process steps, 200 waste streams, 100 solutions, 30 photos: ``tests/
report_fixtures.large_assessment``) is saved to a new database and opened in the workflow window
on the page of general data. Each edit types a new unit price into the first consumption line,
as the cell editor hands it to the table, and the clock runs until the line's yearly cost — a
figure computed from the whole assessment — shows the new price and the event queue is empty
(every refresh the edit caused is done). Prints the median and spread in ms (wall clock, and the
process's CPU time, which a machine busy with other work disturbs less), and per edit the
database transactions, ``compute_assessment`` calls and completeness checks it cost.
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sxsh_desktop.domain.numbers import format_number  # noqa: E402
from sxsh_desktop.store.repository import Store  # noqa: E402
from sxsh_desktop.store.setup import ensure_reference  # noqa: E402
from sxsh_desktop.ui.pages import GeneralPage  # noqa: E402
from sxsh_desktop.ui.workbench.context import WorkbenchContext  # noqa: E402
from sxsh_desktop.ui.workbench.editing import RecordEditor  # noqa: E402
from sxsh_desktop.ui.workbench.window import WorkflowWindow  # noqa: E402
from tests.report_fixtures import large_assessment  # noqa: E402


class Counter:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            self.counts[name] = self.counts.get(name, 0) + 1
            return function(*args, **kwargs)

        return counted

    def patch_modules(self, name: str) -> None:
        """Count calls of the function ``name`` wherever a module imported it."""
        for module in list(sys.modules.values()):
            if module is None or not getattr(module, "__name__", "").startswith("sxsh_desktop"):
                continue
            function = module.__dict__.get(name)
            if callable(function):
                setattr(module, name, self.wrap(name, function))

    def reset(self) -> dict[str, int]:
        counts, self.counts = self.counts, {}
        return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--edits", type=int, default=15)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.sqlite3")
        ensure_reference(store)
        document, photos = large_assessment()
        store.save_document(document, photos)
        editor = RecordEditor(store)
        context = WorkbenchContext(store=store, reference=store.reference(), editor=editor, language="vi")
        window = WorkflowWindow(context, document.assessment.id)
        window.show()
        page = next(p for p in window.pages if isinstance(p, GeneralPage))
        window.go_to_step(window.pages.index(page))
        page.ui.baselineTabs.setCurrentWidget(page.ui.consumptionTab)
        for _ in range(5):
            app.processEvents()

        model = page.consumptions.model
        columns = [c.field for c in model.columns]
        price_column = columns.index("unit_price")
        cost_column = next(n for n, c in enumerate(model.columns) if c.display == page._yearly_cost)
        line = model.row(0)
        counter = Counter()
        counter.patch_modules("compute_assessment")
        counter.patch_modules("missing_items")
        counter.patch_modules("all_missing")
        store.database.begin = counter.wrap("transactions", store.database.begin)  # type: ignore[method-assign]

        times: list[float] = []
        cpu_times: list[float] = []
        costs: list[dict[str, int]] = []
        for n in range(args.edits):
            price = 1000.0 + n + 1
            expected = format_number(price * line.yearly_quantity, "vi", decimals=0)
            counter.reset()
            start, cpu_start = time.perf_counter(), time.process_time()
            model.setData(model.index(0, price_column), format_number(price, "vi"), Qt.ItemDataRole.EditRole)
            while model.index(0, cost_column).data(Qt.ItemDataRole.DisplayRole) != expected:
                app.processEvents()
                if time.perf_counter() - start > 60:
                    raise SystemExit("the figure never showed the new price")
            app.processEvents()  # whatever the edit still queued
            times.append((time.perf_counter() - start) * 1000)
            cpu_times.append((time.process_time() - cpu_start) * 1000)
            costs.append(counter.reset())
        window.close()
        app.processEvents()
        store.close()

    print(f"edits: {len(times)}")
    print(f"median: {statistics.median(times):.1f} ms  (min {min(times):.1f}, max {max(times):.1f})")
    print(
        f"CPU time of this process, median: {statistics.median(cpu_times):.1f} ms"
        " (less hurt by a busy machine)"
    )
    last = costs[-1]
    print(
        "per edit: "
        f"{last.get('transactions', 0)} transactions, "
        f"{last.get('compute_assessment', 0)} compute_assessment, "
        f"{last.get('missing_items', 0) + last.get('all_missing', 0)} completeness checks"
        f" (missing_items {last.get('missing_items', 0)}, all_missing {last.get('all_missing', 0)})"
    )


if __name__ == "__main__":
    main()
