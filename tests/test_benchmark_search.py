"""Benchmark: registry search over 30,000 enterprises (goal: median under 20 ms per query).

Runs only with ``--benchmark-only``:

    PYTHONPATH=. pytest tests/test_benchmark_search.py --benchmark-only

On SQLite, and on PostgreSQL beside it when a server is there (``pg_virtualenv pytest …``): each query
is one benchmark group, so the two dialects are compared row by row.

Each round is what the window's registry table does on a keystroke: the first page of results
(100 rows) and the count for its scroll bar.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from sxsh_desktop.store.repository import Store
from tests.factories import synthetic_registry

REGISTRY_SIZE = 30_000
PAGE = 100

QUERIES = {
    "one word": "gach",
    "one word with diacritics": "Thủy",
    "two words without diacritics": "nuoc mam",
    "two words, name and commune": "thep ky anh",
    "person's name": "nguyen van hung",
    "commune": "duc tho",
    "tax code prefix": "30123",
    "full tax code": None,  # one of the registry's codes, chosen below
    "short prefix": "co",
    "everything, by name": "",
}


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def registry(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, str]]:
    server = request.getfixturevalue("postgres_server") if request.param == "postgresql" else None
    if server is None:
        location: Path | str = Path(tmp_path_factory.mktemp("benchmark")) / "registry.sqlite3"
    else:
        location = server.new_database()
    store = Store.open(location)
    enterprises = synthetic_registry(REGISTRY_SIZE, seed=2025)
    store.insert_many(enterprises)
    if server is not None:
        # As autovacuum leaves a registry soon after an import: statistics, and the trigram index's
        # pending entries merged into it.
        with store.database.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
    full_code = next(e.tax_code for e in enterprises[REGISTRY_SIZE // 2 :] if e.tax_code)
    yield store, full_code
    store.close()
    if server is not None:
        server.drop_database(str(location))


@pytest.mark.benchmark_suite
@pytest.mark.parametrize("kind", list(QUERIES))
def test_search_30000_enterprises(
    benchmark: BenchmarkFixture, registry: tuple[Store, str], kind: str
) -> None:
    store, full_code = registry
    text = QUERIES[kind] if QUERIES[kind] is not None else full_code
    benchmark.group = kind

    def keystroke() -> tuple[int, int]:
        return len(store.search_enterprises(text, limit=PAGE)), store.count_search(text)

    shown, total = benchmark(keystroke)
    assert shown == min(PAGE, total) and total > 0
