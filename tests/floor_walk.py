"""A rapid assessment of a wood-processing plant entered in the window from the keyboard alone,
counting the actions it takes.

    python tests/floor_walk.py [--db FILE] [--verbose]

The window runs offscreen. From an empty database it registers the enterprise, starts the
assessment and enters it whole: general data and baseline (1 product, 6 consumption lines, 2 team
members), 4 process steps with 15 inputs and 19 outputs, 5 waste streams with their causes, 6
options from the catalogue with their figures, and 3 photos. Every action is a key press sent to the
widget that has the focus: a click, a non-text key (Tab, Enter, an arrow, a shortcut) or typing one
field's text counts one. The focus is only ever moved by keys (Tab, shortcuts); a widget that Tab
cannot reach stops the walk ("stuck"). A file chosen in a file dialog counts as one typed field;
answering a question counts one key.

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
    def __init__(self, kb: Keyboard, photos: list[Path]) -> None:
        self.kb = kb
        self.photos = photos

    def rows(self, table: Any, rows: Sequence[Sequence[str | None]], *, close: bool = False) -> None:
        """Enter ``rows`` into ``table`` (the focus in it): Insert, then each row's cells typed (or
        SKIPped) with Tab between them and Enter at the end, which goes on to a new row. The last
        row stays open: the next F6 (or page) saves it; ``close``: Enter and Esc end it instead."""
        from PySide6.QtCore import Qt

        kb = self.kb
        before = table.model.rowCount()
        kb.key(Qt.Key.Key_Insert, name="Insert")
        for number, row in enumerate(rows):
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
            if number < len(rows) - 1:
                kb.enter()
        if close:
            kb.enter()
            kb.key(Qt.Key.Key_Escape, name="Esc")  # the new empty row is dropped
        if table.model.rowCount() != before + len(rows):
            raise Stuck(f"{kb.where}: {table.model.rowCount() - before} rows entered, not {len(rows)}")

    def reach(self, target: Any, page: Any) -> None:
        """F6 or Shift+F6 (whichever is fewer) to the page's area ``target``, then Tab if need be."""
        from PySide6.QtCore import Qt

        kb = self.kb
        areas = [w for w in page._areas if w.isEnabled()]
        focus = kb.focus()
        here = next((i for i, w in enumerate(areas) if w is focus or w.isAncestorOf(focus)), None)
        if target in areas and here is not None:
            ahead = (areas.index(target) - here) % len(areas)
            back = len(areas) - ahead
            for _ in range(min(ahead, back)):
                if ahead <= back:
                    kb.key(Qt.Key.Key_F6, name="F6")
                else:
                    kb.key(Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier, name="Shift+F6")
        kb.reach(target, areas=True)

    def add_photo(self, page: Any) -> None:
        from PySide6.QtCore import Qt

        self.reach(page.photos.list, page)
        self.kb.key(Qt.Key.Key_Insert, name="Insert")

    def go_to_row(self, view: Any, row: int) -> None:
        from PySide6.QtCore import Qt

        current = view.currentIndex().row()
        if current < 0 or (row == 0 and current > 1):
            self.kb.key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier, name="Ctrl+Home")
            current = view.currentIndex().row()
        for _ in range(abs(row - current)):
            self.kb.key(Qt.Key.Key_Down if row > current else Qt.Key.Key_Up, name="arrow")
        if view.currentIndex().row() != row:
            raise Stuck(f"{self.kb.where}: the arrows do not reach row {row + 1}")

    def run(self, window: Any) -> Any:
        from PySide6.QtCore import Qt

        kb = self.kb
        kb.where = "registry"
        kb.window = window
        shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        kb.key(Qt.Key.Key_N, shift_ctrl, "Ctrl+Shift+N")
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
        # The start date (today) and the baseline year (the year before) are right as they come.
        kb.tab_to(g.workingDaysEdit)
        kb.type(GENERAL["days"])
        kb.tab()
        kb.type(GENERAL["shifts"])
        if g.staffEdit.text().strip() != GENERAL["staff"]:
            kb.tab_to(g.staffEdit)
            kb.type(GENERAL["staff"])
        self.reach(general.products.view, general)
        self.rows(general.products, [(name, unit, output) for name, unit, output in PRODUCTS])
        self.reach(general.consumptions.view, general)
        self.rows(general.consumptions, CONSUMPTIONS)
        self.reach(general.team.view, general)
        self.rows(general.team, TEAM)

        kb.key(*next_page)
        process = pages["ProcessPage"]
        kb.where = "process"
        self.reach(process.steps.view, process)
        self.rows(process.steps, STEPS, close=True)
        self.go_to_row(process.steps.view, 0)
        for number in range(len(STEPS)):
            kb.where = f"process step {number + 1}"
            if number > 0:
                kb.key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier, name="Alt+PgDown")
            if process.current_step() is None or process.current_step().name != STEPS[number][0]:
                raise Stuck(f"{kb.where}: not on the step")
            self.reach(process.inputs.view, process)
            self.rows(process.inputs, [(name, quantity) for name, quantity in INPUTS[number]])
            self.reach(process.outputs.view, process)
            rows = []
            for position, (name, kind, quantity, _unit) in enumerate(OUTPUTS[number]):
                usual = PRODUCT if position == 0 else SOLID  # what a new output starts as
                rows.append((name, quantity, SKIP if kind == usual else kind))
            self.rows(process.outputs, rows)

        kb.key(*next_page)
        waste = pages["WastePage"]
        kb.where = "waste"
        self.waste(waste)

        kb.key(*next_page)
        solutions = pages["SolutionsPage"]
        kb.where = "solutions"
        self.solutions(solutions)
        kb.key(*next_page)  # the last entry saved as the page is left
        return workflow

    def waste(self, page: Any) -> None:

        kb = self.kb
        self.reach(page.streams.view, page)
        # The step, then the name of its waste output: kind, quantity and unit come along.
        self.rows(
            page.streams, [(f"{step}. ", output) for step, output, _cause, _category in STREAMS], close=True
        )
        streams = page.document.waste_streams if page.document else []
        if len(streams) != len(STREAMS):
            raise Stuck(f"waste: {len(streams)} streams, not {len(STREAMS)}")
        for number, (_step, _output, cause, category) in enumerate(STREAMS):
            kb.where = f"waste stream {number + 1}"
            self.reach(page.streams.view, page)
            self.go_to_row(page.streams.view, number)
            self.reach(page.causes.view, page)
            self.rows(page.causes, [(cause, category)])
            for option, (stream, title, _investment, _savings) in enumerate(OPTIONS):
                if stream != number + 1:
                    continue
                kb.where = f"option {option + 1}"
                self.reach(page.suggestions.view, page)
                rows = [page.suggestions.model.row(r) for r in range(page.suggestions.model.rowCount())]
                position = next((i for i, o in enumerate(rows) if o.title_vi.startswith(title)), None)
                if position is None:
                    raise Stuck(f"{kb.where}: the catalogue does not offer “{title}” here")
                self.go_to_row(page.suggestions.view, position)
                kb.enter()
            if number == 0:
                self.add_photo(page)
        if len(page.document.solutions) != len(OPTIONS):
            raise Stuck(f"waste: {len(page.document.solutions)} solutions, not {len(OPTIONS)}")

    def solutions(self, page: Any) -> None:
        from PySide6.QtCore import Qt

        kb = self.kb
        kb.where = "solutions"
        self.reach(page.solutions.view, page)
        self.go_to_row(page.solutions.view, 0)
        column = next(i for i, c in enumerate(page.solutions.model.columns) if c.field == "investment")
        steps = column - page.solutions.view.currentIndex().column()
        for _ in range(abs(steps)):
            kb.key(Qt.Key.Key_Right if steps > 0 else Qt.Key.Key_Left, name="arrow")
        # Investment, Tab, other savings, Enter: the next solution's investment (as in a spreadsheet).
        rows = [(investment, savings) for _stream, _title, investment, savings in OPTIONS]
        for number, (investment, savings) in enumerate(rows):
            kb.where = f"solution {number + 1}"
            kb.type(investment)
            kb.tab()
            kb.type(savings)
            if number < len(rows) - 1:
                kb.enter()
        kb.where = "solutions"
        for _ in range(PHOTOS - 1):  # photos of the first solutions
            self.add_photo(page)


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
        problems.append(
            "solution investments differ: "
            + str([(s.title[:20], s.investment, s.other_savings) for s in document.solutions])
        )
    assessment = document.assessment
    if assessment.staff_count != int(GENERAL["staff"]) or assessment.working_days_per_year != 300:
        problems.append(
            f"general data: staff {assessment.staff_count}, days {assessment.working_days_per_year}"
        )
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database file (a new temporary one by default)")
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
        walk = Walk(kb, photos)
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
                kb.answer(f"type in {title!r}: {label}")
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
