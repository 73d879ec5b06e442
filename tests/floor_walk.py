"""A rapid assessment of a wood-processing plant entered in the window from the keyboard alone,
counting the actions it takes.

    python tests/floor_walk.py [--db FILE] [--keys old|new] [--verbose]

The window runs offscreen. From an empty database it registers the enterprise, starts the
assessment and enters it whole: general data and baseline (1 product, 6 consumption lines, 2 team
members), 4 process steps with 15 inputs and 19 outputs, 5 waste streams with their causes, 6
options from the catalogue with their figures, and 3 photos. Every action is a key press sent to the
widget that has the focus: a click, a non-text key (Tab, Enter, an arrow, a shortcut) or typing one
field's text counts one. The focus is only ever moved by keys (Tab, shortcuts); a widget that Tab
cannot reach stops the walk ("stuck"). A file chosen in a file dialog counts as one typed field;
answering a question counts one key.

``--keys old`` enters table rows the way the window accepted them before Enter moved on to the next
row: Insert for each row, Tab between cells, Enter to end the row.

The last line printed is ``actions N``; the exit status is 0 when the whole assessment was entered
and checked in the database, 1 when the walk was stuck or the data came out wrong.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SKIP = None  # a cell left as it is (its default, or what came along)


class Stuck(Exception):
    """The keyboard cannot go on from here."""


# --- the assessment ----------------------------------------------------------------------------

ENTERPRISE = {
    "name": "Công ty TNHH Chế biến gỗ Hồng Lĩnh",
    "tax_code": "",  # filled with a valid code at start
    "commune": "Xã Đức Thọ",
    "sector": "3100",
    "employees": "85",
}
CONSULTANTS = "KS. Nguyễn Văn An"
GENERAL = {"start": "03/03/2025", "baseline": "2024", "days": "300", "shifts": "2", "staff": "85"}
PRODUCTS = [("Bàn ghế gỗ ngoài trời", "cái", "24.000")]
# kind, name, [fuel: only a fuel line has one], quantity, unit (SKIP: the default for the kind), price
CONSUMPTIONS = [
    ("Nguyên liệu", "Gỗ keo xẻ sấy", "1.150", SKIP, "6.500.000"),
    ("Hóa chất", "Sơn PU và dung môi", "18", SKIP, "85.000.000"),
    ("Hóa chất", "Keo dán gỗ", "6", SKIP, "32.000.000"),
    ("Điện", "Điện lưới", "420.000", SKIP, "2.100"),
    ("Nhiên liệu", "Củi và phế liệu gỗ lò sấy", "Củi", "240", SKIP, "900.000"),
    ("Nước", "Nước giếng khoan", "3.600", SKIP, "5.000"),
]
TEAM = [("Trần Văn Hùng", "Giám đốc"), ("Lê Thị Mai", "Quản đốc xưởng")]
STEPS = [
    ("Cưa xẻ, pha phôi", "Cưa vòng, cưa đĩa"),
    ("Sấy gỗ", "Lò sấy hơi nước"),
    ("Gia công định hình", "Máy bào, phay, chà nhám"),
    ("Sơn hoàn thiện", "Súng phun sơn, buồng sơn màng nước"),
]
# Per step: inputs (name, quantity) picked from the baseline lines, then outputs (name, kind, quantity, unit).
INPUTS: list[list[tuple[str, str]]] = [
    [("Gỗ keo xẻ sấy", "1.150"), ("Điện lưới", "120.000"), ("Nước giếng khoan", "200")],
    [("Củi và phế liệu gỗ lò sấy", "240"), ("Điện lưới", "60.000"), ("Nước giếng khoan", "1.400")],
    [("Keo dán gỗ", "6"), ("Điện lưới", "160.000"), ("Nước giếng khoan", "300")],
    [
        ("Sơn PU và dung môi", "18"),
        ("Điện lưới", "80.000"),
        ("Nước giếng khoan", "1.700"),
        ("Keo dán gỗ", "0,5"),
        ("Gỗ keo xẻ sấy", "0,5"),
        ("Củi và phế liệu gỗ lò sấy", "0,5"),
    ],
]
PRODUCT, BY_PRODUCT, SOLID, WATER, AIR = "Sản phẩm", "Phụ phẩm", "Chất thải rắn", "Nước thải", "Khí thải"
OUTPUTS: list[list[tuple[str, str, str, str | None]]] = [
    [
        ("Phôi gỗ", PRODUCT, "820", None),
        ("Mạt cưa", SOLID, "180", None),
        ("Gỗ vụn, đầu mẩu", BY_PRODUCT, "150", None),
        ("Bụi gỗ", AIR, "0,5", None),
        ("Nước rửa sàn", WATER, "200", None),
    ],
    [
        ("Phôi gỗ đã sấy", PRODUCT, "700", None),
        ("Hơi nước", AIR, "120", None),
        ("Tro lò sấy", SOLID, "12", None),
        ("Khí thải lò sấy", AIR, "230", None),
        ("Nước xả lò", WATER, "1.400", None),
    ],
    [
        ("Chi tiết gỗ", PRODUCT, "560", None),
        ("Dăm bào", BY_PRODUCT, "90", None),
        ("Bụi chà nhám", SOLID, "45", None),
        ("Nước làm mát", WATER, "300", None),
    ],
    [
        ("Bàn ghế thành phẩm", PRODUCT, "570", None),
        ("Sơn thất thoát", SOLID, "6", None),
        ("Dung môi bay hơi", AIR, "5", None),
        ("Nước thải buồng sơn", WATER, "1.700", None),
        ("Thùng sơn rỗng", SOLID, "1", None),
    ],
]
# Waste streams come from these outputs: (step number, output name, cause, cause category).
STREAMS = [
    (1, "Mạt cưa", "Lưỡi cưa mòn, mạch cưa rộng: thợ không mài định kỳ", "Nhân lực"),
    (1, "Gỗ vụn, đầu mẩu", "Pha phôi không theo sơ đồ tối ưu", "Kiểm soát"),
    (3, "Bụi chà nhám", "Hút bụi chạy cả khi máy dừng", "Thiết bị"),
    (4, "Sơn thất thoát", "Súng phun thường, áp cao, bám dính thấp", "Thiết bị"),
    (4, "Nước thải buồng sơn", "Màng nước thay toàn bộ mỗi tuần", "Kiểm soát"),
]
# Options from the catalogue: (stream number, option title start, investment, other savings/year)
OPTIONS = [
    (1, "Mài, bảo dưỡng lưỡi cưa", "15.000.000", "60.000.000"),
    (2, "Tối ưu sơ đồ pha phôi", "0", "120.000.000"),
    (3, "Hệ thống hút bụi tập trung", "180.000.000", "90.000.000"),
    (4, "Dùng súng phun sơn HVLP", "60.000.000", "250.000.000"),
    (4, "Thu hồi sơn", "40.000.000", "80.000.000"),
    (5, "Tuần hoàn nước màng sơn", "35.000.000", "30.000.000"),
]
PHOTOS = 3


# --- the keyboard --------------------------------------------------------------------------------


class Keyboard:
    def __init__(self, verbose: bool) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance()
        self.actions = 0
        self.verbose = verbose
        self.where = "start"
        self.window: Any = None  # the window that has the focus when a dialog closes

    def settle(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEventLoop

        for _ in range(3):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def focus(self) -> Any:
        from PySide6.QtWidgets import QApplication

        widget = QApplication.focusWidget()
        if widget is None or not widget.isVisible():
            # Offscreen, closing a dialog does not hand the focus back to the window below as a
            # desktop does: give it back as the window manager would.
            shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
            if shown:
                window = shown[-1] if self.window is None else self.window
                window.activateWindow()
                if window.windowHandle() is not None:
                    window.windowHandle().requestActivate()
                QApplication.processEvents()
                widget = window.focusWidget() or window
                widget.setFocus()
        if widget is None:
            raise Stuck(f"{self.where}: no widget has the focus")
        return widget

    def count(self, what: str) -> None:
        self.actions += 1
        if self.verbose:
            print(f"{self.actions:4d} {self.where}: {what}")

    def key(self, key: Any, modifiers: Any = None, name: str = "") -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(self.focus(), key, modifiers or Qt.KeyboardModifier.NoModifier)
        self.count(name or str(key))
        if self.verbose:
            print(f"      focus: {type(self.focus()).__name__} {self.focus().objectName()}")
        self.settle()

    def type(self, text: str) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        for character in text:  # as a keyboard with Vietnamese input (Telex, VNI) sends them
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                key = Qt.Key(ord(character.upper())) if character.isascii() and character.isalnum() else 0
                event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character)
                QApplication.sendEvent(self.focus(), event)
            QApplication.processEvents()
        self.count(f"type {text!r}")
        self.settle()

    def tab(self) -> None:
        from PySide6.QtCore import Qt

        self.key(Qt.Key.Key_Tab, name="Tab")

    def enter(self) -> None:
        from PySide6.QtCore import Qt

        self.key(Qt.Key.Key_Return, name="Enter")

    def tab_to(self, target: Any, most: int = 40) -> None:
        """Tab until ``target`` (or a widget inside it) has the focus; a target on a tab page not
        shown is reached through the tab bar and the arrow keys."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QTabWidget

        parent = target.parentWidget()
        while parent is not None:
            tabs = parent.parentWidget().parentWidget() if parent.parentWidget() is not None else None
            if isinstance(tabs, QTabWidget) and tabs.indexOf(parent) >= 0:
                wanted = tabs.indexOf(parent)
                if tabs.currentIndex() != wanted:
                    self.tab_to(tabs.tabBar(), most)
                    while tabs.currentIndex() != wanted:
                        right = tabs.currentIndex() < wanted
                        self.key(Qt.Key.Key_Right if right else Qt.Key.Key_Left, name="arrow")
                break
            parent = parent.parentWidget()
        for _ in range(most):
            widget = self.focus()
            if widget is target or target.isAncestorOf(widget):
                return
            self.tab()
        raise Stuck(f"{self.where}: Tab does not reach {type(target).__name__} {target.objectName()!r}")

    def reach(self, target: Any, areas: bool) -> None:
        """Move the focus to ``target``: with ``areas``, F6 (the next table or area of the page)
        as long as it brings the focus nearer, then Tab."""
        from PySide6.QtCore import Qt

        if areas:
            seen: list[Any] = []
            while not (self.focus() is target or target.isAncestorOf(self.focus())):
                self.key(Qt.Key.Key_F6, name="F6")
                if self.focus() in seen:
                    break
                seen.append(self.focus())
        self.tab_to(target)

    def answer(self, what: str) -> None:
        """A question answered or a file chosen in a dialog: one key or one typed field."""
        self.count(what)


