"""The yearly report as a PDF (reportlab), laid out like its DOCX: the administrative header, the
sections, the signature block. It uses the report's fonts (Noto Sans, embedded) and its fast table
(``reports/pdf.py``); every text from the database is escaped before it reaches paragraph markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from sxsh_desktop.atomic import write_atomically
from sxsh_desktop.domain.text import escape_html
from sxsh_desktop.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts, text_width
from sxsh_desktop.reports.pdf import _CellText, _ReportTable, _row_height, _wrap
from sxsh_desktop.reports.tables import DataTable, Kind
from sxsh_desktop.reports.yearly import (
    Section,
    YearlyContent,
    cell_text,
    column_label,
    column_widths,
    document_text,
)

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGINS = {
    "portrait": (30 * mm, 15 * mm, 20 * mm, 20 * mm),
    "landscape": (20 * mm, 20 * mm, 25 * mm, 15 * mm),
}
GRID = colors.HexColor("#555555")
HEAD_FILL = colors.HexColor("#eeeeee")
TABLE_FONT = 7.5
PADDING = 2.5
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def build_pdf(content: YearlyContent, path: Path | str) -> Path:
    register_fonts()
    return write_atomically(path, lambda temporary: _write(content, temporary))


def _frame_width(orientation: str) -> float:
    page = PORTRAIT if orientation == "portrait" else LANDSCAPE
    left, right, _, _ = MARGINS[orientation]
    return page[0] - left - right


def _template(orientation: str, footer: str) -> PageTemplate:
    page = PORTRAIT if orientation == "portrait" else LANDSCAPE
    left, right, top, bottom = MARGINS[orientation]
    frame = Frame(left, bottom, page[0] - left - right, page[1] - top - bottom, 0, 0, 0, 0, id=orientation)

    def page_number(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(left, bottom - 10 * mm, footer)
        canvas.drawRightString(page[0] - right, bottom - 10 * mm, str(canvas.getPageNumber()))
        canvas.restoreState()

    return PageTemplate(id=orientation, frames=[frame], pagesize=page, onPage=page_number)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=11, leading=15, alignment=TA_JUSTIFY, spaceAfter=5
    )
    center = ParagraphStyle("center", body, alignment=TA_CENTER, spaceAfter=0)
    return {
        "body": ParagraphStyle("body_indent", body, firstLineIndent=10 * mm),
        "center": center,
        "issuer": ParagraphStyle("issuer", center, fontSize=10, leading=13),
        "issuer_bold": ParagraphStyle("issuer_bold", center, fontName=BOLD, fontSize=10, leading=13),
        "motto": ParagraphStyle("motto", center, fontName=BOLD, fontSize=10, leading=13),
        "motto2": ParagraphStyle("motto2", center, fontName=BOLD, fontSize=11, leading=14),
        "date": ParagraphStyle("date", center, fontName=ITALIC, fontSize=11, leading=14),
        "title": ParagraphStyle("title", center, fontName=BOLD, fontSize=13, leading=17),
        "h1": ParagraphStyle(
            "h1",
            body,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=5,
            alignment=TA_LEFT,
        ),
        "h2": ParagraphStyle(
            "h2", body, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=6, alignment=TA_LEFT
        ),
        "note": ParagraphStyle("note", body, fontName=ITALIC, fontSize=9, leading=12),
        "recipients_title": ParagraphStyle(
            "rt", body, fontName=BOLD, fontSize=10, leading=13, alignment=TA_LEFT, spaceAfter=0
        ),
        "recipient": ParagraphStyle("rc", body, fontSize=9, leading=12, alignment=TA_LEFT, spaceAfter=0),
        "sign": ParagraphStyle("sign", center, fontName=BOLD, fontSize=11, leading=14),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape_html(document_text(text)).replace("\n", "<br/>"), style)


def _write(content: YearlyContent, path: Path) -> None:
    styles = _styles()
    footer = document_text(f"{content.title} {content.year} · {content.template_key}")
    document = BaseDocTemplate(
        str(path),
        pagesize=PORTRAIT,
        title=document_text(content.file_title),
        author=document_text(content.issuer[-1] if content.issuer else "SXSH Desktop"),
        creator="SXSH Desktop",
        pageTemplates=[_template("portrait", footer), _template("landscape", footer)],
    )
    story: list[Flowable] = _header(content, styles)
    orientation = "portrait"
    body = [s for s in content.sections if s.kind != "annex"]
    annex = [s for s in content.sections if s.kind == "annex"]
    for index, section in enumerate(body + annex):
        if index == len(body):  # the signature closes the body; the annex follows it
            story += _turn(orientation, "portrait") + _signature(content, styles)
            orientation = "portrait"
        wanted = "landscape" if section.landscape else "portrait"
        if wanted != orientation:
            story += _turn(orientation, wanted)
            orientation = wanted
        elif section.kind == "annex":
            story.append(PageBreak())
        story += _section(section, content.lang, styles, _frame_width(orientation))
    if not annex:
        story += _turn(orientation, "portrait") + _signature(content, styles)
    document.build(story)


def _turn(current: str, wanted: str) -> list[Flowable]:
    """A new page in the other orientation, or nothing when the page is already so."""
    return [] if current == wanted else [NextPageTemplate(wanted), PageBreak()]


def _header(content: YearlyContent, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    issuer = list(content.issuer) or [""]
    left: list[Flowable] = [
        _p(line.upper(), styles["issuer_bold" if index == len(issuer) - 1 else "issuer"])
        for index, line in enumerate(issuer)
    ]
    left += [_Rule(22 * mm), Spacer(1, 3), _p(content.number_line, styles["center"])]
    right: list[Flowable] = [
        _p(MOTTO[0], styles["motto"]),
        _p(MOTTO[1], styles["motto2"]),
        _Rule(45 * mm),
        Spacer(1, 3),
        _p(content.place_date, styles["date"]),
    ]
    width = _frame_width("portrait")
    table = Table([[left, right]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story: list[Flowable] = [table, Spacer(1, 8 * mm), _p(content.title, styles["title"])]
    if content.subtitle:
        story.append(_p(content.subtitle, styles["title"]))
    if content.addressee:
        story += [Spacer(1, 4 * mm), _p(content.addressee, styles["center"])]
    story.append(Spacer(1, 5 * mm))
    return story


class _Rule(Flowable):
    """A short centred line under a header line."""

    def __init__(self, length: float) -> None:
        super().__init__()
        self.length = length

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 3

    def draw(self) -> None:
        self.canv.setLineWidth(0.6)
        start = (self.width - self.length) / 2
        self.canv.line(start, 1.5, start + self.length, 1.5)


def _section(section: Section, lang: str, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    story: list[Flowable] = []
    if section.title:
        style = styles["title"] if section.kind == "annex" else styles["h1"]
        story.append(_p(section.title, style))
        if section.kind == "annex":
            story.append(Spacer(1, 4 * mm))
    for line in section.text.splitlines():
        story.append(_p(line, styles["body"]))
    if section.table is not None:
        story.append(_table(section.table, lang, width, section.heading_rows))
    for title, table in section.tables:
        story += [_p(title, styles["h2"]), _table(table, lang, width, frozenset())]
    for note in section.notes:
        story.append(_p(note, styles["note"]))
    return story


def _table(data: DataTable, lang: str, width: float, heading_rows: frozenset[int]) -> Flowable:
    # Noto Sans 7.5 pt: about 4.2 pt a character, and the cell's padding.
    widths = column_widths(data, lang, width, 4.2, 2 * PADDING + 1, heading_rows)
    size = TABLE_FONT
    leading = size * 1.25
    head: list[Any] = []
    for index, column_width in enumerate(widths):
        label = document_text(column_label(data, index, lang))
        head_size = size
        longest = max(label.split(), key=lambda w: text_width(w, BOLD, head_size), default="")
        while head_size > 5.5 and text_width(longest, BOLD, head_size) > column_width - 2 * PADDING:
            head_size -= 0.25
        head.append(
            _CellText(
                _wrap(label, BOLD, head_size, column_width - 2 * PADDING), BOLD, head_size, head_size * 1.25
            )
        )
    rows: list[list[Any]] = [head]
    values = [list(r) for r in data.rows] + ([list(data.total)] if data.total is not None else [])
    style: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for row_index, row in enumerate(values):
        line = row_index + 1
        total = data.total is not None and row_index == len(values) - 1
        if row_index in heading_rows:
            text = document_text(str(row[0] or ""))
            cells = [_CellText(_wrap(text, BOLD, size, sum(widths) - 2 * PADDING), BOLD, size, leading)]
            cells += [_CellText([""], BOLD, size, leading) for _ in widths[1:]]
            rows.append(cells)
            style += [("SPAN", (0, line), (-1, line)), ("BACKGROUND", (0, line), (-1, line), HEAD_FILL)]
            continue
        font = BOLD if total else REGULAR
        cells = []
        for index, column_width in enumerate(widths):
            kind = data.kind_of(row_index, index)
            text = cell_text(row[index], kind, lang)
            cells.append(
                _CellText(_wrap(text, font, size, column_width - 2 * PADDING) or [""], font, size, leading)
            )
            if kind != Kind.TEXT:
                style.append(("ALIGN", (index, line), (index, line), "RIGHT"))
        rows.append(cells)
    heights = [_row_height(row) for row in rows]
    table = _ReportTable(
        rows, colWidths=widths, rowHeights=heights, repeatRows=1, style=TableStyle(style), hAlign="CENTER"
    )
    table.spaceAfter = 6
    return table


def _signature(content: YearlyContent, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    left: list[Flowable] = [
        _p("Nơi nhận:" if content.lang == "vi" else "Recipients:", styles["recipients_title"])
    ]
    left += [_p(f"- {r}", styles["recipient"]) for r in content.recipients]
    signature = content.signature
    right: list[Flowable] = [_p(signature.authority.upper(), styles["sign"])]
    if signature.title:
        right.append(_p(signature.title.upper(), styles["sign"]))
    right += [Spacer(1, 22 * mm), _p(signature.name, styles["sign"])]
    width = _frame_width("portrait")
    table = Table([[left, right]], colWidths=[width * 0.5, width * 0.5])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    table.keepWithNext = False
    return [Spacer(1, 8 * mm), table]
