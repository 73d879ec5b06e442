"""The yearly report of the sample office data in its three formats: the same figures as
``sxsh office indicators``, the Decree 30/2020 layout in the Word file, real numbers in the workbook."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.shared import Pt
from openpyxl import load_workbook
from pypdf import PdfReader

from sxsh_desktop.cli import main
from sxsh_desktop.domain import numbers
from sxsh_desktop.paths import user_data_dir
from sxsh_desktop.services import plans, yearly_report
from sxsh_desktop.services.office_samples import load_office_sample
from sxsh_desktop.store.repository import Store
from sxsh_desktop.store.setup import ensure_reference

TODAY = date(2026, 12, 3)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("văn phòng") / "sxsh.sqlite3"
    store = Store.open(path)
    try:
        ensure_reference(store)
        load_office_sample(store, facilities=400, assessments=25, today=TODAY)
        plans.load_sample_plans(store)
        yearly_report.edit_report(
            store,
            2026,
            number="125/BC-TTKC",
            difficulties="Kinh phí địa phương cho SXSH còn hạn chế.",
            next_year_plan="Hỗ trợ 10 cơ sở đánh giá nhanh.",
        )
    finally:
        store.close()
    yield path


def _indicators_cli(db: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, Any]]:
    capsys.readouterr()
    assert main(["--db", str(db), "office", "indicators", "--period", "2026", "--json"]) == 0
    return {r["code"]: r for r in json.loads(capsys.readouterr().out)["indicators"]}


def _table_with_header(document: Any, *labels: str) -> Any:
    for table in document.tables:
        header = [cell.text for cell in table.rows[0].cells]
        if all(label in header for label in labels):
            return table
    raise AssertionError(f"no table with the columns {labels}")


def _rows(table: Any) -> list[dict[str, str]]:
    header = [cell.text for cell in table.rows[0].cells]
    return [dict(zip(header, (cell.text for cell in row.cells), strict=True)) for row in table.rows[1:]]


def test_the_word_report_has_the_indicator_commands_figures_and_the_administrative_layout(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bao-cao-2026.docx"
    assert main(["--db", str(sample_db), "office", "yearly-report", "--year", "2026", "-o", str(path)]) == 0
    cli = _indicators_cli(sample_db, capsys)
    document = Document(str(path))
    # Decree 30/2020: A4 portrait with a 30 mm binding margin, Times New Roman 13, the motto.
    first = document.sections[0]
    sizes = (first.page_width, first.page_height, first.left_margin)
    assert [round(size.mm) for size in sizes] == [210, 297, 30]
    normal = document.styles["Normal"].font
    assert (normal.name, normal.size) == ("Times New Roman", Pt(13))
    header = document.tables[0].rows[0].cells
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in header[1].text
    assert "Độc lập - Tự do - Hạnh phúc" in header[1].text
    assert "Số: 125/BC-TTKC" in header[0].text
    assert "Hà Tĩnh, ngày" in header[1].text
    text = "\n".join(p.text for p in document.paragraphs)
    assert "(kỳ báo cáo từ 15/12/2025 đến 14/12/2026)" in text
    assert "Kinh phí địa phương cho SXSH còn hạn chế." in text
    assert "VII. KẾ HOẠCH NĂM 2027" in text
    # The indicator table: every indicator but the output counts, each with the command's numerator,
    # denominator and value.
    rows = _rows(_table_with_header(document, "Mã", "Tử số", "Mẫu số", "Độ phủ số liệu"))
    printed = {row["Mã"]: row for row in rows}
    assert set(printed) == {code for code in cli if not code.startswith("O")}
    for code, result in cli.items():
        if code.startswith("O"):
            continue
        row = printed[code]
        assert row["Tử số"] == numbers.quantity(result["numerator"], "vi"), code
        assert row["Mẫu số"] == numbers.quantity(result["denominator"], "vi"), code
        if result["unit"] == "%" and result["value"] is not None:
            assert row["Kết quả"] == numbers.percent(result["value"], "vi"), code
        assert row["Phiên bản định nghĩa"] == result["definition_version"]
    # The results by action: activities and participants as the command counts them.
    results = _rows(_table_with_header(document, "TT", "Số hoạt động", "Lượt người tham dự"))
    counted = {row["TT"]: row for row in results if row["TT"][:1].isdigit() and row["Số hoạt động"]}
    for code in ("1.1", "2.1", "2.2"):
        assert counted[code]["Số hoạt động"] == numbers.number(cli[f"O{code}-act"]["numerator"], "vi", 0)
        assert counted[code]["Lượt người tham dự"] == numbers.number(
            cli[f"O{code}-par"]["numerator"], "vi", 0
        )


def test_the_workbook_holds_real_numbers_that_read_back(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bao-cao-2026.xlsx"
    assert main(["--db", str(sample_db), "office", "yearly-report", "--year", "2026", "-o", str(path)]) == 0
    cli = _indicators_cli(sample_db, capsys)
    workbook = load_workbook(path)
    assert workbook.sheetnames[:5] == ["Bao cao", "Ket qua nhiem vu", "Chi tieu", "Co so", "Kinh phi"]
    sheet = workbook["Chi tieu"]
    header = [cell.value for cell in sheet[3]]
    code, numerator, denominator = header.index("Mã"), header.index("Tử số"), header.index("Mẫu số")
    seen = set()
    for row in sheet.iter_rows(min_row=4, values_only=True):
        if row[code] is None or row[code] not in cli:
            continue
        seen.add(row[code])
        assert isinstance(row[numerator], int | float)
        assert row[numerator] == pytest.approx(cli[row[code]]["numerator"])
        if cli[row[code]]["denominator"] is None:
            assert row[denominator] is None
        else:
            assert row[denominator] == pytest.approx(cli[row[code]]["denominator"])
    assert seen == {c for c in cli if not c.startswith("O")}
    # The budget of the sample plan's 2026 lines, in VND with a number format.
    budget = workbook["Kinh phi"]
    header = [cell.value for cell in budget[3]]
    planned = header.index("Dự toán (đồng)")
    item = header.index("Nhiệm vụ")
    lines = {
        (row[item].value, row[header.index("Nguồn")].value): row[planned]
        for row in budget.iter_rows(min_row=4)
    }
    cell = lines[("2.2", "Ngân sách trung ương")]
    assert (cell.value, cell.number_format) == (400_000_000, "#,##0")
    # The enterprise table: one row per assessment or follow-up of the period, figures as numbers.
    enterprises = workbook["Co so"]
    header = [cell.value for cell in enterprises[3]]
    investment = header.index("Đầu tư (đồng)")
    values = [row[investment] for row in enterprises.iter_rows(min_row=4, values_only=True) if row[0]]
    assert values and all(v is None or isinstance(v, int | float) for v in values)


def test_the_pdf_has_the_header_the_sections_and_the_annex(sample_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "bao-cao-2026.pdf"
    assert main(["--db", str(sample_db), "office", "yearly-report", "--year", "2026", "-o", str(path)]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 125/BC-TTKC",
        "II. CÁC CHỈ TIÊU CỦA KẾ HOẠCH",
        "IV. KINH PHÍ THỰC HIỆN",
        "PHỤ LỤC",
        "Nơi nhận:",
    ):
        assert expected in text, expected


def test_a_template_added_as_a_file_shapes_the_report(sample_db: Path, tmp_path: Path) -> None:
    folder = user_data_dir() / "report_templates"
    folder.mkdir(parents=True)
    shipped = yearly_report.template_folders()[0] / "ha-tinh-3210-annual.v1.json"
    data = json.loads(shipped.read_text(encoding="utf-8"))
    data.update(
        id="scp-889",
        version=1,
        title="BÁO CÁO SXTDBV",
        subtitle="Chương trình sản xuất và tiêu dùng bền vững năm {year}",
        sections=[
            {
                "key": "indicators",
                "title": "1. Chỉ tiêu năm {year}",
                "columns": ["code", "value", "coverage"],
            },
            {"key": "proposals", "title": "2. Kiến nghị"},
        ],
    )
    (folder / "scp-889.v1.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    path = tmp_path / "sxtdbv.docx"
    args = ["--db", str(sample_db), "office", "yearly-report", "--year", "2026", "-o", str(path)]
    assert main([*args, "--template", "scp-889"]) == 0
    document = Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "BÁO CÁO SXTDBV" in text and "1. Chỉ tiêu năm 2026" in text and "2. Kiến nghị" in text
    assert "KINH PHÍ" not in text
    table = _table_with_header(document, "Mã", "Kết quả", "Độ phủ số liệu")
    assert len(table.columns) == 3


def test_a_report_file_of_another_kind_is_refused(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bao-cao.odt"
    assert main(["--db", str(sample_db), "office", "yearly-report", "--year", "2026", "-o", str(path)]) == 2
    assert ".docx, .pdf, .xlsx" in capsys.readouterr().err
    assert not path.exists()


def test_text_with_control_characters_still_makes_every_document(sample_db: Path, tmp_path: Path) -> None:
    # A line break pasted from Word or Excel arrives as a vertical tab; text converted from an old
    # file can hold other control characters. A Word file can hold neither.
    store = Store.open(sample_db)
    try:
        yearly_report.edit_report(store, 2026, proposals="Đề nghị tăng kinh phí\x0bcho năm\x022027.")
    finally:
        store.close()
    for suffix in (".docx", ".pdf", ".xlsx"):
        path = tmp_path / f"bao-cao{suffix}"
        command = ["--db", str(sample_db), "office", "yearly-report", "--year", "2026", "-o", str(path)]
        assert main(command) == 0
    paragraphs = [p.text for p in Document(str(tmp_path / "bao-cao.docx")).paragraphs]
    assert "Đề nghị tăng kinh phí" in paragraphs and "cho năm 2027." in paragraphs
