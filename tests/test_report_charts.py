"""The report's bar charts: every name readable in full, on two lines where one is not enough."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart

from sxsh_desktop.reports.charts import LABEL_SIZE, horizontal_bars
from sxsh_desktop.reports.fonts import REGULAR, register_fonts, text_width

WIDTH = 480.0  # points: the report's text width
HVLP = "Dùng súng phun HVLP và định mức pha sơn theo diện tích"  # the steel demo's option


def _names(items: list[tuple[str, float]]) -> list[str]:
    register_fonts()  # as a report does before it draws
    drawing = horizontal_bars(items, WIDTH, lambda value: f"{value:.0f}")
    [chart] = [shape for shape in drawing.contents if isinstance(shape, HorizontalBarChart)]
    return list(reversed(chart.categoryAxis.categoryNames))  # largest first, as drawn


def test_a_long_option_name_takes_two_lines_and_is_read_whole() -> None:
    names = _names([(HVLP, 120.0), ("Sửa rò rỉ khí nén", 40.0)])
    assert names[0].replace("\n", " ") == HVLP and "\n" in names[0]
    assert names[1] == "Sửa rò rỉ khí nén"
    for line in names[0].split("\n"):
        assert text_width(line, REGULAR, LABEL_SIZE) <= WIDTH * 0.38


def test_a_name_beyond_two_lines_is_cut_with_an_ellipsis_not_overdrawn() -> None:
    very_long = " ".join([HVLP] * 4)
    [name] = _names([(very_long, 1.0)])
    lines = name.split("\n")
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(text_width(line, REGULAR, LABEL_SIZE) <= WIDTH * 0.38 for line in lines)
