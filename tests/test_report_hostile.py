"""Hostile photos and records: refused where they enter, and never able to break or bloat the outputs.

Photos: an EPS file, a PNG declaring 13,300 × 13,300 pixels, bytes that are not their record's,
and a tiny JPEG carrying 60 MB of metadata. Records: numbers near 1e308, control characters,
texts at their 20,000-character limit, and a step with thousands of flows. Each refusal leaves
the office database exactly as it was; each record the store holds renders as a PDF and a workbook.
"""

from __future__ import annotations

import dataclasses
import io
import json
import struct
import zlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from PIL import EpsImagePlugin, Image
from pypdf import PdfReader
from sqlalchemy import insert

from sxsh_desktop.calc import compute_assessment
from sxsh_desktop.domain import model
from sxsh_desktop.domain.model import SyncFields, utc_now
from sxsh_desktop.domain.photos import MAX_PHOTO_PIXELS, PhotoRefused, check_photo, read_header
from sxsh_desktop.domain.pngimage import png_bytes
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.domain.reference_files import load_reference_files
from sxsh_desktop.domain.validation import LONG_TEXT_MAX, field_problem
from sxsh_desktop.interchange.importer import ImportRefused, import_document
from sxsh_desktop.reports.pdf import build_report
from sxsh_desktop.reports.photos import prepare_photo, without_metadata
from sxsh_desktop.reports.workbook import build_workbook
from sxsh_desktop.store import schema
from sxsh_desktop.store.records import to_row
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import keys
from sxsh_desktop.sync.errors import InvalidContentError
from sxsh_desktop.sync.manifest import sha256_hex
from tests.sync_world import World, dump, reseal, small_document, unpack

R = TypeVar("R", bound=SyncFields)

CUT_VI = "…(đã cắt)"
PLACEHOLDER_VI = "Không đọc được ảnh"

# A PostScript file whose program never ends: Ghostscript would loop on it for ever.
EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 64 48\n/loop { loop } def { } loop\nshowpage\n%%EOF\n"


@cache
def reference() -> ReferenceData:
    return load_reference_files()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    opened = World(tmp_path)
    yield opened
    opened.close()


def jpeg(width: int = 64, height: int = 48) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 200)).save(out, "JPEG", quality=85)
    return out.getvalue()


def with_app_segments(data: bytes, total: int) -> bytes:
    """``data`` with ``total`` bytes of APP5 segments after its start, and as much junk after its end."""
    payload = 65_533
    segment = b"\xff\xe5" + (payload + 2).to_bytes(2, "big") + b"\x00" * payload
    count = -(-total // len(segment))  # rounded up
    return data[:2] + segment * count + data[2:] + b"junk after the end" * 1000


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header declares ``width`` × ``height`` (its pixels are not all there)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 1000))


def grey_png(width: int, height: int) -> bytes:
    """A complete, valid greyscale PNG, compressed row by row (so large ones cost little memory)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    compressor = zlib.compressobj(1)
    row = b"\x00" + b"\x80" * width
    parts = [compressor.compress(row) for _ in range(height)]
    parts.append(compressor.flush())
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", b"".join(parts)) + chunk(b"IEND", b"")


def photo_record(assessment_id: str, data: bytes, mime_type: str = "image/png") -> model.Photo:
    return model.Photo(
        assessment_id=assessment_id,
        owner_kind="assessment",
        owner_id=assessment_id,
        caption="Ảnh hiện trường",
        mime_type=mime_type,
        sha256=sha256_hex(data),
        size_bytes=len(data),
    )


def render(tmp_path: Path, document: model.AssessmentDocument, photos: dict[str, bytes]) -> tuple[Path, Path]:
    figures = compute_assessment(document, reference())
    pdf = build_report(document, figures, reference(), tmp_path / "báo cáo.pdf", "vi", photos.get)
    workbook = build_workbook(document, figures, reference(), tmp_path / "bảng tính.xlsx", "vi")
    return pdf, workbook


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def refused_package(world: World, package: Path, match: str) -> InvalidContentError:
    before = world.dump()
    with pytest.raises(InvalidContentError, match=match) as refused:
        world.import_(package)
    assert world.dump() == before
    assert "Traceback" not in str(refused.value)
    return refused.value


def consultant_with_photo(world: World, data: bytes, mime_type: str = "image/png") -> Path:
    """A registered consultant's package holding one assessment with the photo ``data``."""
    consultant = world.consultant("an")
    document = small_document(consultant)
    consultant.add_photo(photo_record(document.assessment.id, data, mime_type), data)
    return world.export(consultant)


