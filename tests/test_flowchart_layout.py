"""The process flow chart layout shared by the window and the PDF report."""

from __future__ import annotations

from sxsh_desktop.domain.model import (
    Assessment,
    AssessmentDocument,
    Enterprise,
    FlowDirection,
    FlowKind,
    ProcessStep,
    StepFlow,
    WasteStream,
)
from sxsh_desktop.flowchart import (
    MAX_LABEL_LINES,
    SIDE_BOX_WIDTH,
    STEP_BOX_WIDTH,
    BoxKind,
    FlowchartBox,
    layout_flowchart,
)


def _document() -> AssessmentDocument:
    doc = AssessmentDocument(Enterprise(name="Công ty TNHH Gạch Tuynel Hà Tĩnh"), Assessment())
    mixing = ProcessStep(assessment_id=doc.assessment.id, position=1, name="Nhào trộn đất sét")
    crushing = ProcessStep(assessment_id=doc.assessment.id, position=0, name="Nghiền đất")
    firing = ProcessStep(assessment_id=doc.assessment.id, position=2, name="Nung trong lò tuynel")
    doc.steps = [mixing, crushing, firing]

    def flow(step: ProcessStep, direction: FlowDirection, kind: FlowKind, name: str, pos: int) -> StepFlow:
        return StepFlow(step_id=step.id, direction=direction.value, kind=kind.value, name=name, position=pos)

    doc.flows = [
        flow(crushing, FlowDirection.INPUT, FlowKind.MATERIAL, "Đất sét", 0),
        flow(crushing, FlowDirection.INPUT, FlowKind.ENERGY, "Điện", 1),
        flow(crushing, FlowDirection.OUTPUT, FlowKind.AIR_EMISSION, "Bụi", 0),
        flow(mixing, FlowDirection.INPUT, FlowKind.WATER, "Nước", 0),
        flow(firing, FlowDirection.INPUT, FlowKind.ENERGY, "Than cám", 0),
        flow(firing, FlowDirection.OUTPUT, FlowKind.PRODUCT, "Gạch thành phẩm", 0),
        flow(firing, FlowDirection.OUTPUT, FlowKind.HEAT_LOSS, "Nhiệt thất thoát qua thân lò", 1),
    ]
    doc.waste_streams = [
        # Same as an output flow of the step (by name): shown once.
        WasteStream(assessment_id=doc.assessment.id, step_id=crushing.id, name="bụi ", position=0),
        # Only recorded as a waste stream: shown as a waste box.
        WasteStream(
            assessment_id=doc.assessment.id, step_id=firing.id, name="Gạch vỡ, cong vênh", position=1
        ),
        # Not tied to a step: not on the chart.
        WasteStream(assessment_id=doc.assessment.id, name="Rác văn phòng", position=2),
    ]
    return doc


def _overlap(a: FlowchartBox, b: FlowchartBox) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def test_steps_run_top_to_bottom_in_their_order() -> None:
    layout = layout_flowchart(_document())
    steps = [b for b in layout.boxes if b.kind == BoxKind.STEP]
    assert [b.label for b in sorted(steps, key=lambda b: b.y)] == [
        "Nghiền đất",
        "Nhào trộn đất sét",
        "Nung trong lò tuynel",
    ]
    assert len({b.x for b in steps}) == 1
    # One arrow from each step down to the next.
    step_arrows = [a for a in layout.arrows if a.kind == BoxKind.STEP]
    assert len(step_arrows) == 2
    for arrow in step_arrows:
        (x0, y0), (x1, y1) = arrow.points
        assert x0 == x1 and y1 > y0


def test_inputs_left_outputs_and_waste_right() -> None:
    layout = layout_flowchart(_document())
    step_x = next(b.x for b in layout.boxes if b.kind == BoxKind.STEP)
    by_label = {b.label: b for b in layout.boxes}
    for name in ("Đất sét", "Điện", "Nước", "Than cám"):
        assert by_label[name].kind == BoxKind.INPUT
        assert by_label[name].x + by_label[name].w < step_x
    assert by_label["Gạch thành phẩm"].kind == BoxKind.OUTPUT
    for name in ("Bụi", "Nhiệt thất thoát qua thân lò", "Gạch vỡ, cong vênh"):
        assert by_label[name].kind == BoxKind.WASTE
        assert by_label[name].x > step_x + STEP_BOX_WIDTH
    labels = [b.label for b in layout.boxes]
    assert "bụi " not in labels and "Rác văn phòng" not in labels


