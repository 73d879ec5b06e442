"""The one table model of the window, driven by column specs: every list of records on the workflow
pages, and the read-only lists of the package screens (``ui/packages/table_model.py``).

The model shows plain rows (dataclasses) and hands each accepted edit to a ``commit`` callback
(which saves through the record editor); with ``check_key`` its first column carries check boxes
that choose rows (the assessments to export). A value that cannot be taken (letters in a number,
a negative quantity, an impossible date) is not saved and not dropped: the cell keeps the typed
text, in red, with the reason as its tooltip, until it is corrected; ``problem`` reports it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from sxsh_desktop.domain.dates import format_date, parse_date
from sxsh_desktop.domain.model import SyncFields
from sxsh_desktop.domain.numbers import format_for_editing, format_number, parse_number
from sxsh_desktop.domain.validation import field_problem, field_types
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.ui.pages.labels import Choice, entry_problem, rule_problem

INVALID_TEXT = QColor("#b3261e")
INVALID_BACKGROUND = QColor("#fdecea")

Index = QModelIndex | QPersistentModelIndex


class ColumnKind(Enum):
    TEXT = auto()
    NUMBER = auto()
    DATE = auto()
    CHOICE = auto()
    CHECK = auto()
    COMPUTED = auto()  # read-only text from ``display``


@dataclass(frozen=True)
class Column:
    header: str | Callable[[], str]  # a callable is asked each time: the UI language may change
    field: str = ""  # the record attribute the column edits
    kind: ColumnKind = ColumnKind.TEXT
    choices: Callable[[Any], Sequence[Choice]] | None = None  # per row (kinds depend on direction)
    none_label: str | None = None  # a choice column that may be cleared shows this for None
    integer: bool = False  # signs and ranges come from the field rules (domain.validation)
    decimals: int | None = None  # fixed decimals (money: 0); otherwise up to ``max_decimals``
    max_decimals: int = 3
    scale: float = 1.0  # shown = stored × scale (a rate of 0.1 shown as 10 %)
    display: Callable[[Any], str] | None = None  # COMPUTED columns
    editable: Callable[[Any], bool] | None = None  # per row; default: every row
    tooltip: str | Callable[[], str] = ""  # of the header
    row_tooltip: Callable[[Any], str] | None = None  # of each cell
    foreground: Callable[[Any], QColor | None] | None = None  # per row: a colour that draws the eye
    width: int = 0  # initial width in pixels; 0: fit the header
    stretch: bool = False
    suggestions: Callable[[Any], Sequence[str]] | None = None  # per row: texts completed as typed

    def header_text(self) -> str:
        return self.header() if callable(self.header) else self.header

    def tooltip_text(self) -> str:
        return self.tooltip() if callable(self.tooltip) else self.tooltip

    @property
    def is_numeric(self) -> bool:
        return self.kind is ColumnKind.NUMBER


# commit(row, field, value, typing=False): ``typing`` while the cell is still being typed.
Commit = Callable[..., None]


class RecordTableModel(QAbstractTableModel):
    """Rows of plain records; ``commit(row, field, value)`` saves an accepted edit."""

    problem = Signal(str)  # the reason a typed value was not taken; "" once it is
    checked_changed = Signal()  # the rows chosen by the first column's check boxes changed

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        language: str = "vi",
        commit: Commit | None = None,
        row_id: Callable[[Any], str] = lambda row: row.id,
        check_key: Callable[[Any], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.language = language
        self._commit = commit
        self._row_id = row_id
        self._check_key = check_key
        self._checked: set[str] = set()
        self._rows: list[Any] = []
        # (row id, field) -> (typed text, reason): entries waiting for correction.
        self._pending: dict[tuple[str, str], tuple[str, str]] = {}
        # Cells saved while their editor was still open (the last save ends the undo step).
        self._saved_while_typing: set[tuple[str, str]] = set()

    # --- rows ----------------------------------------------------------------------------------

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, index: int) -> Any:
        """The row at ``index``; None outside the rows."""
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def row_id(self, row: Any) -> str:
        return self._row_id(row)

    def index_of(self, record_id: str | None) -> int:
        return next((i for i, r in enumerate(self._rows) if self._row_id(r) == record_id), -1)

    def set_rows(self, rows: Sequence[Any], checked: Sequence[str] = ()) -> None:
        """Show ``rows``; when the same records come back (an edit), cells update in place so that
        the selection and an open editor stay where they are. With check boxes, ``checked`` are
        the keys of the rows shown checked."""
        if self._check_key is not None:
            self._checked = set(checked)
            self._set_rows(rows)
            self.checked_changed.emit()
        else:
            self._set_rows(rows)

    def _set_rows(self, rows: Sequence[Any]) -> None:
        rows = list(rows)
        new_ids = [self._row_id(r) for r in rows]
        if new_ids == [self._row_id(r) for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        kept = set(new_ids)
        self._pending = {key: value for key, value in self._pending.items() if key[0] in kept}
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers and shown labels follow a change of the UI language."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    # --- check boxes (rows chosen for an action) --------------------------------------------------

    def checked_keys(self) -> list[str]:
        """The checked rows' keys, in the rows' order."""
        if self._check_key is None:
            return []
        return [self._check_key(row) for row in self._rows if self._check_key(row) in self._checked]

    def set_all_checked(self, checked: bool) -> None:
        if self._check_key is None or not self._rows:
            return
        self._checked = {self._check_key(row) for row in self._rows} if checked else set()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
        self.checked_changed.emit()

    def _is_check_cell(self, index: Index) -> bool:
        return self._check_key is not None and index.column() == 0

    def pending_problem(self, index: Index) -> str:
        if not index.isValid():
            return ""
        key = (self._row_id(self._rows[index.row()]), self.columns[index.column()].field)
        return self._pending.get(key, ("", ""))[1]

    def has_pending(self) -> bool:
        return bool(self._pending)

    def pending_entries(self) -> list[tuple[Any, str, str, str]]:
        """The entries waiting for correction: (row, column header, typed text, reason), oldest first."""
        entries = []
        for (row_id, field), (text, reason) in self._pending.items():
            position = self.index_of(row_id)
            column = next((c for c in self.columns if c.field == field), None)
            if position >= 0 and column is not None:
                header = " ".join(column.header_text().split())
                entries.append((self._rows[position], header, text, reason))
        return entries

    def drop_last_pending(self) -> bool:
        """Undo the latest entry that was not taken: the cell shows its saved value again. False
        when there is none (an undo then goes to the saved edits)."""
        if not self._pending:
            return False
        key = next(reversed(self._pending))
        del self._pending[key]
        self._emit_row(self.index_of(key[0]))
        self.problem.emit("")
        return True

    # --- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header_text()
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip_text()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._is_check_cell(index):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        if self._commit is None or column.kind is ColumnKind.COMPUTED:
            return flags
        if column.editable is not None and not column.editable(row):
            return flags
        if column.kind is ColumnKind.CHECK:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and self._is_check_cell(index):
            assert self._check_key is not None
            return Qt.CheckState.Checked if self._check_key(row) in self._checked else Qt.CheckState.Unchecked
        pending = self._pending.get((self._row_id(row), column.field)) if column.field else None
        if pending is not None:
            return self._pending_data(pending, role)
        if column.kind is ColumnKind.COMPUTED and self._row_has_pending(row):
            # Figures from the value saved before would be wrong for the one typed: none until then.
            if role == Qt.ItemDataRole.DisplayRole:
                return "…"
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "RecordTableModel", "Computed once the value in red is corrected"
                )
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.row_tooltip is not None:
                return column.row_tooltip(row) or None
            text = self._display(row, column) if column.kind is not ColumnKind.NUMBER else None
            return text if text and len(text) > 12 else None  # the whole of a text cut to the column
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is ColumnKind.CHECK:
            return Qt.CheckState.Checked if getattr(row, column.field) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            color = column.foreground(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = column.is_numeric or (
                column.kind is ColumnKind.COMPUTED and column.decimals is not None
            )
            return (
                (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if numeric
                else (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            )
        return None

    def _row_has_pending(self, row: Any) -> bool:
        row_id = self._row_id(row)
        return any(key[0] == row_id for key in self._pending)

    def _pending_data(self, pending: tuple[str, str], role: int) -> Any:
        text, reason = pending
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return reason
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(INVALID_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(INVALID_BACKGROUND)
        return None

    def _display(self, row: Any, column: Column) -> str | None:
        if column.kind is ColumnKind.COMPUTED:
            return column.display(row) if column.display else ""
        if column.kind is ColumnKind.CHECK:
            return None
        value = getattr(row, column.field)
        if column.kind is ColumnKind.NUMBER:
            shown = None if value is None else value * column.scale
            return format_number(
                shown, self.language, decimals=column.decimals, max_decimals=column.max_decimals
            )
        if column.kind is ColumnKind.DATE:
            return format_date(value)
        if column.kind is ColumnKind.CHOICE:
            if value in (None, ""):
                return column.none_label or ""
            choices = column.choices(row) if column.choices else ()
            return next((c.label for c in choices if c.code == value), str(value))
        return "" if value is None else str(value)

    def _edit_value(self, row: Any, column: Column) -> Any:
        if column.kind in (ColumnKind.COMPUTED, ColumnKind.CHECK):
            return None
        value = getattr(row, column.field)
        if column.kind is ColumnKind.NUMBER:
            return format_for_editing(None if value is None else value * column.scale, self.language)
        if column.kind is ColumnKind.DATE:
            return format_date(value)
        if column.kind is ColumnKind.CHOICE:
            return value or ""
        return "" if value is None else str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (
            Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        if role == Qt.ItemDataRole.CheckStateRole and self._is_check_cell(index):
            assert self._check_key is not None
            key = self._check_key(self._rows[index.row()])
            if _is_checked(value):
                self._checked.add(key)
            else:
                self._checked.discard(key)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            self.checked_changed.emit()
            return True
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if column.kind is ColumnKind.CHECK:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            return self._accept(index, row, column, _is_checked(value), "")
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value)
        try:
            parsed = self._parse(column, value)
        except KnownProblem as error:
            return self._refuse(index, row, column, text, entry_problem(error))
        return self._accept(index, row, column, parsed, text)

    def _parse(self, column: Column, value: Any) -> Any:
        if column.kind is ColumnKind.NUMBER:
            number = parse_number(
                str(value or ""),
                self.language,
                integer=column.integer,
            )
            if number is None:
                return None
            number /= column.scale
            return round(number) if column.integer else number
        if column.kind is ColumnKind.DATE:
            return parse_date(str(value or ""))
        if column.kind is ColumnKind.CHOICE:
            if not value:
                return None if column.none_label is not None else ""
            return str(value)
        return str(value or "").strip()

    def save_typed(self, index: Index, text: str) -> None:
        """Save what a cell's open editor holds (typing paused): only a value that can be taken,
        as one undo step with the cell's next saves. A save that fails marks the cell at once."""
        if not index.isValid() or self._commit is None or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        try:
            value = self._parse(column, text)
        except KnownProblem:
            return  # said when the cell is left
        if getattr(row, column.field) == value or rule_problem_of(row, column.field, value) is not None:
            return
        try:
            self._commit(row, column.field, value, typing=True)
        except KnownProblem as error:
            self._refuse(index, row, column, text, entry_problem(error))
            return
        key = (self._row_id(row), column.field)
        self._saved_while_typing.add(key)
        self._keep_saved(key[0], column.field, value)
        if self._pending.pop(key, None) is not None:
            self.problem.emit("")

    def _keep_saved(self, row_id: str, field: str, value: Any) -> None:
        # The page reloads every row after a change; until then show what was saved.
        position = self.index_of(row_id)
        if position >= 0 and dataclasses.is_dataclass(self._rows[position]):
            self._rows[position] = dataclasses.replace(self._rows[position], **{field: value})

    def _accept(self, index: Index, row: Any, column: Column, value: Any, text: str) -> bool:
        key = (self._row_id(row), column.field)
        unchanged = getattr(row, column.field) == value
        problem = rule_problem_of(row, column.field, value) if not unchanged else None
        if problem is not None:
            return self._refuse(index, row, column, text, rule_problem(text, problem))
        typed = key in self._saved_while_typing
        self._saved_while_typing.discard(key)
        if not unchanged or typed:
            try:
                assert self._commit is not None
                self._commit(row, column.field, value)  # saved while typed: ends its undo step
            except KnownProblem as error:
                return self._refuse(index, row, column, text, entry_problem(error))
            self._keep_saved(key[0], column.field, value)
        was_pending = self._pending.pop(key, None) is not None
        if was_pending or not unchanged:
            self._emit_row(index.row())
        self.problem.emit("")
        return True

    def _refuse(self, index: Index, row: Any, column: Column, text: str, reason: str) -> bool:
        self._pending[(self._row_id(row), column.field)] = (text, reason)
        self._emit_row(index.row())
        self.problem.emit(reason)
        return True

    def _emit_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))


def rule_problem_of(record: Any, field: str, value: Any) -> str | None:
    """What the shared field rules say against ``value`` (None for rows that are not records)."""
    if not isinstance(record, SyncFields) or field not in field_types(type(record)):
        return None
    return field_problem(type(record), field, value)


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value
