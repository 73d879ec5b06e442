"""The registry preview: the rows the window shows before the storage layer is loaded are the store's."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sxsh_desktop.store.registry_preview import RegistryPreview
from sxsh_desktop.store.repository import Store
from tests.factories import synthetic_registry

# The preview reads SQLite files before the storage layer is loaded; a server is read through the store.
pytestmark = pytest.mark.sqlite_only


def test_the_preview_reads_the_same_enterprises_in_the_same_order_as_the_store(store: Store) -> None:
    registry = synthetic_registry(450, seed=7)
    registry[3] = replace(registry[3], cp_informed_on=date(2024, 5, 2), employees=12)
    store.insert_many(registry)

    preview = RegistryPreview.open(store.path)
    assert preview is not None
    assert preview.count_search("") == store.count_search("") == 450
    for offset, limit in ((0, 200), (200, 200), (400, 200)):
        assert preview.search_enterprises("", limit=limit, offset=offset) == store.search_enterprises(
            "", limit=limit, offset=offset
        )
    # Every value comes back with its own type: dates, times in UTC, numbers.
    [informed] = [e for e in preview.search_enterprises("") if e.id == registry[3].id]
    assert informed.cp_informed_on == date(2024, 5, 2) and informed.employees == 12
    assert informed.updated_at.tzinfo is not None


def test_searching_waits_for_the_store(store: Store) -> None:
    store.insert_many(synthetic_registry(5, seed=1))
    preview = RegistryPreview.open(store.path)
    assert preview is not None
    assert preview.count_search("cơ khí") == 0 and preview.search_enterprises("cơ khí") == []


def test_anything_but_a_database_of_this_version_is_left_to_the_store(tmp_path: Path, store: Store) -> None:
    assert RegistryPreview.open(tmp_path / "không có.sqlite3") is None
    assert not (tmp_path / "không có.sqlite3").exists()  # not created by looking
    text_file = tmp_path / "ghi chú.sqlite3"
    text_file.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    assert RegistryPreview.open(text_file) is None

    older = tmp_path / "cũ.sqlite3"
    source, copy = sqlite3.connect(store.path), sqlite3.connect(older)
    source.backup(copy)
    with copy:
        copy.execute("UPDATE alembic_version SET version_num = '0001'")
    source.close()
    copy.close()
    assert RegistryPreview.open(older) is None  # nor a newer one: the store migrates or refuses it


def test_the_preview_loads_neither_sqlalchemy_nor_the_store(store: Store) -> None:
    store.insert_many(synthetic_registry(3, seed=2))
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from sxsh_desktop.store.registry_preview import RegistryPreview\n"
        f"preview = RegistryPreview.open(Path({str(store.path)!r}))\n"
        "rows = preview.search_enterprises('', limit=10)\n"
        "print(len(rows), any(m.startswith('sqlalchemy') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["3", "False"], result.stderr
