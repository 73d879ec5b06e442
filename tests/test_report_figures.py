"""What a director and the provincial office read in the demo reports: money labels that match
their values, enough digits, Vietnamese units and terms, the consultant's own text, section 7's
selected options, obligations only where they apply, the signature block. Hand-computed from the
demo data and the shipped factors."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from sxsh_desktop.calc import AssessmentFigures, compute_assessment
from sxsh_desktop.demo import demo_documents
from sxsh_desktop.domain import numbers
from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.domain.reference_files import load_reference_files
from sxsh_desktop.reports.pdf import build_report
from sxsh_desktop.reports.workbook import build_workbook


@cache
def reference() -> ReferenceData:
    return load_reference_files()


def demo(prefix: str) -> tuple[AssessmentDocument, AssessmentFigures]:
    for document, _photos in demo_documents():
        if document.enterprise.name.startswith(prefix):
            return document, compute_assessment(document, reference())
    raise AssertionError(prefix)


@cache
def report_text(prefix: str, lang: str, folder: str) -> str:
    document, figures = demo(prefix)
    path = Path(folder) / f"{lang}.pdf"
    build_report(document, figures, reference(), path, lang)
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


BRICKS = "Công ty Cổ phần Gạch"
FISH_SAUCE = "Công ty TNHH Chế biến Thủy sản"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("reports"))


def test_brick_figures_hand_computed() -> None:
    _, figures = demo(BRICKS)
    now, counted = figures.implement_now, figures.counted
    assert now.investment == 583_000_000  # 6 + 85 + 10 + 60 + 380 + 42 million
    # fossil CO2 now: coal 75 + 150 + 50 = 275 t x 2.469 = 678.975; 226,000 kWh x 0.6592 = 148.979
    assert now.fossil_co2_t == pytest.approx(827.954, abs=1e-3)
    # all not rejected adds 120 t (hot air) and 200 t (husk switch) of coal: 595 t x 2.469 + 148.979
    assert counted.fossil_co2_t == pytest.approx(1618.034, abs=1e-3)
    assert counted.biogenic_co2_t == pytest.approx(-546.7)  # 350 t of husk x 1.562, added
    assert counted.fuel_t_by_fuel == {"than_cam_3_4": 595, "rice_husk": -350}
    # the kiln: 28.9 M dry bricks x 1.40 kg - 1,600 t of body coal = 38,860 t in;
    # 28.9 M fired bricks x 1.32 kg = 38,148 t out: 1.83 %, balanced
    kiln = next(b for b in figures.step_balances if b.step_name.startswith("Nung"))
    assert kiln.inputs_t == pytest.approx(38_860) and kiln.outputs_t == pytest.approx(38_148)
    assert kiln.imbalance_pct == pytest.approx(712 / 38_860 * 100)
    # energy in: 2,500 t of coal x 0.60 TOE x 11,630 kWh + 460,000 kWh = 17,905,000 kWh
    assert kiln.energy_input_kwh == pytest.approx(2500 * 0.6 * 11_630 + 460_000)


def test_money_labels_hold_what_they_say_in_the_pdf_and_the_workbook(folder: str, tmp_path: Path) -> None:
    vi = report_text(BRICKS, "vi", folder)
    assert "Tổng vốn đầu tư (triệu đồng) 583,0 1.153,0" in vi
    en = report_text(BRICKS, "en", folder)
    assert "Total investment (million VND) 583.0 1,153.0" in en
    document, figures = demo(BRICKS)
    book = load_workbook(build_workbook(document, figures, reference(), tmp_path / "a.xlsx"))
    sheet = book["Tổng hợp"]
    rows = {sheet.cell(r, 1).value: sheet.cell(r, 2).value for r in range(2, sheet.max_row + 1)}
    assert rows["Tổng vốn đầu tư (đồng)"] == 583_000_000
    assert rows["Lợi ích tiết kiệm (đồng/năm)"] == pytest.approx(figures.implement_now.yearly_savings_vnd)
    assert not any("triệu đồng" in str(label) for label in rows)


def test_digits_units_and_terms_in_the_vietnamese_report(folder: str) -> None:
    text = report_text(BRICKS, "vi", folder)
    assert "1,5 t/1.000 viên" in text  # 42,000 t of clay ÷ 28,000,000 viên, not 0,0015 or 0,002
    assert "< 0,1" in text  # 6 M ÷ 240 M a year = 9 days
    assert "> 1.000 %" in text  # IRR of the moisture meter
    assert "pcs" not in text and "Trấu (Trấu)" not in text
    assert not re.search(r"\b[Hh]oá\b", text)  # one spelling: hóa
    assert "Đội SXSH" in text and "Nhóm sản xuất sạch hơn" not in text
    assert "Bảng quy đổi năng lượng của Bộ Công Thương, Công văn 3505/BCT-KHCN" in text
    assert "MOIT energy conversion table" not in text
    assert "TOE/1.000 lít" in text and "tCO₂/t" in text  # the appendix's units as Vietnamese writes them


def test_the_report_prints_what_the_consultant_wrote(folder: str) -> None:
    document, _ = demo(BRICKS)
    text = report_text(BRICKS, "vi", folder)
    for written in (
        document.assessment.objectives,
        document.assessment.method,
        document.steps[3].equipment,
        "Khả thi kỹ thuật",
        "Chỉ số theo dõi",
    ):
        assert " ".join(written.split())[:60] in text, written


def test_section_7_counts_what_is_implemented_now_and_names_the_target(folder: str) -> None:
    _, figures = demo(BRICKS)
    text = report_text(BRICKS, "vi", folder)
    now = figures.implement_now
    assert "6 giải pháp được chọn thực hiện ngay cần tổng vốn đầu tư 583,0 triệu đồng" in text
    assert f"giảm {numbers.number(now.fossil_co2_t, 'vi', 2)} tấn CO₂ hóa thạch/năm" in text
    assert "Quyết định 889/QĐ-TTg" in text and "2021–2025" in text
    assert "(Ký, đóng dấu, ghi rõ họ tên)" in text and "XÁC NHẬN CỦA TRUNG TÂM KHUYẾN CÔNG" in text


def test_obligations_are_stated_only_where_they_apply(folder: str) -> None:
    bricks = report_text(BRICKS, "vi", folder)  # 1,748 TOE and 7,205 t fossil CO2 a year
    assert "thuộc diện cơ sở sử dụng năng lượng trọng điểm" in bricks
    assert "Luật 77/2025/QH15" in bricks and "Nghị định 30/2026/NĐ-CP" in bricks
    assert "phải kiểm kê khí nhà kính" in bricks and "Nghị định 119/2025/NĐ-CP" in bricks
    fish_sauce = report_text(FISH_SAUCE, "vi", folder)  # about 50 TOE
    assert "trọng điểm" not in fish_sauce and "kiểm kê khí nhà kính" not in fish_sauce
    # its wood-fired boiler: biogenic CO2 beside the fossil headline, and a lid is not a fuel switch
    assert "giảm 26,2 tấn CO₂ sinh khối/năm (báo cáo riêng)" in fish_sauce  # 15 t of wood x 1.747
    assert "chuyển đổi nhiên liệu" not in fish_sauce
    bricks_switch = "chuyển đổi nhiên liệu: thay 120 TOE năng lượng hóa thạch, thêm 130,6 TOE"
    assert bricks_switch in bricks
