"""The yearly report as an editable Word document (python-docx), in the layout of an administrative
document (Decree 30/2020/NĐ-CP): A4, Times New Roman 13–14, margins 20/20/30/15 mm, the issuing body
and the national motto side by side, the number and the place and date, the title, the addressee,
the body, then "Nơi nhận" and the signature block. Wide tables get landscape pages.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from sxsh_desktop.atomic import write_atomically
from sxsh_desktop.reports.tables import DataTable, Kind
from sxsh_desktop.reports.yearly import (
    Section,
    YearlyContent,
    cell_text,
    column_label,
    column_widths,
    document_text,
)

FONT = "Times New Roman"
BODY_SIZE = 13
TABLE_SIZE = 10
WIDE_TABLE_SIZE = 8.5
CELL_MARGIN_MM = 1.0
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
A4 = (Mm(210), Mm(297))
PORTRAIT_WIDTH = 210 - 30 - 15  # mm between the margins
LANDSCAPE_WIDTH = 297 - 20 - 20


def build_docx(content: YearlyContent, path: Path | str) -> Path:
    """Write the report to ``path`` (complete or not at all) and return the path."""
    document = Document()
    _page(document.sections[0], landscape=False)
    _styles(document)
    _header(document, content)
    # The body, the signature block, then the annex on pages of its own (Decree 30/2020); wide
    # tables on landscape pages, turned once for consecutive ones.
    landscape = False
    body = [s for s in content.sections if s.kind != "annex"]
    annex = [s for s in content.sections if s.kind == "annex"]
    for section in body:
        landscape = _turn(document, landscape, section.landscape)
        _section(document, section, content.lang)
    landscape = _turn(document, landscape, False)
    _signature(document, content)
    for section in annex:
        landscape = _turn(document, landscape, section.landscape)
        _section(document, section, content.lang)
    document.core_properties.title = document_text(
        f"{content.title} – {content.subtitle.splitlines()[0] if content.subtitle else ''}"
    )
    document.core_properties.author = content.issuer[-1] if content.issuer else "SXSH Desktop"
    document.core_properties.comments = f"SXSH Desktop, template {content.template_key}"
    return write_atomically(path, lambda temporary: document.save(str(temporary)))


def _page(section: object, *, landscape: bool) -> None:
    from docx.section import Section as DocxSection

    assert isinstance(section, DocxSection)
    width, height = A4
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    if landscape:  # the binding edge stays the wider margin, on top of the turned page
        section.top_margin, section.bottom_margin = Mm(30), Mm(15)
        section.left_margin, section.right_margin = Mm(20), Mm(20)
    else:
        section.top_margin, section.bottom_margin = Mm(20), Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(15)


def _styles(document: DocxDocument) -> None:
    normal = document.styles["Normal"]
    font = normal.font
    font.name = FONT
    font.size = Pt(BODY_SIZE)
    # The East Asian and complex-script slots too, or Word shows Vietnamese in another font.
    fonts = normal.element.rPr.rFonts
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)
    paragraph = normal.paragraph_format
    paragraph.space_before = Pt(0)
    paragraph.space_after = Pt(6)
    paragraph.line_spacing = 1.15


def _run(
    paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None
) -> None:
    run = paragraph.add_run(document_text(text))
    run.bold = bold
    run.italic = italic
    if size is not None:
        run.font.size = Pt(size)


def _para(
    container: DocxDocument | _Cell,
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
    after: float = 0,
) -> Paragraph:
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(after)
    paragraph.paragraph_format.space_before = Pt(0)
    if text:
        _run(paragraph, text, bold=bold, italic=italic, size=size)
    return paragraph


def _rule_under(paragraph: Paragraph, indent_mm: float) -> None:
    """A short solid line under a header line (Decree 30: a third to a half of the line above)."""
    paragraph.paragraph_format.left_indent = Mm(indent_mm)
    paragraph.paragraph_format.right_indent = Mm(indent_mm)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _no_borders(table: Table) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _widths(table: Table, widths: tuple[Length, ...]) -> None:
    """Column widths as Word and LibreOffice both read them (the grid and every cell)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width


def _first_paragraph(cell: _Cell) -> Paragraph:
    return cell.paragraphs[0]


def _header(document: DocxDocument, content: YearlyContent) -> None:
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _widths(table, (Mm(68), Mm(97)))
    left, right = table.rows[0].cells
    issuer = list(content.issuer) or [""]
    first = _first_paragraph(left)
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for index, line in enumerate(issuer):
        paragraph = first if index == 0 else _para(left)
        # The body above the issuer in regular type, the issuer itself in bold (Decree 30).
        _run(paragraph, line.upper(), bold=index == len(issuer) - 1, size=12)
    _rule_under(_para(left, size=6), 18)
    _para(left, content.number_line, size=13)
    motto = _first_paragraph(right)
    motto.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(motto, MOTTO[0], bold=True, size=12)
    _para(right, MOTTO[1], bold=True, size=13)
    _rule_under(_para(right, size=6), 24)
    _para(right, content.place_date, italic=True, size=13)
    _para(document, "", after=6)
    _para(document, content.title, bold=True, size=14)
    for line in content.subtitle.splitlines():
        _para(document, line, bold=True, size=14)
    if content.addressee:
        _para(document, "", after=0)
        _para(document, content.addressee, size=14, after=6)


