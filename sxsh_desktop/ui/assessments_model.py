"""The assessments of one enterprise, as a small table model (an enterprise has a handful)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from sxsh_desktop.domain.dates import format_date
from sxsh_desktop.ui.labels import status_label

if TYPE_CHECKING:
    from sxsh_desktop.domain.model import Assessment

Index = QModelIndex | QPersistentModelIndex


class AssessmentsModel(QAbstractTableModel):
    TITLE, START, STATUS, CONSULTANTS = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Assessment] = []

    def set_assessments(self, assessments: list[Assessment]) -> None:
        self.beginResetModel()
        self._rows = list(assessments)
        self.endResetModel()

    def assessment(self, row: int) -> Assessment | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, assessment_id: str) -> int | None:
        return next((row for row, item in enumerate(self._rows) if item.id == assessment_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.TITLE:
                return item.title or self.tr("(untitled)")
            if column == self.START:
                return format_date(item.start_date)
            if column == self.STATUS:
                return status_label(item.status)
            if column == self.CONSULTANTS:
                return item.consultants
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Title"), self.tr("Start"), self.tr("Status"), self.tr("Consultants"))
        return names[section] if 0 <= section < len(names) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1))
