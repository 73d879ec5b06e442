"""A report chart on screen: the reportlab drawing the PDF prints, rendered to SVG and shown in a
``QSvgWidget`` — one chart code for screen and paper.

The SVG names the report's font (``reports.fonts.REGULAR``); the same Noto Sans files are given to
Qt once, and the report's font name is made a substitute for their family, so that the screen
measures and draws each Vietnamese letter as the PDF does.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPainter, QPaintEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QSizePolicy, QWidget
from reportlab.graphics.shapes import Drawing

from sxsh_desktop.paths import resource
from sxsh_desktop.reports.charts import drawing_svg
from sxsh_desktop.reports.fonts import REGULAR, register_fonts

_fonts_ready = False
MAX_SCALE = 2.0  # a chart is drawn at most twice its size on paper


def _prepare_fonts() -> None:
    global _fonts_ready
    if _fonts_ready:
        return
    register_fonts()  # reportlab measures labels with them while the drawing is built
    families: list[str] = []
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if families:
        QFont.insertSubstitution(REGULAR, families[0])
    _fonts_ready = True


class ChartView(QSvgWidget):
    """Shows one drawing at the widget's size, keeping its proportions; empty when given None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _prepare_fonts()
        self.svg = b""
        self._natural = QSize(0, 0)
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_drawing(self, drawing: Drawing | None) -> None:
        self.svg = drawing_svg(drawing) if drawing is not None and drawing.height > 0 else b""
        self._natural = (
            QSize(int(drawing.width), int(drawing.height)) if self.svg and drawing else QSize(0, 0)
        )
        self.load(self.svg) if self.svg else self.load(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return self._natural

    def hasHeightForWidth(self) -> bool:
        return self._natural.width() > 0

    def heightForWidth(self, width: int) -> int:
        if self._natural.width() <= 0:
            return 0
        return int(width * self._natural.height() / self._natural.width())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.svg or self._natural.isEmpty():
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)  # the paper the report prints on
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        natural = self._natural
        scale = min(self.width() / natural.width(), self.height() / natural.height(), MAX_SCALE)
        width, height = natural.width() * scale, natural.height() * scale
        # At the top, centred across: a short chart in a tall area does not float in the middle.
        self.renderer().render(painter, QRectF((self.width() - width) / 2, 0, width, height))
        painter.end()
