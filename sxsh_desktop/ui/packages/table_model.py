"""A read-only table model over plain rows, its columns given as (header, text) functions; the
first column can carry check boxes (the assessments to export)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]  # called on every paint: follows the language
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    """``rows`` shown through ``columns``; ``key(row)`` identifies a row for the check boxes."""

    checked_changed = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        key: Callable[[Any], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._key = key
        self._checked: set[str] = set()

    # --- rows ----------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any], checked: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._checked = set(checked)
        self.endResetModel()
        self.checked_changed.emit()

    def row(self, number: int) -> Any:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    # --- check boxes ---------------------------------------------------------------------------

    def checked_keys(self) -> list[str]:
        """The checked rows' keys, in the rows' order."""
        if self._key is None:
            return []
        return [self._key(row) for row in self._rows if self._key(row) in self._checked]

    def set_all_checked(self, checked: bool) -> None:
        if self._key is None or not self._rows:
            return
        self._checked = {self._key(row) for row in self._rows} if checked else set()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
        self.checked_changed.emit()

    # --- the model -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(item) if column.tooltip is not None else column.text(item)
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0 and self._key is not None:
            checked = self._key(item) in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or self._key is None
            or not index.isValid()
            or index.column() != 0
        ):
            return False
        key = self._key(self._rows[index.row()])
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._key is not None and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._columns[section].header() if 0 <= section < len(self._columns) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self._columns) - 1, 0))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))


# Samples that size the columns of dates and fingerprints to their whole text.
MOMENT_SAMPLE = "28/12/2026 23:59"
FINGERPRINT_SAMPLE = "00000 00000 00000 00000 00000 00000"


def size_columns(view: QTableView, fixed: dict[int, str | float], stretch: Sequence[int]) -> None:
    """Column widths from the font: a sample text (the widest a column shows) or a number of ems,
    never narrower than the column's title; the ``stretch`` columns share the rest. Rows are one
    line high."""
    metrics = view.fontMetrics()
    em = metrics.horizontalAdvance("M")
    header = view.horizontalHeader()
    model = view.model()
    for column, size in fixed.items():
        width = metrics.horizontalAdvance(size) if isinstance(size, str) else int(size * em)
        title = model.headerData(column, Qt.Orientation.Horizontal) or ""
        header.resizeSection(column, max(width, metrics.horizontalAdvance(str(title))) + 2 * em)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    if stretch:
        header.setStretchLastSection(False)
    view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
