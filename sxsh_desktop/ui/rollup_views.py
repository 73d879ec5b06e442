"""Roll-ups in the window: the ministry's overview of every province for a year (each indicator as
numerator / denominator and its percentage, what is missing, what was returned and why), and a
province office's list of the roll-ups it sent with the ministry's decisions.

Roll-ups are sent, imported and decided on with ``sxsh rollup …``; these views read through
``services.rollup`` and follow the UI language."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sxsh_desktop.domain.provinces import provinces
from sxsh_desktop.services import rollup
from sxsh_desktop.ui.packages.table_model import MOMENT_SAMPLE, Column, RowsModel, size_columns
from sxsh_desktop.ui.packages.texts import moment_text

INDICATORS = ("I1", "I2", "I3", "I4b-5", "I6", "I7")
_RETURNED = QColor(176, 0, 32)
_MISSING = QColor(110, 110, 110)


def status_text(status: str) -> str:
    texts = {
        "received": QCoreApplication.translate("RollupViews", "received"),
        "accepted": QCoreApplication.translate("RollupViews", "accepted"),
        "returned": QCoreApplication.translate("RollupViews", "returned"),
        "missing": QCoreApplication.translate("RollupViews", "not received"),
    }
    return texts.get(status, status)


def _number(value: float) -> str:
    locale = QLocale()
    return locale.toString(int(value)) if float(value).is_integer() else locale.toString(value, "f", 1)


def figure_text(numerator: float, denominator: float) -> str:
    """``85 / 600 · 14,2 %``: the numerator and the denominator first, the share after them."""
    if not denominator:
        return f"{_number(numerator)} / 0"
    share = QLocale().toString(100 * numerator / denominator, "f", 1)
    return f"{_number(numerator)} / {_number(denominator)} · {share} %"


def _language() -> str:
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


class _Row:
    """One line of the overview: a 2025 province, or the national total."""

    def __init__(
        self,
        code: str,
        name: str,
        region: str,
        parts: list[tuple[str, str, str]],
        figures: dict[str, tuple[float, float]],
    ) -> None:
        self.code, self.name, self.region = code, name, region
        self.parts = parts  # (former or own province name, status, comment)
        self.figures = figures

    @property
    def worst(self) -> str:
        statuses = {status for _, status, _ in self.parts}
        for status in ("returned", "missing", "received", "accepted"):
            if status in statuses:
                return status
        return ""


class MinistryOverviewDialog(QDialog):
    """Every 2025 province for a year: its roll-ups' states and figures, and the national sums."""

    def __init__(self, store: Any, year: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("ministryOverviewDialog")
        self.yearLabel = QLabel(self)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year if year is not None else date.today().year)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.yearLabel)
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        columns = [
            Column(lambda: self.tr("Code"), lambda r: r.code),
            Column(lambda: self.tr("Province"), lambda r: r.name, self._parts_tooltip),
            Column(lambda: self.tr("Roll-up"), self._state, self._parts_tooltip),
            *[
                Column(lambda code=code: code, lambda r, code=code: self._figure(r, code))
                for code in INDICATORS
            ],
        ]
        columns[2] = dataclasses.replace(columns[2], foreground=self._colour)
        self.model = RowsModel(columns, parent=self)
        self.view = QTableView(self)
        self.view.setObjectName("overviewView")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.returned = QLabel(self)
        self.returned.setWordWrap(True)
        self.returned.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.returned)
        layout.addWidget(self.buttons)
        self.year.valueChanged.connect(lambda _value: self.refresh())
        self._retranslate()
        self.refresh()
        size_columns(
            self.view,
            {
                0: "00",
                1: "Thành phố Hồ Chí Minh",
                2: 11,
                **{3 + i: "9.999 / 99.999 · 99,9 %" for i in range(len(INDICATORS))},
            },
            stretch=[1],
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Roll-ups from the provinces"))
        self.yearLabel.setText(self.tr("Year:"))
        self.view.setToolTip(
            self.tr(
                "Each cell: numerator / denominator · share, over the registry. The whole country adds "
                "numerators and denominators up; it never averages percentages."
            )
        )

    def _state(self, row: _Row) -> str:
        if not row.parts:
            return ""
        if len(row.parts) == 1:
            return status_text(row.parts[0][1])
        counts: dict[str, int] = {}
        for _, status, _ in row.parts:
            counts[status] = counts.get(status, 0) + 1
        return ", ".join(f"{status_text(s)} {n}/{len(row.parts)}" for s, n in counts.items())

    def _parts_tooltip(self, row: _Row) -> str:
        lines = [f"{row.name} — {row.region}" if row.region else row.name]
        lines += [f"{name}: {status_text(status)}" for name, status, _ in row.parts]
        lines += [
            f"{name}: {comment}" for name, status, comment in row.parts if status == "returned" and comment
        ]
        return "\n".join(lines)

    def _colour(self, row: _Row) -> QColor | None:
        return {"returned": _RETURNED, "missing": _MISSING}.get(row.worst)

    def _figure(self, row: _Row, code: str) -> str:
        found = row.figures.get(code)
        return figure_text(*found) if found is not None else ""

    def refresh(self) -> None:
        year = self.year.value()
        table = provinces()
        language = _language()
        rows = []
        missing = returned = 0
        for item in rollup.overview(self.store, year):
            parts = []
            for part, submission in item.parts:
                status = submission.status.value if submission is not None else "missing"
                parts.append((part.name, status, submission.comment if submission is not None else ""))
                missing += status == "missing"
                returned += status == "returned"
            region = table.region_name(item.province.region, language) if item.province.region else "—"
            rows.append(_Row(item.province.code, item.province.name, region, parts, dict(item.figures)))
        national = {
            f.code: (f.numerator, f.denominator)
            for f in rollup.national_figures(self.store, year)
            if f.scope.value == "national" and f.basis == "registry"
        }
        whole = _Row("", self.tr("Whole country"), "", [], national)
        self.model.set_rows([whole, *rows])
        notes = [
            self.tr("Returned: {province} ({part}): {comment}").format(
                province=row.name, part=name, comment=comment
            )
            for row in rows
            for name, status, comment in row.parts
            if status == "returned"
        ]
        self.returned.setText("\n".join(notes))
        self.returned.setVisible(bool(notes))
        self.summary.setText(
            self.tr("%n roll-up(s) missing", "", missing) + " · " + self.tr("%n returned", "", returned)
        )


class ProvinceSubmissionsDialog(QDialog):
    """The roll-ups this office sent to the ministry, with the decision on each when it came back."""

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("provinceSubmissionsDialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Year"), lambda s: str(s.year)),
                Column(lambda: self.tr("Province"), lambda s: s.province.name),
                Column(lambda: self.tr("No."), lambda s: str(s.sequence)),
                Column(lambda: self.tr("Sent"), lambda s: moment_text(s.created_at)),
                Column(lambda: self.tr("State"), self._state),
                Column(lambda: self.tr("Decided"), lambda s: moment_text(s.decided_at)),
                Column(lambda: self.tr("Comments of the ministry"), lambda s: s.comment),
            ],
            parent=self,
        )
        self.view = QTableView(self)
        self.view.setObjectName("submissionsView")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.refresh()
        size_columns(
            self.view,
            {0: 5, 1: "Tỉnh Quảng Trị", 2: 4, 3: MOMENT_SAMPLE, 4: 22, 5: MOMENT_SAMPLE},
            stretch=[6],
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Roll-ups sent to the ministry"))
        province = rollup.office_province(self.store)
        where = province.name if province is not None else self.tr("(province not set)")
        self.intro.setText(
            self.tr(
                "Roll-ups of {province} sent to the Ministry of Industry and Trade and the ministry's "
                "decision on each. A returned roll-up is corrected and sent again."
            ).format(province=where)
        )

    def _state(self, sent: Any) -> str:
        if sent.status.value == "received":  # no decision came back yet
            return self.tr("sent, no decision yet")
        return status_text(sent.status.value)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.view.resizeRowsToContents()  # long comments wrap once the columns have their widths

    def refresh(self) -> None:
        self.model.set_rows(rollup.sent_rollups(self.store))
        self.view.resizeRowsToContents()


def rollup_dialog(store: Any, parent: QWidget | None = None) -> QDialog:
    """The ministry's overview in ministry mode, the province's own roll-ups otherwise."""
    if rollup.mode(store) == rollup.MODE_MINISTRY:
        return MinistryOverviewDialog(store, parent=parent)
    return ProvinceSubmissionsDialog(store, parent)
