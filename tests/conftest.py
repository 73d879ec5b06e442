"""Shared fixtures: every test runs offscreen, with its own data folder and database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user data folder or database."""
    folder = tmp_path_factory.mktemp("user data")
    monkeypatch.setenv("SXSH_DATA_DIR", str(folder))
    monkeypatch.setenv("SXSH_DB", str(folder / "sxsh.sqlite3"))


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
