"""What a spreadsheet reader returns: plain cells, no parser objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

CellValue = str | float | int | bool | datetime | None


@dataclass(frozen=True, slots=True)
class Cell:
    value: CellValue
    font: str | None = None  # the cell's font name (None: the file has no fonts, as CSV)

    @property
    def is_number(self) -> bool:
        return isinstance(self.value, int | float) and not isinstance(self.value, bool)

    @property
    def text(self) -> str:
        """The value as text as it stands (a whole float without its ".0")."""
        value = self.value
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return str(value)


EMPTY = Cell(None)


@dataclass
class Sheet:
    name: str
    rows: list[list[Cell]]  # merged data cells already spread over the cells they span
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # first row, col, last row, col
    hidden: bool = False
    hidden_rows: set[int] = field(default_factory=set)  # 0-based
    hidden_columns: set[int] = field(default_factory=set)
    formula_cells: int = 0  # formulas found (their cached values are what is read)

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


@dataclass
class Workbook:
    file_name: str
    sha256: str
    kind: str  # "xlsx", "xls", "csv"
    sheets: list[Sheet]
    date_1904: bool = False
    encoding: str = ""  # CSV: the text encoding used
    encoding_guessed: bool = False  # CSV: no byte-order mark said it
