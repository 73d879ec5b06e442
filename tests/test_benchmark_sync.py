"""Benchmark: importing a package of 1,000 assessments (goal: at most 3x the plain baseline).

Runs only with ``--benchmark-only``:

    PYTHONPATH=. pytest tests/test_benchmark_sync.py --benchmark-only

- ``import``: the whole office import into an empty database (decrypt, checks, signature, strict
  decoding, merge plan, one transaction with the import log and per-device bases);
- ``baseline``: decrypting the same package, reading its JSON and inserting the same rows (and
  photo bytes) into an empty database of the same schema with plain ``sqlite3`` executemany.

The import runs on SQLite and, when a server is there (``pg_virtualenv pytest …``), on PostgreSQL
beside it, into a copy of the same empty office each round.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyrage
import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from sxsh_desktop.demo import demo_documents
from sxsh_desktop.domain import model
from sxsh_desktop.store import schema
from sxsh_desktop.store.repository import Store, renumber
from sxsh_desktop.sync import importer
from tests.keychain import MemoryKeychain, using
from tests.postgres_server import PostgresServer
from tests.sync_world import World

ASSESSMENTS = 1_000


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[World, Path, Path]]:
    yield from _package(tmp_path_factory, None)


@pytest.fixture(scope="module")
def postgres_package(
    tmp_path_factory: pytest.TempPathFactory, postgres_server: PostgresServer
) -> Iterator[tuple[World, Path, str]]:
    yield from _package(tmp_path_factory, postgres_server)


def _package(tmp_path_factory: pytest.TempPathFactory, server: PostgresServer | None) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("sync benchmark")
    # The per-test keychain is not there yet for a module's fixture: the consultant's signing key
    # goes into one of the module's own.
    with using(MemoryKeychain()):
        world = World(root, server.new_database() if server is not None else None)
        consultant = world.consultant("an")
        samples = demo_documents()
        for index in range(ASSESSMENTS):
            document, photos = samples[index % len(samples)]
            copy, new_ids = renumber(document, consultant.device_id)
            copy.enterprise = model.Enterprise(**{**vars(document.enterprise), "id": model.new_id()})
            copy.assessment.enterprise_id = copy.enterprise.id
            consultant.save_document(copy, {new_ids[old]: data for old, data in photos.items()})
        path = world.export(consultant)
    # Migrated, with the Centre and the consultant's key, empty.
    office = world.office.database.url or world.office.path
    world.office.close()  # a PostgreSQL database is copied only while nobody is connected to it
    yield world, path, office
    world.close()
    if server is not None:
        server.drop_database(str(office))


def _fresh(empty: Path, name: str) -> Path:
    target = empty.with_name(name)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    source, copy = sqlite3.connect(empty), sqlite3.connect(target)
    source.backup(copy)
    source.close()
    copy.close()
    return target


@pytest.mark.benchmark_suite
def test_import_1000_assessments(benchmark: BenchmarkFixture, package: tuple[World, Path, Path]) -> None:
    world, path, empty = package

    def setup() -> tuple[tuple[Store], dict[str, object]]:
        return (Store.open(_fresh(empty, "office import.sqlite3")),), {}

    def run(store: Store) -> None:
        preview = importer.import_package(store, path, [world.centre.identity])
        assert preview.counts["new"] > ASSESSMENTS * 10
        store.close()

    benchmark.pedantic(run, setup=setup, rounds=5)
    benchmark.extra_info["package_mb"] = round(path.stat().st_size / 1e6, 1)


@pytest.mark.benchmark_suite
@pytest.mark.postgres
def test_import_1000_assessments_on_postgresql(
    benchmark: BenchmarkFixture, postgres_package: tuple[World, Path, str], postgres_server: PostgresServer
) -> None:
    world, path, empty = postgres_package
    copies: list[str] = []

    def setup() -> tuple[tuple[Store], dict[str, object]]:
        copies.append(postgres_server.clone(empty))
        return (Store.open(copies[-1]),), {}

    def run(store: Store) -> None:
        preview = importer.import_package(store, path, [world.centre.identity])
        assert preview.counts["new"] > ASSESSMENTS * 10
        store.close()

    try:
        benchmark.pedantic(run, setup=setup, rounds=5)
    finally:
        for copy in copies:
            postgres_server.drop_database(copy)


@pytest.mark.benchmark_suite
def test_baseline_decrypt_and_plain_sqlite_inserts(
    benchmark: BenchmarkFixture, package: tuple[World, Path, Path]
) -> None:
    world, path, empty = package
    tables = {name: table for name, (_, table) in schema.RECORD_TABLES.items()}
    order = [
        "enterprise",
        "assessment",
        *(schema.COLLECTION_TABLES[n] for n, _ in model.DOCUMENT_COLLECTIONS),
    ]

    def setup() -> tuple[tuple[sqlite3.Connection], dict[str, object]]:
        return (sqlite3.connect(_fresh(empty, "office baseline.sqlite3")),), {}

    def run(connection: sqlite3.Connection) -> None:
        plain = pyrage.decrypt(path.read_bytes(), [world.centre.identity])
        rows: dict[str, list[tuple[object, ...]]] = {name: [] for name in order}
        blobs = []
        with zipfile.ZipFile(io.BytesIO(plain)) as archive:
            for name in archive.namelist():
                data = archive.read(name)
                if name.startswith("records/"):
                    document = json.loads(data)
                    rows["enterprise"].append(tuple(document["enterprise"].values()))
                    rows["assessment"].append(tuple(document["assessment"].values()))
                    for collection, _ in model.DOCUMENT_COLLECTIONS:
                        table_name = schema.COLLECTION_TABLES[collection]
                        rows[table_name].extend(tuple(r.values()) for r in document[collection])
                elif name.startswith("photos/"):
                    blobs.append((name.removeprefix("photos/"), data))
        connection.execute("PRAGMA synchronous = FULL")
        with connection:
            for name in order:
                columns = [c.name for c in tables[name].columns]
                marks = ", ".join("?" * len(columns))
                connection.executemany(
                    f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})", rows[name]
                )
            connection.executemany("INSERT INTO photo_blob (photo_id, data) VALUES (?, ?)", blobs)
        connection.close()

    benchmark.pedantic(run, setup=setup, rounds=5)