# --- photos at import -------------------------------------------------------------------------------


def test_an_eps_photo_is_refused_at_import(world: World) -> None:
    error = refused_package(world, consultant_with_photo(world, EPS), "not a JPEG or PNG")
    assert "Photo " in str(error)


def test_a_photo_of_13300_by_13300_pixels_is_refused_at_import(world: World) -> None:
    data = png_header_only(13_300, 13_300)
    assert len(data) < 2_000
    refused_package(world, consultant_with_photo(world, data), "13,300 × 13,300 pixels")


def test_a_photo_that_is_not_what_its_record_says_is_refused(world: World) -> None:
    # A JPEG recorded as a PNG, with its hash and size right.
    refused_package(world, consultant_with_photo(world, jpeg(), "image/png"), "image/jpeg image where")


def test_photo_bytes_swapped_after_signing_the_record_are_refused(world: World) -> None:
    package = consultant_with_photo(world, png_bytes(8, 8, lambda x, y: (x, y, 0)))
    consultant = world.stores[-1]
    entries = unpack(world, package)
    photo_entries = sorted(name for name in entries if name.startswith("photos/"))
    other = png_bytes(9, 9, lambda x, y: (0, x, y))
    for name in photo_entries:
        entries[name] = other  # the manifest is signed again over the new bytes: only the record disagrees
    resealed = reseal(world, package, entries, keys.device_keys(consultant))
    refused_package(world, resealed, "Photo ")


def test_a_good_photo_is_imported_and_prints(world: World, tmp_path: Path) -> None:
    data = jpeg(320, 240)
    package = consultant_with_photo(world, data, "image/jpeg")
    assert world.import_(package).applied
    (assessment_id,) = {p.assessment_id for p in [world.office.get(model.Photo, _photo_id(world, data))]}
    document = world.office.load_document(assessment_id)
    photos = {p.id: world.office.photo_data(p.id) for p in document.photos}
    assert data in photos.values()
    pdf, _ = render(tmp_path, document, photos)
    assert PLACEHOLDER_VI not in pdf_text(pdf)


def _photo_id(world: World, data: bytes) -> str:
    consultant = world.stores[-1]
    with consultant.database.begin() as connection:
        rows = connection.exec_driver_sql("SELECT id, sha256 FROM photo").all()
    return next(photo_id for photo_id, sha in rows if sha == sha256_hex(data))


def test_the_json_import_refuses_a_photo_that_is_not_an_image(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "office.sqlite3")
    try:
        document = small_document(store)
        photo = document.photos[0]
        before = dump(store)
        document.photos[0] = dataclasses.replace(photo, sha256=sha256_hex(EPS), size_bytes=len(EPS))
        with pytest.raises(ImportRefused, match="not a JPEG or PNG"):
            import_document(store, document, {photo.id: EPS})
        assert dump(store) == before
    finally:
        store.close()


