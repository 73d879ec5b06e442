"""The Excel workbook: real numbers equal to the calculations, one sheet per part, frozen headers."""

from __future__ import annotations

import math
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from pypdf import PdfReader

from sxsh_desktop.atomic import OutputError
from sxsh_desktop.calc import compute_assessment
from sxsh_desktop.domain import numbers
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.domain.reference_files import load_reference_files
from sxsh_desktop.reports.pdf import build_report
from sxsh_desktop.reports.workbook import build_workbook
from tests.report_fixtures import brick_kiln, empty_assessment, large_assessment

SHEETS_VI = [
    "Doanh nghiệp",
    "Tiêu hao",
    "Đầu vào - đầu ra",
    "Cân bằng vật chất",
    "Dòng thải - nguyên nhân",
    "Giải pháp",
    "Tổng hợp",
]
NUMBER_TEXT = re.compile(r"^[−-]?[\d.,\s]+%?$")


@cache
def reference() -> ReferenceData:
    return load_reference_files()


def column(sheet: Worksheet, header: str) -> int:
    for cell in sheet[1]:
        if cell.value == header:
            return cell.column
    raise AssertionError(f"no column {header!r} in {sheet.title}: {[c.value for c in sheet[1]]}")


def body(sheet: Worksheet, header: str, rows: int) -> list[Any]:
    index = column(sheet, header)
    return [sheet.cell(row, index).value for row in range(2, 2 + rows)]


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-9)


