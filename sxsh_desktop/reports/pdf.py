"""The assessment report for the enterprise as a PDF (A4), following DESIGN.md section 6.

Cover · summary · 1 enterprise · 2 production and specific consumption · 3 process flow chart and
waste streams · 4 causes · 5 solutions · 6 implementation plan · 7 conclusions and signatures ·
appendix: factors used, notes on the data, photos. Every figure comes from ``AssessmentFigures``.
"""

from __future__ import annotations

import math
import os
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from sxsh_desktop.atomic import write_atomically
from sxsh_desktop.calc.figures import AssessmentFigures
from sxsh_desktop.domain import numbers
from sxsh_desktop.domain.dates import format_date
from sxsh_desktop.domain.model import AssessmentDocument, Decision, PhotoOwner
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.domain.text import escape_html as escape
from sxsh_desktop.flowchart import layout_flowchart
from sxsh_desktop.reports.charts import horizontal_bars
from sxsh_desktop.reports.flowchart import chart_document, flowchart_parts
from sxsh_desktop.reports.fonts import BOLD, ITALIC, REGULAR, fit_text, register_fonts, text_width
from sxsh_desktop.reports.labels import Labels
from sxsh_desktop.reports.photos import PreparedPhoto, prepare_photo
from sxsh_desktop.reports.tables import DataTable, Kind, ReportData, cell_text

PhotoSource = Callable[[str], bytes | None]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
CELL_PADDING = 3.0
CELL_LEADING = 1.7  # points between a table cell's lines, beyond the font size
CELL_TOP_PADDING = 2.0
CELL_BOTTOM_PADDING = 2.5
TOP_SAVINGS_IN_CHART = 15
HEADING_ROOM = 40 * mm  # space a sub-heading needs below it on the page, else it starts a new page
PHOTO_BOX = (FRAME_WIDTH / 2 - 8, 62 * mm)
MAX_CELL_HEIGHT = FRAME_HEIGHT / 2  # a longer cell text is cut, with a visible mark

ACCENT = colors.HexColor("#1f4e79")
HEADER_FILL = colors.HexColor("#dbe5f1")
TOTAL_FILL = colors.HexColor("#eef2f7")
STRIPE = colors.HexColor("#f7f9fc")
GRID = colors.HexColor("#9fb3c8")
GRID_WIDTH = 0.4


def build_report(
    document: AssessmentDocument,
    figures: AssessmentFigures,
    reference: ReferenceData,
    path: Path | str,
    lang: str = "vi",
    photos: PhotoSource | None = None,
    *,
    today: date | None = None,
) -> Path:
    """Write the report to ``path`` (complete or not at all) and return the path.

    ``photos(photo_id)`` gives a photo's bytes (``Store.photo_data``); a photo it cannot give, or
    that cannot be decoded, prints as a placeholder box.
    """
    labels = Labels(lang)
    register_fonts()
    # Images as binary streams: ASCII85 text would make them larger and, without reportlab's C
    # accelerator, take most of the build time of a report with many photos.
    rl_config.useA85 = 0
    builder = _ReportBuilder(document, figures, reference, labels, photos, today or date.today())
    return write_atomically(path, builder.write)


def _nfc(text: str) -> str:
    # Text typed with combining accents prints as the precomposed letters Noto Sans draws best.
    return unicodedata.normalize("NFC", text)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, spaceAfter=4)
    return {
        "body": body,
        "small": ParagraphStyle(
            "small", body, fontSize=8, leading=10.5, textColor=colors.HexColor("#444444")
        ),
        "title": ParagraphStyle(
            "title", body, fontName=BOLD, fontSize=20, leading=27, alignment=TA_CENTER, textColor=ACCENT
        ),
        "cover": ParagraphStyle("cover", body, fontName=BOLD, fontSize=12, leading=16, alignment=TA_CENTER),
        "cover_small": ParagraphStyle("cover_small", body, fontSize=10.5, leading=14, alignment=TA_CENTER),
        "h1": ParagraphStyle(
            "h1", body, fontName=BOLD, fontSize=14, leading=18, spaceBefore=6, spaceAfter=8, textColor=ACCENT
        ),
        "h2": ParagraphStyle("h2", body, fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=5),
        "h3": ParagraphStyle(
            "h3", body, fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=3
        ),
        "cell": ParagraphStyle("cell", body, fontSize=7.5, leading=9.2, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", body, fontName=BOLD, fontSize=7.5, leading=9.2, spaceAfter=0
        ),
        "caption": ParagraphStyle(
            "caption", body, fontName=ITALIC, fontSize=8, leading=10, alignment=TA_CENTER
        ),
        "sign": ParagraphStyle("sign", body, fontName=BOLD, fontSize=10, leading=13, alignment=TA_CENTER),
        "sign_note": ParagraphStyle("sign_note", body, fontName=ITALIC, fontSize=8.5, alignment=TA_CENTER),
    }


