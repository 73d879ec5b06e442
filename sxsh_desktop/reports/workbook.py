"""The assessment as an Excel workbook: one sheet per part, real numbers with number formats.

Sheets: enterprise, baseline and specific consumption, process inputs and outputs, material
balance per step, waste and causes, solutions and feasibility, summary. The tables are the PDF
report's (``reports.tables``), so both show the same figures; money is stored in VND (the PDF
prints millions), percentages as fractions with a percent format. Header rows are frozen; nothing
numeric is stored as text.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sxsh_desktop.atomic import write_atomically
from sxsh_desktop.calc.figures import AssessmentFigures
from sxsh_desktop.domain import numbers
from sxsh_desktop.domain.dates import format_date
from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.reports.labels import Labels
from sxsh_desktop.reports.tables import DataTable, Kind, ReportData

NUMBER_FORMATS = {
    Kind.INT: "#,##0",
    Kind.QUANTITY: "#,##0.###",
    Kind.MONEY: "#,##0",
    Kind.PRICE: "#,##0",
    Kind.PERCENT: "0.0%",
    Kind.RATE: "0.0%",
    Kind.YEARS: "0.0",
    Kind.DATE: "dd/mm/yyyy",
    Kind.DECIMAL: "#,##0.00",
    Kind.FACTOR: "0.0######",
    Kind.YEAR: "0",
}
HEAD_FONT = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DBE5F1")
TOTAL_FILL = PatternFill("solid", fgColor="EEF2F7")
THIN = Side(style="thin", color="9FB3C8")
HEAD_BORDER = Border(bottom=THIN)
CELL_TEXT_LIMIT = 32_767  # characters in one cell (Excel's limit)
LARGEST_NUMBER = 9.99999999999999e307  # Excel's


def build_workbook(
    document: AssessmentDocument,
    figures: AssessmentFigures,
    reference: ReferenceData,
    path: Path | str,
    lang: str = "vi",
) -> Path:
    """Write the workbook to ``path`` (complete or not at all) and return the path."""
    labels = Labels(lang)
    data = ReportData(document, figures, reference, labels)
    workbook = Workbook()
    workbook.remove(workbook.active)
    _enterprise_sheet(workbook, data)
    _baseline_sheet(workbook, data)
    _table_sheet(workbook, labels["sheet.process"], data.flows_table(), labels)
    _balance_sheet(workbook, data)
    _table_sheet(workbook, labels["sheet.waste"], data.waste_table(with_causes=True), labels)
    _table_sheet(workbook, labels["sheet.solutions"], data.solutions_sheet(), labels)
    _summary_sheet(workbook, data)
    workbook.properties.title = _text(f"{labels['report.short_title']} – {document.enterprise.name}")
    workbook.properties.creator = "SXSH Desktop"
    return write_atomically(path, lambda temporary: workbook.save(temporary))


def _text(value: str, labels: Labels | None = None) -> str:
    """Text as a cell can hold it: without the control characters the file format forbids (typed
    or pasted ones print as nothing anyway), and cut with a visible mark beyond a cell's limit."""
    text = ILLEGAL_CHARACTERS_RE.sub("", unicodedata.normalize("NFC", value))
    if len(text) > CELL_TEXT_LIMIT:
        mark = labels["report.cut"] if labels is not None else "…"
        text = text[: CELL_TEXT_LIMIT - len(mark)] + mark
    return text


def _cell_value(value: Any, kind: Kind, labels: Labels) -> Any:
    """What a cell stores: numbers stay numbers; only "no payback" is words."""
    if kind == Kind.YEARS and value is None:
        return _text(labels["s5.no_payback"])
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return _text(value, labels)
    if isinstance(value, float) and not -LARGEST_NUMBER <= value <= LARGEST_NUMBER:
        return None  # a sum of stored values that overflowed: Excel has no infinity
    if kind == Kind.PERCENT:
        return value / 100.0
    if isinstance(value, datetime):
        return value.date()
    return value


def _write_table(sheet: Worksheet, table: DataTable, labels: Labels, first_row: int = 1) -> int:
    """Write a table with its header at ``first_row``; return the row after the table."""
    for index, column in enumerate(table.columns, 1):
        label = column.label
        if column.kind == Kind.MONEY:
            label = labels.format("wb.money_vnd", label=label)
        cell = sheet.cell(first_row, index, _text(label))
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.border = HEAD_BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    row_number = first_row + 1
    for row_index, row in enumerate(table.rows):
        kinds = [table.kind_of(row_index, column) for column in range(len(table.columns))]
        _write_row(sheet, row_number, row, kinds, labels)
        row_number += 1
    if table.total is not None:
        _write_row(sheet, row_number, table.total, [c.kind for c in table.columns], labels)
        for index in range(1, len(table.columns) + 1):
            cell = sheet.cell(row_number, index)
            cell.font = HEAD_FONT
            cell.fill = TOTAL_FILL
        row_number += 1
    return row_number


def _number_format(kind: Kind, lang: str) -> str:
    """A payback of nine days reads "< 0,1", not 0,0; the IRR of a near-free option "> 1.000 %"."""
    if kind == Kind.YEARS:
        return f'[=0]0;[<{numbers.SHORTEST_YEARS}]"< {numbers.number(numbers.SHORTEST_YEARS, lang, 1)}";0.0'
    if kind == Kind.RATE:
        return f'[>{numbers.LARGEST_RATE}]"> {numbers.percent(numbers.LARGEST_RATE * 100, lang, 0)}";0.0%'
    return NUMBER_FORMATS.get(kind, "General")


