"""Shared fixtures: every test runs offscreen, with its own data folder and database."""

from __future__ import annotations

import gc
import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Fixtures that bring up Qt: a test that uses one is a window test.
_QT_FIXTURES = {"qtbot", "qapp", "qapp_args", "qapp_cls"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark window tests ``gui`` (``pytest -m "not gui"`` runs the rest on a machine without Qt's
    system libraries). Tests marked ``sqlite_only`` are not run on PostgreSQL."""
    from tests.postgres_server import admin_url

    server = admin_url() is not None
    kept, dropped = [], []
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & _QT_FIXTURES or "ui" in item.path.relative_to(item.config.rootpath).parts[:2]:
            item.add_marker(pytest.mark.gui)
        on_postgres = item.get_closest_marker("postgres") is not None
        if on_postgres and not server:
            _NOT_RUN_ON_POSTGRES.append(item.nodeid)
            dropped.append(item)
        elif on_postgres and item.get_closest_marker("sqlite_only"):
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


_NOT_RUN_ON_POSTGRES: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line for the PostgreSQL runs left out when there is no server."""
    if _NOT_RUN_ON_POSTGRES:
        terminalreporter.write_line(
            f"PostgreSQL: {len(_NOT_RUN_ON_POSTGRES)} runs not made: no server "
            "(set SXSH_TEST_POSTGRES or run under pg_virtualenv; see README)"
        )


@pytest.fixture(autouse=True)
def _garbage_collected_between_tests() -> Iterator[None]:
    """Collect cycles only after a test's widgets are closed, never in the middle of building one.

    A collection while a workflow window is being built has been seen to crash PySide6 now and
    then (a defect still open); collecting at this calm point keeps the suite deterministic."""
    gc.disable()
    yield
    gc.enable()
    gc.collect()


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user data folder or database."""
    folder = tmp_path_factory.mktemp("user data")
    monkeypatch.setenv("SXSH_DATA_DIR", str(folder))
    monkeypatch.setenv("SXSH_DB", str(folder / "sxsh.sqlite3"))


@pytest.fixture(autouse=True)
def _keychain_in_memory() -> Iterator[object]:
    """The operating-system keychain of every test is one in memory: the machine's own is never touched."""
    from tests.keychain import MemoryKeychain, using

    with using(MemoryKeychain()) as keychain:
        yield keychain


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    # Spaces and Vietnamese letters in the path, as in a Windows user folder.
    return tmp_path / "Nguyễn Văn An" / "dữ liệu.sqlite3"


# --- both dialects ------------------------------------------------------------------------------
#
# Every test that uses ``store``, ``db_location`` or ``new_location`` runs twice: on SQLite, and on
# PostgreSQL (marked ``postgres``) when a server is there: ``SXSH_TEST_POSTGRES`` (an administrator's
# URL) or the PG* variables that ``pg_virtualenv`` sets. Without one the PostgreSQL runs skip.
# Each PostgreSQL test gets a database of its own, cloned from a migrated template.


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    from tests.postgres_server import PostgresServer, admin_url

    url = admin_url()
    if url is None:
        pytest.skip("PostgreSQL: no server (set SXSH_TEST_POSTGRES or run under pg_virtualenv)")
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def dialect(request: pytest.FixtureRequest) -> str:
    """The database a test runs on: ``sqlite`` always, ``postgresql`` when a server is there."""
    if request.param == "postgresql":
        request.getfixturevalue("postgres_server")  # skips without a server
    return str(request.param)


@pytest.fixture
def new_location(
    dialect: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[[str], Path | str]]:
    """Makes fresh, empty databases of the test's dialect: a file in the test's folder, or a new
    PostgreSQL database (already migrated, with the reference data) dropped after the test."""
    made: list[str] = []
    server = request.getfixturevalue("postgres_server") if dialect == "postgresql" else None
    numbers = itertools.count()

    def make(name: str) -> Path | str:
        if server is None:
            folder = tmp_path / f"database {next(numbers)}"
            folder.mkdir()
            return folder / (name if name.endswith(".sqlite3") else f"{name}.sqlite3")
        url: str = server.new_database()  # type: ignore[attr-defined]
        made.append(url)
        return url

    yield make
    for url in made:
        server.drop_database(url)  # type: ignore[union-attr]


@pytest.fixture
def db_location(dialect: str, db_path: Path, new_location: Callable[[str], Path | str]) -> Path | str:
    """Where the test's database is: ``db_path`` on SQLite, a fresh database's URL on PostgreSQL."""
    return db_path if dialect == "sqlite" else new_location(db_path.name)


@pytest.fixture
def store(db_location: Path | str) -> Iterator[object]:
    from sxsh_desktop.store.repository import Store
    from sxsh_desktop.store.setup import ensure_reference

    opened = Store.open(db_location)
    ensure_reference(opened)
    yield opened
    opened.close()
