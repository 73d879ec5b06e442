"""The PDF report: Vietnamese text exactly as stored, totals from the calculations, pagination, bad input."""

from __future__ import annotations

import errno
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from sxsh_desktop.atomic import OutputError, write_atomically
from sxsh_desktop.calc import AssessmentFigures, compute_assessment
from sxsh_desktop.domain import numbers
from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.domain.reference_files import load_reference_files
from sxsh_desktop.reports.labels import vietnamese_source
from sxsh_desktop.reports.pdf import build_report
from tests.report_fixtures import brick_kiln, empty_assessment, large_assessment

# Every Vietnamese vowel with every tone mark, đ/Đ, both cases.
VIETNAMESE_LETTERS = "aàảãáạ ăằẳẵắặ âầẩẫấậ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ uùủũúụ ưừửữứự yỳỷỹýỵ đ"
ALL_LETTERS = f"{VIETNAMESE_LETTERS} {VIETNAMESE_LETTERS.upper()}"


@cache
def reference() -> ReferenceData:
    return load_reference_files()


def build(
    tmp_path: Path, doc: AssessmentDocument, photos: dict[str, bytes] | None = None, lang: str = "vi"
) -> tuple[Path, AssessmentFigures]:
    figures = compute_assessment(doc, reference())
    path = tmp_path / f"báo cáo {lang}.pdf"
    build_report(doc, figures, reference(), path, lang, (photos or {}).get)
    return path, figures


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_every_vietnamese_character_comes_out_as_stored(tmp_path: Path) -> None:
    doc, photos = brick_kiln()
    doc.assessment.title = "Sản xuất sạch hơn tại nhà máy gạch"
    doc.assessment.conclusions = ALL_LETTERS
    path, _ = build(tmp_path, doc, photos)
    text = flat("\n".join(page_texts(path)))
    for expected in (
        "Sản xuất sạch hơn tại nhà máy gạch",
        "Thời gian hoàn vốn",
        "Công ty Cổ phần Gạch Tuynel Đức Thọ",
        "Nung gạch trong lò tuynel",
        "Gạch vỡ, cong vênh sau nung",
        "Nhiệt độ vùng nung không đều, không có đồng hồ đo",
        "Lắp đặt hệ thống đo và điều khiển nhiệt độ vùng nung",
        "Trần Văn Đức, Lê Thị Ánh",
        "Giảm phát thải CO₂ hóa thạch",
    ):
        assert expected in text
    for word in ALL_LETTERS.split():
        assert word in text, word


def test_pages_are_numbered_out_of_the_page_count(tmp_path: Path) -> None:
    doc, photos = brick_kiln()
    path, _ = build(tmp_path, doc, photos)
    texts = page_texts(path)
    pages = len(texts)
    assert pages >= 4
    assert "Trang" not in texts[0]  # the cover has no running header or footer
    for number, text in enumerate(texts[1:], start=2):
        assert f"Trang {number}/{pages}" in text
        assert "Gạch Đức Thọ" in text  # enterprise in the header


def test_totals_printed_are_the_calculations(tmp_path: Path) -> None:
    doc, photos = brick_kiln()
    path, figures = build(tmp_path, doc, photos)
    text = flat("\n".join(page_texts(path)))
    counted = figures.counted
    assert counted.solution_count == 3  # the rejected option is not counted
    summary_row = re.search(r"Tổng vốn đầu tư \(triệu đồng\) (\S+) (\S+)", text)
    assert summary_row is not None
    assert summary_row.groups() == (
        numbers.million_vnd(figures.implement_now.investment, "vi"),
        numbers.million_vnd(counted.investment, "vi"),
    )
    savings_row = re.search(r"Lợi ích tiết kiệm \(triệu đồng/năm\) (\S+) (\S+)", text)
    assert savings_row is not None
    assert savings_row.group(2) == numbers.million_vnd(counted.yearly_savings_vnd, "vi")
    co2_row = re.search(r"Giảm phát thải CO₂ hóa thạch \(tấn/năm\) (\S+) (\S+)", text)
    assert co2_row is not None
    assert co2_row.group(2) == numbers.number(counted.fossil_co2_t, "vi", 2)
    pct_row = re.search(r"Tiết kiệm tổng năng lượng trên đơn vị sản phẩm (\S+ %) (\S+ %)", text)
    assert pct_row is not None
    assert pct_row.group(2) == numbers.percent(counted.energy_savings_pct, "vi")
    # The solutions table's totals row, and the waste streams' totals row.
    total = numbers.million_vnd(counted.investment, "vi")
    saved = numbers.million_vnd(counted.yearly_savings_vnd, "vi")
    assert f"Tổng (không tính giải pháp loại bỏ) {total} {saved}" in text
    waste_total = numbers.million_vnd(figures.waste_total_cost, "vi")
    assert re.search(rf"Tổng cộng \S+ \S+ {re.escape(waste_total)}", text)
    # The factors used, with their year and source, cited in Vietnamese in the Vietnamese report.
    for factor in figures.factors_used:
        assert numbers.factor(factor.value, "vi") in text
        assert flat(vietnamese_source(factor.source))[:40] in text


