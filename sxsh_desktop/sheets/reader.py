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
from dataclasses import dataclass, field
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


@dataclass
class _SheetScan:
    """What the streaming pass over one worksheet part found."""

    rows: int = 0
    formulas: int = 0
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')
_ROW_ATTRS = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_COL_ATTRS = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_ATTR_R = re.compile(rb'\br="(\d+)"')
_ATTR_MIN = re.compile(rb'\bmin="(\d+)"')
_ATTR_MAX = re.compile(rb'\bmax="(\d+)"')


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _scan_sheets(archive: zipfile.ZipFile, name: str) -> dict[str, _SheetScan]:
    """Rows, formulas, merged ranges and hidden rows and columns of each worksheet part, read while
    streaming (before openpyxl builds them all in memory); refuses as soon as the rows pass the
    bound."""
    scans: dict[str, _SheetScan] = {}
    rows_total = 0
    for member in archive.infolist():
        if not (member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml")):
            continue
        scan = _SheetScan()
        tail = b""
        with archive.open(member) as stream:
            while True:
                chunk = stream.read(1 << 20)
                block = tail + chunk
                cut = block.rfind(b"<") if chunk else len(block)
                if cut <= 0 and chunk:
                    tail = block
                    continue
                part, tail = block[:cut], block[cut:]
                scan.rows += len(_ROW_TAG.findall(part))
                scan.formulas += len(_FORMULA_TAG.findall(part))
                for attrs in _ROW_ATTRS.findall(part):
                    if b"hidden" in attrs and _HIDDEN.search(attrs) and (number := _ATTR_R.search(attrs)):
                        scan.hidden_rows.add(int(number.group(1)) - 1)
                for attrs in _COL_ATTRS.findall(part):
                    if b"hidden" in attrs and _HIDDEN.search(attrs):
                        first, last = _ATTR_MIN.search(attrs), _ATTR_MAX.search(attrs)
                        if first and last:
                            scan.hidden_columns.update(range(int(first.group(1)) - 1, int(last.group(1))))
                for c1, r1, c2, r2 in _MERGE.findall(part):
                    scan.merged.append(
                        (int(r1) - 1, _column_number(c1) - 1, int(r2) - 1, _column_number(c2) - 1)
                    )
                if rows_total + scan.rows > MAX_ROWS:
                    raise _too_many_rows(name, f"more than {MAX_ROWS:,}")
                if not chunk:
                    break
        rows_total += scan.rows
        scans[member.filename] = scan
    return scans


# Up to this many rows in all, openpyxl's normal mode builds the sheets (and says which cells are
# merged, which rows and columns hidden); above it, its read-only mode streams the values and fonts
# and the scan above gives the merged ranges and hidden parts (office-and-scale.md §3, R1).
NORMAL_MODE_ROWS = 5_000


def _read_xlsx(name: str, data: bytes) -> Workbook:
    archive = _check_zip(name, data)
    scans = _scan_sheets(archive, name)
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    read_only = sum(scan.rows for scan in scans.values()) > NORMAL_MODE_ROWS
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=read_only)
    except Exception as problem:  # openpyxl raises many kinds on a damaged file
        raise _refuse(f"{name} is damaged: {type(problem).__name__}.", "damaged") from None
    try:
        paths = _sheet_paths(archive)
        sheets = [
            _xlsx_sheet(book, worksheet, scans.get(paths.get(worksheet.title, ""), _SheetScan()), read_only)
            for worksheet in book.worksheets
        ]
    except (ValueError, KeyError, TypeError, AttributeError) as problem:
        raise _refuse(f"{name} is damaged: {type(problem).__name__}.", "damaged") from None
    finally:
        if read_only:
            book.close()
    return Workbook(name, "", "xlsx", sheets, date_1904=book.epoch == CALENDAR_MAC_1904)


_SHEET_ENTRY = re.compile(rb'<(?:\w+:)?sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"')
_RELATION = re.compile(rb'<Relationship\b[^>]*?Id="([^"]*)"[^>]*?Target="([^"]*)"')
_RELATION_REVERSED = re.compile(rb'<Relationship\b[^>]*?Target="([^"]*)"[^>]*?Id="([^"]*)"')


def _sheet_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title → worksheet part, from the workbook and its relationships."""
    from html import unescape

    try:
        workbook = archive.read("xl/workbook.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets = {rid: target for rid, target in _RELATION.findall(rels)}
    targets.update({rid: target for target, rid in _RELATION_REVERSED.findall(rels)})
    paths = {}
    for title, rid in _SHEET_ENTRY.findall(workbook):
        target = targets.get(rid, b"").decode("utf-8", "replace")
        path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        paths[unescape(title.decode("utf-8", "replace"))] = path
    return paths


def _xlsx_sheet(book: Any, worksheet: Any, scan: _SheetScan, read_only: bool) -> Sheet:
    # Fonts by the cell's style: a list lookup instead of openpyxl's per-cell style proxies.
    fonts = book._fonts
    styles = book._cell_styles

    def font_name(cell: Any) -> str | None:
        try:
            style = styles[cell._style_id] if read_only else cell._style
            return str(fonts[style.fontId].name) if fonts[style.fontId].name is not None else None
        except (IndexError, AttributeError, TypeError):
            return cell.font.name if cell.font is not None else None

    rows: list[list[Cell]] = []
    for row in worksheet.iter_rows():
        cells = []
        for cell in row:
            value = cell.value
            cells.append(EMPTY if value is None else Cell(_plain(value), font_name(cell)))
        if read_only and row:
            first = getattr(row[0], "row", None)
            while first is not None and len(rows) < first - 1:
                rows.append([])
        rows.append(cells)
    while rows and all(c.value is None for c in rows[-1]):
        rows.pop()
    if read_only:
        merged = scan.merged
        hidden_rows, hidden_columns = scan.hidden_rows, scan.hidden_columns
    else:
        merged = [
            (r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1)
            for r in worksheet.merged_cells.ranges
        ]
        hidden_rows = {number - 1 for number, d in worksheet.row_dimensions.items() if d.hidden}
        hidden_columns = set()
        from openpyxl.utils import column_index_from_string

        for letter, dimension in worksheet.column_dimensions.items():
            if dimension.hidden:
                first_col = column_index_from_string(letter) - 1
                last_col = max(first_col, (dimension.max or first_col + 1) - 1)
                hidden_columns.update(range(first_col, last_col + 1))
    sheet = Sheet(
        worksheet.title,
        rows,
        list(merged),
        hidden=worksheet.sheet_state != "visible",
        hidden_rows=set(hidden_rows),
        hidden_columns=set(hidden_columns),
        formula_cells=scan.formulas,
    )
    _spread_merged(sheet)
    return sheet


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
