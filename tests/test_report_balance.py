"""The material balance per step, as the PDF prints it and the workbook stores it: the calculation's."""

from __future__ import annotations

import math
import re
from functools import cache
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from sxsh_desktop.calc import AssessmentFigures, BalanceStatus, compute_assessment
from sxsh_desktop.domain import numbers
from sxsh_desktop.domain.model import AssessmentDocument, StepFlow
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.domain.reference_files import load_reference_files
from sxsh_desktop.reports.pdf import build_report
from sxsh_desktop.reports.workbook import build_workbook
from tests.report_fixtures import brick_kiln, empty_assessment


@cache
def reference() -> ReferenceData:
    return load_reference_files()


def kiln() -> tuple[AssessmentDocument, AssessmentFigures]:
    """The brick works with the kneaded clay recorded: 40,000 t in, 34,000 t out (15 % flagged)."""
    doc, _ = brick_kiln()
    crushing = doc.steps[0]
    doc.flows.append(
        StepFlow(step_id=crushing.id, position=1, direction="output", kind="product", name="Đất đã nhào",
                 quantity=34_000_000, unit="kg")
    )  # fmt: skip
    return doc, compute_assessment(doc, reference())


def test_the_kiln_balances_are_one_flagged_one_without_mass_input_one_open() -> None:
    _, figures = kiln()
    assert [b.status for b in figures.step_balances] == [
        BalanceStatus.IMBALANCED,
        BalanceStatus.NO_MASS_INPUT,
        BalanceStatus.PARTIAL,
    ]
    assert figures.step_balances[0].imbalance_pct == 15.0


def test_the_pdf_prints_the_balance_of_each_step(tmp_path: Path) -> None:
    doc, figures = kiln()
    path = tmp_path / "báo cáo.pdf"
    build_report(doc, figures, reference(), path, "vi")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert "Cân bằng vật chất theo công đoạn" in text
    crushing = figures.step_balances[0]
    row = " ".join(
        [
            numbers.quantity(crushing.inputs_t, "vi"),
            numbers.quantity(crushing.outputs_t, "vi"),
            numbers.percent(crushing.imbalance_pct, "vi"),
            "Có",
        ]
    )
    assert row == "40.000 34.000 15,0 % Có"
    assert f"Nghiền, nhào trộn đất sét {row}" in text and "Kiểm tra dòng thải" in text
    assert "Không có đầu vào tính theo khối lượng" in text  # drying: hot air only
    assert "Có dòng không tính theo khối lượng" in text  # firing: bricks in pieces
    whole = figures.process_balance
    assert f"Các công đoạn lập được cân bằng {row[: -len(' Có')]}" in text
    assert whole.inputs_t == crushing.inputs_t
    # The appendix notes the flagged step among the notes on the figures.
    assert "Công đoạn Nghiền, nhào trộn đất sét: đầu vào và đầu ra chênh lệch 15,0 %" in text


def test_the_english_pdf_explains_the_balance(tmp_path: Path) -> None:
    doc, figures = kiln()
    path = tmp_path / "report.pdf"
    build_report(doc, figures, reference(), path, "en")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert "Material balance per process step" in text
    assert "40,000 34,000 15.0 % Yes" in text
    assert "A gap above 10 % points to a waste stream" in text


def test_the_workbook_stores_the_balance_as_numbers(tmp_path: Path) -> None:
    doc, figures = kiln()
    book = load_workbook(build_workbook(doc, figures, reference(), tmp_path / "a.xlsx"))
    sheet = book["Cân bằng vật chất"]
    headers = [cell.value for cell in sheet[1]]
    assert headers == [
        "TT",
        "Công đoạn",
        "Đầu vào (tấn/năm)",
        "Đầu ra (tấn/năm)",
        "Chênh lệch",
        "Cần kiểm tra",
        "Năng lượng vào (MWh/năm)",
        "Tổn thất nhiệt (MWh/năm)",
        "Tỷ lệ tổn thất nhiệt",
        "Nhận xét",
    ]
    for row, balance in enumerate(figures.step_balances, start=2):
        values = [sheet.cell(row, column).value for column in range(1, 11)]
        assert values[:2] == [balance.number, balance.step_name]
        if balance.closes:
            assert math.isclose(values[2], balance.inputs_t) and math.isclose(values[3], balance.outputs_t)
            assert math.isclose(values[4], balance.imbalance_pct / 100)
            assert sheet.cell(row, 5).number_format == "0.0%"
        else:
            assert values[2:5] == [None, None, None]
        assert values[5] == ("Có" if balance.flagged else None)
        energy_mwh = balance.energy_input_kwh / 1000 if balance.energy_input_kwh else None
        assert values[6] == energy_mwh or math.isclose(values[6], energy_mwh)
    total = 2 + len(figures.step_balances)
    assert sheet.cell(total, 1).value == "Các công đoạn lập được cân bằng"
    assert math.isclose(sheet.cell(total, 3).value, figures.process_balance.inputs_t)
    assert math.isclose(sheet.cell(total, 5).value, figures.process_balance.imbalance_pct / 100)
    assert re.match(r"Chênh lệch = \(đầu vào - đầu ra\)", sheet.cell(total + 2, 1).value)


def test_an_assessment_without_steps_has_no_balance_table(tmp_path: Path) -> None:
    doc = empty_assessment()
    figures = compute_assessment(doc, reference())
    path = tmp_path / "trống.pdf"
    build_report(doc, figures, reference(), path, "vi")
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Cân bằng vật chất theo công đoạn" not in text
    book = load_workbook(build_workbook(doc, figures, reference(), tmp_path / "e.xlsx"))
    assert book["Cân bằng vật chất"].max_row == 1
