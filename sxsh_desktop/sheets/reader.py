"""Open a spreadsheet file within bounds: .xlsx (openpyxl, normal mode for merged cells), .xls
(xlrd with formatting info, for fonts) or .csv (byte-order mark, otherwise the encoding given or
strict UTF-8), told by the file's first bytes rather than its name."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sxsh_desktop.sheets.errors import SpreadsheetError
from sxsh_desktop.sheets.model import EMPTY, Cell, CellValue, Sheet, Workbook

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ROWS = 100_000  # in all sheets together
MAX_COLUMNS = 256
MAX_SHEETS = 100
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
# .xlsx (a zip): what its members may hold once unpacked.
MAX_MEMBERS = 10_000
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200  # unpacked / packed, for members over 1 MiB

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>]")
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _refuse(message: str, reason: str) -> SpreadsheetError:
    return SpreadsheetError(message, reason=reason)


def read_workbook(path: Path, *, encoding: str | None = None) -> Workbook:
    """The file's sheets as plain cells, or SpreadsheetError saying why it cannot be read."""
    try:
        if not path.is_file():
            raise _refuse(f"{path.name}: no such file (or not a regular file).", "missing")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refuse(
                f"{path.name} is {size // (1024 * 1024)} MiB; a facility list may be at most "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MiB.",
                "too_large",
            )
        data = path.read_bytes()
    except OSError as problem:
        raise _refuse(f"{path.name} cannot be read: {problem.strerror}.", "unreadable") from None
    digest = hashlib.sha256(data).hexdigest()
    if not data:
        raise _refuse(f"{path.name} is empty.", "empty")
    if data.startswith(_ZIP):
        book = _read_xlsx(path.name, data)
    elif data.startswith(_OLE):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o" in data:
            raise _encrypted(path.name)
        book = _read_xls(path.name, data)
    elif path.suffix.lower() in {".csv", ".txt"}:
        book = _read_csv(path.name, data, encoding)
    else:
        raise _refuse(
            f"{path.name} is not a spreadsheet (.xlsx, .xls or .csv); nothing was imported.",
            "not_spreadsheet",
        )
    book.sha256 = digest
    _check_counts(book)
    return book


def _encrypted(name: str) -> SpreadsheetError:
    return _refuse(
        f"{name} is protected by a password; open it in Excel, remove the password and save a copy.",
        "encrypted",
    )


def _check_counts(book: Workbook) -> None:
    if len(book.sheets) > MAX_SHEETS:
        raise _refuse(
            f"{book.file_name} has {len(book.sheets)} sheets; at most {MAX_SHEETS}.", "too_many_sheets"
        )
    rows = sum(len(sheet.rows) for sheet in book.sheets)
    if rows > MAX_ROWS:
        raise _too_many_rows(book.file_name, rows)
    for sheet in book.sheets:
        if sheet.width > MAX_COLUMNS:
            raise _refuse(
                f"{book.file_name}, sheet {sheet.name!r}: {sheet.width} columns; at most {MAX_COLUMNS}.",
                "too_many_columns",
            )
        for number, row in enumerate(sheet.rows, 1):
            for cell in row:
                if isinstance(cell.value, str) and len(cell.value) > MAX_CELL_CHARS:
                    raise _huge_cell(book.file_name, sheet.name, number)


def _too_many_rows(name: str, rows: int | str) -> SpreadsheetError:
    return _refuse(
        f"{name} has {rows} rows; a facility list may have at most {MAX_ROWS:,} (split the file).",
        "too_many_rows",
    )


def _huge_cell(name: str, sheet: str, row: int) -> SpreadsheetError:
    return _refuse(
        f"{name}, sheet {sheet!r}, row {row}: a cell holds more than {MAX_CELL_CHARS:,} characters, "
        "more than Excel allows; the file is damaged or not a facility list.",
        "huge_cell",
    )


# --- .xlsx -------------------------------------------------------------------------------------