def test_the_header_is_read_without_decoding_and_the_pixels_are_capped() -> None:
    assert read_header(jpeg(640, 480)).pixels == 640 * 480
    assert (read_header(png_header_only(7_000, 7_000)).width, MAX_PHOTO_PIXELS) == (7_000, 50_000_000)
    with pytest.raises(PhotoRefused) as refused:
        read_header(png_header_only(7_072, 7_072))
    assert refused.value.reason == "too_many_pixels"
    for not_a_photo in (EPS, b"GIF89a" + b"\x00" * 100, b"", b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n"):
        with pytest.raises(PhotoRefused):
            read_header(not_a_photo)
    data = jpeg()
    record = photo_record("a", data, "image/jpeg")
    assert check_photo(record, data).width == 64
    with pytest.raises(PhotoRefused, match="bytes where its record says"):
        check_photo(record, data + b"\x00")


# --- photos in the report ------------------------------------------------------------------------


def test_the_report_never_hands_an_eps_photo_to_ghostscript(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def refuse(self: EpsImagePlugin.EpsImageFile) -> None:
        opened.append("eps")
        raise AssertionError("the EPS plugin was asked to read a photo")

    monkeypatch.setattr(EpsImagePlugin.EpsImageFile, "_open", refuse)
    store = Store.open(tmp_path / "old.sqlite3")  # a database filled before photos were checked
    try:
        document = small_document(store)
        store.add_photo(photo_record(document.assessment.id, EPS), EPS)
        document = store.load_document(document.assessment.id)
        photos = {p.id: store.photo_data(p.id) for p in document.photos}
    finally:
        store.close()
    pdf, _ = render(tmp_path, document, photos)
    assert opened == []
    assert PLACEHOLDER_VI in pdf_text(pdf)
    assert prepare_photo(EPS) is None


def test_a_photo_beyond_the_pixel_cap_is_not_decoded_by_the_report() -> None:
    huge = grey_png(8_000, 7_000)  # 56 megapixels, a valid image of a few hundred kilobytes
    assert len(huge) < 1_000_000
    assert prepare_photo(huge) is None
    assert prepare_photo(grey_png(800, 600)) is not None


def test_a_tiny_jpeg_with_60_mb_of_metadata_makes_a_small_report(tmp_path: Path) -> None:
    small = jpeg()
    bloated = with_app_segments(small, 60_000_000)
    assert len(bloated) > 60_000_000
    stripped = without_metadata(bloated)
    assert stripped is not None and len(stripped) <= len(small)
    assert Image.open(io.BytesIO(stripped)).size == (64, 48)
    store = Store.open(tmp_path / "old.sqlite3")
    try:
        document = small_document(store)
        store.add_photo(photo_record(document.assessment.id, bloated, "image/jpeg"), bloated)
        document = store.load_document(document.assessment.id)
        photos = {p.id: store.photo_data(p.id) for p in document.photos}
    finally:
        store.close()
    pdf, _ = render(tmp_path, document, photos)
    assert pdf.stat().st_size < 1_000_000
    assert PLACEHOLDER_VI not in pdf_text(pdf)


def test_a_sideways_jpeg_with_a_huge_comment_is_re_encoded_without_it() -> None:
    image = Image.new("RGB", (64, 48), (200, 90, 30))
    exif = Image.Exif()
    exif[0x0112] = 6  # turned: re-encoded upright
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), comment=b"c" * 60_000)
    prepared = prepare_photo(out.getvalue())
    assert prepared is not None and (prepared.width, prepared.height) == (48, 64)
    assert len(prepared.data) < 5_000


def test_the_60_mb_jpeg_is_refused_by_a_package(world: World) -> None:
    bloated = with_app_segments(jpeg(), 45_000_000)
    refused_package(world, consultant_with_photo(world, bloated, "image/jpeg"), "MB")


# --- records at entry ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [1e308, -1e308, 1e16, 10**20])
def test_absurd_numbers_are_refused_by_the_field_rules(value: float) -> None:
    assert field_problem(model.Solution, "investment", value) is not None
    assert field_problem(model.SolutionSaving, "quantity", value) is not None
    assert field_problem(model.Solution, "investment", 9.5e14) is None


def test_a_package_with_1e308_is_refused(world: World) -> None:
    consultant = world.consultant("an")
    small_document(consultant)
    package = world.export(consultant)
    entries = unpack(world, package)
    name = next(n for n in entries if n.startswith("records/"))
    document = json.loads(entries[name])
    document["solutions"][0]["investment"] = 1e308
    entries[name] = json.dumps(document).encode()
    error = refused_package(world, reseal(world, package, entries, keys.device_keys(consultant)), "1e\\+308")
    assert error.field == "solutions[0].investment"


# --- outputs render every record the store holds ------------------------------------------------------


def _unchecked(store: Store, record: R) -> R:
    """``record`` written as an earlier version without the field rules would have written it."""
    stamped = dataclasses.replace(
        record, created_at=utc_now(), updated_at=utc_now(), revision=1, device_id=store.device_id
    )
    _, table = schema.RECORD_TABLES[schema.entity_of(type(record))]
    with store.database.begin() as connection:
        connection.execute(insert(table).values(to_row(stamped)))
    return stamped