# --- the walk ------------------------------------------------------------------------------------


def valid_tax_code() -> str:
    from sxsh_desktop.domain.taxcode import check_digit

    for sequence in range(4_321_000, 4_322_000):
        first = f"30{sequence:07d}"
        digit = check_digit(first)
        if digit is not None:
            return f"{first}{digit}"
    raise AssertionError("no tax code")


def make_photos(folder: Path) -> list[Path]:
    from PySide6.QtGui import QColor, QImage

    paths = []
    for number in range(PHOTOS):
        image = QImage(640, 480, QImage.Format.Format_RGB32)
        image.fill(QColor(120 + 40 * number, 90, 60))
        path = folder / f"anh-{number + 1}.jpg"
        image.save(str(path))
        paths.append(path)
    return paths


class Walk:
    def __init__(self, kb: Keyboard, old_keys: bool, photos: list[Path]) -> None:
        self.kb = kb
        self.old_keys = old_keys
        self.photos = photos

    # rows of a table, from the keyboard
    def rows(self, table: Any, rows: Sequence[Sequence[str | None]]) -> None:
        """Enter ``rows`` into ``table`` (focus already inside it), each cell typed or SKIPped."""
        from PySide6.QtCore import Qt

        kb = self.kb
        before = table.model.rowCount()
        if not self.old_keys:
            kb.key(Qt.Key.Key_Insert, name="Insert")
        for number, row in enumerate(rows):
            if self.old_keys:
                kb.key(Qt.Key.Key_Insert, name="Insert")
            cells = list(row)
            while cells and cells[-1] is SKIP:
                cells.pop()
            for position, cell in enumerate(cells):
                if not table.isAncestorOf(kb.focus()):
                    raise Stuck(f"{kb.where}: the focus left the table ({type(kb.focus()).__name__})")
                if cell is not SKIP:
                    kb.type(cell)
                if position < len(cells) - 1:
                    kb.tab()
            last = number == len(rows) - 1
            kb.enter()
            if last and not self.old_keys:
                kb.key(Qt.Key.Key_Escape, name="Esc")  # the new empty row is dropped
        if table.model.rowCount() != before + len(rows):
            raise Stuck(f"{kb.where}: {table.model.rowCount() - before} rows entered, not {len(rows)}")

    def run(self, window: Any) -> Any:
        from PySide6.QtCore import Qt

        kb = self.kb
        kb.where = "registry"
        kb.window = window
        kb.key(
            Qt.Key.Key_N,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            "Ctrl+Shift+N",
        )
        dialog = window.dialog
        ui = dialog.ui
        kb.where = "enterprise dialog"
        kb.tab_to(ui.nameEdit)
        kb.type(ENTERPRISE["name"])
        kb.tab_to(ui.taxCodeEdit)
        kb.type(ENTERPRISE["tax_code"])
        kb.tab_to(ui.communeCombo)
        kb.type(ENTERPRISE["commune"])
        kb.tab_to(ui.sectorCombo)
        kb.type(ENTERPRISE["sector"])
        kb.tab_to(ui.employeesSpin)
        kb.type(ENTERPRISE["employees"])
        kb.enter()
        if dialog.isVisible():
            raise Stuck("enterprise dialog: Enter did not save it")
        kb.where = "registry"
        kb.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, "Ctrl+N")
        workflow = next(iter(window.workflow_windows.values()), None)
        if workflow is None:
            raise Stuck("registry: no assessment window")
        workflow.resize(1366, 768)
        kb.window = workflow
        kb.settle()
        pages = {type(page).__name__: page for page in workflow.pages}
        next_page = (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, "Ctrl+PgDown")

        kb.where = "enterprise page"
        kb.key(*next_page)
        general = pages["GeneralPage"]
        kb.where = "general"
        g = general.ui
        kb.tab_to(g.startDateEdit)
        kb.type(GENERAL["start"])
        kb.tab_to(g.baselineYearEdit)
        kb.type(GENERAL["baseline"])
        kb.tab_to(g.workingDaysEdit)
        kb.type(GENERAL["days"])
        kb.tab()
        kb.type(GENERAL["shifts"])
        if g.staffEdit.text().strip() != GENERAL["staff"]:
            kb.tab_to(g.staffEdit)
            kb.type(GENERAL["staff"])
        self.reach(general.products.view)
        self.rows(general.products, [(name, unit, output) for name, unit, output in PRODUCTS])
        self.reach(general.consumptions.view)
        self.rows(general.consumptions, CONSUMPTIONS)
        self.reach(general.team.view)
        self.rows(general.team, TEAM)

        kb.key(*next_page)
        process = pages["ProcessPage"]
        kb.where = "process"
        self.reach(process.steps.view)
        self.rows(process.steps, STEPS)
        for number in range(len(STEPS)):
            kb.where = f"process step {number + 1}"
            if process.steps.view.currentIndex().row() != number:
                self.reach(process.steps.view)
                target = number - process.steps.view.currentIndex().row()
                for _ in range(abs(target)):
                    kb.key(Qt.Key.Key_Down if target > 0 else Qt.Key.Key_Up, name="arrow")
            self.reach(process.inputs.view)
            self.rows(process.inputs, [(name, quantity) for name, quantity in INPUTS[number]])
            self.reach(process.outputs.view)
            self.rows(
                process.outputs,
                [(name, kind, quantity, unit) for name, kind, quantity, unit in OUTPUTS[number]],
            )

        kb.key(*next_page)
        waste = pages["WastePage"]
        kb.where = "waste"
        self.waste(waste)

        kb.key(*next_page)
        solutions = pages["SolutionsPage"]
        kb.where = "solutions"
        self.solutions(solutions)
        return workflow

    def waste(self, page: Any) -> None:

        kb = self.kb
        self.reach(page.streams.view)
        if self.old_keys:  # typed again, field by field
            rows = []
            for step, output, _cause, _category in STREAMS:
                name, kind, quantity, unit = next(o for o in OUTPUTS[step - 1] if o[0] == output)
                rows.append((f"{step}. ", name, kind, quantity, unit))
        else:  # the step, then the name of its output: the rest comes along
            rows = [(f"{step}. ", output) for step, output, _cause, _category in STREAMS]
        self.rows(page.streams, rows)
        streams = page.document.waste_streams if page.document else []
        if len(streams) != len(STREAMS):
            raise Stuck(f"waste: {len(streams)} streams, not {len(STREAMS)}")
        for number, (_step, _output, cause, category) in enumerate(STREAMS):
            kb.where = f"waste stream {number + 1}"
            self.reach(page.streams.view)
            self.go_to_row(page.streams.view, number)
            self.reach(page.causes.view)
            self.rows(page.causes, [(cause, category)])
            if number == 0:
                self.add_photo(page.photos)
        for number, (stream, title, _investment, _savings) in enumerate(OPTIONS):
            kb.where = f"option {number + 1}"
            self.reach(page.streams.view)
            self.go_to_row(page.streams.view, stream - 1)
            self.reach(page.suggestions.view)
            rows = [page.suggestions.model.row(r) for r in range(page.suggestions.model.rowCount())]
            position = next((i for i, o in enumerate(rows) if o.title_vi.startswith(title)), None)
            if position is None:
                raise Stuck(f"{kb.where}: the catalogue does not offer “{title}” here")
            self.go_to_row(page.suggestions.view, position)
            kb.enter()
        if len(page.document.solutions) != len(OPTIONS):
            raise Stuck(f"waste: {len(page.document.solutions)} solutions, not {len(OPTIONS)}")

    def reach(self, target: Any) -> None:
        self.kb.reach(target, areas=not self.old_keys)

    def add_photo(self, panel: Any) -> None:
        from PySide6.QtCore import Qt

        if self.old_keys:
            self.kb.tab_to(panel.add_button)
            self.kb.key(Qt.Key.Key_Space, name="Space")
        else:
            self.reach(panel.list)
            self.kb.key(Qt.Key.Key_Insert, name="Insert")

    def go_to_row(self, view: Any, row: int) -> None:
        from PySide6.QtCore import Qt

        current = view.currentIndex().row()
        if current < 0:
            self.kb.key(Qt.Key.Key_Home, name="Home")
            current = 0
        for _ in range(abs(row - current)):
            self.kb.key(Qt.Key.Key_Down if row > current else Qt.Key.Key_Up, name="arrow")
        if view.currentIndex().row() != row:
            raise Stuck(f"{self.kb.where}: the arrows do not reach row {row + 1}")

    def solutions(self, page: Any) -> None:
        from PySide6.QtCore import Qt

        kb = self.kb
        for number, (_stream, _title, investment, savings) in enumerate(OPTIONS):
            kb.where = f"solution {number + 1}"
            self.reach(page.solutions.view)
            self.go_to_row(page.solutions.view, number)
            column = next(i for i, c in enumerate(page.solutions.model.columns) if c.field == "investment")
            steps = column - page.solutions.view.currentIndex().column()
            for _ in range(abs(steps)):
                kb.key(Qt.Key.Key_Right if steps > 0 else Qt.Key.Key_Left, name="arrow")
            kb.type(investment)
            kb.tab()  # on to the next cell (Enter on the last row would add a solution)
            self.reach(page.ui.descriptionEdit)
            kb.tab_to(page.ui.otherSavingsEdit)
            kb.type(savings)
            if number < 2:
                self.add_photo(page.photos)


