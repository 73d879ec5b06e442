"""Photos made ready for the report: checked, turned upright, scaled down, or refused."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps

# Longest side in pixels: sharp at about 200 dpi in the report's 8 cm photo boxes, and it keeps a
# report with 30 camera photos at a few megabytes.
MAX_PIXELS = 1200


@dataclass(frozen=True)
class PreparedPhoto:
    data: bytes  # JPEG or PNG
    width: int
    height: int


def prepare_photo(data: bytes | None, max_pixels: int = MAX_PIXELS) -> PreparedPhoto | None:
    """The photo ready to embed, or None when it is missing or cannot be decoded completely."""
    if not data:
        return None
    try:
        image = Image.open(io.BytesIO(data))
        source_format = image.format
        declared_size = image.size
        if source_format == "JPEG":
            # Decode at a reduced scale when the photo is much larger than needed: much faster.
            image.draft("RGB", (max_pixels, max_pixels))
        image.load()  # decodes everything: a truncated or damaged file fails here, not in the PDF
        upright = ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    rotated = upright is not image
    too_large = max(upright.size) > max_pixels
    if source_format in ("JPEG", "PNG") and not rotated and not too_large and image.size == declared_size:
        return PreparedPhoto(data, upright.width, upright.height)
    if upright.mode not in ("RGB", "L"):
        background = Image.new("RGB", upright.size, "white")
        rgba = upright.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        upright = background
    upright.thumbnail((max_pixels, max_pixels), Image.Resampling.LANCZOS)
    output = io.BytesIO()
    upright.save(output, "JPEG", quality=85, optimize=False)
    return PreparedPhoto(output.getvalue(), upright.width, upright.height)
