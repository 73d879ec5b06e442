"""Photo bytes looked at without decoding a pixel: their type, their size, and whether they are
what their record says.

Photos come from outside (a camera file, a package, a file): before any image library decodes
them, their type is read from their first bytes (JPEG and PNG only, whatever the file name or
the record says), their width and height from their header (PNG's IHDR chunk, a JPEG's start-of-
frame segment), and the number of pixels they would decode to is bounded. Every read here is
bounded by the length of the bytes and by a count of segments, so a hostile file costs little.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterator
from dataclasses import dataclass

from sxsh_desktop.domain import model
from sxsh_desktop.errors import KnownProblem

JPEG = "image/jpeg"
PNG = "image/png"
PHOTO_TYPES = (JPEG, PNG)

# A photo decodes to 3–4 bytes a pixel: 50 megapixels is more than any phone camera and about
# 200 MB decoded. (A 690 KB PNG can declare 13,300 × 13,300 pixels: 2.2 GB decoded.)
MAX_PHOTO_PIXELS = 50_000_000
MAX_PHOTO_BYTES = 40 * 1024 * 1024  # as a camera file the window accepts
# JPEG segments read before the frame header: a camera file has a few dozen.
_MAX_JPEG_SEGMENTS = 10_000

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_START = b"\xff\xd8\xff"
# Start-of-frame markers (baseline, extended, progressive, lossless; Huffman or arithmetic).
_SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
# Markers that stand alone, without a length: TEM, RST0–7, SOI, EOI.
_STANDALONE = frozenset({0x01, *range(0xD0, 0xDA)})
SOS, EOI = 0xDA, 0xD9


class PhotoRefused(KnownProblem):
    """Bytes that are not an acceptable photo; ``reason`` says why (the window translates by it):
    not_image (not a JPEG or PNG), damaged (a header that cannot be read), too_many_pixels,
    too_large (bytes), mismatch (not the bytes their record describes)."""

    code = "photo_refused"

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class PhotoHeader:
    mime_type: str
    width: int
    height: int

    @property
    def pixels(self) -> int:
        return self.width * self.height


def photo_type(data: bytes) -> str | None:
    """``image/jpeg`` or ``image/png`` from the first bytes, or None for anything else."""
    if data.startswith(_JPEG_START):
        return JPEG
    if data.startswith(_PNG_SIGNATURE):
        return PNG
    return None


def read_header(data: bytes, max_pixels: int = MAX_PHOTO_PIXELS) -> PhotoHeader:
    """The type and size of a JPEG or PNG from its header, without decoding; ``PhotoRefused``
    when the bytes are neither, their header cannot be read, or they would decode to more than
    ``max_pixels``."""
    mime_type = photo_type(data)
    if mime_type is None:
        raise PhotoRefused("not_image", "The bytes are not a JPEG or PNG image.")
    size = _png_size(data) if mime_type == PNG else _jpeg_size(data)
    if size is None:
        kind = "PNG" if mime_type == PNG else "JPEG"
        raise PhotoRefused("damaged", f"The {kind} image is damaged: its size cannot be read.")
    width, height = size
    header = PhotoHeader(mime_type, width, height)
    if header.pixels > max_pixels:
        raise PhotoRefused(
            "too_many_pixels",
            f"The image is {width:,} × {height:,} pixels; photos up to "
            f"{max_pixels // 1_000_000} megapixels are accepted.",
        )
    return header


def check_photo(photo: model.Photo, data: bytes) -> PhotoHeader:
    """The header of a photo's bytes, checked against its record: the same SHA-256, size and type,
    and an acceptable image (``read_header``). ``PhotoRefused`` names what is wrong."""
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoRefused(
            "too_large",
            f"The photo is {len(data) / 1024 / 1024:.0f} MB; photos up to "
            f"{MAX_PHOTO_BYTES // 1024 // 1024} MB are accepted.",
        )
    if photo.size_bytes != len(data):
        raise PhotoRefused(
            "mismatch", f"The photo has {len(data):,} bytes where its record says {photo.size_bytes:,}."
        )
    if hashlib.sha256(data).hexdigest() != photo.sha256:
        raise PhotoRefused("mismatch", "The photo's bytes do not match the SHA-256 of its record.")
    header = read_header(data)
    if header.mime_type != photo.mime_type:
        raise PhotoRefused(
            "mismatch", f"The photo is a {header.mime_type} image where its record says {photo.mime_type}."
        )
    return header


def check_photos(photos: list[model.Photo], data: dict[str, bytes]) -> None:
    """``check_photo`` for every photo whose bytes are given; ``PhotoRefused`` names the photo."""
    for photo in photos:
        given = data.get(photo.id)
        if given is None:
            continue
        try:
            check_photo(photo, given)
        except PhotoRefused as problem:
            raise PhotoRefused(problem.reason, f"Photo {photo.id}: {problem.message}") from None


def _png_size(data: bytes) -> tuple[int, int] | None:
    # The IHDR chunk comes first, 13 bytes long: width and height are its first 8.
    if len(data) < 33 or data[8:16] != b"\x00\x00\x00\x0dIHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return (width, height) if width > 0 and height > 0 else None


@dataclass(frozen=True)
class JpegSegment:
    """One marker segment of a JPEG: ``data[start:end]`` is the marker with its content (for SOS,
    with the entropy-coded data that follows it); its content starts at ``body``, after the
    marker and the length."""

    marker: int
    start: int
    body: int
    end: int


def jpeg_segments(data: bytes, *, until_frame: bool = False) -> Iterator[JpegSegment]:
    """The marker segments of a JPEG from SOI to EOI (or to the frame header when ``until_frame``);
    ``ValueError`` when the structure is broken or holds absurdly many segments."""
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG")
    yield JpegSegment(0xD8, 0, 2, 2)
    position, count, end = 2, 0, len(data)
    while position < end:
        count += 1
        if count > _MAX_JPEG_SEGMENTS:
            raise ValueError("too many segments")
        if data[position] != 0xFF:
            raise ValueError("a segment does not start with a marker")
        start = position
        while position < end and data[position] == 0xFF:  # fill bytes before a marker
            position += 1
        if position >= end:
            raise ValueError("truncated")
        marker = data[position]
        position += 1
        if marker in _STANDALONE:
            yield JpegSegment(marker, start, position, position)
            if marker == EOI:
                return
            continue
        if position + 2 > end:
            raise ValueError("truncated")
        length = int.from_bytes(data[position : position + 2], "big")
        if length < 2 or position + length > end:
            raise ValueError("a segment runs past the end")
        body = position + 2
        position += length
        if marker == SOS:
            position = _after_entropy_data(data, position)
        yield JpegSegment(marker, start, body, position)
        if until_frame and marker in _SOF_MARKERS:
            return
    raise ValueError("no end-of-image marker")


def _after_entropy_data(data: bytes, position: int) -> int:
    """Where the entropy-coded data after a scan header ends: at the first marker that is not a
    stuffed 0xFF00 or a restart marker."""
    while True:
        found = data.find(b"\xff", position)
        if found < 0 or found + 1 >= len(data):
            return len(data)
        following = data[found + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            position = found + 1 if following == 0xFF else found + 2
            continue
        return found


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    try:
        for segment in jpeg_segments(data, until_frame=True):
            if segment.marker in _SOF_MARKERS:
                # The sample precision, then the height and the width.
                if segment.end - segment.body < 5:
                    return None
                height, width = struct.unpack(">HH", data[segment.body + 1 : segment.body + 5])
                return (width, height) if width > 0 and height > 0 else None
            if segment.marker == SOS:
                return None  # a scan before any frame header
    except ValueError:
        return None
    return None
