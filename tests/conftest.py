"""Shared fixtures: every test runs offscreen, with its own data folder and database."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Fixtures that bring up Qt: a test that uses one is a window test.
_QT_FIXTURES = {"qtbot", "qapp", "qapp_args", "qapp_cls"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark window tests ``gui`` (``pytest -m "not gui"`` runs the rest on a machine without Qt's
    system libraries)."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & _QT_FIXTURES or "ui" in item.path.relative_to(item.config.rootpath).parts[:2]:
            item.add_marker(pytest.mark.gui)


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


@pytest.fixture
def store(db_path: Path) -> Iterator[object]:
    from sxsh_desktop.store.repository import Store
    from sxsh_desktop.store.setup import ensure_reference

    opened = Store.open(db_path)
    ensure_reference(opened)
    yield opened
    opened.close()