class _ReportBuilder:
    def __init__(
        self,
        document: AssessmentDocument,
        figures: AssessmentFigures,
        reference: ReferenceData,
        labels: Labels,
        photos: PhotoSource | None,
        today: date,
    ) -> None:
        self.doc = document
        self.figures = figures
        self.labels = labels
        self.lang = labels.lang
        self.data = ReportData(document, figures, reference, labels)
        self.photos = photos
        self.today = today
        self.styles = _styles()
        self.photo_folder = Path(tempfile.gettempdir())  # replaced by a private folder during write

    # -- document -----------------------------------------------------------------------------------

    def write(self, path: Path) -> None:
        L = self.labels
        enterprise = self.doc.enterprise
        header_left = _nfc(enterprise.short_name or enterprise.name)
        header_right = _nfc(L["report.short_title"])
        footer_left = L.format("report.printed_on", date=format_date(self.today, numbers.MISSING))
        page_label = L["report.page"]

        class NumberedCanvas(Canvas):
            """Draws the running header and footer with "page x/y" once the page count is known."""

            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._pages)
                for state in self._pages:
                    self.__dict__.update(state)
                    if self._pageNumber > 1:
                        _draw_running_text(self, header_left, header_right, footer_left)
                        self.setFont(REGULAR, 8)
                        self.drawRightString(
                            PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM - 12,
                            page_label.format(page=self._pageNumber, pages=total),
                        )  # fmt: skip
                    super().showPage()
                super().save()

        frame = Frame(
            MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body", leftPadding=0, rightPadding=0
        )
        template = _OutlinedDocTemplate(
            str(path),
            pagesize=A4,
            title=_nfc(f"{L['report.short_title']} – {enterprise.name}"),
            author=_nfc(self.doc.assessment.consultants),
            subject=_nfc(enterprise.name),
            creator="SXSH Desktop",
            # Else reportlab opens every page in Helvetica, a font that is not embedded.
            initialFontName=REGULAR,
            lang="vi-VN" if self.lang == "vi" else "en",
        )
        template.addPageTemplates(
            [PageTemplate(id="cover", frames=[frame]), PageTemplate(id="body", frames=[frame])]
        )
        # Photos go into the PDF from JPEG files: reportlab then copies their bytes as they are,
        # where from memory it would decode every photo again.
        with tempfile.TemporaryDirectory(prefix="sxsh-report-") as photo_folder:
            self.photo_folder = Path(photo_folder)
            template.build(self.story(), canvasmaker=NumberedCanvas)

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [NextPageTemplate("body"), *self.cover(), PageBreak()]
        story += self.summary()
        for section in (
            self.section_enterprise,
            self.section_production,
            self.section_process,
            self.section_causes,
            self.section_solutions,
            self.section_plan,
            self.section_conclusions,
        ):
            story += [CondPageBreak(60 * mm), *section()]
        story += [PageBreak(), *self.appendix()]
        return story

    # -- building blocks ------------------------------------------------------------------------------

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(_nfc(text)).replace("\n", "<br/>"), self.styles[style])

    def h1(self, text: str) -> Paragraph:
        return self.p(text, "h1")

    def h2(self, text: str) -> Flowable:
        # Never a heading alone at the foot of a page: it moves on with what it introduces. (A
        # KeepTogether is unpacked into the story, so the page break below is acted on.)
        return KeepTogether([CondPageBreak(HEADING_ROOM), self.p(text, "h2")])

    def labelled(self, label: str, text: str) -> Paragraph:
        """ "Label: text" in one paragraph, the label bold; the text's line breaks kept."""
        body = escape(_nfc(text)).replace("\n", "<br/>")
        return Paragraph(f"<b>{escape(_nfc(label))}:</b> {body}", self.styles["body"])

    def no_data(self) -> Paragraph:
        return self.p(self.labels["report.no_data"], "small")

    def number(self, value: float | None) -> str:
        return numbers.quantity(value, self.lang)

    def cell_text(self, value: Any, kind: Kind) -> str:
        return cell_text(value, kind, self.lang)

    def years_text(self, value: float | None) -> str:
        if value is None:
            return self.labels["s5.no_payback"]
        if value == 0:
            return self.labels["s5.immediate"]
        return numbers.years(value, self.lang, 1)

    def table(self, data: DataTable, *, font_size: float = 7.5) -> Flowable:
        """A table the width of the page whose header repeats on every page it runs across."""
        if data.is_empty:
            return self.no_data()
        weights = [c.weight for c in data.columns]
        widths = [FRAME_WIDTH * w / sum(weights) for w in weights]
        head = [
            self.header_cell(
                self.labels.format("pdf.money_column", label=c.label) if c.kind == Kind.MONEY else c.label,
                width,
                font_size,
            )
            for c, width in zip(data.columns, widths, strict=True)
        ]
        rows: list[list[Any]] = [head]
        for row_index, row in enumerate(data.rows):
            rows.append(self._row(data, row_index, row, widths, font_size))
        style = [
            ("FONT", (0, 0), (-1, -1), REGULAR, font_size, font_size + CELL_LEADING),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_TOP_PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_BOTTOM_PADDING),
        ]
        for index in range(len(data.columns)):
            if _right_aligned(data, index):
                style.append(("ALIGN", (index, 1), (index, -1), "RIGHT"))
        if data.total is None:
            style.append(("GRID", (0, 0), (-1, -1), GRID_WIDTH, GRID))
        else:
            total, label_span = self._total_row(data, widths, font_size)
            rows.append(total)
            last = len(rows) - 1
            # The label runs over the empty cells up to the first figure, with no grid lines
            # between them. (A SPAN would do the same, but makes a long table go over all its
            # cells again each time it is measured or split.) Rows counted from the top: a
            # split table reads a negative end row as counted from the end of its own part.
            style += [
                ("GRID", (0, 0), (-1, last - 1), GRID_WIDTH, GRID),
                ("BOX", (0, last), (-1, last), GRID_WIDTH, GRID),
                ("FONT", (0, last), (-1, last), BOLD, font_size, font_size + CELL_LEADING),
                ("BACKGROUND", (0, last), (-1, last), TOTAL_FILL),
                ("ALIGN", (0, last), (0, last), "LEFT"),
            ]
            if label_span < len(data.columns):
                style.append(("LINEBEFORE", (label_span, last), (-1, last), GRID_WIDTH, GRID))
        # Row heights given: a long table would otherwise measure its rows again on every page.
        heights = [_row_height(row) for row in rows]
        table = _ReportTable(
            rows, colWidths=widths, rowHeights=heights, repeatRows=1, style=TableStyle(style), hAlign="LEFT"
        )
        table.spaceAfter = 5
        return table

    def header_cell(self, label: str, width: float, size: float) -> _CellText:
        """A column header; its font shrinks (to 5.5 pt at least) until its longest word fits."""
        text = _nfc(label)
        room = width - 2 * CELL_PADDING
        longest = max(text.split(), key=lambda word: text_width(word, BOLD, size), default="")
        while size > 5.5 and text_width(longest, BOLD, size) > room:
            size -= 0.25
        return _CellText(_wrap(text, BOLD, size, room), BOLD, size, size * 1.23)

    def _total_row(self, data: DataTable, widths: list[float], size: float) -> tuple[list[_CellText], int]:
        """The totals row, its label wrapped to the width of the empty cells up to the first figure."""
        assert data.total is not None
        label = str(data.total[0])
        span = next(
            (i for i, value in enumerate(data.total) if i > 0 and value not in (None, "")), len(data.total)
        )
        cells = [self._fitted(label, sum(widths[:span]), size, bold=True)]
        cells += [self._fitted("", width, size, bold=True) for width in widths[1:span]]
        for index in range(span, len(data.total)):
            value = data.total[index]
            kind = data.columns[index].kind
            if value is None or value == "":
                text = ""
            else:
                text = self.years_text(value) if kind == Kind.YEARS else self.cell_text(value, kind)
            cells.append(self._fitted(text, widths[index], size, bold=True))
        return cells, span

    def _row(
        self, data: DataTable, row_index: int, row: Sequence[Any], widths: list[float], size: float
    ) -> list[Any]:
        cells: list[Any] = []
        for column_index, value in enumerate(row):
            kind = data.kind_of(row_index, column_index)
            text = self.years_text(value) if kind == Kind.YEARS else self.cell_text(value, kind)
            if column_index == 0 and "{unit}" in text:
                # An indicator of money: the PDF prints it in millions of đồng.
                text = text.replace("{unit}", self.labels["pdf.money_unit"])
            cells.append(self._fitted(text, widths[column_index], size, bold=False))
        return cells

    def _fitted(self, text: str, width: float, size: float, *, bold: bool) -> _CellText:
        """The cell text, wrapped at word boundaries into lines that fit the column.

        Lines of text are far faster to lay out and draw than paragraphs: this keeps a report with
        hundreds of rows quick to build.
        """
        font = BOLD if bold else REGULAR
        room = width - 2 * CELL_PADDING
        leading = size + CELL_LEADING
        if "\n" not in text and text_width(text, font, size) <= room:
            return _CellText([text], font, size, leading)
        # A row cannot run over two pages: a text taller than the cell's share of a page (one at
        # the 20,000-character limit) is cut there, visibly.
        most = max(2, int(MAX_CELL_HEIGHT // leading))
        lines: list[str] = []
        for part in text.splitlines():
            lines += _wrap(part, font, size, room, most + 1 - len(lines))
            if len(lines) > most:
                mark = _nfc(self.labels["report.cut"])
                last = fit_text(lines[most - 1], font, size, room - text_width(f" {mark}", font, size))
                lines[most - 1 :] = [f"{last.rstrip('…')} {mark}".lstrip()]
                break
        return _CellText(lines or [""], font, size, leading)

    def fields_table(self, fields: Sequence[tuple[str, str]]) -> Flowable:
        if not fields:
            return self.no_data()
        rows = [[self.p(label, "cell_bold"), self.p(value, "cell")] for label, value in fields]
        widths = [FRAME_WIDTH * 0.32, FRAME_WIDTH * 0.68]
        style = TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), GRID_WIDTH, GRID),
                ("BACKGROUND", (0, 0), (0, -1), STRIPE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
        return Table(rows, colWidths=widths, style=style, hAlign="LEFT")

    # -- cover and summary -----------------------------------------------------------------------------

    def province(self) -> str:
        return self.doc.enterprise.province.strip() or "Hà Tĩnh"

    def cover(self) -> list[Flowable]:
        L = self.labels
        a = self.doc.assessment
        e = self.doc.enterprise
        dates = " – ".join(format_date(d) for d in (a.start_date, a.end_date) if d is not None)
        details = [
            (L["report.enterprise"], e.name),
            (L["report.address"], self.data.address()),
            (L["report.assessment"], a.title),
            (L["report.dates"], dates),
            (L["report.consultants"], a.consultants),
            (L["report.baseline_year"], str(a.baseline_year) if a.baseline_year else ""),
        ]
        return [
            self.p(L.format("report.department", province=self.province().upper()), "cover_small"),
            self.p(L["report.centre"], "cover"),
            Spacer(1, 55 * mm),
            self.p(L["report.title"], "title"),
            Spacer(1, 8 * mm),
            self.p(e.name or L["report.no_data"], "cover"),
            Spacer(1, 22 * mm),
            self.fields_table([(label, value) for label, value in details if value.strip()]),
            Spacer(1, 45 * mm),
            self.p(
                L.format(
                    "report.place_date",
                    province=self.province(),
                    day=self.today.day,
                    month=self.today.month,
                    year=self.today.year,
                ),
                "cover_small",
            ),
        ]

    def target_text(self) -> str:
        return self.labels.format(
            "summary.target",
            low=numbers.number(self.figures.target_min_pct, self.lang, 0),
            high=numbers.number(self.figures.target_max_pct, self.lang, 0),
        )

    def summary(self) -> list[Flowable]:
        L = self.labels
        story: list[Flowable] = [self.h1(L["summary.title"])]
        if not self.doc.solutions:
            return [*story, self.no_data()]
        story.append(self.table(self.data.summary_table()))
        story += [Spacer(1, 4), self.p(self.data.target_sentence(self.figures.implement_now), "small")]
        story += [
            self.h2(L["summary.by_category"]),
            self.table(self.data.technique_counts()),
            self.h2(L["summary.by_cost_class"]),
            self.table(self.data.cost_class_counts()),
        ]
        return story

    # -- sections ---------------------------------------------------------------------------------------

    def section_enterprise(self) -> list[Flowable]:
        L = self.labels
        fields = [
            (label, format_date(value, numbers.MISSING) if kind == Kind.DATE else self.cell_text(value, kind))
            for label, kind, value in self.data.enterprise_fields()
        ]
        story: list[Flowable] = [self.h1(L["s1.title"]), self.fields_table(fields)]
        a = self.doc.assessment
        about = [
            (L[key], text.strip())
            for key, text in (("s1.objectives", a.objectives), ("s1.scope", a.scope), ("s1.method", a.method))
            if text.strip()
        ]
        if about:
            story += [self.h2(L["s1.assessment"]), *(self.labelled(label, text) for label, text in about)]
        team = self.data.team_table()
        if not team.is_empty:
            story += [self.h2(L["s1.team"]), self.table(team)]
        return story

    def section_production(self) -> list[Flowable]:
        L = self.labels
        story: list[Flowable] = [self.h1(L["s2.title"])]
        products = self.data.products_table()
        consumption = self.data.consumption_table()
        if products.is_empty and consumption.is_empty:
            return [*story, self.no_data()]
        story += [self.h2(L["s2.products"]), self.table(products)]
        story += [self.h2(L["s2.consumption"]), self.table(consumption, font_size=7)]
        baseline = self.figures.baseline
        if baseline.main_product_id is not None:
            story.append(
                self.p(
                    L.format(
                        "s2.specific_note",
                        product=baseline.main_product_name,
                        unit=self.data.unit(baseline.main_product_unit),
                        per=f"{numbers.number(self.data.specific_per(), self.lang, 0)} ",
                    ),
                    "small",
                )
            )
        if not consumption.is_empty:
            story.append(
                self.p(
                    L.format(
                        "s2.baseline_note",
                        cost=numbers.million_vnd(baseline.total_yearly_cost, self.lang),
                        toe=numbers.number(baseline.total_toe, self.lang, 2),
                        fossil_toe=numbers.number(baseline.fossil_toe, self.lang, 2),
                        renewable_toe=numbers.number(baseline.renewable_toe, self.lang, 2),
                        co2=numbers.number(baseline.fossil_co2_t, self.lang, 2),
                        bio=numbers.number(baseline.biogenic_co2_t, self.lang, 2),
                    )
                )
            )
            for text in self.data.obligations():
                story.append(self.p(text))
        return story

    def section_process(self) -> list[Flowable]:
        L = self.labels
        story: list[Flowable] = [self.h1(L["s3.title"])]

        def more(count: int) -> str:
            return L.format("flowchart.more", count=numbers.number(count, self.lang))

        layout = layout_flowchart(chart_document(self.doc, more))
        if layout.is_empty:
            story += [self.h2(L["s3.flowchart"]), self.no_data()]
        else:
            first, *rest = flowchart_parts(layout, FRAME_WIDTH, FRAME_HEIGHT - 80)
            # The section's title, the heading and the legend stay with the chart's first part: never
            # a title alone at the foot of a page.
            title = story.pop()
            story.append(
                KeepTogether([title, self.p(L["s3.flowchart"], "h2"), self.p(L["s3.legend"], "small"), first])
            )
            for part in rest:
                story += [Spacer(1, 6), part]
            story.append(Spacer(1, 6))
        steps = self.data.steps_table()
        if any(row[2] or row[3] for row in steps.rows):
            story += [self.h2(L["s3.steps"]), self.table(steps)]
        flows = self.data.flows_table()
        if not flows.is_empty:
            story += [self.h2(L["s3.flows"]), self.table(flows)]
        balance = self.data.balance_table()
        if not balance.is_empty:
            note = self.p(self.data.balance_note(), "small")
            story += [self.h2(L["s3.balance"]), self.table(balance), note]
        story.append(self.h2(L["s3.waste"]))
        waste = self.data.waste_table()
        story.append(self.table(waste, font_size=7))
        if not waste.is_empty:
            story.append(self.p(L["s3.waste_note"], "small"))
        return story

    def section_causes(self) -> list[Flowable]:
        return [self.h1(self.labels["s4.title"]), self.table(self.data.causes_table())]

    def section_solutions(self) -> list[Flowable]:
        L = self.labels
        story: list[Flowable] = [self.h1(L["s5.title"])]
        solutions = self.data.solutions_table(self.number)
        if solutions.is_empty:
            return [*story, self.no_data()]
        story.append(self.table(solutions, font_size=7))
        story += [self.h2(L["s5.feasibility"]), self.table(self.data.feasibility_table(), font_size=7)]
        details = self.data.solution_details()
        if details:
            story.append(self.h2(L["s5.details"]))
            for title, fields in details:
                # Paragraphs, not a table: a long text runs on to the next page instead of failing.
                first, *rest = [self.labelled(label, text) for label, text in fields]
                story += [KeepTogether([self.p(title, "h3"), first]), *rest]
        story += self.charts()
        return story

    def charts(self) -> list[Flowable]:
        L = self.labels
        story: list[Flowable] = []
        counted = [
            f
            for f in self.figures.per_solution
            if f.counted and f.yearly_savings_vnd > 0 and math.isfinite(f.yearly_savings_vnd)
        ]
        counted.sort(key=lambda f: f.yearly_savings_vnd, reverse=True)
        if counted:
            shown = counted[:TOP_SAVINGS_IN_CHART]
            title = (
                L["s5.chart_savings"]
                if len(shown) == len(counted)
                else L.format("s5.chart_savings_top", count=len(shown))
            )
            items = [(_nfc(f.title), f.yearly_savings_vnd / numbers.MILLION) for f in shown]
            chart = horizontal_bars(items, FRAME_WIDTH, lambda v: numbers.number(v, self.lang, 1))
            story.append(KeepTogether([self.p(title, "h2"), chart]))
        by_technique = self.figures.counted.by_technique
        if by_technique:
            items = sorted(
                (
                    (_nfc(self.data.technique_name(code)), float(count))
                    for code, count in by_technique.items()
                ),
                key=lambda item: item[1],
                reverse=True,
            )
            chart = horizontal_bars(
                items, FRAME_WIDTH, lambda v: numbers.number(v, self.lang, 0), integer=True
            )
            story.append(KeepTogether([self.p(L["s5.chart_categories"], "h2"), chart]))
        return story

    def section_plan(self) -> list[Flowable]:
        return [self.h1(self.labels["s6.title"]), self.table(self.data.plan_table())]

    def section_conclusions(self) -> list[Flowable]:
        L = self.labels
        lang = self.lang
        story: list[Flowable] = [self.h1(L["s7.title"])]
        by_decision = self.figures.solutions_by_decision
        now = self.figures.implement_now
        if self.doc.solutions:
            story.append(
                self.p(
                    L.format(
                        "s7.options",
                        total=len(self.doc.solutions),
                        now=by_decision.get(Decision.IMPLEMENT_NOW.value, 0),
                        study=by_decision.get(Decision.STUDY_FURTHER.value, 0),
                        reject=by_decision.get(Decision.REJECT.value, 0),
                    )
                )
            )
            story.append(
                self.p(
                    L.format(
                        "s7.money",
                        now=now.solution_count,
                        investment=numbers.million_vnd(now.investment, lang),
                        savings=numbers.million_vnd(now.yearly_savings_vnd, lang),
                        payback=self.years_text(now.payback_years),
                    )
                )
            )
            environment = L.format(
                "s7.environment",
                co2=numbers.number(now.fossil_co2_t, lang, 2),
                fossil_toe=numbers.number(now.fossil_toe_saved, lang, 2),
                toe=numbers.number(now.toe_saved, lang, 2),
            )
            if now.biogenic_co2_t:
                bio = numbers.number(now.biogenic_co2_t, lang, 2)
                environment += " " + L.format("s7.environment_biogenic", bio=bio)
            story.append(self.p(environment))
            story.append(self.p(self.data.target_sentence(now)))
            study = [f for f in self.figures.per_solution if f.decision == Decision.STUDY_FURTHER.value]
            if study:
                story.append(
                    self.p(
                        L.format(
                            "s7.study",
                            study=len(study),
                            investment=numbers.million_vnd(sum(f.investment for f in study), lang),
                        )
                    )
                )
        conclusions = self.doc.assessment.conclusions.strip()
        if conclusions:
            story.append(self.h2(L["s7.consultant_conclusions"]))
            story += [self.p(part) for part in conclusions.splitlines() if part.strip()]
        if not self.doc.solutions and not conclusions:
            story.append(self.no_data())
        story.append(self.signatures())
        return story

    def signatures(self) -> Flowable:
        L = self.labels
        st = self.styles

        def block(title: str, name: str, note: str = "s7.sign_here") -> list[Flowable]:
            return [
                Paragraph(escape(title), st["sign"]),
                Paragraph(escape(L[note]), st["sign_note"]),
                Spacer(1, 24 * mm),
                Paragraph(escape(_nfc(name)), st["sign"]),
            ]

        place = L.format(
            "report.place_date",
            province=self.province(),
            day=self.today.day,
            month=self.today.month,
            year=self.today.year,
        )
        table = Table(
            [
                ["", Paragraph(escape(_nfc(place)), st["sign_note"])],
                [
                    block(
                        L["s7.enterprise_representative"], self.doc.enterprise.contact_name, "s7.sign_stamp"
                    ),
                    block(L["s7.consultant"], self.doc.assessment.consultants),
                ],
                # The Centre confirms the report below, across the page.
                [block(L["s7.centre"], "", "s7.centre_note"), ""],
            ],
            colWidths=[FRAME_WIDTH / 2] * 2,
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 1), (-1, 1), 6),
                    ("SPAN", (0, 2), (1, 2)),
                    ("TOPPADDING", (0, 2), (-1, 2), 10),
                ]
            ),
        )
        return KeepTogether([Spacer(1, 10 * mm), table])

    # -- appendix -----------------------------------------------------------------------------------------

    def appendix(self) -> list[Flowable]:
        L = self.labels
        story: list[Flowable] = [self.h1(L["appendix.title"]), self.h2(L["appendix.factors"])]
        story.append(self.table(self.data.factors_table()))
        warnings = self.data.warning_texts()
        story.append(self.h2(L["appendix.notes"]))
        if warnings:
            story += [self.p(f"• {text}", "small") for text in warnings]
        else:
            story.append(self.p(L["report.none"], "small"))
        story.append(self.h2(L["appendix.photos"]))
        story.append(self.photo_grid())
        return story

    def photo_caption(self, photo: Any) -> str:
        L = self.labels
        owner = ""
        if photo.owner_kind == PhotoOwner.STEP.value:
            owner = L.format("photo.of_step", name=self.data.step_name(photo.owner_id))
        elif photo.owner_kind == PhotoOwner.WASTE_STREAM.value:
            stream = self.doc.waste_stream(photo.owner_id)
            owner = L.format("photo.of_waste", name=stream.name) if stream else ""
        elif photo.owner_kind == PhotoOwner.SOLUTION.value:
            solution = next((s for s in self.doc.solutions if s.id == photo.owner_id), None)
            owner = L.format("photo.of_solution", name=solution.title) if solution else ""
        return " — ".join(part for part in (photo.caption.strip(), owner) if part)

    def photo_grid(self) -> Flowable:
        order = [
            o.value
            for o in (PhotoOwner.ASSESSMENT, PhotoOwner.STEP, PhotoOwner.WASTE_STREAM, PhotoOwner.SOLUTION)
        ]
        photos = sorted(
            self.doc.photos,
            key=lambda p: (order.index(p.owner_kind) if p.owner_kind in order else len(order), p.position),
        )
        if not photos:
            return self.no_data()
        # Decoding and scaling run in parallel (Pillow releases the GIL); fetching stays serial.
        data = [self.photo_data(photo) for photo in photos]
        with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
            prepared = list(pool.map(prepare_photo, data))
        cells = [
            [self.photo_image(index, ready), self.p(self.photo_caption(photo), "caption")]
            for index, (photo, ready) in enumerate(zip(photos, prepared, strict=True))
        ]
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        if len(rows[-1]) == 1:
            rows[-1].append("")
        return Table(
            rows,
            colWidths=[FRAME_WIDTH / 2] * 2,
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ]
            ),
            hAlign="LEFT",
        )

    def photo_data(self, photo: Any) -> bytes | None:
        if self.photos is None:
            return None
        try:
            return self.photos(photo.id)
        except Exception:  # a photo the store cannot give prints as a placeholder
            return None

    def photo_image(self, index: int, prepared: PreparedPhoto | None) -> Flowable:
        box_width, box_height = PHOTO_BOX
        if prepared is None:
            return _PhotoPlaceholder(box_width, box_height, _nfc(self.labels["appendix.photo_missing"]))
        path = self.photo_folder / f"photo-{index}.jpg"
        path.write_bytes(prepared.data)
        scale = min(box_width / prepared.width, box_height / prepared.height)
        return Image(str(path), prepared.width * scale, prepared.height * scale)