def test_fonts_are_embedded_and_qpdf_finds_no_error(tmp_path: Path) -> None:
    doc, photos = brick_kiln()
    path, _ = build(tmp_path, doc, photos)
    reader = PdfReader(path)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts[str(font["/BaseFont"])] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    assert fonts and all(fonts.values()), fonts
    if shutil.which("qpdf"):
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr


def test_english_report_on_request(tmp_path: Path) -> None:
    doc, photos = brick_kiln()
    path, figures = build(tmp_path, doc, photos, lang="en")
    texts = page_texts(path)
    text = flat("\n".join(texts))
    assert "CLEANER PRODUCTION RAPID ASSESSMENT REPORT" in text
    assert f"Page 2/{len(texts)}" in texts[1]
    assert (
        f"Total investment (million VND) {numbers.million_vnd(figures.implement_now.investment, 'en')}"
        in text
    )
    assert "Payback period (years)" in text
    assert re.search(r"Trang \d+/\d+", text) is None and "Thời gian hoàn vốn (năm)" not in text
    # Data stays as typed.
    assert "Nung gạch trong lò tuynel" in text


def test_an_empty_assessment_says_there_is_no_data_yet(tmp_path: Path) -> None:
    path, _ = build(tmp_path, empty_assessment())
    text = flat("\n".join(page_texts(path)))
    for section in (
        "Tóm tắt kết quả",
        "1. Thông tin doanh nghiệp",
        "2. Sản xuất và định mức tiêu hao",
        "3. Quy trình sản xuất và các dòng thải",
        "4. Phân tích nguyên nhân",
        "5. Các giải pháp sản xuất sạch hơn",
        "6. Kế hoạch thực hiện",
        "7. Kết luận và kiến nghị",
    ):
        assert section in text
    assert text.count("Chưa có dữ liệu.") >= 8
    assert "Hộ kinh doanh Nước mắm Cửa Sót" in text


def test_damaged_or_missing_photos_print_as_placeholders(tmp_path: Path) -> None:
    doc, photos = brick_kiln()
    good, truncated, garbage = doc.photos
    photos[truncated.id] = photos[truncated.id][: len(photos[truncated.id]) // 2]
    photos[garbage.id] = b"not an image at all"
    extra = type(good)(assessment_id=doc.assessment.id, caption="Ảnh đã bị xoá")
    doc.photos.append(extra)  # no bytes at all

    def source(photo_id: str) -> bytes | None:
        if photo_id == good.id:
            return photos[good.id]
        if photo_id == extra.id:
            raise LookupError("gone")
        return photos[photo_id]

    figures = compute_assessment(doc, reference())
    path = tmp_path / "ảnh.pdf"
    build_report(doc, figures, reference(), path, "vi", source)
    text = flat("\n".join(page_texts(path)))
    assert text.count("Không đọc được ảnh") == 3
    assert "Ảnh đã bị xoá" in text and "Cửa lò tuynel" in text
    images = sum(len(page.images) for page in PdfReader(path).pages)
    assert images == 1


def test_large_assessment_paginates_with_repeated_headers(tmp_path: Path) -> None:
    doc, photos = large_assessment()
    path, figures = build(tmp_path, doc, photos)
    texts = page_texts(path)
    pages = len(texts)
    assert pages > 20
    for number, text in enumerate(texts[1:], start=2):
        assert f"Trang {number}/{pages}" in text
    waste_pages = [t for t in texts if "Dòng thải 1" in t and "Giá trị nguyên liệu mất" in flat(t)]
    assert len(waste_pages) >= 3  # the waste table runs over pages, its header on each
    text = flat("\n".join(texts))
    for i in (1, 100, 200):
        assert f"Dòng thải {i}: gạch mộc nứt vỡ" in text
    assert "Giải pháp 100: cải tiến" in text
    assert sum(len(page.images) for page in PdfReader(path).pages) == 30
    total = numbers.million_vnd(figures.counted.investment, "vi")
    assert f"Tổng (không tính giải pháp loại bỏ) {total}" in text


def test_a_folder_that_does_not_exist_gives_a_clear_message(tmp_path: Path) -> None:
    doc, photos = brick_kiln()
    figures = compute_assessment(doc, reference())
    with pytest.raises(OutputError, match="does not exist"):
        build_report(doc, figures, reference(), tmp_path / "không có" / "báo cáo.pdf", "vi", photos.get)
    with pytest.raises(OutputError, match="is a folder"):
        build_report(doc, figures, reference(), tmp_path, "vi", photos.get)


def test_a_failed_write_leaves_the_old_file_and_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "báo cáo.pdf"
    target.write_bytes(b"previous report")

    def disk_full(temporary: Path) -> None:
        temporary.write_bytes(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OutputError, match="disk is full"):
        write_atomically(target, disk_full)
    assert target.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["báo cáo.pdf"]

    def bug(temporary: Path) -> None:
        temporary.write_bytes(b"half")
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        write_atomically(target, bug)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["báo cáo.pdf"]


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    doc, _ = brick_kiln()
    with pytest.raises(ValueError, match="vi, en"):
        build_report(doc, compute_assessment(doc, reference()), reference(), tmp_path / "x.pdf", "fr")
    assert not list(tmp_path.iterdir())
