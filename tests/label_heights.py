"""Every label of every page, laid out on a 1366×768 screen at one display scale (at 200 % the
window has 683×384 logical pixels), measured against the height its text needs: the font's line
height times its lines (a wrapped label: as wrapped).

    python tests/label_heights.py SCALE      (run by tests/ui/test_ui_label_heights.py)

Prints one line per clipped label (``clipped PAGE NAME: HEIGHT < NEEDED "TEXT"``) and ``checked N``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def needed_height(label: object) -> int:
    from PySide6.QtWidgets import QLabel

    assert isinstance(label, QLabel)
    margins = label.contentsMargins()
    frame = 2 * label.frameWidth() + margins.top() + margins.bottom() + 2 * label.margin()
    if label.wordWrap() or label.textFormat() == label.textFormat().RichText:
        height = label.heightForWidth(label.width())
        if height > 0:
            return height
    lines = max(1, label.text().count("\n") + 1 + label.text().count("<br"))
    return lines * label.fontMetrics().height() + frame


def main() -> int:
    scale = sys.argv[1] if len(sys.argv) > 1 else "1"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = scale
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(["label-heights"])
    from pages_support import fill_fish_sauce_assessment, open_workbench, settle

    from sxsh_desktop.store.repository import Store

    clipped = checked = 0
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "labels.sqlite3")
        for language in ("vi", "en"):
            with open_workbench(store, ui_language=language) as bench:
                fill_fish_sauce_assessment(store, bench.assessment_id)
                bench.reload()
                bench.window.resize(int(1366 / float(scale)), int(768 / float(scale)))
                for row, page in enumerate(bench.window.pages):
                    bench.window.go_to_step(row)
                    settle()
                    app.processEvents()
                    for label in page.findChildren(QLabel):
                        if not label.isVisibleTo(page) or not label.text().strip() or label.pixmap().width():
                            continue
                        checked += 1
                        need = needed_height(label)
                        if label.height() + 1 < need:
                            clipped += 1
                            text = label.text().replace("\n", " ")[:60]
                            name = label.objectName() or type(label).__name__
                            where = f"{language} {type(page).__name__} {name}"
                            print(f"clipped {where}: {label.height()} < {need} {text!r}")
        store.close()
    print(f"checked {checked}")
    return 1 if clipped else 0


if __name__ == "__main__":
    sys.exit(main())
