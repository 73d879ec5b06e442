"""The yearly report as an Excel workbook: one sheet per table (results, indicators with their
definitions, enterprises, budget, the annex's tables) and a first sheet with the report's header
and texts. Numbers stay numbers (VND in full, percentages as fractions) with number formats."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from sxsh_desktop.atomic import write_atomically
from sxsh_desktop.reports.tables import DataTable, Kind
from sxsh_desktop.reports.workbook import HEAD_BORDER, HEAD_FILL, HEAD_FONT, NUMBER_FORMATS, TOTAL_FILL, _text
from sxsh_desktop.reports.yearly import YearlyContent

SHEET_NAMES = {
    "results": ("Ket qua nhiem vu", "Results"),
    "indicators": ("Chi tieu", "Indicators"),
    "enterprises": ("Co so", "Enterprises"),
    "budget": ("Kinh phi", "Budget"),
}
MONEY_LABEL = {"vi": "{label} (đồng)", "en": "{label} (VND)"}


def build_xlsx(content: YearlyContent, path: Path | str) -> Path:
    workbook = Workbook()
    summary = workbook.active
    assert summary is not None
    summary.title = "Bao cao" if content.lang == "vi" else "Report"
    _summary(summary, content)
    annex_count = 0
    for section in content.sections:
        if section.table is not None:
            names = SHEET_NAMES.get(section.key, (section.key, section.key))
            sheet = workbook.create_sheet(names[0] if content.lang == "vi" else names[1])
            _sheet(sheet, section.title, section.table, content.lang, section.heading_rows, section.notes)
        for title, table in section.tables:
            annex_count += 1
            sheet = workbook.create_sheet(f"{'Phu luc' if content.lang == 'vi' else 'Annex'} {annex_count}")
            _sheet(sheet, title, table, content.lang, frozenset(), [])
    workbook.properties.title = _text(content.file_title)
    workbook.properties.creator = "SXSH Desktop"
    return write_atomically(path, lambda temporary: workbook.save(temporary))


def _summary(sheet: Worksheet, content: YearlyContent) -> None:
    lines: list[tuple[str, object]] = [
        ("", " – ".join(content.issuer)),
        ("", content.number_line),
        ("", content.place_date),
        ("", content.title),
        ("", content.subtitle.replace("\n", " ")),
    ]
    labels = (
        ("Năm", "Từ ngày", "Đến ngày", "Trạng thái", "Mẫu báo cáo")
        if content.lang == "vi"
        else ("Year", "From", "To", "State", "Template")
    )
    lines += list(
        zip(
            labels,
            (content.year, content.period_start, content.period_end, content.state, content.template_key),
            strict=True,
        )
    )
    row = 1
    for label, value in lines:
        sheet.cell(row, 1, _text(label)).font = HEAD_FONT
        cell = sheet.cell(row, 2, _text(value) if isinstance(value, str) else value)
        if label in (labels[1], labels[2]):
            cell.number_format = NUMBER_FORMATS[Kind.DATE]
        row += 1
    row += 1
    for section in content.sections:
        if section.kind != "text" or not (section.text or section.title):
            continue
        sheet.cell(row, 1, _text(section.title or section.key)).font = HEAD_FONT
        text = sheet.cell(row, 2, _text(section.text))
        text.alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 110


def _sheet(
    sheet: Worksheet, title: str, table: DataTable, lang: str, heading_rows: frozenset[int], notes: list[str]
) -> None:
    sheet.cell(1, 1, _text(title)).font = Font(bold=True, size=12)
    head = 3
    for index, column in enumerate(table.columns, 1):
        label = MONEY_LABEL[lang].format(label=column.label) if column.kind == Kind.MONEY else column.label
        cell = sheet.cell(head, index, _text(label))
        cell.font, cell.fill, cell.border = HEAD_FONT, HEAD_FILL, HEAD_BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.column_dimensions[cell.column_letter].width = 40 if column.kind == Kind.TEXT else 16
    rows = [list(r) for r in table.rows] + ([list(table.total)] if table.total is not None else [])
    for row_index, row in enumerate(rows):
        line = head + 1 + row_index
        total = table.total is not None and row_index == len(rows) - 1
        for index, value in enumerate(row, 1):
            kind = table.kind_of(row_index, index - 1)
            if row_index in heading_rows and index > 1:
                continue
            cell = sheet.cell(line, index, _value(value, kind))
            if kind in NUMBER_FORMATS and not isinstance(cell.value, str):
                cell.number_format = NUMBER_FORMATS[kind]
            if row_index in heading_rows or total:
                cell.font = HEAD_FONT
            if total:
                cell.fill = TOTAL_FILL
            if kind == Kind.TEXT:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    line = head + len(rows) + 2
    for note in notes:
        sheet.cell(line, 1, _text(note)).font = Font(italic=True)
        line += 1
    sheet.freeze_panes = sheet.cell(head + 1, 1)


def _value(value: object, kind: Kind) -> object:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return _text(value)
    if kind == Kind.PERCENT and isinstance(value, int | float):
        return value / 100.0
    return value
