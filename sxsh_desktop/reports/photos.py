"""Photos made ready for the report: checked, turned upright, scaled down, stripped, or refused.

Only JPEG and PNG are decoded, and only after their header says they decode to an acceptable
number of pixels (``sxsh_desktop.domain.photos``): no other image plugin ever sees stored bytes.
What goes into the PDF carries pixels only: metadata segments (EXIF, XMP, ICC profiles, comments,
text chunks, anything after the end of the image) are left out.
"""

from __future__ import annotations

import io
import struct
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from PIL import ExifTags, Image, ImageOps

from sxsh_desktop.domain.photos import JPEG, PhotoRefused, jpeg_segments, read_header

# Longest side in pixels: about 250 dpi in the report's 8 cm photo boxes, and a report with 30
# camera photos stays at a few megabytes. JPEGs are decoded straight at a reduced scale.
MAX_PIXELS = 800

# A PNG of more pixels than this decodes one at a time (a 50-megapixel one takes 150–200 MB).
LARGE_DECODE = 8_000_000
_large_decodes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sxsh-photo")

_PILLOW_FORMATS = {JPEG: "JPEG", "image/png": "PNG"}
# Application segments kept in a JPEG copied as it is: a bare JFIF header, an Adobe colour-transform
# flag (needed to read CMYK JPEGs right) and an EXIF block holding at most the orientation, all
# small (sizes with the marker and length).
_JFIF = (0xE0, b"JFIF\x00", 18)
_ADOBE = (0xEE, b"Adobe", 16)
_EXIF_PREFIX = b"Exif\x00\x00"
_SMALL_EXIF = 256


@dataclass(frozen=True)
class PreparedPhoto:
    data: bytes  # JPEG
    width: int
    height: int


def prepare_photo(data: bytes | None, max_pixels: int = MAX_PIXELS) -> PreparedPhoto | None:
    """The photo as a JPEG ready to embed, or None when it is missing, not a JPEG or PNG, too many
    pixels, or cannot be decoded completely.

    A JPEG that is upright and small enough is kept as it is, without its metadata; anything else
    is re-encoded.
    """
    if not data:
        return None
    try:
        header = read_header(data)
        image = Image.open(io.BytesIO(data), formats=(_PILLOW_FORMATS[header.mime_type],))
        source_format = image.format
        declared_size = image.size
        if declared_size != (header.width, header.height):
            return None  # two frame headers that disagree: not a photo to trust
        if source_format == "JPEG":
            # Decode at a reduced scale when the photo is much larger than needed: much faster.
            # (Scaled in proportion: draft keeps every side at least as large as asked.)
            width, height = image.size
            ratio = max_pixels / max(width, height)
            image.draft("RGB", (max(1, int(width * ratio)), max(1, int(height * ratio))))
        if source_format != "JPEG" and header.pixels > LARGE_DECODE:
            # A PNG decodes in full: large ones one at a time, on one thread, so that at most one
            # is held at full size.
            image = _large_decodes.submit(_decoded_and_reduced, image, max_pixels).result()
        image.load()  # decodes everything: a truncated or damaged file fails here, not in the PDF
        rotated = image.getexif().get(ExifTags.Base.Orientation, 1) != 1
        # In place: for an upright photo exif_transpose would otherwise return a copy of it.
        ImageOps.exif_transpose(image, in_place=True)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, PhotoRefused):
        return None
    too_large = max(image.size) > max_pixels
    if source_format == "JPEG" and not rotated and not too_large and image.size == declared_size:
        stripped = without_metadata(data)
        if stripped is not None:
            return PreparedPhoto(stripped, image.width, image.height)
    if image.mode not in ("RGB", "L"):
        background = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    image.thumbnail((max_pixels, max_pixels), Image.Resampling.LANCZOS, reducing_gap=2.0)
    image.info = {}  # Pillow would write a JPEG's comment into the new file
    output = io.BytesIO()
    image.save(output, "JPEG", quality=85, optimize=False)
    return PreparedPhoto(output.getvalue(), image.width, image.height)


def _decoded_and_reduced(image: Image.Image, max_pixels: int) -> Image.Image:
    """A large image decoded, then reduced by a whole factor to at least twice ``max_pixels`` a
    side (cheap, and the final thumbnail still has detail to scale from); the metadata is kept."""
    image.load()
    factor = max(1, max(image.size) // (2 * max_pixels))
    if factor <= 1:
        return image
    reduced = image.reduce(factor)
    reduced.info = image.info
    reduced.format = image.format  # type: ignore[misc]
    return reduced


def without_metadata(data: bytes) -> bytes | None:
    """The JPEG without its metadata segments and without anything after its end, losslessly;
    ``data`` itself when it has none; None when its segments cannot be read."""
    kept: list[tuple[int, int]] = []
    dropped = False
    try:
        for segment in jpeg_segments(data):
            marker = segment.marker
            metadata = 0xE0 <= marker <= 0xEF or marker == 0xFE  # application segments, comments
            if metadata and not _harmless(data, marker, segment.body, segment.end):
                dropped = True
                continue
            if kept and kept[-1][1] == segment.start:
                kept[-1] = (kept[-1][0], segment.end)
            else:
                kept.append((segment.start, segment.end))
    except ValueError:
        return None
    if not dropped and kept == [(0, len(data))]:
        return data
    return b"".join(data[start:end] for start, end in kept)


def _harmless(data: bytes, marker: int, body: int, end: int) -> bool:
    for kind, prefix, longest in (_JFIF, _ADOBE):
        if marker == kind and data.startswith(prefix, body) and end - body + 4 <= longest:
            return True
    if marker == 0xE1 and data.startswith(_EXIF_PREFIX, body) and end - body <= _SMALL_EXIF:
        exif = Image.Exif()
        try:
            exif.load(data[body:end])
        except (OSError, ValueError, SyntaxError, struct.error):
            return False
        return set(exif) <= {ExifTags.Base.Orientation} and exif.get(ExifTags.Base.Orientation, 1) == 1
    return False
