"""The workflow pages in the workflow window, and helpers that type into them as a user does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

import shiboken6
from PySide6.QtWidgets import QLineEdit, QWidget

from sxsh_desktop.domain.model import Assessment, AssessmentDocument, Enterprise
from sxsh_desktop.store.repository import Store
from sxsh_desktop.ui.i18n import current_language, install_language
from sxsh_desktop.ui.pages.base import AssessmentPage
from sxsh_desktop.ui.pages.record_table import RecordTable
from sxsh_desktop.ui.workbench.context import WorkbenchContext
from sxsh_desktop.ui.workbench.editing import RecordEditor
from sxsh_desktop.ui.workbench.window import WorkflowWindow


@dataclass
class Workbench:
    store: Store
    context: WorkbenchContext
    assessment_id: str
    window: WorkflowWindow

    @property
    def pages(self) -> list[AssessmentPage]:
        """The pages of the steps after the enterprise, in order."""
        return [page for page in self.window.pages if isinstance(page, AssessmentPage)]

    def reload(self) -> AssessmentDocument:
        """Show what was written to the store behind the window's back."""
        self.window.reload()
        return self.window.document

    def document(self) -> AssessmentDocument:
        return self.store.load_document(self.assessment_id)

    def page(self, cls: type) -> AssessmentPage:
        return next(p for p in self.pages if isinstance(p, cls))

    def show(self, cls: type) -> AssessmentPage:
        page = self.page(cls)
        self.window.go_to_step(self.window.pages.index(page))
        settle()
        return page


def new_assessment(store: Store, sector_code: str = "10204") -> str:
    enterprise = store.insert(
        Enterprise(name="Công ty TNHH Nước mắm Thạch Kim", sector_code=sector_code, commune="Xã Thạch Kim")
    )
    assessment = store.insert(
        Assessment(enterprise_id=enterprise.id, title="Đánh giá nhanh SXSH 2025", start_date=date(2025, 3, 3))
    )
    return assessment.id


@contextmanager
def open_workbench(store: Store, language: str = "vi", ui_language: str = "en") -> Iterator[Workbench]:
    """A new assessment open in the workflow window at 1366×768. Numbers are typed the
    ``language`` way; the window speaks ``ui_language`` (English by default, so that tests read
    the source strings)."""
    previous_language = current_language()
    install_language(ui_language)
    editor = RecordEditor(store)
    context = WorkbenchContext(store=store, reference=store.reference(), editor=editor, language=language)
    assessment_id = new_assessment(store)
    window = WorkflowWindow(context, assessment_id)
    window.resize(1366, 768)
    window.show()
    bench = Workbench(store, context, assessment_id, window)
    try:
        yield bench
    finally:
        if shiboken6.isValid(window):  # closed windows delete themselves
            window.close()
        settle()
        install_language(previous_language)


