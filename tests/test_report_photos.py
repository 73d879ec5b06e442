"""Photos made ready for the report: upright, sharp enough to print, small JPEGs kept as they are."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from sxsh_desktop.reports.photos import MAX_PIXELS, prepare_photo

EXIF_ORIENTATION = 0x0112
TURNED_RIGHT = 6  # the camera was held upright: the picture must be turned a quarter clockwise


def camera_jpeg(width: int, height: int, orientation: int | None = None) -> bytes:
    """A photo with a blue block in its stored top-left corner, the rest orange."""
    image = Image.new("RGB", (width, height), (200, 90, 30))
    ImageDraw.Draw(image).rectangle((0, 0, width // 4, height // 4), fill=(20, 90, 220))
    exif = Image.Exif()
    if orientation is not None:
        exif[EXIF_ORIENTATION] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, exif=exif.tobytes())
    return out.getvalue()


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image.convert("RGB")


def is_blue(pixel: tuple[int, ...]) -> bool:
    red, _, blue = pixel[:3]
    return blue > 150 and red < 80


def test_a_small_upright_jpeg_is_embedded_byte_for_byte() -> None:
    data = camera_jpeg(640, 480)
    prepared = prepare_photo(data)
    assert prepared is not None
    assert prepared.data is data
    assert (prepared.width, prepared.height) == (640, 480)


def test_a_camera_photo_is_scaled_down_yet_sharp_enough_to_print() -> None:
    prepared = prepare_photo(camera_jpeg(2048, 1536))
    assert prepared is not None
    image = decoded(prepared.data)
    assert image.size == (prepared.width, prepared.height)
    assert max(image.size) <= MAX_PIXELS
    # The report prints a photo at most 8.3 cm wide: 150 dpi needs about 490 pixels.
    assert image.width >= 490
    assert is_blue(image.getpixel((5, 5))) and not is_blue(image.getpixel((image.width - 5, 5)))


def test_a_photo_taken_sideways_prints_upright() -> None:
    for size in ((640, 480), (4000, 3000)):
        prepared = prepare_photo(camera_jpeg(*size, orientation=TURNED_RIGHT))
        assert prepared is not None
        image = decoded(prepared.data)
        assert image.height > image.width
        # Turned a quarter clockwise, the stored top-left corner is now top right.
        assert is_blue(image.getpixel((image.width - 5, 5))) and not is_blue(image.getpixel((5, 5)))


def test_a_damaged_or_missing_photo_gives_nothing() -> None:
    data = camera_jpeg(1600, 1200)
    assert prepare_photo(data[: len(data) // 2]) is None
    assert prepare_photo(b"not an image") is None
    assert prepare_photo(None) is None
    assert prepare_photo(b"") is None
