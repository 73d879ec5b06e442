"""The process flow chart as vector graphics in the PDF, from the shared layout (sxsh_desktop.flowchart).

A chart taller than a page is cut between process steps into several parts. Each part draws
straight onto the PDF canvas, one path per kind of box or arrow and one text object per font:
reportlab's graphics shapes would check and render every box, line and label one by one, which
took a sixth of the build time of a large report.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable

from sxsh_desktop.domain.model import (
    WASTE_FLOW_KINDS,
    AssessmentDocument,
    FlowDirection,
    FlowKind,
    StepFlow,
    WasteStream,
)
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
MAX_SIDE_BOXES = 12  # input boxes, and output boxes, drawn for one step: a page's height at most


def chart_document(
    document: AssessmentDocument, more: Callable[[int], str], most: int = MAX_SIDE_BOXES
) -> AssessmentDocument:
    """The document as the chart draws it: at most ``most`` input boxes and ``most`` output boxes
    per step, the last of them saying how many more there are (``more(count)``; the report's
    tables list them all). A step with thousands of flows would otherwise be pages tall."""
    by_step: dict[str, list[StepFlow]] = defaultdict(list)
    for flow in document.flows:
        by_step[flow.step_id].append(flow)
    streams_by_step: dict[str | None, list[WasteStream]] = defaultdict(list)
    for stream in document.waste_streams:
        streams_by_step[stream.step_id].append(stream)
    waste_kinds = {kind.value for kind in WASTE_FLOW_KINDS}
    flows: list[StepFlow] = []
    streams: list[WasteStream] = []
    for step in document.steps:
        own = sorted(by_step.get(step.id, []), key=lambda f: f.position)
        inputs = [f for f in own if f.direction == FlowDirection.INPUT.value]
        outputs = [f for f in own if f.direction != FlowDirection.INPUT.value]
        named = {f.name.strip().casefold() for f in outputs if f.kind in waste_kinds}
        own_streams = sorted(streams_by_step.get(step.id, []), key=lambda w: w.position)
        own_streams = [w for w in own_streams if w.name.strip().casefold() not in named]
        flows += _at_most(inputs, most, more)
        if len(outputs) + len(own_streams) <= most:
            flows += outputs
            streams += own_streams
        else:
            kept_outputs = outputs[: most - 1]
            kept_streams = own_streams[: most - 1 - len(kept_outputs)]
            hidden = len(outputs) + len(own_streams) - len(kept_outputs) - len(kept_streams)
            flows += kept_outputs
            streams += kept_streams
            flows.append(_more_box(step.id, FlowDirection.OUTPUT, more(hidden)))
    return dataclasses.replace(document, flows=flows, waste_streams=streams)


def _at_most(flows: list[StepFlow], most: int, more: Callable[[int], str]) -> list[StepFlow]:
    if len(flows) <= most:
        return flows
    return [*flows[: most - 1], _more_box(flows[0].step_id, FlowDirection.INPUT, more(len(flows) - most + 1))]


def _more_box(step_id: str, direction: FlowDirection, label: str) -> StepFlow:
    kind = FlowKind.MATERIAL if direction == FlowDirection.INPUT else FlowKind.PRODUCT
    return StepFlow(step_id=step_id, position=2**62, direction=direction.value, kind=kind.value, name=label)


def flowchart_parts(layout: FlowchartLayout, width: float, max_height: float) -> list[Flowable]:
    """Parts ``width`` wide (points), each at most ``max_height`` tall, cut between steps; a step
    taller than ``max_height`` on its own is drawn smaller."""
    natural = min(1.0, width / layout.width)
    parts: list[Flowable] = []
    for rows in _pages(layout.rows, max_height / natural):
        top, bottom = rows[0].top, rows[-1].bottom
        scale = min(natural, max_height / max(bottom - top, 1.0))
        offset_x = (width - layout.width * scale) / 2
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
