"""The office adds up each solution's savings over thousands of assessments with its own quick sums
(``calc/office_figures.py``); for every demo solution they must equal the assessment's own figures
(``calc/figures.py``), which the report and the yearly report's enterprise table print."""

from __future__ import annotations

import pytest

from sxsh_desktop.calc.assessment import compute_assessment
from sxsh_desktop.demo import load_demo
from sxsh_desktop.services.office_rows import read_office_rows
from sxsh_desktop.store.repository import Store


def test_the_offices_sums_equal_each_solutions_figures(store: Store) -> None:
    ids = load_demo(store)
    with store.reading() as connection:
        rows, _facts = read_office_rows(store, connection)
    office = {row.id: row for row in rows.solutions}
    compared = 0
    for assessment_id in ids:
        figures = compute_assessment(store.load_document(assessment_id), store.reference())
        for solution in figures.per_solution:
            mine = office[solution.solution_id]
            assert mine.savings_vnd == pytest.approx(solution.yearly_savings_vnd), solution.title
            assert mine.toe == pytest.approx(solution.toe_saved, abs=1e-9), solution.title
            assert mine.co2_fossil_t == pytest.approx(solution.fossil_co2_t, abs=1e-9), solution.title
            assert mine.kwh == pytest.approx(solution.electricity_kwh_saved, abs=1e-6), solution.title
            compared += 1
    assert compared >= 20  # the three demo assessments' options, fuel switches among them
