"""The registry table: a lazily loaded model over the store's search."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from sxsh_desktop.domain.text import fold
from sxsh_desktop.store.repository import Store
from sxsh_desktop.ui.registry_model import RegistryModel
from tests.factories import synthetic_registry


def _fill(store: Store, count: int) -> None:
    store.insert_many(synthetic_registry(count, seed=7))


def test_model_passes_qt_model_checks_while_loading_and_searching(store: Store, qapp: object) -> None:
    _fill(store, RegistryModel.BATCH * 2 + 37)
    model = RegistryModel(store)
    # Warnings from the tester fail the test (qt_log_level_fail).
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    model.set_search("ha tinh")
    model.set_search("xyz no such enterprise")
    model.set_search("")
    model.refresh()
    assert tester is not None
    assert model.rowCount() == RegistryModel.BATCH


def test_rows_load_a_batch_at_a_time_as_the_view_scrolls(store: Store, qtbot: QtBot) -> None:
    total = RegistryModel.BATCH * 3 + 5
    _fill(store, total)
    model = RegistryModel(store)
    assert model.total == total
    assert model.rowCount() == RegistryModel.BATCH
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    for _ in range(10):
        view.scrollToBottom()
        qtbot.wait(1)
    assert model.rowCount() == total
    names = [model.enterprise(row).name for row in range(model.rowCount())]
    assert len(set(names)) > total * 0.9  # every row a different enterprise, none twice by paging
    assert len({model.enterprise(row).id for row in range(model.rowCount())}) == total


def test_search_ignores_diacritics_and_counts_every_match(store: Store, qapp: object) -> None:
    _fill(store, 500)
    model = RegistryModel(store)
    model.set_search("nuoc mam")
    assert 0 < model.total < 500
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total
    for row in range(model.rowCount()):
        item = model.enterprise(row)
        haystack = fold(" ".join((item.name, item.short_name, item.commune)))
        assert "nuoc" in haystack and "mam" in haystack


def test_load_until_finds_an_enterprise_beyond_the_first_batch(store: Store, qapp: object) -> None:
    _fill(store, RegistryModel.BATCH * 2 + 1)
    model = RegistryModel(store)
    last = store.search_enterprises("", limit=1, offset=RegistryModel.BATCH * 2)[0]
    row = model.load_until(last.id)
    assert row == RegistryModel.BATCH * 2
    assert model.enterprise(row).id == last.id
