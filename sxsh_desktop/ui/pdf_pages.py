"""A PDF file's pages as images, rendered by PDFium (pypdfium2), for printing the report exactly.

PDFium's objects hold native memory and, on Windows, keep the file open (so it cannot be
deleted): a ``PdfPages`` is closed deterministically, with ``close()`` or as a context manager,
and each page and bitmap is closed as soon as its image has been copied out.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

import pypdfium2
import pypdfium2.raw
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

from sxsh_desktop.errors import KnownProblem

POINTS_PER_INCH = 72.0  # PDF's canvas unit


class UnreadablePdfError(KnownProblem):
    """The file is not a PDF that PDFium can read (damaged, cut short, or another kind of file)."""

    code = "pdf_unreadable"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} is not a readable PDF ({detail}).")
        self.path = path


class PdfPages:
    """An open PDF file whose pages render to ``QImage``s, one at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._document: pypdfium2.PdfDocument | None = pypdfium2.PdfDocument(path)
        except pypdfium2.PdfiumError as error:  # a missing file is an OSError, not a damaged one
            raise UnreadablePdfError(path, str(error)) from None
        self.page_count = len(self._document)
        if self.page_count == 0:
            self.close()
            raise UnreadablePdfError(path, "it has no pages")

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None

    def _open_document(self) -> pypdfium2.PdfDocument:
        if self._document is None:
            raise ValueError(f"{self.path} is closed")
        return self._document

    def page_size(self, index: int) -> QSizeF:
        """Page ``index`` (from 0) in points, as it is shown (its /Rotate applied)."""
        page = self._open_document()[index]
        try:
            width, height = page.get_size()
            if page.get_rotation() % 180:
                width, height = height, width
            return QSizeF(width, height)
        finally:
            page.close()

    def render(self, index: int, dpi: float) -> QImage:
        """Page ``index`` (from 0) at ``dpi`` on white, as an RGB image that owns its pixels."""
        page = self._open_document()[index]
        try:
            try:
                bitmap = page.render(
                    scale=dpi / POINTS_PER_INCH,
                    force_bitmap_format=pypdfium2.raw.FPDFBitmap_BGR,
                    rev_byteorder=True,
                )
            except pypdfium2.PdfiumError as error:
                raise UnreadablePdfError(self.path, str(error)) from None
            try:
                # Three bytes a pixel in R, G, B order (rev_byteorder); rows are ``stride`` bytes
                # apart. The copy detaches the image from PDFium's buffer, freed on close.
                image = QImage(
                    bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
                ).copy()
            finally:
                bitmap.close()
        finally:
            page.close()
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        return image
