"""The process flow chart's layout, in abstract units, shared by the window (Qt) and the PDF report.

Process steps are boxes in a column, top to bottom in their order, joined by arrows. Each step's
inputs (materials, energy, water, chemicals) are boxes on its left with arrows into the step; its
outputs (product, by-product) and its waste (waste-kind outputs and the waste streams recorded for
the step) are boxes on its right with arrows out of the step. A waste recorded both as an output and
as a waste stream is one box (see ``_streams_shown_by_outputs``).

Everything here is plain geometry: x grows to the right, y grows downwards, one unit is about one
point at the chart's natural size (the chart is ``CHART_WIDTH`` wide). Labels come pre-wrapped into
lines using an average character width, so that both drawers show the same boxes; a drawer scales
the whole chart to its space. ``rows`` tell where each step's band starts and ends, so a tall chart
can be cut between steps (for pages).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field, replace
from enum import StrEnum

from sxsh_desktop.domain.model import (
    WASTE_FLOW_KINDS,
    AssessmentDocument,
    FlowDirection,
    ProcessStep,
    StepFlow,
    WasteStream,
)

# Geometry (abstract units).
SIDE_BOX_WIDTH = 150.0
STEP_BOX_WIDTH = 160.0
COLUMN_GAP = 45.0
CHART_WIDTH = 2 * SIDE_BOX_WIDTH + STEP_BOX_WIDTH + 2 * COLUMN_GAP
FONT_SIZE = 8.0
LINE_HEIGHT = 10.0
BOX_PADDING = 4.0
SIDE_BOX_GAP = 6.0
STEP_GAP = 28.0  # vertical space between two step bands, where the step-to-step arrow runs
MAX_LABEL_LINES = 4
# Average advance of a character as a fraction of the font size (Noto Sans, Vietnamese text).
AVERAGE_CHAR_WIDTH = 0.52

LEFT_X = 0.0
STEP_X = SIDE_BOX_WIDTH + COLUMN_GAP
RIGHT_X = STEP_X + STEP_BOX_WIDTH + COLUMN_GAP


class BoxKind(StrEnum):
    STEP = "step"
    INPUT = "input"
    OUTPUT = "output"  # product, by-product
    WASTE = "waste"


@dataclass(frozen=True)
class FlowchartBox:
    x: float
    y: float
    w: float
    h: float
    kind: BoxKind
    label: str
    lines: tuple[str, ...]  # the label wrapped to fit the box at FONT_SIZE
    record_id: str  # the ProcessStep, StepFlow or WasteStream shown
    step_id: str

    @property
    def center_y(self) -> float:
        return self.y + self.h / 2


@dataclass(frozen=True)
class FlowchartArrow:
    points: tuple[tuple[float, float], ...]  # a polyline; the head is at the last point
    kind: BoxKind  # STEP for step to step, otherwise the kind of the side box it joins


@dataclass(frozen=True)
class FlowchartRow:
    """The vertical band of one step with its side boxes: a page may be cut between rows."""

    step_id: str
    top: float
    bottom: float


@dataclass
class FlowchartLayout:
    width: float = CHART_WIDTH
    height: float = 0.0
    boxes: list[FlowchartBox] = field(default_factory=list)
    arrows: list[FlowchartArrow] = field(default_factory=list)
    rows: list[FlowchartRow] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.boxes

    def boxes_in(self, row: FlowchartRow) -> list[FlowchartBox]:
        return [box for box in self.boxes if box.step_id == row.step_id]


def wrap_label(label: str, box_width: float) -> tuple[str, ...]:
    """Wrap a label into at most MAX_LABEL_LINES lines that fit the box; the last one may end in …."""
    text = " ".join(label.split()) or "—"
    chars_per_line = max(4, int((box_width - 2 * BOX_PADDING) / (FONT_SIZE * AVERAGE_CHAR_WIDTH)))
    lines = textwrap.wrap(text, chars_per_line, break_long_words=True, break_on_hyphens=False)
    if len(lines) > MAX_LABEL_LINES:
        lines = lines[:MAX_LABEL_LINES]
        last = lines[-1]
        lines[-1] = (last[: chars_per_line - 1] if len(last) >= chars_per_line else last) + "…"
    return tuple(lines)


def _box_height(lines: tuple[str, ...]) -> float:
    return len(lines) * LINE_HEIGHT + 2 * BOX_PADDING


@dataclass(frozen=True)
class _SideItem:
    kind: BoxKind
    label: str
    record_id: str


def _side_items(document: AssessmentDocument, step: ProcessStep) -> tuple[list[_SideItem], list[_SideItem]]:
    inputs: list[_SideItem] = []
    outputs: list[_SideItem] = []
    waste_kinds = {kind.value for kind in WASTE_FLOW_KINDS}
    waste_outputs: list[StepFlow] = []
    for flow in sorted(document.flows_of(step.id), key=lambda f: f.position):
        if flow.direction == FlowDirection.INPUT.value:
            inputs.append(_SideItem(BoxKind.INPUT, flow.name, flow.id))
        elif flow.kind in waste_kinds:
            outputs.append(_SideItem(BoxKind.WASTE, flow.name, flow.id))
            waste_outputs.append(flow)
        else:
            outputs.append(_SideItem(BoxKind.OUTPUT, flow.name, flow.id))
    # Waste streams recorded for the step, unless one of the step's outputs is that waste.
    streams = sorted((w for w in document.waste_streams if w.step_id == step.id), key=lambda w: w.position)
    shown_by_output = _streams_shown_by_outputs(streams, waste_outputs)
    for stream in streams:
        if stream.id not in shown_by_output:
            outputs.append(_SideItem(BoxKind.WASTE, stream.name, stream.id))
    return inputs, outputs


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _streams_shown_by_outputs(streams: list[WasteStream], outputs: list[StepFlow]) -> set[str]:
    """The ids of the waste streams that a waste output of the same step already shows: the one of
    the same name; else one whose name contains the other's ("Mạt cưa" and "Mạt cưa, dăm bào");
    else the only stream and the only output of one kind (the waste recorded twice, named twice)."""
    free = list(outputs)
    shown: set[str] = set()

    def pair(stream: WasteStream, output: StepFlow) -> None:
        shown.add(stream.id)
        free.remove(output)

    for stream in streams:
        same = next((o for o in free if _name_key(o.name) == _name_key(stream.name)), None)
        if same is not None:
            pair(stream, same)
    for stream in streams:
        if stream.id in shown or len(_name_key(stream.name)) < 3:
            continue
        key = _name_key(stream.name)
        near = [
            o
            for o in free
            if len(_name_key(o.name)) >= 3 and (_name_key(o.name) in key or key in _name_key(o.name))
        ]
        if len(near) == 1:
            pair(stream, near[0])
    for stream in streams:
        if stream.id in shown:
            continue
        same_kind = [o for o in free if o.kind == stream.kind]
        unpaired = [w for w in streams if w.id not in shown and w.kind == stream.kind]
        if len(same_kind) == 1 and len(unpaired) == 1:
            pair(stream, same_kind[0])
    return shown


def _stack(items: list[_SideItem], x: float, top: float, step_id: str) -> list[FlowchartBox]:
    boxes = []
    y = top
    for item in items:
        lines = wrap_label(item.label, SIDE_BOX_WIDTH)
        height = _box_height(lines)
        boxes.append(
            FlowchartBox(x, y, SIDE_BOX_WIDTH, height, item.kind, item.label, lines, item.record_id, step_id)
        )
        y += height + SIDE_BOX_GAP
    return boxes


def _stack_height(boxes: list[FlowchartBox]) -> float:
    if not boxes:
        return 0.0
    return boxes[-1].y + boxes[-1].h - boxes[0].y


def _shift(boxes: list[FlowchartBox], dy: float) -> list[FlowchartBox]:
    return [replace(b, y=b.y + dy) for b in boxes]


def layout_flowchart(document: AssessmentDocument) -> FlowchartLayout:
    """Lay out the flow chart of the document's process steps (empty when there are none)."""
    layout = FlowchartLayout()
    steps = sorted(document.steps, key=lambda s: s.position)
    top = 0.0
    previous_step_box: FlowchartBox | None = None
    for step in steps:
        inputs, outputs = _side_items(document, step)
        left = _stack(inputs, LEFT_X, 0.0, step.id)
        right = _stack(outputs, RIGHT_X, 0.0, step.id)
        step_lines = wrap_label(step.name, STEP_BOX_WIDTH)
        step_height = _box_height(step_lines)
        band = max(step_height, _stack_height(left), _stack_height(right))
        # Centre the step and each side stack within the band.
        step_box = FlowchartBox(
            STEP_X, top + (band - step_height) / 2, STEP_BOX_WIDTH, step_height,
            BoxKind.STEP, step.name, step_lines, step.id, step.id,
        )  # fmt: skip
        left = _shift(left, top + (band - _stack_height(left)) / 2)
        right = _shift(right, top + (band - _stack_height(right)) / 2)
        layout.boxes += [step_box, *left, *right]
        layout.rows.append(FlowchartRow(step.id, top, top + band))

        for box in left:
            layout.arrows.append(
                _side_arrow(box.x + box.w, box.center_y, step_box, into_step=True, kind=box.kind)
            )
        for box in right:
            layout.arrows.append(_side_arrow(box.x, box.center_y, step_box, into_step=False, kind=box.kind))
        if previous_step_box is not None:
            x = STEP_X + STEP_BOX_WIDTH / 2
            layout.arrows.append(
                FlowchartArrow(
                    ((x, previous_step_box.y + previous_step_box.h), (x, step_box.y)), BoxKind.STEP
                )
            )
        previous_step_box = step_box
        top += band + STEP_GAP
    layout.height = top - STEP_GAP if steps else 0.0
    return layout


def _side_arrow(
    side_x: float, side_y: float, step_box: FlowchartBox, *, into_step: bool, kind: BoxKind
) -> FlowchartArrow:
    """An arrow between a side box and its step: straight, with an elbow when they are not level."""
    step_edge_x = step_box.x if into_step else step_box.x + step_box.w
    # Land on the step's edge at the side box's height when it can, otherwise at the nearest point.
    step_y = min(max(side_y, step_box.y + BOX_PADDING), step_box.y + step_box.h - BOX_PADDING)
    middle_x = (side_x + step_edge_x) / 2
    if abs(step_y - side_y) < 0.5:
        points: tuple[tuple[float, float], ...] = ((side_x, side_y), (step_edge_x, side_y))
    else:
        points = ((side_x, side_y), (middle_x, side_y), (middle_x, step_y), (step_edge_x, step_y))
    if not into_step:
        points = tuple(reversed(points))
    return FlowchartArrow(points, kind)
