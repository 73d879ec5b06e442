"""The process flow chart as vector graphics in the PDF, from the shared layout (sxsh_desktop.flowchart).

A chart taller than a page is cut between process steps into several parts. Each part draws
straight onto the PDF canvas, one path per kind of box or arrow and one text object per font:
reportlab's graphics shapes would check and render every box, line and label one by one, which
took a sixth of the build time of a large report.
"""

from __future__ import annotations

from collections import defaultdict

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable

from sxsh_desktop.flowchart import (
    BOX_PADDING,
    FONT_SIZE,
    LINE_HEIGHT,
    BoxKind,
    FlowchartArrow,
    FlowchartBox,
    FlowchartLayout,
    FlowchartRow,
)
from sxsh_desktop.reports.fonts import BOLD, REGULAR, text_width

FILL = {
    BoxKind.STEP: colors.HexColor("#dbe8f6"),
    BoxKind.INPUT: colors.HexColor("#f2f2f2"),
    BoxKind.OUTPUT: colors.HexColor("#dcefdc"),
    BoxKind.WASTE: colors.HexColor("#fbe3cf"),
}
STROKE = {
    BoxKind.STEP: colors.HexColor("#2f5d8c"),
    BoxKind.INPUT: colors.HexColor("#7a7a7a"),
    BoxKind.OUTPUT: colors.HexColor("#3c7d3c"),
    BoxKind.WASTE: colors.HexColor("#c0652b"),
}
ARROW_HEAD = 5.0


def flowchart_parts(layout: FlowchartLayout, width: float, max_height: float) -> list[Flowable]:
    """Parts ``width`` wide (points), each at most ``max_height`` tall, cut between steps."""
    scale = min(1.0, width / layout.width)
    offset_x = (width - layout.width * scale) / 2
    parts: list[Flowable] = []
    for rows in _pages(layout.rows, max_height / scale):
        top, bottom = rows[0].top, rows[-1].bottom
        ids = {row.step_id for row in rows}
        place = _Placement(scale, offset_x, (bottom - top) * scale, top)
        boxes = [box for box in layout.boxes if box.step_id in ids]
        parts.append(FlowchartPart(width, place, boxes, _arrows_within(layout, top, bottom)))
    return parts


class _Placement:
    """From layout units (y grows downwards from ``top``) to the part's points (y grows upwards)."""

    def __init__(self, scale: float, offset_x: float, height: float, top: float) -> None:
        self.scale = scale
        self.offset_x = offset_x
        self.height = height
        self.top = top

    def x(self, x: float) -> float:
        return self.offset_x + x * self.scale

    def y(self, y: float) -> float:
        return self.height - (y - self.top) * self.scale


def _pages(rows: list[FlowchartRow], max_height: float) -> list[list[FlowchartRow]]:
    pages: list[list[FlowchartRow]] = []
    for row in rows:
        if pages and row.bottom - pages[-1][0].top <= max_height:
            pages[-1].append(row)
        else:
            pages.append([row])
    return pages


def _arrows_within(layout: FlowchartLayout, top: float, bottom: float) -> list[FlowchartArrow]:
    return [a for a in layout.arrows if all(top - 0.01 <= y <= bottom + 0.01 for _, y in a.points)]


class FlowchartPart(Flowable):
    """The boxes and arrows of consecutive process steps: arrows first, boxes over their ends."""

    def __init__(
        self, width: float, place: _Placement, boxes: list[FlowchartBox], arrows: list[FlowchartArrow]
    ) -> None:
        super().__init__()
        self.width = width
        self.height = place.height
        self.place = place
        self.boxes = boxes
        self.arrows = arrows

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.saveState()
        self._draw_arrows(canvas)
        self._draw_boxes(canvas)
        self._draw_labels(canvas)
        canvas.restoreState()

    def _draw_arrows(self, canvas: Canvas) -> None:
        place = self.place
        by_kind: dict[BoxKind, list[list[tuple[float, float]]]] = defaultdict(list)
        for arrow in self.arrows:
            by_kind[arrow.kind].append([(place.x(x), place.y(y)) for x, y in arrow.points])
        head = ARROW_HEAD * place.scale
        for kind, polylines in by_kind.items():
            canvas.setStrokeColor(STROKE[kind])
            canvas.setFillColor(STROKE[kind])
            lines = canvas.beginPath()
            heads = canvas.beginPath()
            for points in polylines:
                lines.moveTo(*points[0])
                for point in points[1:]:
                    lines.lineTo(*point)
                _add_head(heads, points[-2], points[-1], head)
            canvas.setLineWidth(0.9 * place.scale)
            canvas.drawPath(lines, stroke=1, fill=0)
            canvas.setLineWidth(0.5 * place.scale)
            canvas.drawPath(heads, stroke=1, fill=1)

    def _draw_boxes(self, canvas: Canvas) -> None:
        place = self.place
        scale = place.scale
        by_kind: dict[BoxKind, list[FlowchartBox]] = defaultdict(list)
        for box in self.boxes:
            by_kind[box.kind].append(box)
        for kind, boxes in by_kind.items():
            radius = (4.0 if kind == BoxKind.STEP else 1.5) * scale
            path = canvas.beginPath()
            for box in boxes:
                path.roundRect(place.x(box.x), place.y(box.y + box.h), box.w * scale, box.h * scale, radius)
            canvas.setFillColor(FILL[kind])
            canvas.setStrokeColor(STROKE[kind])
            canvas.setLineWidth((1.2 if kind == BoxKind.STEP else 0.7) * scale)
            canvas.drawPath(path, stroke=1, fill=1)

    def _draw_labels(self, canvas: Canvas) -> None:
        place = self.place
        size = FONT_SIZE * place.scale
        canvas.setFillColor(colors.black)
        for font in (BOLD, REGULAR):
            text = canvas.beginText()
            text.setFont(font, size)
            for box in self.boxes:
                if (font == BOLD) != (box.kind == BoxKind.STEP):
                    continue
                # Each line's baseline sits so that its capital letters are centred in the line.
                first_baseline = box.y + BOX_PADDING + LINE_HEIGHT / 2 + FONT_SIZE * 0.35
                center = place.x(box.x + box.w / 2)
                for index, line in enumerate(box.lines):
                    x = center - text_width(line, font, size) / 2
                    text.setTextOrigin(x, place.y(first_baseline + index * LINE_HEIGHT))
                    text.textLine(line)  # unlike textOut, does not measure the line again
            canvas.drawText(text)


def _add_head(
    path: PDFPathObject, before: tuple[float, float], tip: tuple[float, float], head: float
) -> None:
    """A filled triangle at ``tip``, pointing along the arrow's last segment."""
    (px, py), (hx, hy) = before, tip
    dx, dy = hx - px, hy - py
    length = max((dx * dx + dy * dy) ** 0.5, 1e-9)
    ux, uy = dx / length, dy / length
    base_x, base_y = hx - ux * head * 1.6, hy - uy * head * 1.6
    half = head * 0.6
    path.moveTo(hx, hy)
    path.lineTo(base_x - uy * half, base_y + ux * half)
    path.lineTo(base_x + uy * half, base_y - ux * half)
    path.close()