def _check_zip(name: str, data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise _refuse(f"{name} is damaged: it is not a readable .xlsx file.", "damaged") from None
    if len(members) > MAX_MEMBERS:
        raise _refuse(f"{name} holds {len(members)} parts; an .xlsx has far fewer.", "zip_bomb")
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if total > MAX_UNPACKED_BYTES or (member.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise _refuse(
                f"{name} would unpack to far more than it holds ({member.filename}: "
                f"{member.file_size:,} bytes from {member.compress_size:,}); refused as a zip bomb.",
                "zip_bomb",
            )
    names = {member.filename for member in members}
    if "xl/workbook.xml" not in names:
        raise _refuse(f"{name} is a zip file but not an Excel workbook (.xlsx).", "not_spreadsheet")
    return archive


def _count_rows(archive: zipfile.ZipFile, name: str) -> dict[str, tuple[int, int]]:
    """Rows and formulas of each worksheet part, counted while streaming (before openpyxl builds
    them all in memory); refuses as soon as the rows pass the bound."""
    counts: dict[str, tuple[int, int]] = {}
    rows_total = 0
    for member in archive.infolist():
        if not (member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml")):
            continue
        rows = formulas = 0
        tail = b""
        with archive.open(member) as stream:
            while chunk := stream.read(1 << 20):
                block = tail + chunk
                rows += len(_ROW_TAG.findall(block))
                formulas += len(_FORMULA_TAG.findall(block))
                # A tag cut at the chunk's end is counted with the next chunk (and never twice).
                cut = block.rfind(b"<")
                tail = block[cut:] if cut >= 0 and b">" not in block[cut:] else b""
                if tail:
                    rows -= len(_ROW_TAG.findall(tail))
                    formulas -= len(_FORMULA_TAG.findall(tail))
                if rows_total + rows > MAX_ROWS:
                    raise _too_many_rows(name, f"more than {MAX_ROWS:,}")
        rows_total += rows
        counts[member.filename] = (rows, formulas)
    return counts


def _read_xlsx(name: str, data: bytes) -> Workbook:
    archive = _check_zip(name, data)
    counts = _count_rows(archive, name)
    import openpyxl
    from openpyxl.utils import column_index_from_string
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as problem:  # openpyxl raises many kinds on a damaged file
        raise _refuse(f"{name} is damaged: {type(problem).__name__}.", "damaged") from None
    formulas_by_title: dict[str, int] = {}
    paths = [path for path in counts]
    for index, worksheet in enumerate(book.worksheets):
        path = f"xl/worksheets/sheet{index + 1}.xml"
        formulas_by_title[worksheet.title] = counts.get(path, (0, 0))[1] if path in paths else 0
    sheets = []
    for worksheet in book.worksheets:
        rows: list[list[Cell]] = []
        for row in worksheet.iter_rows():
            cells = []
            for cell in row:
                value = cell.value
                if value is None:
                    cells.append(EMPTY)
                    continue
                font = cell.font.name if cell.font is not None else None
                cells.append(Cell(_plain(value), font))
            rows.append(cells)
        while rows and all(c.value is None for c in rows[-1]):
            rows.pop()
        merged = [
            (r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1)
            for r in worksheet.merged_cells.ranges
        ]
        hidden_rows = {number - 1 for number, d in worksheet.row_dimensions.items() if d.hidden}
        hidden_columns: set[int] = set()
        for letter, dimension in worksheet.column_dimensions.items():
            if dimension.hidden:
                first = column_index_from_string(letter) - 1
                last = max(first, (dimension.max or first + 1) - 1)
                hidden_columns.update(range(first, last + 1))
        sheet = Sheet(
            worksheet.title,
            rows,
            merged,
            hidden=worksheet.sheet_state != "visible",
            hidden_rows=hidden_rows,
            hidden_columns=hidden_columns,
            formula_cells=formulas_by_title.get(worksheet.title, 0),
        )
        _spread_merged(sheet)
        sheets.append(sheet)
    return Workbook(name, "", "xlsx", sheets, date_1904=book.epoch == CALENDAR_MAC_1904)


def _plain(value: Any) -> CellValue:
    if isinstance(value, str | int | float | bool | datetime):
        return value
    if hasattr(value, "isoformat"):  # a date or time without the other part
        return str(value.isoformat())
    return str(value)


def _spread_merged(sheet: Sheet) -> None:
    """Give every cell of a merged range the value (and font) of its first cell (R3)."""
    for first_row, first_col, last_row, last_col in sheet.merged:
        if first_row >= len(sheet.rows):
            continue
        row = sheet.rows[first_row]
        source = row[first_col] if first_col < len(row) else EMPTY
        for r in range(first_row, min(last_row, len(sheet.rows) - 1) + 1):
            target = sheet.rows[r]
            if len(target) <= last_col:
                target.extend([EMPTY] * (last_col + 1 - len(target)))
            for c in range(first_col, last_col + 1):
                target[c] = source


# --- .xls --------------------------------------------------------------------------------------


def _read_xls(name: str, data: bytes) -> Workbook:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except xlrd.XLRDError as problem:
        if "encrypted" in str(problem).lower():
            raise _encrypted(name) from None
        raise _refuse(f"{name} is not a readable .xls workbook ({problem}).", "damaged") from None
    except Exception as problem:  # xlrd raises assorted errors on damaged files
        raise _refuse(f"{name} is damaged: {type(problem).__name__}.", "damaged") from None
    try:
        total = 0
        sheets = []
        fonts = [font.name for font in book.font_list]
        for index in range(book.nsheets):
            worksheet = book.sheet_by_index(index)
            total += worksheet.nrows
            if total > MAX_ROWS:
                raise _too_many_rows(name, f"more than {MAX_ROWS:,}")
            if worksheet.ncols > MAX_COLUMNS:
                raise _refuse(
                    f"{name}: {worksheet.ncols} columns; at most {MAX_COLUMNS}.", "too_many_columns"
                )
            rows = [list(_xls_cells(book, worksheet, r, fonts)) for r in range(worksheet.nrows)]
            merged = [(rlo, clo, rhi - 1, chi - 1) for rlo, rhi, clo, chi in worksheet.merged_cells]
            sheet = Sheet(
                worksheet.name,
                rows,
                merged,
                hidden=worksheet.visibility != 0,
                hidden_rows={r for r, info in worksheet.rowinfo_map.items() if info.hidden},
                hidden_columns={c for c, info in worksheet.colinfo_map.items() if info.hidden},
            )
            _spread_merged(sheet)
            sheets.append(sheet)
            book.unload_sheet(index)
        return Workbook(name, "", "xls", sheets, date_1904=book.datemode == 1)
    finally:
        book.release_resources()


def _xls_cells(book: Any, worksheet: Any, r: int, fonts: list[str]) -> Iterator[Cell]:
    import xlrd

    for c in range(worksheet.row_len(r)):
        cell = worksheet.cell(r, c)
        kind = cell.ctype
        if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
            yield EMPTY
            continue
        xf = book.xf_list[cell.xf_index] if cell.xf_index is not None else None
        font = fonts[xf.font_index] if xf is not None and xf.font_index < len(fonts) else None
        value: CellValue = cell.value
        if kind == xlrd.XL_CELL_DATE:
            try:
                value = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
            except (xlrd.xldate.XLDateError, ValueError, OverflowError):
                value = cell.value
        elif kind == xlrd.XL_CELL_BOOLEAN:
            value = bool(cell.value)
        yield Cell(value, font)


# --- .csv --------------------------------------------------------------------------------------


def _read_csv(name: str, data: bytes, encoding: str | None) -> Workbook:
    guessed = False
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            encoding = bom_encoding
            break
    else:
        if encoding is None:
            encoding, guessed = "utf-8", True
    try:
        text = data.decode(encoding)
    except LookupError:
        raise _refuse(f"{encoding!r} is not a text encoding this program knows.", "encoding") from None
    except UnicodeDecodeError:
        raise _refuse(
            f"{name} has no byte-order mark and is not UTF-8; say which encoding it is in "
            "(e.g. --encoding cp1252 or --encoding utf-16).",
            "encoding",
        ) from None
    if "\x00" in text:
        raise _refuse(f"{name} is not a text file (it holds NUL characters).", "not_spreadsheet")
    sample = text[:65536]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    old_limit = csv.field_size_limit(MAX_CELL_CHARS + 1)
    rows: list[list[Cell]] = []
    try:
        for number, record in enumerate(csv.reader(io.StringIO(text, newline=""), dialect), 1):
            if number > MAX_ROWS:
                raise _too_many_rows(name, f"more than {MAX_ROWS:,}")
            rows.append([Cell(value if value != "" else None) for value in record])
    except csv.Error:
        raise _huge_cell(name, name, len(rows) + 1) from None
    finally:
        csv.field_size_limit(old_limit)
    while rows and all(c.value is None for c in rows[-1]):
        rows.pop()
    return Workbook(
        name, "", "csv", [Sheet(Path(name).stem, rows)], encoding=encoding, encoding_guessed=guessed
    )