def hostile_records(store: Store, flows: int) -> model.AssessmentDocument:
    """An assessment written straight to the tables, past the field rules, as a database filled by an
    earlier version (before the rules held) may hold it."""
    document = small_document(store, "Đánh giá\x07 nhanh\x1b lò\x0b gạch")
    aid = document.assessment.id
    step = document.steps[0]
    long_text = ("Lò hở, cửa lò không kín, nhiệt thất thoát qua thân lò. " * 400)[:LONG_TEXT_MAX]
    one_word = "x" * LONG_TEXT_MAX
    for index in range(flows):
        _unchecked(
            store,
            model.StepFlow(step_id=step.id, position=10 + index, name=f"Vật liệu phụ {index}", quantity=1.0),
        )
    _unchecked(store, model.StepFlow(step_id=step.id, position=5, name="Than\x01 cám\x1f", quantity=1e308))
    consumption = _unchecked(
        store,
        model.Consumption(
            assessment_id=aid, name="Điện\x02 năng", unit="kWh", yearly_quantity=1e308, unit_price=1e308
        ),
    )
    waste = _unchecked(
        store,
        model.WasteStream(
            assessment_id=aid,
            step_id=step.id,
            name="Bụi\x0c đất",
            characteristics=one_word,
            quantity=1e308,
            lost_material_cost=1e308,
            treatment_cost=1e308,
        ),
    )
    _unchecked(store, model.Cause(waste_stream_id=waste.id, description=long_text, category="EQP"))
    for position in range(3):
        solution = _unchecked(
            store,
            model.Solution(
                assessment_id=aid,
                position=position,
                title=f"Giải pháp\x08 {position}",
                description=long_text,
                technique="GH",
                investment=1e308,
                other_savings=1e308,
                decision="implement_now",
            ),
        )
        _unchecked(
            store,
            model.SolutionSaving(solution_id=solution.id, consumption_id=consumption.id, quantity=1e308),
        )
    return store.load_document(aid)


def test_the_report_and_workbook_render_hostile_records(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "old.sqlite3")
    try:
        document = hostile_records(store, flows=1_000)  # a step 24,000 points tall
        photos = {p.id: store.photo_data(p.id) for p in document.photos}
    finally:
        store.close()
    pdf, workbook = render(tmp_path, document, photos)
    text = pdf_text(pdf)
    assert CUT_VI in text  # the 20,000-character texts, cut visibly
    assert "… và 991 mục khác (xem bảng)" in " ".join(text.split())  # the flow chart's step
    assert "Vật liệu phụ 999" in text  # ... while the table lists every flow
    sheets = load_workbook(workbook)
    cells = [
        c.value for sheet in sheets for row in sheet.iter_rows() for c in row if isinstance(c.value, str)
    ]
    assert "Than cám" in cells and "Bụi đất" in cells
    assert not any(ch in value for value in cells for ch in "\x01\x02\x07\x08\x0b\x0c\x1b\x1f")
    assert one_of_length(cells, LONG_TEXT_MAX)


def one_of_length(cells: list[str], length: int) -> bool:
    return any(len(value) == length for value in cells)


def test_the_english_report_marks_cut_texts_in_english(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "old.sqlite3")
    try:
        document = hostile_records(store, flows=0)
    finally:
        store.close()
    figures = compute_assessment(document, reference())
    pdf = build_report(document, figures, reference(), tmp_path / "report.pdf", "en")
    assert "…(cut)" in pdf_text(pdf)


# --- the window's photo import and the header reader, with any bytes ------------------------------------


def test_the_window_adds_only_jpeg_and_png_photos_of_a_sane_size(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtGui import QImage

    from sxsh_desktop.ui.photo_import import PhotoProblem
    from sxsh_desktop.ui.photo_import import prepare_photo as add_photo_file

    bitmap = QImage(32, 24, QImage.Format.Format_RGB32)
    bitmap.fill(0x3B6EA5)
    files = {"bản vẽ.eps": EPS, "ảnh.png": png_header_only(13_300, 13_300)}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    assert bitmap.save(str(tmp_path / "ảnh động.jpg"), "BMP")  # a BMP named as a JPEG
    reasons = {}
    for name in (*files, "ảnh động.jpg"):
        with pytest.raises(PhotoProblem) as refused:
            add_photo_file(tmp_path / name)
        reasons[name] = refused.value.reason
    assert reasons == {"bản vẽ.eps": "not_image", "ảnh.png": "too_large", "ảnh động.jpg": "not_image"}
    (tmp_path / "ảnh thật.jpg").write_bytes(jpeg(640, 480))
    assert add_photo_file(tmp_path / "ảnh thật.jpg").width == 640


@settings(max_examples=300, deadline=None)
@given(
    start=st.sampled_from([b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"\xff\xd8", b""]),
    body=st.binary(max_size=400),
)
def test_the_header_reader_refuses_any_bytes_clearly(start: bytes, body: bytes) -> None:
    try:
        header = read_header(start + body)
    except PhotoRefused as refused:
        assert refused.reason in {"not_image", "damaged", "too_many_pixels"} and str(refused)
    else:
        assert header.width > 0 and header.height > 0 and header.pixels <= MAX_PHOTO_PIXELS
    assert prepare_photo(start + body) is None or read_header(start + body)