def check(store: Any, assessment_id: str) -> list[str]:
    """What came out different from what was entered."""
    document = store.load_document(assessment_id)
    problems = []
    counts = {
        "products": (len(document.products), len(PRODUCTS)),
        "consumption lines": (len(document.consumptions), len(CONSUMPTIONS)),
        "team members": (len(document.team), len(TEAM)),
        "steps": (len(document.steps), len(STEPS)),
        "inputs": (
            sum(1 for f in document.flows if f.direction == "input"),
            sum(len(i) for i in INPUTS),
        ),
        "outputs": (
            sum(1 for f in document.flows if f.direction == "output"),
            sum(len(o) for o in OUTPUTS),
        ),
        "waste streams": (len(document.waste_streams), len(STREAMS)),
        "causes": (len(document.causes), len(STREAMS)),
        "solutions": (len(document.solutions), len(OPTIONS)),
        "photos": (len(document.photos), PHOTOS),
    }
    for what, (got, wanted) in counts.items():
        if got != wanted:
            problems.append(f"{what}: {got}, not {wanted}")
    power = next((c for c in document.consumptions if c.name == "Điện lưới"), None)
    if power is None or power.unit != "kwh" or power.yearly_quantity != 420_000:
        problems.append(f"electricity line: {power}")
    for flow in document.flows:
        if flow.direction == "input" and not flow.quantity:
            problems.append(f"input {flow.name!r} without a quantity")
        if flow.direction == "input" and flow.name == "Điện lưới" and flow.unit != "kwh":
            problems.append(f"input {flow.name!r} in {flow.unit}")
    if sorted(s.investment for s in document.solutions) != sorted(
        float(o[2].replace(".", "")) for o in OPTIONS
    ):
        problems.append("solution investments differ")
    assessment = document.assessment
    if assessment.staff_count != int(GENERAL["staff"]) or assessment.working_days_per_year != 300:
        problems.append(
            f"general data: staff {assessment.staff_count}, days {assessment.working_days_per_year}"
        )
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database file (a new temporary one by default)")
    parser.add_argument("--keys", choices=("old", "new"), default="new")
    parser.add_argument("--verbose", action="store_true")
    options = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    with tempfile.TemporaryDirectory(prefix="sxsh-floor-") as temporary:
        folder = Path(temporary)
        os.environ["SXSH_DATA_DIR"] = str(folder / "data")
        db = options.db or folder / "floor.sqlite3"
        if db.exists():
            raise SystemExit(f"{db} exists: the walk starts from an empty database")
        from PySide6.QtWidgets import QApplication

        from sxsh_desktop.ui import application
        from sxsh_desktop.ui.dialogs import install_dialogs

        application.create_application(["floor-walk"])
        ENTERPRISE["tax_code"] = valid_tax_code()
        kb = Keyboard(options.verbose)
        photos = make_photos(folder)
        answers = Answers(kb, photos)
        install_dialogs(answers)
        window = application.start(["floor-walk", "--db", str(db)])
        assert window is not None
        window.resize(1366, 768)
        window.activateWindow()
        kb.settle()
        walk = Walk(kb, options.keys == "old", photos)
        outcome = 0
        workflow = None
        try:
            workflow = walk.run(window)
        except Stuck as stuck:
            print(f"stuck: {stuck}")
            outcome = 1
        else:
            problems = check(window.session.store, workflow.assessment_id)
            for problem in problems:
                print(f"wrong: {problem}")
            outcome = 1 if problems else 0
        for opened in list(window.workflow_windows.values()):
            opened.close()
        window.close()
        if window.session is not None:
            window.session.close()
        QApplication.processEvents()
        print(f"actions {kb.actions}")
        return outcome


class Answers:
    """The dialogs of the walk, answered as a user would (each answer counted)."""

    def __new__(cls, kb: Keyboard, photos: list[Path]) -> Any:
        from sxsh_desktop.ui.dialogs import ScriptedDialogs

        class _Answers(ScriptedDialogs):
            def __init__(self) -> None:
                super().__init__()
                self.photos = list(photos)

            def confirm(self, parent: Any, title: str, text: str) -> bool:
                kb.answer(f"answer {title!r}")
                return "demo" not in text.lower() and "mẫu" not in text.lower()

            def text(self, parent: Any, title: str, label: str, *, password: bool = False) -> str | None:
                kb.answer(f"type in {title!r}")
                return CONSULTANTS

            def open_files(self, parent: Any, title: str, file_filter: str) -> list[Path]:
                kb.answer("choose a photo")
                return [self.photos.pop(0)] if self.photos else []

            def inform(self, parent: Any, title: str, text: str) -> None:
                kb.answer(f"close {title!r}")

            def warn(self, parent: Any, title: str, text: str) -> None:
                kb.answer(f"close warning {title!r}: {text}")

        return _Answers()


if __name__ == "__main__":
    sys.exit(main())
