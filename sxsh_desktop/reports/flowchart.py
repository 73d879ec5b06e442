"""The process flow chart as reportlab vector drawings, from the shared layout (sxsh_desktop.flowchart).

A chart taller than a page is cut between process steps into several drawings.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, PolyLine, Rect, String
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
    drawings = []
    for rows in _pages(layout.rows, max_height / scale):
        top, bottom = rows[0].top, rows[-1].bottom
        ids = {row.step_id for row in rows}
        height = (bottom - top) * scale
        drawing = Drawing(width, height)
        drawing.initialFontName = REGULAR  # else reportlab starts in Helvetica, not embedded
        # Flip y (the layout grows downwards), move the slice to the top and centre horizontally.
        group = Group()
        offset_x = (width - layout.width * scale) / 2
        group.transform = (scale, 0, 0, -scale, offset_x, height + top * scale)
        for arrow in _arrows_within(layout, top, bottom):
            _draw_arrow(group, arrow)
        for box in layout.boxes:
            if box.step_id in ids:
                _draw_box(group, box)
        drawing.add(group)
        drawings.append(drawing)
    return drawings


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


def _draw_box(group: Group, box: FlowchartBox) -> None:
    radius = 4.0 if box.kind == BoxKind.STEP else 1.5
    group.add(
        Rect(
            box.x, box.y, box.w, box.h, rx=radius, ry=radius,
            fillColor=FILL[box.kind], strokeColor=STROKE[box.kind],
            strokeWidth=1.2 if box.kind == BoxKind.STEP else 0.7,
        )
    )  # fmt: skip
    font = BOLD if box.kind == BoxKind.STEP else REGULAR
    # Each line's baseline sits so that its capital letters are centred in the line's height.
    first_baseline = box.y + BOX_PADDING + LINE_HEIGHT / 2 + FONT_SIZE * 0.35
    for index, line in enumerate(box.lines):
        # Text is drawn upright inside the flipped group: flip it back around its baseline.
        text = Group(
            String(0, 0, line, fontName=font, fontSize=FONT_SIZE, textAnchor="middle", fillColor=colors.black)
        )
        text.transform = (1, 0, 0, -1, box.x + box.w / 2, first_baseline + index * LINE_HEIGHT)
        group.add(text)


def _draw_arrow(group: Group, arrow: FlowchartArrow) -> None:
    color = STROKE.get(arrow.kind, colors.black) if arrow.kind != BoxKind.STEP else STROKE[BoxKind.STEP]
    points = [coordinate for point in arrow.points for coordinate in point]
    if len(arrow.points) == 2:
        (x0, y0), (x1, y1) = arrow.points
        group.add(Line(x0, y0, x1, y1, strokeColor=color, strokeWidth=0.9))
    else:
        group.add(PolyLine(points, strokeColor=color, strokeWidth=0.9))
    (px, py), (hx, hy) = arrow.points[-2], arrow.points[-1]
    dx, dy = hx - px, hy - py
    length = max((dx * dx + dy * dy) ** 0.5, 1e-9)
    ux, uy = dx / length, dy / length
    base_x, base_y = hx - ux * ARROW_HEAD * 1.6, hy - uy * ARROW_HEAD * 1.6
    half = ARROW_HEAD * 0.6
    group.add(
        Polygon(
            [hx, hy, base_x - uy * half, base_y + ux * half, base_x + uy * half, base_y - ux * half],
            fillColor=color, strokeColor=color, strokeWidth=0.5,
        )
    )  # fmt: skip
