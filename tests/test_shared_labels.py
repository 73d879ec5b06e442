"""The names of codes and the calculation's warnings read the same in the window and the report."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from sxsh_desktop.calc import TargetStatus, compute_assessment
from sxsh_desktop.calc.records import CalcWarning, WarningCode
from sxsh_desktop.domain.model import CostClass, Decision
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.reports.labels import Labels
from sxsh_desktop.reports.tables import ReportData
from sxsh_desktop.ui.i18n import install_language
from sxsh_desktop.ui.labels import ownership_labels
from sxsh_desktop.ui.pages import labels
from tests.report_fixtures import brick_kiln


@pytest.fixture(params=["vi", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_language(request.param)
    yield request.param
    install_language("vi")


def test_codes_have_the_same_names_in_the_window_and_the_report(language: str) -> None:
    report = Labels(language)
    assert {c.code: c.label for c in labels.cost_classes()} == {
        c.value: report.enum("cost_class", c.value) for c in CostClass
    }
    assert {c.code: c.label for c in labels.decisions()} == {
        d.value: report.enum("decision", d.value) for d in Decision
    }
    assert labels.target_status_text(TargetStatus.WITHIN) == report.enum("target", "within")
    assert ownership_labels()["household"] == report.enum("ownership", "household")
    expected = {"vi": "Thực hiện ngay", "en": "Implement now"}[language]
    assert labels.label_of(labels.decisions(), "implement_now") == expected


def test_a_warning_reads_as_the_report_prints_it(language: str) -> None:
    document, _ = brick_kiln()
    line = document.consumptions[0]
    warning = CalcWarning(WarningCode.MISSING_UNIT_PRICE, "Unit price missing", line.id)
    figures = compute_assessment(document, ReferenceData())
    printed = ReportData(document, figures, ReferenceData(), Labels(language)).warning_text(warning)
    assert labels.calc_warning_sentence(warning, language, line.name) == printed
    assert line.name in printed