def _section(document: DocxDocument, section: Section, lang: str) -> None:
    width = LANDSCAPE_WIDTH if section.landscape else PORTRAIT_WIDTH
    if section.kind == "annex":
        paragraph = document.add_paragraph()
        paragraph.add_run().add_break(WD_BREAK.PAGE)
    if section.title:
        align = WD_ALIGN_PARAGRAPH.CENTER if section.kind == "annex" else WD_ALIGN_PARAGRAPH.LEFT
        _para(document, section.title, bold=True, align=align, after=6).paragraph_format.space_before = Pt(6)
    if section.text:
        for line in section.text.splitlines() or [""]:
            paragraph = _para(document, line, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6)
            paragraph.paragraph_format.first_line_indent = Mm(10)
    if section.table is not None:
        _table(document, section.table, lang, section.heading_rows, width)
    for title, table in section.tables:
        _para(
            document, title, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=3
        ).paragraph_format.space_before = Pt(6)
        _table(document, table, lang, frozenset(), width)
    for note in section.notes:
        _para(document, note, italic=True, size=11, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=3)


def _turn(document: DocxDocument, landscape: bool, wanted: bool) -> bool:
    """A new section of pages in the other orientation, when the wanted one differs."""
    if landscape != wanted:
        _page(document.add_section(WD_SECTION.NEW_PAGE), landscape=wanted)
    return wanted


def _table(
    document: DocxDocument, data: DataTable, lang: str, heading_rows: frozenset[int], width: float
) -> None:
    columns = len(data.columns)
    rows = [list(row) for row in data.rows] + ([list(data.total)] if data.total is not None else [])
    table = document.add_table(rows=1 + len(rows), cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _cell_margins(table, CELL_MARGIN_MM)
    # A wide table in a smaller type. Times New Roman: about 0.19 mm a character per point.
    size = TABLE_SIZE if columns <= 9 else WIDE_TABLE_SIZE
    char = 0.19 * size
    widths = [Mm(w) for w in column_widths(data, lang, width, char, 2 * CELL_MARGIN_MM + 0.6, heading_rows)]
    for column, column_width in zip(table.columns, widths, strict=True):
        column.width = column_width
    # Cells are reached through their row's XML: python-docx's table.cell(r, c) walks the whole
    # table each time, which made a table of a few hundred rows take seconds.
    row_elements = table._tbl.tr_lst
    head = [_Cell(tc, table) for tc in row_elements[0].tc_lst]
    for index, cell in enumerate(head):
        cell.width = widths[index]
        paragraph = _first_paragraph(cell)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(paragraph, column_label(data, index, lang), bold=True, size=size)
    _repeat_header(table)
    for row_index, row in enumerate(rows):
        cells = [_Cell(tc, table) for tc in row_elements[row_index + 1].tc_lst]
        for cell, cell_width in zip(cells, widths, strict=True):
            cell.width = cell_width
        is_total = data.total is not None and row_index == len(rows) - 1
        if row_index in heading_rows:
            merged = cells[0].merge(cells[-1])
            _run(_first_paragraph(merged), str(row[0] or ""), bold=True, size=size)
            continue
        for index, cell in enumerate(cells):
            kind = data.kind_of(row_index, index)
            paragraph = _first_paragraph(cell)
            paragraph.paragraph_format.space_after = Pt(0)
            if kind != Kind.TEXT:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _run(paragraph, cell_text(row[index], kind, lang), bold=is_total, size=size)
    _para(document, "", after=3)


def _cell_margins(table: Table, margin_mm: float) -> None:
    """Left and right cell margins of the whole table (Word's default is 1.9 mm)."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(round(margin_mm / 25.4 * 1440)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.append(margins)


def _repeat_header(table: Table) -> None:
    """The header row repeats on every page the table runs over."""
    properties = table.rows[0]._tr.get_or_add_trPr()
    if properties.find(qn("w:tblHeader")) is None:
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        properties.append(header)


def _signature(document: DocxDocument, content: YearlyContent) -> None:
    _para(document, "", after=6)
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    table.autofit = False
    _widths(table, (Mm(85), Mm(80)))
    left, right = table.rows[0].cells
    title = _first_paragraph(left)
    title.alignment = WD_ALIGN_PARAGRAPH.LEFT
    _run(title, "Nơi nhận:" if content.lang == "vi" else "Recipients:", bold=True, italic=True, size=12)
    for recipient in content.recipients:
        _para(left, f"- {recipient}", size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    signature = content.signature
    first = _first_paragraph(right)
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(first, signature.authority.upper(), bold=True, size=13)
    if signature.title:
        _para(right, signature.title.upper(), bold=True, size=13)
    for _ in range(4):  # room for the signature and the seal
        _para(right, "", size=13)
    _para(right, signature.name, bold=True, size=13)
