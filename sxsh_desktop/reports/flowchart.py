"""The process flow chart as reportlab vector drawings, from the shared layout (sxsh_desktop.flowchart).

A chart taller than a page is cut between process steps into several drawings.
"""

from __future__ import annotations

import itertools

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors

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
from sxsh_desktop.reports.fonts import BOLD, REGULAR

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


def flowchart_drawings(layout: FlowchartLayout, width: float, max_height: float) -> list[Drawing]:
    """Drawings ``width`` wide (points), each at most ``max_height`` tall, cut between steps."""
    scale = min(1.0, width / layout.width)
    offset_x = (width - layout.width * scale) / 2
    drawings = []
    for rows in _pages(layout.rows, max_height / scale):
        top, bottom = rows[0].top, rows[-1].bottom
        ids = {row.step_id for row in rows}
        height = (bottom - top) * scale
        drawing = Drawing(width, height)
        drawing.initialFontName = REGULAR  # else reportlab starts in Helvetica, not embedded
        # Layout y grows downwards from ``top``; drawing y grows upwards from the bottom.
        place = _Placement(scale, offset_x, height, top)
        for arrow in _arrows_within(layout, top, bottom):
            _draw_arrow(drawing, arrow, place)
        for box in layout.boxes:
            if box.step_id in ids:
                _draw_box(drawing, box, place)
        drawings.append(drawing)
    return drawings


class _Placement:
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


def _draw_box(drawing: Drawing, box: FlowchartBox, place: _Placement) -> None:
    scale = place.scale
    radius = (4.0 if box.kind == BoxKind.STEP else 1.5) * scale
    drawing.add(
        Rect(
            place.x(box.x), place.y(box.y + box.h), box.w * scale, box.h * scale, rx=radius, ry=radius,
            fillColor=FILL[box.kind], strokeColor=STROKE[box.kind],
            strokeWidth=(1.2 if box.kind == BoxKind.STEP else 0.7) * scale,
        )
    )  # fmt: skip
    font = BOLD if box.kind == BoxKind.STEP else REGULAR
    # Each line's baseline sits so that its capital letters are centred in the line's height.
    first_baseline = box.y + BOX_PADDING + LINE_HEIGHT / 2 + FONT_SIZE * 0.35
    center = place.x(box.x + box.w / 2)
    for index, line in enumerate(box.lines):
        drawing.add(
            String(
                center, place.y(first_baseline + index * LINE_HEIGHT), line,
                fontName=font, fontSize=FONT_SIZE * scale, textAnchor="middle", fillColor=colors.black,
            )
        )  # fmt: skip


def _draw_arrow(drawing: Drawing, arrow: FlowchartArrow, place: _Placement) -> None:
    color = STROKE[arrow.kind]
    points = [(place.x(x), place.y(y)) for x, y in arrow.points]
    width = 0.9 * place.scale
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        drawing.add(Line(x0, y0, x1, y1, strokeColor=color, strokeWidth=width))
    (px, py), (hx, hy) = points[-2], points[-1]
    dx, dy = hx - px, hy - py
    length = max((dx * dx + dy * dy) ** 0.5, 1e-9)
    ux, uy = dx / length, dy / length
    head = ARROW_HEAD * place.scale
    base_x, base_y = hx - ux * head * 1.6, hy - uy * head * 1.6
    half = head * 0.6
    drawing.add(
        Polygon(
            [hx, hy, base_x - uy * half, base_y + ux * half, base_x + uy * half, base_y - ux * half],
            fillColor=color, strokeColor=color, strokeWidth=0.5 * place.scale,
        )
    )  # fmt: skip
