"""The report's bar charts, as reportlab vector graphics."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from sxsh_desktop.reports.fonts import REGULAR, wrap_text

BAR_COLOR = colors.HexColor("#2f7d5b")
LABEL_SIZE = 7.5
BAR_PITCH = 16.0  # points per bar
BAR_PITCH_TWO_LINES = 24.0  # when a name takes two lines
LARGEST = 1e300  # beyond this the axis's tick arithmetic overflows


def horizontal_bars(
    items: Sequence[tuple[str, float]],
    width: float,
    value_label: Callable[[float], str],
    *,
    integer: bool = False,
) -> Drawing:
    """One bar per item, largest first at the top, each labelled with its name and its value.

    An item whose value is not a finite number (a sum of stored values that overflowed) is left
    out, and values are kept within what the axis arithmetic can scale.
    """
    items = [(name, max(-LARGEST, min(LARGEST, value))) for name, value in items if math.isfinite(value)]
    if not items:
        return Drawing(width, 0)
    label_width = width * 0.38
    value_room = 48.0
    # reportlab draws the first category at the bottom: reverse so the largest is on top. A long
    # name takes two lines rather than being cut ("Thay súng phun … HVLP" must be read whole).
    ordered = list(reversed(items))
    names = ["\n".join(wrap_text(name, REGULAR, LABEL_SIZE, label_width)) for name, _ in ordered]
    pitch = BAR_PITCH_TWO_LINES if any("\n" in name for name in names) else BAR_PITCH
    height = len(items) * pitch + 24
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # else reportlab starts in Helvetica, not embedded
    chart = HorizontalBarChart()
    chart.x = label_width + 6
    chart.y = 14
    chart.width = width - chart.x - value_room
    chart.height = height - 20
    chart.data = [[value for _, value in ordered]]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    if integer:
        # Counts: whole-number ticks only.
        largest = max((value for _, value in items), default=1)
        chart.valueAxis.valueStep = max(1, math.ceil(largest / 6))
        chart.valueAxis.valueMax = max(1, math.ceil(largest))
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = LABEL_SIZE - 0.5
    chart.valueAxis.labelTextFormat = value_label
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.bars[0].fillColor = BAR_COLOR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = value_label
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = LABEL_SIZE - 0.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barWidth = BAR_PITCH * 0.6
    chart.categoryAxis.labels.leading = LABEL_SIZE * 1.2
    chart.categoryAxis.labels.textAnchor = "end"  # both lines of a name end at the axis
    drawing.add(chart)
    return drawing


TARGET_COLOR = colors.HexColor("#c0612b")


def trend_lines(
    years: Sequence[int],
    achieved: Sequence[float | None],
    targets: Sequence[float | None],
    width: float,
    height: float,
    value_label: Callable[[float], str],
    *,
    value_max: float | None = None,
) -> Drawing:
    """A value over the years (solid line with dots) against its target (dashed line with
    squares); a year without a value or a target is a gap in its line.

    ``value_max`` fixes the top of the axis (100 for a percentage); otherwise it fits the data.
    """
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.widgets.markers import makeMarker

    def finite(values: Sequence[float | None]) -> list[float | None]:
        return [
            max(-LARGEST, min(LARGEST, v)) if v is not None and math.isfinite(v) else None for v in values
        ]

    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    if not years:
        return drawing
    shown_achieved, shown_targets = finite(achieved), finite(targets)
    present = [v for v in (*shown_achieved, *shown_targets) if v is not None]
    chart = HorizontalLineChart()
    chart.x = 30
    chart.y = 16
    chart.width = width - chart.x - 6
    chart.height = height - chart.y - 6
    # A series without any value is left out (reportlab cannot draw an empty line).
    series = [
        (values, style)
        for values, style in ((shown_achieved, "value"), (shown_targets, "target"))
        if any(v is not None for v in values)
    ]
    if not series:
        return drawing
    chart.data = [values for values, _ in series]
    chart.categoryAxis.categoryNames = [str(year) for year in years]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE - 0.5
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.valueAxis.valueMin = 0
    top = value_max if value_max is not None else max(present, default=1.0)
    chart.valueAxis.valueMax = top if top > 0 else 1.0
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = LABEL_SIZE - 0.5
    chart.valueAxis.labelTextFormat = value_label
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.joinedLines = True
    for index, (_values, style) in enumerate(series):
        line = chart.lines[index]
        if style == "value":
            line.strokeColor = BAR_COLOR
            line.strokeWidth = 1.6
            line.symbol = makeMarker("FilledCircle", size=3.5, fillColor=BAR_COLOR)
        else:
            line.strokeColor = TARGET_COLOR
            line.strokeWidth = 1.2
            line.strokeDashArray = [3, 2]
            line.symbol = makeMarker("FilledSquare", size=3, fillColor=TARGET_COLOR)
    drawing.add(chart)
    return drawing


def drawing_svg(drawing: Drawing) -> bytes:
    """The drawing as SVG, for the window to show what the report prints (same code, same
    layout); text keeps the report's font name, ``REGULAR``.

    The clip is written as a property rather than a ``clipPath`` (which Qt's SVG Tiny renderer
    draws as a black rectangle), and reportlab's ``fill: None`` is written ``fill: none``: CSS
    keywords are case-insensitive, but Qt reads the capitalised one as black.
    """
    from reportlab.graphics import renderSVG

    text = renderSVG.drawToString(drawing, useClip=True)
    return text.replace("fill: None", "fill: none").encode("utf-8")
