"""Photos made ready for the report: checked, turned upright, scaled down, or refused."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import ExifTags, Image, ImageOps

# Longest side in pixels: about 250 dpi in the report's 8 cm photo boxes, and a report with 30
# camera photos stays at a few megabytes. JPEGs are decoded straight at a reduced scale.
MAX_PIXELS = 800


@dataclass(frozen=True)
class PreparedPhoto:
    data: bytes  # JPEG
    width: int
    height: int


def prepare_photo(data: bytes | None, max_pixels: int = MAX_PIXELS) -> PreparedPhoto | None:
    """The photo as a JPEG ready to embed, or None when it is missing or cannot be decoded completely.

    A JPEG that is upright and small enough is kept byte for byte; anything else is re-encoded.
    """
    if not data:
        return None
    try:
        image = Image.open(io.BytesIO(data))
        source_format = image.format
        declared_size = image.size
        if source_format == "JPEG":
            # Decode at a reduced scale when the photo is much larger than needed: much faster.
            # (Scaled in proportion: draft keeps every side at least as large as asked.)
            width, height = image.size
            ratio = max_pixels / max(width, height)
            image.draft("RGB", (max(1, int(width * ratio)), max(1, int(height * ratio))))
        image.load()  # decodes everything: a truncated or damaged file fails here, not in the PDF
        rotated = image.getexif().get(ExifTags.Base.Orientation, 1) != 1
        # In place: for an upright photo exif_transpose would otherwise return a copy of it.
        ImageOps.exif_transpose(image, in_place=True)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    too_large = max(image.size) > max_pixels
    if source_format == "JPEG" and not rotated and not too_large and image.size == declared_size:
        return PreparedPhoto(data, image.width, image.height)
    if image.mode not in ("RGB", "L"):
        background = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    image.thumbnail((max_pixels, max_pixels), Image.Resampling.LANCZOS, reducing_gap=2.0)
    output = io.BytesIO()
    image.save(output, "JPEG", quality=85, optimize=False)
    return PreparedPhoto(output.getvalue(), image.width, image.height)