def fill_fish_sauce_assessment(store: Store, assessment_id: str) -> None:
    """A realistic fish-sauce assessment written straight to the store (screenshots, large views)."""
    from sxsh_desktop.domain import model as m

    a = assessment_id
    store.update(
        m.Assessment,
        a,
        baseline_year=2024,
        working_days_per_year=300,
        shifts_per_day=2,
        staff_count=45,
        consultants="Nguyễn Văn An, Lê Thị Hoa",
        end_date=date(2025, 3, 5),
    )
    for n, (name, job, role) in enumerate(
        [
            ("Phạm Quốc Đạt", "Giám đốc", "Trưởng nhóm SXSH"),
            ("Trần Thị Bình", "Quản đốc phân xưởng", "Thành viên"),
            ("Hoàng Văn Lực", "Thợ điện", "Theo dõi điện năng"),
        ]
    ):
        store.insert(m.TeamMember(assessment_id=a, position=n, name=name, job_title=job, role=role))
    store.insert(
        m.Product(assessment_id=a, name="Nước mắm 30 độ đạm", unit="m3", yearly_output=450, is_main=True)
    )
    lines = [
        ("raw_material", "Cá cơm tươi", "", 1350, "t", 9_000_000),
        ("raw_material", "Muối hạt", "", 450, "t", 2_200_000),
        ("electricity", "Điện lưới", "", 86_000, "kwh", 2_100),
        ("fuel", "Củi đốt nồi nấu", "wood", 60, "t", 1_300_000),
        ("water", "Nước giếng khoan", "", 5_400, "m3", 6_000),
    ]
    consumption = {}
    for n, (kind, name, fuel, qty, unit, price) in enumerate(lines):
        line = store.insert(
            m.Consumption(
                assessment_id=a,
                position=n,
                kind=kind,
                name=name,
                fuel_code=fuel,
                yearly_quantity=qty,
                unit=unit,
                unit_price=price,
            )
        )
        consumption[name] = line
    steps = {}
    for n, (name, equipment) in enumerate(
        [
            ("Tiếp nhận, rửa cá", "Bể rửa, băng tải"),
            ("Ướp muối, chượp", "Thùng chượp gỗ"),
            ("Kéo rút, lọc", "Bơm, túi lọc"),
            ("Đóng chai", "Máy chiết rót"),
        ]
    ):
        steps[name] = store.insert(m.ProcessStep(assessment_id=a, position=n, name=name, equipment=equipment))
    flows = [
        ("Tiếp nhận, rửa cá", "input", "material", "Cá cơm tươi", 1350, "t"),
        ("Tiếp nhận, rửa cá", "input", "water", "Nước rửa", 3200, "m3"),
        ("Tiếp nhận, rửa cá", "output", "wastewater", "Nước thải rửa cá", 3100, "m3"),
        ("Tiếp nhận, rửa cá", "output", "solid_waste", "Cá vụn, tạp chất", 40, "t"),
        ("Ướp muối, chượp", "input", "material", "Muối hạt", 450, "t"),
        ("Ướp muối, chượp", "output", "air_emission", "Mùi hôi", None, "t"),
        ("Kéo rút, lọc", "input", "energy", "Điện bơm", 30_000, "kwh"),
        ("Kéo rút, lọc", "output", "by_product", "Bã chượp", 300, "t"),
        ("Đóng chai", "input", "energy", "Điện chiết rót", 20_000, "kwh"),
        ("Đóng chai", "output", "product", "Nước mắm thành phẩm", 450, "m3"),
    ]
    for n, (step, direction, kind, name, qty, unit) in enumerate(flows):
        store.insert(
            m.StepFlow(
                step_id=steps[step].id,
                position=n,
                direction=direction,
                kind=kind,
                name=name,
                quantity=qty,
                unit=unit,
            )
        )
    streams = {}
    for n, (step, name, kind, qty, unit, lost, treat, focus) in enumerate(
        [
            ("Tiếp nhận, rửa cá", "Nước thải rửa cá", "wastewater", 3100, "m3", 8_000_000, 24_000_000, True),
            ("Tiếp nhận, rửa cá", "Cá vụn rơi vãi", "solid_waste", 40, "t", 90_000_000, 3_000_000, True),
            ("Kéo rút, lọc", "Rò rỉ nước mắm ở van", "wastewater", 2, "m3", 60_000_000, None, False),
        ]
    ):
        streams[name] = store.insert(
            m.WasteStream(
                assessment_id=a,
                step_id=steps[step].id,
                position=n,
                name=name,
                kind=kind,
                quantity=qty,
                unit=unit,
                lost_material_cost=lost,
                treatment_cost=treat,
                is_focus=focus,
            )
        )
    causes = [
        ("Nước thải rửa cá", "Rửa bằng vòi hở, không có van khóa", "EQP"),
        ("Nước thải rửa cá", "Công nhân chưa được hướng dẫn tiết kiệm nước", "HR"),
        ("Cá vụn rơi vãi", "Băng tải không có máng hứng", "EQP"),
        ("Rò rỉ nước mắm ở van", "Van cũ, gioăng hỏng", "EQP"),
    ]
    for n, (stream, text, category) in enumerate(causes):
        store.insert(
            m.Cause(waste_stream_id=streams[stream].id, position=n, description=text, category=category)
        )
    solutions = [
        (
            "Lắp vòi phun có van tự đóng",
            "EM",
            "low",
            12_000_000,
            "implement_now",
            "Nước thải rửa cá",
            [("Nước giếng khoan", 1200)],
        ),
        (
            "Lắp máng hứng cá vụn dưới băng tải",
            "GH",
            "no_cost",
            3_000_000,
            "implement_now",
            "Cá vụn rơi vãi",
            [("Cá cơm tươi", 15)],
        ),
        (
            "Thay van và gioăng inox",
            "EM",
            "medium",
            45_000_000,
            "study_further",
            "Rò rỉ nước mắm ở van",
            [("Điện lưới", 4000)],
        ),
    ]
    for n, (title, tech, cost, invest, decision, stream, savings) in enumerate(solutions):
        s = store.insert(
            m.Solution(
                assessment_id=a,
                position=n,
                title=title,
                technique=tech,
                cost_class=cost,
                investment=invest,
                decision=decision,
                waste_stream_id=streams[stream].id,
                step_id=streams[stream].step_id,
                responsible="Trần Thị Bình" if decision == "implement_now" else "",
            )
        )
        for line, qty in savings:
            store.insert(
                m.SolutionSaving(solution_id=s.id, consumption_id=consumption[line].id, quantity=qty)
            )