class _OutlinedDocTemplate(BaseDocTemplate):
    """Adds every section heading to the PDF outline (the bookmarks pane)."""

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            level = 0 if flowable.style.name == "h1" else 1
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=True)


def _row_height(cells: Sequence[_CellText]) -> float:
    """A row's height: its tallest cell's lines and the cell padding, as reportlab measures it."""
    return max(cell.height for cell in cells) + CELL_TOP_PADDING + CELL_BOTTOM_PADDING


def _right_aligned(data: DataTable, column_index: int) -> bool:
    """Figures are right-aligned; in a table of indicators, every column but the labels."""
    if data.row_kinds is not None:
        return column_index > 0
    return data.columns[column_index].kind != Kind.TEXT


class _CellText:
    """The lines of a table cell, in one font; a blank line still takes its height."""

    def __init__(self, lines: list[str], font: str, size: float, leading: float) -> None:
        self.lines = lines
        self.font = font
        self.size = size
        self.leading = leading
        self.height = leading * len(lines)

    def __str__(self) -> str:  # how reportlab names a cell in its messages
        return "\n".join(self.lines)


class _ReportTable(LongTable):
    """A long table that draws the text of its cells (``_CellText``) as one PDF text object.

    reportlab draws every cell as a text object of its own, setting its origin and font and
    measuring it again, and a paragraph is parsed and broken again on every page it is drawn on
    (a repeated header): that was most of the time of drawing a large report's tables. The text
    is placed as reportlab places a string cell (padding, ALIGN, VALIGN) and drawn after the
    backgrounds and grid lines, which it does not touch.
    """

    def draw(self) -> None:
        self._text = self.canv.beginText()
        self._text_font: tuple[str, float, float] | None = None
        self._text_color: Any = None
        super().draw()
        self.canv.drawText(self._text)

    def _drawCell(
        self, cellval: Any, cellstyle: Any, pos: tuple[float, float], size: tuple[float, float]
    ) -> None:
        # Table.draw calls _drawCell for every cell (reportlab 4); other cells draw as before.
        if not isinstance(cellval, _CellText):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        text = self._text
        font = (cellval.font, cellval.size, cellval.leading)
        if font != self._text_font:
            text.setFont(*font)
            self._text_font = font
        if cellstyle.color != self._text_color:
            text.setFillColor(cellstyle.color)
            self._text_color = cellstyle.color
        (left, bottom), (width, height) = pos, size
        if cellstyle.valign == "MIDDLE":
            top = bottom + (height + cellstyle.bottomPadding - cellstyle.topPadding + cellval.height) / 2
        elif cellstyle.valign == "BOTTOM":
            top = bottom + cellstyle.bottomPadding + cellval.height
        else:
            top = bottom + height - cellstyle.topPadding
        start = left + cellstyle.leftPadding
        room = width - cellstyle.leftPadding - cellstyle.rightPadding
        share = {"RIGHT": 1.0, "CENTER": 0.5, "CENTRE": 0.5}.get(cellstyle.alignment, 0.0)
        baseline = top - cellval.size
        for line in cellval.lines:
            if line:
                x = start + share * (room - text_width(line, cellval.font, cellval.size)) if share else start
                text.setTextOrigin(x, baseline)
                text.textLine(line)  # unlike textOut, does not measure the line again
            baseline -= cellval.leading


