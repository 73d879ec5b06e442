"""Turning a camera file into what the store keeps: a bounded image and a thumbnail.

Camera photos are 4000+ pixels wide and several megabytes; the report and the package need far
less. The image is turned upright from its EXIF orientation, scaled to at most
``MAX_SIDE`` pixels on its longest side and saved as JPEG (PNG stays PNG, for drawings and
screenshots); the thumbnail is at most ``THUMBNAIL_SIDE`` pixels.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

from sxsh_desktop.domain.photos import PNG, PhotoRefused, read_header
from sxsh_desktop.errors import KnownProblem

MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_PIXELS = 120_000_000  # larger than any camera; refuses decompression bombs
MAX_SIDE = 2048
THUMBNAIL_SIDE = 256
JPEG_QUALITY = 85
THUMBNAIL_QUALITY = 80


class PhotoProblem(KnownProblem):
    code = "photo"

    def __init__(self, reason: str, path: Path, message: str) -> None:
        super().__init__(message)
        self.reason = reason  # missing, too_large, not_image, unreadable
        self.path = path


@dataclass(frozen=True)
class PreparedPhoto:
    data: bytes
    thumbnail: bytes
    mime_type: str
    width: int
    height: int
    sha256: str


def prepare_photo(path: Path) -> PreparedPhoto:
    """Read, turn upright, scale and encode the photo at ``path``; ``PhotoProblem`` when it cannot."""
    if not path.is_file():
        raise PhotoProblem("missing", path, f"{path.name}: the file does not exist.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise PhotoProblem(
            "too_large",
            path,
            f"{path.name} is {size / 1024 / 1024:.0f} MB; photos up to "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB can be added.",
        )
    try:  # the type and size from the header, before any image plugin reads the file
        header = read_header(path.read_bytes(), MAX_PIXELS)
    except PhotoRefused as refused:
        reason = {"not_image": "not_image", "too_many_pixels": "too_large"}.get(refused.reason, "unreadable")
        raise PhotoProblem(reason, path, f"{path.name}: {refused.message}") from None
    reader = QImageReader(str(path), b"png" if header.mime_type == PNG else b"jpeg")
    reader.setAutoTransform(True)  # EXIF orientation: portrait photos stay portrait
    reader.setDecideFormatFromContent(False)  # JPEG or PNG only, as the header says
    source_format = bytes(reader.format().data()).decode().lower()
    if not reader.canRead() or not source_format:
        raise PhotoProblem("not_image", path, f"{path.name} is not an image (JPEG or PNG).")
    original = reader.size()
    if original.isValid():
        if original.width() * original.height() > MAX_PIXELS:
            raise PhotoProblem("too_large", path, f"{path.name} has too many pixels to be a photo.")
        longest = max(original.width(), original.height())
        if longest > MAX_SIDE:
            factor = MAX_SIDE / longest
            reader.setScaledSize(
                QSize(max(1, round(original.width() * factor)), max(1, round(original.height() * factor)))
            )
    image = reader.read()
    if image.isNull():
        raise PhotoProblem("unreadable", path, f"{path.name} cannot be read: {reader.errorString()}.")
    keep_png = source_format == "png"
    data = _encode(image, "PNG" if keep_png else "JPEG", JPEG_QUALITY)
    thumbnail_image = image.scaled(
        THUMBNAIL_SIDE,
        THUMBNAIL_SIDE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return PreparedPhoto(
        data=data,
        thumbnail=_encode(thumbnail_image, "JPEG", THUMBNAIL_QUALITY),
        mime_type="image/png" if keep_png else "image/jpeg",
        width=image.width(),
        height=image.height(),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _encode(image: QImage, image_format: str, quality: int) -> bytes:
    if image_format == "JPEG" and image.hasAlphaChannel():
        # JPEG has no transparency: put the picture on white rather than black.
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("white"))
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, image_format, quality):
        raise RuntimeError(f"could not encode an image as {image_format}")
    return bytes(QByteArray(buffer.data()).data())


def self_check(folder: Path) -> None:
    """Camera photos can be read and stored: the JPEG image plugin is present (``sxsh self-test``)."""
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b6ea5"))
    source = folder / "ảnh thử.jpg"
    source.write_bytes(_encode(image, "JPEG", JPEG_QUALITY))
    prepared = prepare_photo(source)
    assert (prepared.width, prepared.height) == (64, 48), "a JPEG photo read back at the wrong size"
    assert prepared.thumbnail, "no thumbnail made"