def _write_row(sheet: Worksheet, row_number: int, row: list[Any], kinds: list[Kind], labels: Labels) -> None:
    for index, (value, kind) in enumerate(zip(row, kinds, strict=True)):
        if index == 0 and isinstance(value, str) and "{unit}" in value:
            # An indicator of money: the workbook stores đồng, and says so.
            value = value.replace("{unit}", labels["wb.money_unit"])
        stored = _cell_value(value, kind, labels)
        cell = sheet.cell(row_number, index + 1, stored)
        if not isinstance(stored, str) and stored is not None:
            cell.number_format = _number_format(kind, labels.lang)
        if kind == Kind.TEXT or isinstance(stored, str):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        else:
            cell.alignment = Alignment(vertical="top")


def _widths(sheet: Worksheet, table: DataTable) -> None:
    for index, column in enumerate(table.columns, 1):
        sheet.column_dimensions[get_column_letter(index)].width = column.excel_width


def _table_sheet(workbook: Workbook, title: str, table: DataTable, labels: Labels) -> Worksheet:
    sheet = workbook.create_sheet(_sheet_title(title))
    _write_table(sheet, table, labels)
    _widths(sheet, table)
    sheet.freeze_panes = "A2"
    sheet.row_dimensions[1].height = 32
    return sheet


def _sheet_title(title: str) -> str:
    # Excel refuses these characters in sheet names and more than 31 characters.
    for character in "[]:*?/\\":
        title = title.replace(character, "-")
    return _text(title)[:31]


def _enterprise_sheet(workbook: Workbook, data: ReportData) -> None:
    labels = data.labels
    sheet = workbook.create_sheet(_sheet_title(labels["sheet.enterprise"]))
    for index, label in enumerate((labels["s1.field"], labels["s1.value"]), 1):
        cell = sheet.cell(1, index, label)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
    a = data.doc.assessment
    dates = " – ".join(format_date(d) for d in (a.start_date, a.end_date) if d is not None)
    fields: list[tuple[str, Kind, Any]] = [
        (labels["report.assessment"], Kind.TEXT, a.title),
        (labels["report.dates"], Kind.TEXT, dates),
        (labels["report.consultants"], Kind.TEXT, a.consultants),
        (labels["report.baseline_year"], Kind.YEAR, a.baseline_year),
        *data.enterprise_fields(),
    ]
    row = 2
    for label, kind, value in fields:
        if value in (None, ""):
            continue
        sheet.cell(row, 1, _text(label)).font = HEAD_FONT
        cell = sheet.cell(row, 2, _cell_value(value, kind, labels))
        if kind != Kind.TEXT:
            cell.number_format = NUMBER_FORMATS[kind]
            cell.alignment = Alignment(horizontal="left")
        else:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    team = data.team_table()
    if not team.is_empty:
        row += 1
        sheet.cell(row, 1, _text(labels["s1.team"])).font = Font(bold=True, size=12)
        _write_table(sheet, team, labels, row + 1)
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 48
    for letter in "CDE":
        sheet.column_dimensions[letter].width = 24
    sheet.freeze_panes = "A2"


def _baseline_sheet(workbook: Workbook, data: ReportData) -> None:
    labels = data.labels
    consumption = data.consumption_table()
    sheet = _table_sheet(workbook, labels["sheet.baseline"], consumption, labels)
    products = data.products_table()
    if not products.is_empty:
        row = len(consumption.rows) + (1 if consumption.total else 0) + 3
        sheet.cell(row, 1, _text(labels["s2.products"])).font = Font(bold=True, size=12)
        _write_table(sheet, products, labels, row + 1)


def _balance_sheet(workbook: Workbook, data: ReportData) -> None:
    table = data.balance_table()
    sheet = _table_sheet(workbook, data.labels["sheet.balance"], table, data.labels)
    if not table.is_empty:
        row = len(table.rows) + (1 if table.total else 0) + 3
        sheet.cell(row, 1, _text(data.balance_note())).alignment = Alignment(wrap_text=False)


def _summary_sheet(workbook: Workbook, data: ReportData) -> None:
    labels = data.labels
    summary = data.summary_table()
    sheet = _table_sheet(workbook, labels["sheet.summary"], summary, labels)
    figures = data.figures
    row = len(summary.rows) + 3
    for key, value in (
        ("summary.target_min", figures.target_min_pct),
        ("summary.target_max", figures.target_max_pct),
    ):
        sheet.cell(row, 1, _text(labels[key])).font = HEAD_FONT
        if value is not None:
            sheet.cell(row, 3, value / 100.0).number_format = NUMBER_FORMATS[Kind.PERCENT]
        row += 1
    sheet.cell(row, 1, _text(labels["summary.target_in_use"])).font = HEAD_FONT
    sheet.cell(row, 2, _text(data.target_name()))
    row += 1
    for key, status_of in (
        ("summary.target_status", lambda t: t.energy_target_status),
        ("summary.material_target_status", lambda t: t.material_target_status),
    ):
        sheet.cell(row, 1, _text(labels[key])).font = HEAD_FONT
        sheet.cell(row, 2, _text(labels.enum("target", status_of(figures.implement_now))))
        sheet.cell(row, 3, _text(labels.enum("target", status_of(figures.counted))))
        row += 1
    row += 1
    for title_key, table in (
        ("summary.by_category", data.technique_counts()),
        ("summary.by_cost_class", data.cost_class_counts()),
        ("appendix.factors", data.factors_table()),
    ):
        if table.is_empty:
            continue
        sheet.cell(row, 1, _text(labels[title_key])).font = Font(bold=True, size=12)
        row = _write_table(sheet, table, labels, row + 1) + 1
    sheet.column_dimensions["D"].width = 10
    sheet.column_dimensions["E"].width = 60
