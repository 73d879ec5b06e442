"""The package screens' read-only lists: the window's one table model (``ui/pages/table_model.py``)
with columns given as (header, text) functions; the first column can carry check boxes (the
assessments to export). And the sizing of those lists' columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from sxsh_desktop.ui.pages.table_model import Column as TableColumn
from sxsh_desktop.ui.pages.table_model import ColumnKind, RecordTableModel


def Column(
    header: Callable[[], str], text: Callable[[Any], str], tooltip: Callable[[Any], str] | None = None
) -> TableColumn:
    """A read-only column: ``header()`` is asked on every paint (it follows the language),
    ``text(row)`` is the cell, ``tooltip(row)`` its tooltip (the text itself by default)."""
    return TableColumn(header, kind=ColumnKind.COMPUTED, display=text, row_tooltip=tooltip or text)


class RowsModel(RecordTableModel):
    """``rows`` shown through read-only ``columns``; ``key(row)`` identifies a row for the check boxes."""

    def __init__(
        self,
        columns: Sequence[TableColumn],
        *,
        key: Callable[[Any], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, row_id=key or _identity, check_key=key, parent=parent)


def _identity(row: Any) -> str:
    return str(id(row))


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