class _PhotoPlaceholder(Flowable):
    """A box in place of a photo that cannot be read, so that the report still prints."""

    def __init__(self, width: float, height: float, text: str) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self.text = text

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setFillColor(colors.HexColor("#f0f0f0"))
        canvas.setDash(3, 2)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        canvas.setDash()
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont(ITALIC, 9)
        canvas.drawCentredString(self.width / 2, self.height / 2 - 3, self.text)


def _wrap(text: str, font: str, size: float, room: float, most: int | None = None) -> list[str]:
    """``text`` in lines at most ``room`` wide, broken at spaces; a longer word is broken between
    letters. Stops after ``most`` lines when given.

    The same greedy rule as reportlab's ``simpleSplit``, with every word measured through the
    cache of widths: wrapping hundreds of cells then costs little.
    """
    space = text_width(" ", font, size)
    lines: list[str] = []
    line: list[str] = []
    used = -space
    for word in text.split():
        if most is not None and len(lines) >= most:
            return lines[:most]
        word_width = text_width(word, font, size)
        if word_width > room:  # a word wider than the column: its pieces each take a line
            if line:
                lines.append(" ".join(line))
            *whole, last = _pieces(word, font, size, room, most)
            lines += whole
            line, used = [last], text_width(last, font, size)
        elif used + space + word_width <= room or not line:
            line.append(word)
            used += space + word_width
        else:
            lines.append(" ".join(line))
            line = [word]
            used = word_width
    if line:
        lines.append(" ".join(line))
    return lines