def test_arrows_point_into_steps_from_inputs_and_out_to_outputs() -> None:
    layout = layout_flowchart(_document())
    steps = [b for b in layout.boxes if b.kind == BoxKind.STEP]
    side_arrows = [a for a in layout.arrows if a.kind != BoxKind.STEP]
    assert len(side_arrows) == len(layout.boxes) - len(steps)
    for arrow in side_arrows:
        head_x = arrow.points[-1][0]
        if arrow.kind == BoxKind.INPUT:
            assert any(head_x == s.x for s in steps)
        else:
            assert any(head_x == b.x for b in layout.boxes if b.kind == arrow.kind)


def test_no_boxes_overlap_and_rows_cover_their_boxes() -> None:
    layout = layout_flowchart(_document())
    for i, a in enumerate(layout.boxes):
        for b in layout.boxes[i + 1 :]:
            assert not _overlap(a, b), (a.label, b.label)
    assert len(layout.rows) == 3
    for row in layout.rows:
        for box in layout.boxes_in(row):
            assert row.top <= box.y and box.y + box.h <= row.bottom
    assert layout.rows[-1].bottom == layout.height
    assert all(b.x + b.w <= layout.width for b in layout.boxes)


def test_long_names_wrap_within_the_box_and_are_cut_after_max_lines() -> None:
    doc = _document()
    long_name = "Sấy sơ bộ mộc gạch bằng khí nóng thu hồi từ vùng làm nguội của lò nung tuynel " * 6
    doc.steps[0].name = long_name
    layout = layout_flowchart(doc)
    box = next(b for b in layout.boxes if b.label == long_name)
    assert 1 < len(box.lines) <= MAX_LABEL_LINES
    assert box.lines[-1].endswith("…")
    short = next(b for b in layout.boxes if b.label == "Điện")
    assert short.lines == ("Điện",) and short.w == SIDE_BOX_WIDTH
    assert box.h > short.h


def test_an_assessment_without_steps_gives_an_empty_chart() -> None:
    layout = layout_flowchart(AssessmentDocument(Enterprise(), Assessment()))
    assert layout.is_empty and layout.height == 0 and not layout.arrows


def test_a_waste_recorded_as_output_and_as_stream_is_one_box() -> None:
    """A step's waste output and the waste stream recorded for it, named a little differently or
    alike: one box each, not two (9 boxes had been drawn for 5 wastes)."""
    doc = AssessmentDocument(Enterprise(name="Công ty TNHH Chế biến gỗ Hồng Lĩnh"), Assessment())
    saw = ProcessStep(assessment_id=doc.assessment.id, position=0, name="Cưa xẻ")
    paint = ProcessStep(assessment_id=doc.assessment.id, position=1, name="Sơn hoàn thiện")
    doc.steps = [saw, paint]

    def out(step: ProcessStep, kind: FlowKind, name: str, pos: int) -> StepFlow:
        return StepFlow(step_id=step.id, direction="output", kind=kind.value, name=name, position=pos)

    doc.flows = [
        out(saw, FlowKind.PRODUCT, "Phôi gỗ", 0),
        out(saw, FlowKind.SOLID_WASTE, "Mạt cưa", 1),
        out(saw, FlowKind.AIR_EMISSION, "Bụi gỗ", 2),
        out(paint, FlowKind.PRODUCT, "Bàn ghế", 0),
        out(paint, FlowKind.WASTEWATER, "Nước thải buồng sơn", 1),
        out(paint, FlowKind.SOLID_WASTE, "Sơn thất thoát", 2),
    ]

    def stream(step: ProcessStep, kind: FlowKind, name: str, pos: int) -> WasteStream:
        return WasteStream(
            assessment_id=doc.assessment.id, step_id=step.id, kind=kind.value, name=name, position=pos
        )

    doc.waste_streams = [
        stream(saw, FlowKind.SOLID_WASTE, "Mạt cưa, dăm bào", 0),  # contains the output's name
        stream(paint, FlowKind.WASTEWATER, "Nước màng sơn", 1),  # the only wastewater of the step
        stream(paint, FlowKind.SOLID_WASTE, "sơn thất thoát", 2),  # the same name
        stream(paint, FlowKind.SOLID_WASTE, "Giẻ lau dính sơn", 3),  # only a stream: its own box
    ]
    layout = layout_flowchart(doc)
    waste = sorted(box.label for box in layout.boxes if box.kind is BoxKind.WASTE)
    assert waste == ["Bụi gỗ", "Giẻ lau dính sơn", "Mạt cưa", "Nước thải buồng sơn", "Sơn thất thoát"]
