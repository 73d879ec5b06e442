"""The report fonts: Noto Sans (OFL) from ``resources/fonts``, registered once with reportlab.

TrueType fonts are embedded (subset) in every PDF, with a Unicode map, so that each Vietnamese
letter prints and can be copied out of the PDF as text.
"""

from __future__ import annotations

import functools
import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.paths import resource

REGULAR = "SxshSans"
BOLD = "SxshSans-Bold"
ITALIC = "SxshSans-Italic"
BOLD_ITALIC = "SxshSans-BoldItalic"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


class MissingFontError(KnownProblem):
    code = "report_font_missing"


def register_fonts() -> None:
    """Register the four styles and their family (bold/italic in paragraphs); idempotent."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            path = resource("fonts", file_name)
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception as error:  # reportlab raises TTFError or OSError for a missing/bad file
                raise MissingFontError(
                    f"The report font {path} is missing or damaged; reinstall SXSH Desktop."
                ) from error
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
            addMapping(REGULAR, bold, italic, name)
        _registered = True


@functools.lru_cache(maxsize=16384)
def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points; measured once per text, font and size.

    Cell texts and words repeat in a report (step names, decisions, units, Vietnamese syllables),
    and reportlab measures a string character by character in Python.
    """
    return pdfmetrics.stringWidth(text, font, size)


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut to ``width`` points, ending in … when it was cut.

    Measured character by character once: cutting a long label one character at a time and
    measuring it again each time took milliseconds per label.
    """
    if text_width(text, font, size) <= width:
        return text
    room = width - text_width("…", font, size)
    used = 0.0
    for index, char in enumerate(text):
        used += text_width(char, font, size)
        if used > room:
            return text[:index].rstrip() + "…"
    return text.rstrip() + "…"


def wrap_text(text: str, font: str, size: float, width: float, max_lines: int = 2) -> list[str]:
    """``text`` broken at spaces into lines of at most ``width`` points; what does not fit in
    ``max_lines`` lines is cut, the last line ending in …."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and text_width(f"{line} {words[0]}", font, size) <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:
        lines[-1] = fit_text(f"{lines[-1]} {' '.join(words)}", font, size, width)
    return [fit_text(line, font, size, width) for line in lines]  # a single word longer than a line