def test_every_figure_reads_back_equal_to_the_calculations(tmp_path: Path) -> None:
    doc, _ = brick_kiln()
    figures = compute_assessment(doc, reference())
    path = build_workbook(doc, figures, reference(), tmp_path / "đánh giá.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == SHEETS_VI

    baseline = book["Tiêu hao"]
    lines = figures.per_consumption
    for got, line in zip(body(baseline, "Chi phí/năm (đồng)", len(lines)), lines, strict=True):
        assert close(got, line.yearly_cost)
    for got, line in zip(body(baseline, "Định mức tiêu hao", len(lines)), lines, strict=True):
        assert close(got, line.specific_shown)  # per 1,000 pieces for bricks
    for got, line in zip(body(baseline, "TOE/năm", len(lines)), lines, strict=True):
        assert close(got, line.toe)
    for got, line in zip(body(baseline, "Tiết kiệm", len(lines)), lines, strict=True):
        assert close(got, None if line.saved_pct is None else line.saved_pct / 100)
    total_row = 2 + len(lines)
    assert baseline.cell(total_row, 1).value == "Tổng cộng"
    assert close(
        baseline.cell(total_row, column(baseline, "Chi phí/năm (đồng)")).value,
        figures.baseline.total_yearly_cost,
    )

    options = book["Giải pháp"]
    solutions = figures.per_solution
    n = len(solutions)
    checks = {
        "Đầu tư (đồng)": [s.investment for s in solutions],
        "Tiết kiệm/năm (đồng)": [s.yearly_savings_vnd for s in solutions],
        "Lợi ích ròng/năm (đồng)": [s.net_yearly_savings for s in solutions],
        "NPV (đồng)": [s.npv for s in solutions],
        "IRR": [s.irr for s in solutions],
        "Giảm CO₂ hóa thạch (tấn/năm)": [s.fossil_co2_t for s in solutions],
        "CO₂ sinh khối, báo cáo riêng (tấn/năm)": [s.biogenic_co2_t for s in solutions],
        "Điện tiết kiệm (kWh/năm)": [s.electricity_kwh_saved for s in solutions],
        "Tổng năng lượng tiết kiệm, ròng (TOE/năm)": [s.toe_saved for s in solutions],
        "Năng lượng hóa thạch tiết kiệm (TOE/năm)": [s.fossil_toe_saved for s in solutions],
    }
    for header, expected in checks.items():
        for got, want in zip(body(options, header, n), expected, strict=True):
            assert close(got, want), header
    paybacks = body(options, "Hoàn vốn (năm)", n)
    for got, figure in zip(paybacks, solutions, strict=True):
        assert got == "Không hoàn vốn" if figure.payback_years is None else close(got, figure.payback_years)
    totals = 2 + n
    counted = figures.counted
    assert options.cell(totals, 1).value == "Tổng (không tính giải pháp loại bỏ)"
    assert close(options.cell(totals, column(options, "Đầu tư (đồng)")).value, counted.investment)
    assert close(
        options.cell(totals, column(options, "Tiết kiệm/năm (đồng)")).value, counted.yearly_savings_vnd
    )
    assert close(options.cell(totals, column(options, "NPV (đồng)")).value, counted.npv)

    summary = book["Tổng hợp"]
    rows = {
        summary.cell(r, 1).value: (summary.cell(r, 2).value, summary.cell(r, 3).value) for r in range(2, 24)
    }
    now = figures.implement_now
    assert rows["Số giải pháp"] == (now.solution_count, counted.solution_count)
    # the workbook stores đồng, and its label says đồng (it said "triệu đồng" over đồng before)
    assert close(rows["Tổng vốn đầu tư (đồng)"][1], counted.investment)
    assert not any("triệu" in str(label) for label in rows)
    assert close(rows["Giảm phát thải CO₂ hóa thạch (tấn/năm)"][1], counted.fossil_co2_t)
    assert close(rows["Tiết kiệm tổng năng lượng trên đơn vị sản phẩm"][1], counted.energy_savings_pct / 100)

    waste = book["Dòng thải - nguyên nhân"]
    streams = doc.waste_streams
    wtotal = 2 + len(streams)
    assert close(waste.cell(wtotal, column(waste, "Tổng chi phí (đồng)")).value, figures.waste_total_cost)
    assert "Xếp goòng không đúng kỹ thuật" in " ".join(
        str(v) for v in body(waste, "Nguyên nhân", len(streams))
    )


def test_numbers_are_numbers_with_formats_and_headers_are_frozen(tmp_path: Path) -> None:
    doc, _ = brick_kiln()
    path = build_workbook(doc, compute_assessment(doc, reference()), reference(), tmp_path / "a.xlsx")
    book = load_workbook(path)
    # Identifiers keep their leading zeros and spaces as text; they are not quantities.
    identifiers = {doc.enterprise.tax_code, doc.enterprise.contact_phone} | {m.phone for m in doc.team}
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        for cell in sheet[1]:
            assert sheet.column_dimensions[cell.column_letter].customWidth, (sheet.title, cell.column_letter)
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value not in identifiers:
                    assert not NUMBER_TEXT.match(cell.value), (sheet.title, cell.coordinate, cell.value)
                elif isinstance(cell.value, float | int) and not isinstance(cell.value, bool):
                    assert cell.number_format != "General", (sheet.title, cell.coordinate)
    money = book["Giải pháp"].cell(2, column(book["Giải pháp"], "Đầu tư (đồng)"))
    assert money.number_format == "#,##0"
    planned = book["Giải pháp"].cell(2, column(book["Giải pháp"], "Thời hạn"))
    assert planned.is_date and planned.number_format == "dd/mm/yyyy"


def test_the_workbook_and_the_pdf_show_the_same_totals(tmp_path: Path) -> None:
    doc, photos = brick_kiln()
    figures = compute_assessment(doc, reference())
    book = load_workbook(build_workbook(doc, figures, reference(), tmp_path / "a.xlsx"))
    pdf = build_report(doc, figures, reference(), tmp_path / "a.pdf", "vi", photos.get)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    options = book["Giải pháp"]
    totals = 2 + len(doc.solutions)
    for header in ("Đầu tư (đồng)", "Tiết kiệm/năm (đồng)"):
        value = options.cell(totals, column(options, header)).value
        assert numbers.million_vnd(value, "vi") in text
    for row in range(2, totals):
        title = options.cell(row, column(options, "Giải pháp")).value
        npv = options.cell(row, column(options, "NPV (đồng)")).value
        assert title.split()[0] in text
        assert numbers.million_vnd(npv, "vi") in text


def test_english_workbook(tmp_path: Path) -> None:
    doc, _ = brick_kiln()
    path = build_workbook(doc, compute_assessment(doc, reference()), reference(), tmp_path / "a.xlsx", "en")
    book = load_workbook(path)
    assert book.sheetnames == [
        "Enterprise",
        "Consumption",
        "Inputs - outputs",
        "Material balance",
        "Waste - causes",
        "Options",
        "Summary",
    ]
    assert column(book["Options"], "Investment (VND)")


def test_empty_and_large_assessments(tmp_path: Path) -> None:
    empty = empty_assessment()
    book = load_workbook(
        build_workbook(empty, compute_assessment(empty, reference()), reference(), tmp_path / "e.xlsx")
    )
    assert book.sheetnames == SHEETS_VI
    assert book["Giải pháp"].max_row == 1  # the header only
    doc, _ = large_assessment()
    figures = compute_assessment(doc, reference())
    book = load_workbook(build_workbook(doc, figures, reference(), tmp_path / "l.xlsx"))
    assert book["Dòng thải - nguyên nhân"].max_row == 1 + 200 + 1
    options = book["Giải pháp"]
    assert options.max_row == 1 + 100 + 1
    assert close(options.cell(102, column(options, "Đầu tư (đồng)")).value, figures.counted.investment)


def test_unwritable_path_gives_a_clear_message(tmp_path: Path) -> None:
    doc, _ = brick_kiln()
    with pytest.raises(OutputError, match="does not exist"):
        build_workbook(
            doc, compute_assessment(doc, reference()), reference(), tmp_path / "nowhere" / "a.xlsx"
        )
    assert list(tmp_path.iterdir()) == []
