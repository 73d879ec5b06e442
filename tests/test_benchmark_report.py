"""Benchmark: the PDF report of a large assessment against reportlab building a plain document.

Runs only with ``--benchmark-only``:

    PYTHONPATH=. pytest tests/test_benchmark_report.py --benchmark-only

The assessment has 20 process steps, 200 waste streams, 100 solutions and 30 camera-sized photos
(1600 × 1200 JPEG). The plain document holds the same tables (the report's rows, as plain strings
in the same embedded font, header rows repeated) and nothing else: no wrapping, flow chart, charts
or photos. Goal: the full report takes at most twice as long as the plain document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from reportlab.lib.pagesizes import A4
from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

from sxsh_desktop.calc import AssessmentFigures, compute_assessment
from sxsh_desktop.domain import numbers
from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.domain.reference_files import load_reference_files
from sxsh_desktop.reports.fonts import REGULAR, register_fonts
from sxsh_desktop.reports.labels import Labels
from sxsh_desktop.reports.pdf import build_report
from sxsh_desktop.reports.tables import DataTable, ReportData
from tests.report_fixtures import large_assessment

Large = tuple[AssessmentDocument, dict[str, bytes], AssessmentFigures, ReferenceData]


@pytest.fixture(scope="module")
def large() -> Large:
    reference = load_reference_files()
    document, photos = large_assessment()
    return document, photos, compute_assessment(document, reference), reference


def _plain_tables(data: ReportData) -> list[DataTable]:
    return [
        data.summary_table(),
        data.team_table(),
        data.products_table(),
        data.consumption_table(),
        data.flows_table(),
        data.waste_table(),
        data.causes_table(),
        data.solutions_table(lambda value: numbers.quantity(value, "vi")),
        data.feasibility_table(),
        data.plan_table(),
        data.factors_table(),
    ]


def build_plain(large: Large, path: Path) -> None:
    document, _, figures, reference = large
    register_fonts()
    data = ReportData(document, figures, reference, Labels("vi"))
    story = []
    for table in _plain_tables(data):
        rows = [[c.label for c in table.columns]]
        rows += [["" if value is None else str(value) for value in row] for row in table.rows]
        style = TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 7), ("GRID", (0, 0), (-1, -1), 0.4, "grey")])
        story.append(LongTable(rows, repeatRows=1, style=style))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


@pytest.mark.benchmark_suite
def test_benchmark_plain_document_of_the_same_tables(
    benchmark: BenchmarkFixture, large: Large, tmp_path: Path
) -> None:
    path = tmp_path / "plain.pdf"
    benchmark.pedantic(build_plain, args=(large, path), rounds=5, iterations=1, warmup_rounds=1)
    assert path.stat().st_size > 0


@pytest.mark.benchmark_suite
def test_benchmark_full_report(benchmark: BenchmarkFixture, large: Large, tmp_path: Path) -> None:
    document, photos, figures, reference = large
    path = tmp_path / "report.pdf"
    benchmark.pedantic(
        build_report,
        args=(document, figures, reference, path, "vi", photos.get),
        rounds=5,
        iterations=1,
        warmup_rounds=1,
    )
    assert path.stat().st_size > 0
