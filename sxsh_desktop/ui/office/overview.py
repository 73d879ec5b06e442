"""The office overview, opened every morning: the plan's indicators against their targets with a
trend over the years, breakdowns by commune, sector, legal form and size, and the work waiting
(assessments to review, package conflicts, follow-ups due). Every number opens the list of the
facilities behind it.

The figures come from the office services (``overview_data``), computed in a worker thread: the
window stays responsive while a large registry is counted.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sxsh_desktop.domain import numbers
from sxsh_desktop.domain.dates import format_date
from sxsh_desktop.domain.text import escape_html
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.reports.charts import horizontal_bars, trend_lines
from sxsh_desktop.ui.i18n import current_language
from sxsh_desktop.ui.office.chart_view import ChartView
from sxsh_desktop.ui.office.overview_data import (
    DIMENSIONS,
    BreakdownRow,
    Card,
    Overview,
    TrendPoint,
    WorkRow,
    load_breakdown,
    load_members,
    load_overview,
    load_trend,
)
from sxsh_desktop.ui.office.texts import (
    ListModel,
    label,
    legal_form_labels,
    review_state_labels,
    size_labels,
    unit_label,
)
from sxsh_desktop.ui.packages.table_model import Column, size_columns
from sxsh_desktop.ui.problems import problem_text
from sxsh_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from sxsh_desktop.calc.indicators import IndicatorResult as Figure
    from sxsh_desktop.services.indicator_members import IndicatorMember
    from sxsh_desktop.store.repository import Store

CARD_COLUMNS = 3
BREAKDOWN_TAB = 2
SOURCE_SHOWN = 48  # characters of an official count's source on a card (all of it in the tooltip)
SIDE_WIDTH = 250
FIRST_PERIOD = 2011  # the province's first CP plan (Decision 3210/QĐ-UBND, 2011)
TREND_SIZE = (300.0, 110.0)  # points: the trend chart of a card
BREAKDOWN_WIDTH = 420.0
BREAKDOWN_BARS = 25  # the largest groups drawn; the table lists them all

LOW_COVERAGE = 0.7  # a rate whose status is known for less of its registry is marked


def plan_year_of(day: date) -> int:
    """The plan year ``day`` falls in (the year N runs from 15/12 of N-1 to 14/12 of N)."""
    from sxsh_desktop.domain.office import PLAN_YEAR_START

    return day.year + 1 if (day.month, day.day) >= PLAN_YEAR_START else day.year


def figure_name(figure: Figure, language: str) -> str:
    return (figure.name_en if language == "en" else figure.name_vi) or figure.name_vi or figure.code


def value_text(figure: Figure, value: float | None, language: str) -> str:
    if value is None:
        return "—"
    if figure.kind == "rate":
        return numbers.percent(value, language, 1)
    decimals = 0 if float(value).is_integer() or abs(value) >= 100 else 1
    return f"{numbers.number(value, language, decimals)} {unit_label(figure.unit)}".strip()


def count_text(value: float | None, language: str) -> str:
    if value is None:
        return "—"
    return numbers.number(value, language, 0 if float(value).is_integer() else 1)


class IndicatorCard(QFrame):
    """One indicator: its value against the target, numerator / denominator (each a link to the
    facilities it counts), coverage and as-of date, the official-denominator variant, the trend."""

    members_wanted = Signal(str, str)  # indicator id, "numerator" or "denominator"

    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setObjectName(f"card_{card.figure.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "IndicatorCard { background: white; border: 1px solid #c9d3cd; border-radius: 4px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(3)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.value = QLabel()
        self.value.setTextFormat(Qt.TextFormat.RichText)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        self.counts.linkActivated.connect(self._link)
        self.official = QLabel()
        self.official.setWordWrap(True)
        self.chart = ChartView()
        for widget in (self.title, self.value, self.counts, self.official):
            layout.addWidget(widget)
        layout.addWidget(self.chart, 1)
        self.retranslate()

    def _link(self, part: str) -> None:
        self.members_wanted.emit(self.card.figure.code, part)

    def retranslate(self) -> None:
        language = current_language()
        figure = self.card.figure
        self.title.setText(
            f"<b>{escape_html(figure.code)}</b> · {escape_html(figure_name(figure, language))}"
        )
        value = value_text(figure, figure.value, language)
        big = "<span style='font-size:16pt; color:{colour}'><b>{value}</b></span>"
        if figure.target is not None:
            target = value_text(figure, figure.target, language)
            reached = figure.value is not None and figure.value >= figure.target
            shown = big.format(colour="#2f7d5b" if reached else "#b3261e", value=value)
            self.value.setText(
                self.tr("{value} target {target} by {year}").format(
                    value=shown, target=target, year=figure.target_year
                )
            )
            self.value.setToolTip(
                self.tr("Target for {year}: {target} ({source})").format(
                    year=figure.target_year,
                    target=target,
                    source=figure.target_source or self.tr("no source given"),
                )
            )
        else:
            self.value.setText(
                self.tr("{value} no target for this period").format(
                    value=big.format(colour="#222", value=value)
                )
            )
            self.value.setToolTip("")
        self.counts.setText(self._counts_text(language))
        self.official.setText(self._official_text(language))
        self.official.setVisible(bool(self.official.text()))
        self.draw_trend()

    def _counts_text(self, language: str) -> str:
        figure = self.card.figure
        numerator = f"<a href='numerator'>{count_text(figure.numerator, language)}</a>"
        if figure.kind == "rate":
            denominator = f"<a href='denominator'>{count_text(figure.denominator, language)}</a>"
            text = self.tr("{numerator} of {denominator}").format(
                numerator=numerator, denominator=denominator
            )
        else:
            text = numerator
        parts = [text]
        if figure.population:
            coverage = self.tr("status unknown: {count} ({share})").format(
                count=count_text(figure.unknown, language),
                share=numbers.fraction_percent(figure.unknown / figure.population, language, 0),
            )
            if figure.coverage is not None and figure.coverage < LOW_COVERAGE:
                coverage = f"<span style='color:#b3261e'>{coverage} ⚠</span>"
            parts.append(coverage)
        if figure.as_of is not None:
            parts.append(self.tr("as of {date}").format(date=format_date(figure.as_of)))
        return " · ".join(parts)

    def _official_text(self, language: str) -> str:
        figure = self.card.figure
        if figure.official_denominator is None:
            return ""
        source = figure.official_source or self.tr("no source given")
        self.official.setToolTip(source)
        short = source if len(source) <= SOURCE_SHOWN else source[: SOURCE_SHOWN - 1].rstrip() + "…"
        return self.tr("Over the official count of {count} ({source}): {value}").format(
            count=count_text(figure.official_denominator, language),
            source=short,
            value=value_text(figure, figure.official_value, language),
        )

    def draw_trend(self) -> None:
        language = current_language()
        trend = self.card.trend
        figure = self.card.figure
        if not trend:
            self.chart.show_drawing(None)
            return
        drawing = trend_lines(
            [point.year for point in trend],
            [point.value for point in trend],
            [point.target for point in trend],
            *TREND_SIZE,
            lambda v: numbers.number(v, language, 0),
            value_max=100.0 if figure.kind == "rate" else None,
        )
        self.chart.show_drawing(drawing)


@dataclass(frozen=True)
class TotalRow:
    """A line of the totals: one quantity expected (ex-ante) and achieved, never added together."""

    key: str
    expected: Figure | None
    achieved: Figure | None


def totals_of(figures: list[Figure]) -> tuple[list[Figure], list[TotalRow]]:
    """The counts (outputs per plan task, staff trained, assessments…) and the totals, each total
    with its expected and achieved figures side by side (the definitions' ``basis``)."""
    counts = [f for f in figures if f.kind != "rate" and not f.basis]
    rows: dict[str, TotalRow] = {}
    for f in figures:
        if f.kind == "rate" or not f.basis:
            continue
        key = f.code.rsplit("-", 1)[0]
        row = rows.get(key, TotalRow(key, None, None))
        rows[key] = TotalRow(key, f, row.achieved) if f.basis == "ex_ante" else TotalRow(key, row.expected, f)
    return counts, list(rows.values())


class OverviewWindow(QMainWindow):
    """``loaded`` after the figures of a period are shown, ``trend_loaded`` after their trend,
    ``breakdown_loaded`` after a breakdown (tests wait for them). The period's figures come first;
    the trend (several years counted) follows in the background, and a breakdown is counted when
    its tab is open."""

    loaded = Signal()
    trend_loaded = Signal()
    breakdown_loaded = Signal()
    members_shown = Signal()

    def __init__(
        self,
        store: Store,
        period: int | None = None,
        parent: QWidget | None = None,
        *,
        open_conflicts: Callable[[], None] | None = None,
        open_review: Callable[[str | None], Any] | None = None,
        open_followups: Callable[[str | None], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("officeOverview")
        self.setWindowFlag(Qt.WindowType.Window)
        self.store = store
        self.period = period or plan_year_of(date.today())
        self.overview: Overview | None = None
        self.cards: list[IndicatorCard] = []
        self.breakdown_rows: list[BreakdownRow] = []
        self._open_conflicts = open_conflicts
        self._open_review = open_review
        self._open_followups = open_followups
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="overview")
        self.worker = Worker(self, self._executor)
        self.trend_worker = Worker(self, self._executor)
        self.breakdown_worker = Worker(self, self._executor)
        self.members_worker = Worker(self, self._executor)
        self._breakdown_shown: tuple[int, str, str] | None = None  # (period, code, dimension) shown
        self.members_dialog: MembersDialog | None = None
        self._reload_pending = False
        self._build()
        self.retranslate()
        self.resize(1366, 768)
        self.reload()

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        top = QHBoxLayout()
        self.period_label = QLabel()
        self.period_box = QComboBox()
        self.period_box.setObjectName("periodBox")
        this_year = date.today().year
        for year in range(this_year + 1, FIRST_PERIOD - 1, -1):
            self.period_box.addItem(str(year), year)
        self.period_box.activated.connect(self._period_chosen)
        self.period_dates = QLabel()
        self.status_label = QLabel()
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.period_label)
        top.addWidget(self.period_box)
        top.addWidget(self.period_dates)
        top.addSpacing(12)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.refresh_button)
        outer.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.currentChanged.connect(self._tab_changed)
        outer.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_indicators()
        self._build_totals()
        self._build_breakdown()
        self._build_work()

    def _build_indicators(self) -> None:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.cards_area = QScrollArea()
        self.cards_area.setWidgetResizable(True)
        self.cards_host = QWidget()
        self.cards_grid = QGridLayout(self.cards_host)
        self.cards_grid.setSpacing(8)
        self.cards_area.setWidget(self.cards_host)
        row.addWidget(self.cards_area, 1)
        side = QFrame()
        side.setFrameShape(QFrame.Shape.StyledPanel)
        side.setFixedWidth(SIDE_WIDTH)
        side_layout = QVBoxLayout(side)
        self.waiting_title = QLabel()
        self.review_button = QPushButton()
        self.review_button.setObjectName("reviewButton")
        self.conflicts_button = QPushButton()
        self.conflicts_button.setObjectName("conflictsButton")
        self.followups_button = QPushButton()
        self.followups_button.setObjectName("followupsButton")
        self.review_button.clicked.connect(self._go_to_work)
        self.followups_button.clicked.connect(self._go_to_work)
        self.conflicts_button.clicked.connect(self._conflicts)
        side_layout.addWidget(self.waiting_title)
        for button in (self.review_button, self.conflicts_button, self.followups_button):
            button.setStyleSheet("text-align: left; padding: 6px;")
            side_layout.addWidget(button)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        side_layout.addSpacing(12)
        side_layout.addWidget(self.legend)
        side_layout.addStretch(1)
        row.addWidget(side)
        self.tabs.addTab(page, "")

    def _build_totals(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        language = current_language
        self.counts_title = QLabel()
        self.counts_model = ListModel(
            [
                Column(lambda: self.tr("Indicator"), lambda f: f"{f.code} · {figure_name(f, language())}"),
                Column(lambda: self.tr("Value"), lambda f: count_text(f.value, language())),
                Column(lambda: self.tr("Unit"), lambda f: unit_label(f.unit)),
            ],
            row_id=lambda f: f.code,
            parent=self,
        )
        self.counts_view = QTableView()
        self.counts_view.setObjectName("countsView")
        self.counts_view.setModel(self.counts_model)
        self.counts_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        size_columns(self.counts_view, {1: 10, 2: 10}, stretch=[0])
        self.counts_view.doubleClicked.connect(
            lambda index: self._members_of_row(self.counts_model.row(index.row()))
        )
        self.totals_title = QLabel()
        self.totals_model = ListModel(
            [
                Column(lambda: self.tr("Total over the period"), self._total_name),
                Column(
                    lambda: self.tr("Expected (ex-ante)"),
                    lambda r: value_text(r.expected, r.expected.value, language()) if r.expected else "—",
                ),
                Column(
                    lambda: self.tr("Achieved (follow-ups)"),
                    lambda r: value_text(r.achieved, r.achieved.value, language()) if r.achieved else "—",
                ),
            ],
            row_id=lambda r: r.key,
            parent=self,
        )
        self.totals_view = QTableView()
        self.totals_view.setObjectName("totalsView")
        self.totals_view.setModel(self.totals_model)
        self.totals_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        size_columns(self.totals_view, {1: 16, 2: 16}, stretch=[0])
        self.totals_view.doubleClicked.connect(self._total_members)
        for widget in (self.counts_title, self.counts_view, self.totals_title, self.totals_view):
            column.addWidget(widget)
        column.setStretch(1, 3)
        column.setStretch(3, 2)
        self.tabs.addTab(page, "")

    def _total_name(self, row: TotalRow) -> str:
        figure = row.expected or row.achieved
        if figure is None:
            return row.key
        name = figure_name(figure, current_language())
        # The definitions name each side "… (expected)" / "… (achieved)": the columns say it.
        return name.rsplit(" (", 1)[0] if name.endswith(")") else name

    def _build_breakdown(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        choose = QHBoxLayout()
        self.indicator_label = QLabel()
        self.indicator_box = QComboBox()
        self.indicator_box.setObjectName("indicatorBox")
        self.dimension_label = QLabel()
        self.dimension_box = QComboBox()
        self.dimension_box.setObjectName("dimensionBox")
        for box in (self.indicator_box, self.dimension_box):
            box.activated.connect(self.load_breakdown)
        choose.addWidget(self.indicator_label)
        choose.addWidget(self.indicator_box, 3)
        choose.addSpacing(12)
        choose.addWidget(self.dimension_label)
        choose.addWidget(self.dimension_box, 1)
        column.addLayout(choose)
        split = QSplitter()
        self.breakdown_model = ListModel(
            [
                Column(lambda: self.tr("Group"), self.group_label),
                Column(lambda: self.tr("Counted"), lambda r: count_text(r.numerator, current_language())),
                Column(lambda: self.tr("Of"), lambda r: count_text(r.denominator, current_language())),
                Column(lambda: self.tr("Value"), self._breakdown_value),
                Column(lambda: self.tr("Unknown"), lambda r: count_text(r.unknown, current_language())),
            ],
            row_id=lambda r: r.key,
            parent=self,
        )
        self.breakdown_view = QTableView()
        self.breakdown_view.setObjectName("breakdownView")
        self.breakdown_view.setModel(self.breakdown_model)
        self.breakdown_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.breakdown_view.doubleClicked.connect(self._breakdown_members)
        size_columns(self.breakdown_view, {1: 5, 2: 5, 3: 6, 4: 5}, stretch=[0])
        self.breakdown_chart = ChartView()
        self.breakdown_chart.setObjectName("breakdownChart")
        chart_area = QScrollArea()
        chart_area.setWidgetResizable(True)
        chart_area.setWidget(self.breakdown_chart)
        split.addWidget(self.breakdown_view)
        split.addWidget(chart_area)
        split.setSizes([560, 760])
        column.addWidget(split, 1)
        self.tabs.addTab(page, "")

    def _build_work(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.review_title = QLabel()
        self.review_model = ListModel(
            self._work_columns(review=True), row_id=lambda r: r.assessment_id, parent=self
        )
        self.review_view = self._work_view(self.review_model, "reviewView")
        self.review_view.doubleClicked.connect(lambda index: self._review(self.review_model.row(index.row())))
        self.followups_title = QLabel()
        self.followups_model = ListModel(
            self._work_columns(review=False), row_id=lambda r: r.assessment_id, parent=self
        )
        self.followups_view = self._work_view(self.followups_model, "followupsView")
        self.followups_view.doubleClicked.connect(
            lambda index: self._followup(self.followups_model.row(index.row()))
        )
        self.work_hint = QLabel()
        for widget in (self.review_title, self.review_view, self.followups_title, self.followups_view):
            layout.addWidget(widget)
        layout.addWidget(self.work_hint)
        self.tabs.addTab(page, "")

    def _work_columns(self, *, review: bool) -> list[Any]:
        if review:
            detail = Column(lambda: self.tr("State"), lambda r: label(review_state_labels(), r.detail))
            when = Column(lambda: self.tr("Since"), lambda r: format_date(r.when))
        else:
            detail = Column(lambda: self.tr("Solutions to follow up"), lambda r: r.detail)
            when = Column(lambda: self.tr("Due"), lambda r: format_date(r.when))
        return [
            Column(lambda: self.tr("Enterprise"), lambda r: r.enterprise),
            Column(lambda: self.tr("Assessment"), lambda r: r.title),
            detail,
            when,
        ]

    def _work_view(self, model: ListModel, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        size_columns(view, {2: 14, 3: "28/12/2026"}, stretch=[0, 1])
        return view

    def dimension_text(self, dimension: str) -> str:
        return {
            "commune_recorded": self.tr("Commune as recorded"),
            "commune_today": self.tr("Commune today"),
            "sector": self.tr("Sector (VSIC)"),
            "legal_form": self.tr("Legal form"),
            "size": self.tr("Size"),
        }[dimension]

    def group_label(self, row: BreakdownRow) -> str:
        dimension = self.dimension_box.currentData()
        if row.key in ("", "?"):
            return self.tr("(not recorded)")
        if row.key == "—":
            return self.tr("(former unit, not mapped yet)")
        if dimension == "legal_form":
            return label(legal_form_labels(), row.key)
        if dimension == "size":
            return label(size_labels(), row.key)
        if dimension == "sector":
            return self.tr("VSIC section {letter}").format(letter=row.key)
        return row.key

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Office overview"))
        self.period_label.setText(self.tr("Plan year:"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.tabs.setTabText(0, self.tr("Indicators"))
        self.tabs.setTabText(1, self.tr("Outputs and totals"))
        self.tabs.setTabText(2, self.tr("Breakdowns"))
        self.tabs.setTabText(3, self.tr("Work waiting"))
        self.waiting_title.setText("<b>" + self.tr("Waiting for the office") + "</b>")
        self.indicator_label.setText(self.tr("Indicator:"))
        self.dimension_label.setText(self.tr("By:"))
        self.counts_title.setText("<b>" + self.tr("Outputs of the plan's tasks") + "</b>")
        self.totals_title.setText(
            "<b>" + self.tr("Totals: expected and achieved are counted apart, never added") + "</b>"
        )
        self.work_hint.setText(self.tr("Double-click a line to open it."))
        chosen = self.dimension_box.currentIndex()
        self.dimension_box.clear()
        for dimension in DIMENSIONS:
            self.dimension_box.addItem(self.dimension_text(dimension), dimension)
        self.dimension_box.setCurrentIndex(max(chosen, 0))
        self.legend.setText(
            self.tr(
                "Green line: the value at the end of each plan year. Orange squares: the plan's "
                "targets. Click a count to list the facilities behind it. “Status unknown”: "
                "facilities without evidence either way; marked ⚠ when they are more than {share} "
                "of the registry."
            ).format(share=numbers.fraction_percent(1 - LOW_COVERAGE, current_language(), 0))
        )
        self._show_period()
        self._show_waiting()
        self._fill_indicator_box()
        for card in self.cards:
            card.retranslate()
        for model in (
            self.breakdown_model,
            self.review_model,
            self.followups_model,
            self.counts_model,
            self.totals_model,
        ):
            model.retranslate()
        if self.breakdown_rows:
            self._show_breakdown(self.breakdown_rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Count again (the Refresh button, a package imported, a period chosen)."""
        period = self.period
        self.status_label.setText(self.tr("Counting the registry for {period}…").format(period=period))
        self.refresh_button.setEnabled(False)
        store = self.store
        if not self.worker.run(lambda: load_overview(store, period), self._show, self._failed):
            self._reload_pending = True  # counted again once the count under way is shown

    def _period_chosen(self, index: int) -> None:
        period = self.period_box.itemData(index)
        if period is not None and period != self.period:
            self.period = int(period)
            self.reload()

    def _show_period(self) -> None:
        index = self.period_box.findData(self.period)
        if index < 0:
            self.period_box.addItem(str(self.period), self.period)
            index = self.period_box.count() - 1
        self.period_box.setCurrentIndex(index)
        from sxsh_desktop.ui.office.overview_data import plan_period

        self.period_dates.setText(f"({plan_period(self.period).label})")

    def _failed(self, error: BaseException) -> None:
        """A known problem (nothing to count in the period, a database busy) is said in the status
        line, where it stays while the figures are empty; anything else is a bug."""
        self.refresh_button.setEnabled(True)
        if not isinstance(error, KnownProblem):
            raise error
        if self._reload_pending:
            self._reload_pending = False
            QTimer.singleShot(0, self.reload)
        self.overview = None
        self._clear()
        self.status_label.setText(self._problem_text(error))
        self.loaded.emit()

    def _problem_text(self, error: KnownProblem) -> str:
        if error.code == "no_office_data":
            from sxsh_desktop.ui.office.overview_data import plan_period

            return self.tr(
                "Nothing to count for {period}: no activity, assessment, follow-up or CP status is "
                "recorded up to its end."
            ).format(period=plan_period(self.period).label)
        return problem_text(error)

    def _breakdown_failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownProblem):
            raise error
        self.breakdown_rows = []
        self.breakdown_model.set_rows([])
        self.breakdown_chart.show_drawing(None)
        self.status_label.setText(self._problem_text(error))
        self.breakdown_loaded.emit()

    def _clear(self) -> None:
        for card in self.cards:
            self.cards_grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for model in (self.counts_model, self.totals_model, self.breakdown_model):
            model.set_rows([])
        self.breakdown_rows = []
        self._breakdown_shown = None
        self.breakdown_chart.show_drawing(None)

    def _show(self, overview: Overview) -> None:
        if self._reload_pending or overview.period != self.period:
            self._reload_pending = False
            QTimer.singleShot(0, self.reload)
        self.overview = overview
        self.refresh_button.setEnabled(True)
        self._show_period()
        self._show_status()
        self._clear()
        for position, card in enumerate(overview.cards):
            widget = IndicatorCard(card)
            widget.members_wanted.connect(self.show_members)
            self.cards_grid.addWidget(widget, position // CARD_COLUMNS, position % CARD_COLUMNS)
            self.cards.append(widget)
        counts, totals = totals_of(overview.figures)
        self.counts_model.set_rows(counts)
        self.totals_model.set_rows(totals)
        self.review_model.set_rows(overview.to_review)
        self.followups_model.set_rows(overview.followups_due)
        self._show_waiting()
        self._fill_indicator_box()
        self.loaded.emit()
        period, store = overview.period, self.store
        self.trend_worker.wait()
        self.trend_worker.run(lambda: load_trend(store, period), self._show_trend, self._trend_failed)
        self._breakdown_shown = None
        if self.tabs.currentIndex() == BREAKDOWN_TAB:
            self.load_breakdown()

    def _show_trend(self, trends: dict[str, tuple[TrendPoint, ...]]) -> None:
        if self.overview is None:
            return
        for widget in self.cards:
            points = trends.get(widget.card.figure.code)
            if points:
                widget.card = Card(widget.card.figure, points)
                widget.draw_trend()
        self.trend_loaded.emit()

    def _trend_failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownProblem):
            raise error
        self.status_label.setText(self._problem_text(error))
        self.trend_loaded.emit()

    def _tab_changed(self, index: int) -> None:
        if index == BREAKDOWN_TAB:
            self.load_breakdown()

    def _show_status(self) -> None:
        overview = self.overview
        if overview is None:
            return
        self.status_label.setText(
            self.tr("As of {date}: {count} indicator(s)").format(
                date=format_date(overview.as_of, "—"), count=len(overview.figures)
            )
        )

    def _show_waiting(self) -> None:
        overview = self.overview
        review = len(overview.to_review) if overview else 0
        conflicts = overview.conflicts if overview else 0
        due = len(overview.followups_due) if overview else 0
        self.review_button.setText(self.tr("Assessments to review: %n", "", review))
        self.conflicts_button.setText(self.tr("Package conflicts: %n", "", conflicts))
        self.followups_button.setText(self.tr("Follow-ups due: %n", "", due))
        self.review_title.setText(
            "<b>" + self.tr("Imported assessments awaiting review (%n)", "", review) + "</b>"
        )
        self.followups_title.setText("<b>" + self.tr("Follow-ups due (%n)", "", due) + "</b>")
        self._show_status()

    def _fill_indicator_box(self) -> None:
        if self.overview is None:
            return
        chosen = self.indicator_box.currentData()
        self.indicator_box.clear()
        language = current_language()
        for figure in self.overview.figures:
            self.indicator_box.addItem(f"{figure.code} · {figure_name(figure, language)}", figure.code)
        found = self.indicator_box.findData(chosen)
        self.indicator_box.setCurrentIndex(found if found >= 0 else 0)

    # --- breakdowns ----------------------------------------------------------------------------------

    def figure(self, code: str) -> Figure | None:
        return self.overview.figure(code) if self.overview is not None else None

    def _breakdown_value(self, row: BreakdownRow) -> str:
        figure = self.figure(str(self.indicator_box.currentData()))
        return value_text(figure, row.value, current_language()) if figure is not None else ""

    def choose_breakdown(self, code: str, dimension: str) -> None:
        """Open the Breakdowns tab on ``code`` by ``dimension``."""
        self.indicator_box.setCurrentIndex(self.indicator_box.findData(code))
        self.dimension_box.setCurrentIndex(self.dimension_box.findData(dimension))
        self.tabs.setCurrentIndex(BREAKDOWN_TAB)
        self.load_breakdown()

    def load_breakdown(self, *_args: object) -> None:
        code, dimension = self.indicator_box.currentData(), self.dimension_box.currentData()
        if code is None or dimension is None or self.overview is None:
            return
        wanted = (self.overview.period, str(code), str(dimension))
        if wanted == self._breakdown_shown:
            return
        self._breakdown_shown = wanted
        period, store = self.period, self.store
        self.breakdown_worker.wait()
        self.breakdown_worker.run(
            lambda: load_breakdown(store, period, str(code), str(dimension)),
            self._show_breakdown,
            self._breakdown_failed,
        )

    def _show_breakdown(self, rows: list[BreakdownRow]) -> None:
        self.breakdown_rows = rows
        figure = self.figure(str(self.indicator_box.currentData()))
        shown = sorted(rows, key=lambda r: (-(r.value or 0.0), self.group_label(r)))
        self.breakdown_model.set_rows(shown)
        language = current_language()
        if figure is None:
            self.breakdown_chart.show_drawing(None)
        else:
            ranked = [r for r in shown if r.value is not None][:BREAKDOWN_BARS]
            decimals = 1 if figure.kind == "rate" else 0
            self.breakdown_chart.show_drawing(
                horizontal_bars(
                    [(self.group_label(r), float(r.value or 0.0)) for r in ranked],
                    BREAKDOWN_WIDTH,
                    lambda v: numbers.number(v, language, decimals),
                )
            )
        self.breakdown_loaded.emit()

    def _breakdown_members(self, index: Any) -> None:
        row = self.breakdown_model.row(index.row())
        if row is not None:
            self.show_members(str(self.indicator_box.currentData()), "numerator", row)

    def _members_of_row(self, figure: Figure | None) -> None:
        if figure is not None:
            self.show_members(figure.code, "numerator")

    def _total_members(self, index: Any) -> None:
        row = self.totals_model.row(index.row())
        if row is None:
            return
        figure = row.achieved if index.column() == 2 and row.achieved else (row.expected or row.achieved)
        if figure is not None:
            self.show_members(figure.code, "numerator")

    # --- click-through -------------------------------------------------------------------------------

    def show_members(self, code: str, part: str, group: BreakdownRow | None = None) -> bool:
        """List the facilities counted in ``part`` ("numerator" or "denominator") of an indicator
        (of one group of the breakdown shown): counted in the background, then shown in a window
        (``members_shown``). False while another list is being counted."""
        dimension = str(self.dimension_box.currentData()) if group is not None else None
        period, store, key = self.period, self.store, group.key if group else None
        label_of_group = self.group_label(group) if group is not None else ""
        self.status_label.setText(self.tr("Listing the facilities behind {code}…").format(code=code))
        return self.members_worker.run(
            lambda: load_members(store, period, code, part, dimension, key),
            lambda members: self._show_members(code, part, label_of_group, members),
            self._members_failed,
        )

    def _members_failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownProblem):
            raise error
        self.status_label.setText(self._problem_text(error))

    def _show_members(self, code: str, part: str, group: str, members: list[IndicatorMember]) -> None:
        self._show_status()
        figure = self.figure(code)
        name = figure_name(figure, current_language()) if figure is not None else code
        if part == "numerator":
            title = self.tr("{indicator}: facilities counted ({count})")
        else:
            title = self.tr("{indicator}: facilities in the denominator ({count})")
        title = title.format(indicator=f"{code} · {name}", count=len(members))
        if group:
            title += f" — {group}"
        explanation = ""
        if not members and figure is not None and figure.numerator:
            explanation = self.tr(
                "This number counts activities, persons or zones, not facilities of the registry: "
                "see the Activities screen for the records behind it."
            )
        if self.members_dialog is not None:
            self.members_dialog.close()
            self.members_dialog.deleteLater()
        dialog = MembersDialog(title, members, explanation, self)
        self.members_dialog = dialog
        dialog.show()
        self.members_shown.emit()

    # --- work waiting -------------------------------------------------------------------------------

    def _go_to_work(self) -> None:
        self.tabs.setCurrentIndex(3)

    def _conflicts(self) -> None:
        if self._open_conflicts is not None:
            self._open_conflicts()

    def _review(self, row: WorkRow | None) -> None:
        if row is not None and self._open_review is not None:
            self._open_review(row.assessment_id)

    def _followup(self, row: WorkRow | None) -> None:
        if row is not None and self._open_followups is not None:
            self._open_followups(row.assessment_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        for worker in (self.worker, self.trend_worker, self.breakdown_worker, self.members_worker):
            worker.wait()
        super().closeEvent(event)


class MembersDialog(QMainWindow):
    """The facilities behind a number: name, commune, sector, legal form, what each adds to the
    numerator and the denominator, and the date it reached the CP step counted."""

    def __init__(
        self, title: str, members: list[IndicatorMember], explanation: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("membersDialog")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(title)
        language = current_language
        self.model = ListModel(
            [
                Column(lambda: self.tr("Facility"), lambda m: m.name),
                Column(lambda: self.tr("Commune"), lambda m: m.commune),
                Column(lambda: "VSIC", lambda m: m.sector_code),
                Column(lambda: self.tr("Legal form"), lambda m: label(legal_form_labels(), m.legal_form)),
                Column(lambda: self.tr("Counted"), lambda m: count_text(m.numerator, language())),
                Column(lambda: self.tr("Of"), lambda m: count_text(m.denominator, language())),
                Column(lambda: self.tr("Reached on"), lambda m: format_date(m.reached_on)),
            ],
            row_id=lambda m: m.enterprise_id,
            parent=self,
        )
        self.model.set_rows(members)
        central = QWidget()
        layout = QVBoxLayout(central)
        self.heading = QLabel(f"<b>{escape_html(title)}</b>")
        self.heading.setWordWrap(True)
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.explanation.setVisible(bool(explanation))
        self.view = QTableView()
        self.view.setObjectName("membersView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        size_columns(self.view, {1: 12, 2: 4, 3: 8, 4: 5, 5: 5, 6: "28/12/2026"}, stretch=[0])
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.resize(1000, 560)