def _pieces(word: str, font: str, size: float, room: float, most: int | None) -> list[str]:
    """A word too wide for ``room`` in pieces that fit (at most ``most`` + 1 of them)."""
    pieces: list[str] = []
    start, used = 0, 0.0
    for index, character in enumerate(word):
        width = text_width(character, font, size)
        if used + width > room and index > start:
            pieces.append(word[start:index])
            if most is not None and len(pieces) > most:
                return pieces
            start, used = index, 0.0
        used += width
    pieces.append(word[start:])
    return pieces


def _draw_running_text(canvas: Canvas, header_left: str, header_right: str, footer_left: str) -> None:
    canvas.saveState()
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    top = PAGE_HEIGHT - MARGIN_TOP + 8
    canvas.line(MARGIN_X, top, PAGE_WIDTH - MARGIN_X, top)
    canvas.line(MARGIN_X, MARGIN_BOTTOM - 4, PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM - 4)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont(BOLD, 8)
    half = FRAME_WIDTH / 2 - 6
    canvas.drawString(MARGIN_X, top + 4, fit_text(header_left, BOLD, 8, half))
    canvas.setFont(REGULAR, 8)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top + 4, fit_text(header_right, REGULAR, 8, half))
    canvas.drawString(MARGIN_X, MARGIN_BOTTOM - 12, footer_left)
    canvas.restoreState()