# --- driving tables and fields as a user does -------------------------------------------------


def _column(table: RecordTable, field: str) -> int:
    return next(n for n, c in enumerate(table.model.columns) if c.field == field)


def _open_editor(table: RecordTable, row: int, field: str) -> QWidget | None:
    index = table.model.index(row, _column(table, field))
    editor = table.view.indexWidget(index)
    if editor is None:  # a new row opens its first cell for editing by itself
        table.view.commit_open_editor()
        table.view.setCurrentIndex(index)
        table.view.edit(index)
        editor = table.view.indexWidget(index)
    return editor


def type_cell(table: RecordTable, row: int, field: str, text: str) -> None:
    """Open the cell's editor, type ``text`` and leave the cell (Esc-free: the text is saved), as a
    user does; Enter, which also moves on to the next row, is tested on its own."""
    editor = _open_editor(table, row, field)
    assert isinstance(editor, QLineEdit), f"no line editor on {field}"
    editor.selectAll()
    editor.insert(text)  # QTest.keyClicks knows only ASCII; Vietnamese is typed through an input method
    table.view.commit_open_editor()
    settle()  # the delegate commits on the next turn of the event loop, then the pages reload


def choose_cell(table: RecordTable, row: int, field: str, code: str) -> None:
    """Open the cell's combo box and pick the entry whose code is ``code``."""
    from PySide6.QtWidgets import QComboBox

    editor = _open_editor(table, row, field)
    assert isinstance(editor, QComboBox), f"no combo box on {field}"
    position = editor.findData(code)
    assert position >= 0, f"{code!r} is not offered for {field}"
    editor.setCurrentIndex(position)
    table.view.commit_open_editor()
    settle()


def tick_cell(table: RecordTable, row: int, field: str, checked: bool = True) -> None:
    from PySide6.QtCore import Qt

    index = table.model.index(row, _column(table, field))
    table.model.setData(
        index, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    settle()


def shown(table: RecordTable, row: int, header: str) -> str:
    column = next(n for n, c in enumerate(table.model.columns) if c.header_text() == header)
    return table.model.index(row, column).data()


def type_field(widget: QLineEdit, text: str) -> None:
    """Type into a form field and leave it with Tab."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    widget.setFocus()
    widget.selectAll()
    widget.insert(text)
    QTest.keyClick(widget, Qt.Key.Key_Tab)
    widget.editingFinished.emit()  # offscreen windows may not move focus on Tab
    settle()


def settle() -> None:
    """Let queued work run: the delegate's commit, then the reload of the pages."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(3):
        QCoreApplication.processEvents()


class ModelWatch:
    """Qt's QAbstractItemModelTester on models, its complaints collected (it reports by qWarning)."""

    def __init__(self) -> None:
        self.testers: list[object] = []
        self.failures: list[str] = []
        self._previous = None

    def __enter__(self) -> ModelWatch:
        from PySide6.QtCore import qInstallMessageHandler

        def handler(mode, context, message):
            if context.category == "qt.modeltest":
                self.failures.append(message)
            elif self._previous is not None:
                self._previous(mode, context, message)

        self._previous = qInstallMessageHandler(handler)
        return self

    def __exit__(self, *exc: object) -> None:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(self._previous)

    def watch(self, model: object) -> None:
        from PySide6.QtTest import QAbstractItemModelTester

        self.testers.append(
            QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
        )
