"""The enterprise registry as a lazily loaded table model.

Rows come from the store a batch at a time as the view scrolls (``canFetchMore``/``fetchMore``),
so a registry of 30,000 enterprises opens at once and scrolls without loading everything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from sxsh_desktop.ui.labels import ownership_label

if TYPE_CHECKING:
    from sxsh_desktop.domain.model import Enterprise

Index = QModelIndex | QPersistentModelIndex


class EnterpriseSource(Protocol):
    """What the model reads: the store's registry search (diacritics optional, ordered by name)."""

    def search_enterprises(
        self, text: str, *, limit: int | None = None, offset: int = 0
    ) -> list[Enterprise]: ...

    def count_search(self, text: str) -> int: ...


class NoEnterprises:
    """The source of a window whose database is still being opened."""

    def search_enterprises(self, text: str, *, limit: int | None = None, offset: int = 0) -> list[Enterprise]:
        return []

    def count_search(self, text: str) -> int:
        return 0


class RegistryModel(QAbstractTableModel):
    BATCH = 200
    NAME, TAX_CODE, COMMUNE, PROVINCE, SECTOR, OWNERSHIP = range(6)
    COLUMN_COUNT = 6

    def __init__(self, source: EnterpriseSource, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._text = ""
        self._resetting = False
        self._rows: list[Enterprise] = []
        self._total = source.count_search("")
        self._fetch(self.BATCH)

    # --- what the window asks ---------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many enterprises match the search (loaded or not)."""
        return self._total

    @property
    def search_text(self) -> str:
        return self._text

    def set_source(self, source: EnterpriseSource) -> None:
        self._source = source
        self.refresh()

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text == self._text:
            return
        self._text = text
        self.refresh()

    def refresh(self, at_least: int = 0) -> None:
        """Read again (after an edit): as many rows as were loaded, or ``at_least``."""
        wanted = max(self.BATCH, len(self._rows), at_least)
        # No rows are added while the reset is being announced: listeners of modelReset that ask
        # for more would otherwise see rows inserted before every listener has seen the reset.
        self._resetting = True
        try:
            self.beginResetModel()
            self._rows = []
            self._total = self._source.count_search(self._text)
            self._fetch(wanted)
            self.endResetModel()
        finally:
            self._resetting = False

    def enterprise(self, row: int) -> Enterprise | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, enterprise_id: str) -> int | None:
        """The row of a loaded enterprise, or None."""
        return next((row for row, item in enumerate(self._rows) if item.id == enterprise_id), None)

    def load_until(self, enterprise_id: str) -> int | None:
        """Load batches until ``enterprise_id`` is among the rows; its row, or None if it does not match."""
        row = self.row_of(enterprise_id)
        while row is None and self.canFetchMore(QModelIndex()):
            before = len(self._rows)
            self.fetchMore(QModelIndex())
            row = next((r for r in range(before, len(self._rows)) if self._rows[r].id == enterprise_id), None)
        return row

    # --- lazy loading ---------------------------------------------------------------------

    def _fetch(self, count: int) -> list[Enterprise]:
        batch = self._source.search_enterprises(self._text, limit=count, offset=len(self._rows))
        self._rows.extend(batch)
        if len(batch) < count:  # the store has fewer than counted (changed meanwhile)
            self._total = len(self._rows)
        return batch

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._resetting and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._resetting:
            return
        wanted = min(self.BATCH, self._total - len(self._rows))
        if wanted <= 0:
            return
        batch = self._source.search_enterprises(self._text, limit=wanted, offset=len(self._rows))
        if not batch:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    # --- the model --------------------------------------------------------------------------

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
            if column == self.NAME:
                return item.name
            if column == self.TAX_CODE:
                return item.tax_code
            if column == self.COMMUNE:
                return item.commune
            if column == self.PROVINCE:
                return item.province
            if column == self.SECTOR:
                return item.sector_code
            if column == self.OWNERSHIP:
                return ownership_label(item.ownership)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Name"),
            self.tr("Tax code"),
            self.tr("Commune / ward"),
            self.tr("Province"),
            self.tr("Sector"),
            self.tr("Ownership"),
        )
        return names[section] if 0 <= section < len(names) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.OWNERSHIP), self.index(len(self._rows) - 1, self.OWNERSHIP)
            )
