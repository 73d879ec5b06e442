"""Benchmark: every indicator of one period on 30,000 facilities and 3,000 assessments (goal: under
300 ms), over the office sample made at that size.

Runs only with ``--benchmark-only``:

    PYTHONPATH=. pytest tests/test_benchmark_office.py --benchmark-only -p no:cacheprovider

``indicators`` reads the registry, the evidence, assessments and follow-ups in one read transaction
and computes all definitions; ``by_commune`` adds a breakdown by commune.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from sxsh_desktop.domain.office import Period
from sxsh_desktop.services.indicators import IndicatorTable, compute_indicators
from sxsh_desktop.services.office_samples import load_office_sample
from sxsh_desktop.store.repository import Store
from sxsh_desktop.store.setup import ensure_reference

FACILITIES = 30_000
ASSESSMENTS = 3_000
PERIOD = Period.plan_year(2026)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store.open(Path(tmp_path_factory.mktemp("office benchmark")) / "office.sqlite3")
    ensure_reference(store)
    load_office_sample(store, facilities=FACILITIES, assessments=ASSESSMENTS, today=date(2026, 12, 1))
    yield store
    store.close()


@pytest.mark.benchmark_suite
@pytest.mark.parametrize("by", [None, "commune"])
def test_indicators_of_one_period_on_30000_facilities(
    benchmark: BenchmarkFixture, office: Store, by: str | None
) -> None:
    table: IndicatorTable = benchmark(compute_indicators, office, PERIOD, by=by)
    assert table.facilities_in_scope > 25_000
    assert table.get("I1").denominator == table.facilities_in_scope
