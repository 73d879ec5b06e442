"""The store owns every transaction: what sync writes on a caller's transaction is all or nothing."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from sxsh_desktop.domain.model import Enterprise
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.store.repository import Store
from tests.documents import snapshot


def test_sync_opens_no_transaction_of_its_own_nor_keeps_the_stores_indexes() -> None:
    sync = Path(__file__).parents[1] / "sxsh_desktop" / "sync"
    opening = re.compile(r"\.database\.begin\(|\.engine\b|\.connect\(\)|store\._\w+\(|search\.\w+\(")
    offenders = [
        f"{path.name}:{number}"
        for path in sorted(sync.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if opening.search(line)
    ]
    assert offenders == []


def test_reference_data_replaced_in_a_failed_transaction_is_not_kept_nor_cached(store: Store) -> None:
    installed = store.reference()
    fuel = installed.fuels[0]
    changed = ReferenceData(fuels=[dataclasses.replace(fuel, name_en="Changed fuel")])
    before = snapshot(store)
    with pytest.raises(RuntimeError), store.transaction() as connection:
        store.install_reference(changed, connection)
        raise RuntimeError("the package turned out to be bad")
    assert snapshot(store) == before
    assert store.reference().fuel(fuel.code) == fuel


def test_reference_data_replaced_in_a_transaction_is_read_afterwards(store: Store) -> None:
    fuel = store.reference().fuels[0]
    with store.transaction() as connection:
        store.install_reference(
            ReferenceData(fuels=[dataclasses.replace(fuel, name_en="Changed")]), connection
        )
    assert store.reference().fuel(fuel.code).name_en == "Changed"  # type: ignore[union-attr]


def test_a_record_removed_on_a_callers_transaction_leaves_a_tombstone_and_leaves_the_search(
    store: Store,
) -> None:
    enterprise = store.insert(Enterprise(name="Công ty Gạch Thạch Hà"))
    assert store.count_search("thach ha") == 1
    with store.transaction() as connection:
        store.remove_record(
            connection, "enterprise", enterprise.id, assessment_id=None, device_id="laptop-of-an"
        )
    assert store.count_search("thach ha") == 0
    [tombstone] = store.tombstones()
    assert (tombstone["record_id"], tombstone["device_id"]) == (enterprise.id, "laptop-of-an")
