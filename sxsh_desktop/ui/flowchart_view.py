"""The process flow chart drawn with QPainter: on screen, and exported as PNG or SVG.

The geometry comes from ``sxsh_desktop.flowchart.layout_flowchart`` (shared with the PDF report);
this module only paints it, scaled to the space it is given.
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QWidget

from sxsh_desktop.flowchart import (
    BOX_PADDING,
    FONT_SIZE,
    LINE_HEIGHT,
    BoxKind,
    FlowchartLayout,
)
from sxsh_desktop.paths import resource

MARGIN = 12.0  # abstract units around the chart

# Fill and border per kind of box: steps stand out, waste is warm, inputs and products cool.
_COLOURS = {
    BoxKind.STEP: (QColor("#dbe9f6"), QColor("#2f5f8a")),
    BoxKind.INPUT: (QColor("#eef5e9"), QColor("#4f7a3a")),
    BoxKind.OUTPUT: (QColor("#e8f1fb"), QColor("#3b6ea5")),
    BoxKind.WASTE: (QColor("#fdeee6"), QColor("#b0502a")),
}


_font_families: list[str] = []


def chart_font(painter: QPainter) -> QFont:
    """Noto Sans, as in the report (the layout wraps labels for its widths), FONT_SIZE units high
    in the chart's coordinates whatever the device's resolution."""
    if not _font_families:
        for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
            font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
            _font_families.extend(QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else [])
        _font_families.append(QFont().family())  # the UI font if Noto Sans could not be loaded
    font = QFont(_font_families[0])
    dpi = painter.device().logicalDpiY() if painter.device() is not None else 72
    font.setPointSizeF(FONT_SIZE * 72 / (dpi or 72))
    return font


def chart_size(layout: FlowchartLayout) -> tuple[float, float]:
    """The chart's natural size with its margin, in abstract units."""
    return layout.width + 2 * MARGIN, layout.height + 2 * MARGIN


def paint_flowchart(painter: QPainter, layout: FlowchartLayout, target: QRectF) -> None:
    """Paint ``layout`` scaled to fit ``target`` (aspect kept, centred horizontally)."""
    width, height = chart_size(layout)
    scale = min(target.width() / width, target.height() / height) if width and height else 1.0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(target.x() + (target.width() - width * scale) / 2, target.y())
    painter.scale(scale, scale)
    painter.translate(MARGIN, MARGIN)
    font = chart_font(painter)
    painter.setFont(font)
    for arrow in layout.arrows:
        _paint_arrow(painter, arrow.points, _COLOURS.get(arrow.kind, _COLOURS[BoxKind.STEP])[1])
    for box in layout.boxes:
        fill, border = _COLOURS.get(box.kind, _COLOURS[BoxKind.OUTPUT])
        rect = QRectF(box.x, box.y, box.w, box.h)
        painter.setPen(QPen(border, 1.4 if box.kind == BoxKind.STEP else 0.8))
        painter.setBrush(fill)
        radius = 4.0 if box.kind == BoxKind.STEP else 2.0
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(QColor("#1d1d1d"))
        font.setBold(box.kind == BoxKind.STEP)
        painter.setFont(font)
        top = box.y + (box.h - len(box.lines) * LINE_HEIGHT) / 2
        for number, line in enumerate(box.lines):
            line_rect = QRectF(
                box.x + BOX_PADDING, top + number * LINE_HEIGHT, box.w - 2 * BOX_PADDING, LINE_HEIGHT
            )
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip, line)
    painter.restore()


def _paint_arrow(painter: QPainter, points: tuple[tuple[float, float], ...], colour: QColor) -> None:
    if len(points) < 2:
        return
    painter.setPen(QPen(colour, 0.9))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = [QPointF(x, y) for x, y in points]
    for start, end in itertools.pairwise(path):
        painter.drawLine(start, end)
    (x1, y1), (x2, y2) = points[-2], points[-1]
    angle = math.atan2(y2 - y1, x2 - x1)
    size = 5.0
    head = QPolygonF(
        [
            QPointF(x2, y2),
            QPointF(x2 - size * math.cos(angle - 0.4), y2 - size * math.sin(angle - 0.4)),
            QPointF(x2 - size * math.cos(angle + 0.4), y2 - size * math.sin(angle + 0.4)),
        ]
    )
    painter.setBrush(colour)
    painter.drawPolygon(head)


def export_png(layout: FlowchartLayout, path: Path, scale: float = 3.0) -> None:
    """Save the chart as a PNG ``scale`` pixels per unit (about 216 dpi at the natural size)."""
    width, height = chart_size(layout)
    image = QImage(max(1, round(width * scale)), max(1, round(height * scale)), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_flowchart(painter, layout, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")


def export_svg(layout: FlowchartLayout, path: Path, title: str = "") -> None:
    width, height = chart_size(layout)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(round(width), round(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(title)
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"cannot write {path}")
    painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
    paint_flowchart(painter, layout, QRectF(0, 0, width, height))
    painter.end()


def svg_bytes(layout: FlowchartLayout) -> bytes:
    """The chart as SVG text in memory (for tests and the clipboard)."""
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    width, height = chart_size(layout)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(width), round(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    painter = QPainter(generator)
    paint_flowchart(painter, layout, QRectF(0, 0, width, height))
    painter.end()
    return bytes(QByteArray(buffer.data()).data())


class FlowchartView(QWidget):
    """Shows a layout at the width of the widget (up to 1.6× the natural size); taller charts
    grow the widget so that a scroll area around it scrolls."""

    MAX_SCALE = 1.6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_data = FlowchartLayout()
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)

    def set_layout_data(self, layout: FlowchartLayout) -> None:
        self.layout_data = layout
        self.updateGeometry()
        self.update()

    def _scale(self, width: float) -> float:
        natural, _ = chart_size(self.layout_data)
        return min(self.MAX_SCALE, width / natural) if natural else 1.0

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.layout_data.is_empty:
            return 120
        _, height = chart_size(self.layout_data)
        return math.ceil(height * self._scale(width))

    def sizeHint(self) -> QSize:
        natural_width, _ = chart_size(self.layout_data)
        width = max(320, round(natural_width))
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        wanted = self.heightForWidth(self.width())
        if self.minimumHeight() != wanted:
            self.setMinimumHeight(wanted)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.layout_data.is_empty:
            painter.setPen(QColor("#666666"))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text
            )
            return
        _, natural_height = chart_size(self.layout_data)
        scale = self._scale(self.width())
        paint_flowchart(painter, self.layout_data, QRectF(0, 0, self.width(), natural_height * scale))
        painter.end()
