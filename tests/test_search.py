"""Registry search: diacritics, ranking, paging, and an index that follows every write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from sxsh_desktop.domain.model import Assessment, Enterprise
from sxsh_desktop.store.errors import StoreError
from sxsh_desktop.store.repository import Store
from tests.factories import synthetic_registry


@pytest.fixture
def registry(db_location: Path | str) -> Iterator[Store]:
    store = Store.open(db_location)
    store.insert_many(
        [
            Enterprise(
                name="Công ty Cổ phần Thủy sản Hà Tĩnh",
                short_name="Thủy sản HT",
                tax_code="3000109108",
                commune="Phường Thành Sen",
            ),
            Enterprise(
                name="Công ty TNHH Gạch Tuynel Đồng Lộc",
                short_name="Gạch Đồng Lộc",
                tax_code="3001234567",
                commune="Xã Đồng Lộc",
            ),
            Enterprise(name="Cơ sở nước mắm Nguyễn Thị Hoa", commune="Xã Lộc Hà"),
            Enterprise(name="HTX Nước mắm Cửa Sót", short_name="HTX Cửa Sót", commune="Xã Lộc Hà"),
            Enterprise(
                name="Công ty TNHH Cơ khí Vũng Áng", tax_code="3001234567-001", commune="Phường Vũng Áng"
            ),
            Enterprise(name="Cơ sở chế biến gỗ Trần Văn Đông", commune="Xã Đức Thọ"),
            Enterprise(name="Công ty Cổ phần Dệt may Đức Thành", commune="Xã Hương Sơn"),
            Enterprise(name="Hà Tĩnh", short_name="", commune="Phường Trần Phú"),
        ]
    )
    yield store
    store.close()


def names(store: Store, text: str) -> list[str]:
    return [enterprise.name for enterprise in store.search_enterprises(text)]


@pytest.mark.parametrize("typed", ["ha tinh", "Hà Tĩnh", "HA TINH", "hà tinh"])
def test_typing_without_diacritics_or_in_any_case_finds_the_same(registry: Store, typed: str) -> None:
    assert names(registry, typed) == ["Hà Tĩnh", "Công ty Cổ phần Thủy sản Hà Tĩnh"]


@pytest.mark.parametrize("typed", ["dong", "DONG", "Đồng", "đông"])
def test_d_finds_the_vietnamese_letter_dd(typed: str, registry: Store) -> None:
    found = names(registry, typed)
    assert "Công ty TNHH Gạch Tuynel Đồng Lộc" in found
    assert "Cơ sở chế biến gỗ Trần Văn Đông" in found


def test_an_exact_name_comes_before_names_that_contain_it(registry: Store) -> None:
    assert names(registry, "ha tinh")[0] == "Hà Tĩnh"


def test_a_full_tax_code_finds_its_holder_first_then_its_branches(registry: Store) -> None:
    assert names(registry, "3001234567") == [
        "Công ty TNHH Gạch Tuynel Đồng Lộc",
        "Công ty TNHH Cơ khí Vũng Áng",
    ]
    assert names(registry, "3001 234 567 - 001") == ["Công ty TNHH Cơ khí Vũng Áng"]


def test_the_start_of_a_tax_code_finds_every_code_beginning_so(registry: Store) -> None:
    assert sorted(names(registry, "300123")) == [
        "Công ty TNHH Cơ khí Vũng Áng",
        "Công ty TNHH Gạch Tuynel Đồng Lộc",
    ]
    assert names(registry, "3000109") == ["Công ty Cổ phần Thủy sản Hà Tĩnh"]


def test_words_may_come_in_any_order_and_all_must_match(registry: Store) -> None:
    assert names(registry, "mam cua") == ["HTX Nước mắm Cửa Sót"]
    assert names(registry, "cua mam") == ["HTX Nước mắm Cửa Sót"]
    assert names(registry, "mam vung") == []


def test_words_are_matched_at_their_start(registry: Store) -> None:
    assert names(registry, "tuyn") == ["Công ty TNHH Gạch Tuynel Đồng Lộc"]
    assert names(registry, "uynel") == []


def test_a_commune_finds_its_enterprises(registry: Store) -> None:
    assert names(registry, "loc ha") == ["Cơ sở nước mắm Nguyễn Thị Hoa", "HTX Nước mắm Cửa Sót"]
    found = names(registry, "duc tho")
    assert found[0] == "Cơ sở chế biến gỗ Trần Văn Đông"  # in Xã Đức Thọ
    assert "Công ty Cổ phần Dệt may Đức Thành" not in found  # "tho" begins no word of it


def test_a_name_match_ranks_before_a_commune_match(registry: Store) -> None:
    assert names(registry, "dong loc") == ["Công ty TNHH Gạch Tuynel Đồng Lộc"]
    assert names(registry, "vung ang") == ["Công ty TNHH Cơ khí Vũng Áng"]
    assert names(registry, "thanh") == [
        "Công ty Cổ phần Dệt may Đức Thành",
        "Công ty Cổ phần Thủy sản Hà Tĩnh",
    ]


def test_a_short_name_counts_like_the_name(registry: Store) -> None:
    assert names(registry, "thuy san ht") == ["Công ty Cổ phần Thủy sản Hà Tĩnh"]


def test_empty_text_lists_everything_in_vietnamese_alphabetical_order(registry: Store) -> None:
    assert (
        names(registry, "")
        == names(registry, "  ")
        == [
            "Công ty Cổ phần Dệt may Đức Thành",
            "Công ty Cổ phần Thủy sản Hà Tĩnh",
            "Công ty TNHH Cơ khí Vũng Áng",
            "Công ty TNHH Gạch Tuynel Đồng Lộc",
            "Cơ sở chế biến gỗ Trần Văn Đông",  # ô before ơ
            "Cơ sở nước mắm Nguyễn Thị Hoa",
            "Hà Tĩnh",
            "HTX Nước mắm Cửa Sót",
        ]
    )
    assert registry.count_search("") == 8


def test_characters_special_to_the_search_engine_are_plain_text(registry: Store) -> None:
    for typed in ['"', "mam*", "NOT mam", "(cua", "mam AND", "100%", "a_b", "-"]:
        registry.search_enterprises(typed)  # no syntax error from FTS5 or LIKE
    assert names(registry, "mắm*") == names(registry, "mam")


def test_pages_and_count_agree_with_the_whole_result(registry: Store) -> None:
    whole = registry.search_enterprises("cong")
    assert registry.count_search("cong") == len(whole) == 4
    pages = registry.search_enterprises("cong", limit=3) + registry.search_enterprises(
        "cong", limit=3, offset=3
    )
    assert pages == whole


def test_the_index_follows_insert_update_and_delete(registry: Store) -> None:
    added = registry.insert(Enterprise(name="Công ty Đá Granite Hoành Sơn"))
    assert names(registry, "granite") == ["Công ty Đá Granite Hoành Sơn"]
    registry.update(Enterprise, added.id, name="Công ty Đá ốp lát Hoành Sơn")
    assert names(registry, "granite") == []
    assert names(registry, "op lat") == ["Công ty Đá ốp lát Hoành Sơn"]
    registry.delete(Enterprise, added.id)
    assert names(registry, "hoanh son") == []
    assert registry.count_search("") == 8


def test_saving_a_document_reindexes_its_enterprise(registry: Store) -> None:
    enterprise = registry.insert(Enterprise(name="Cơ sở xay xát Lê Văn Bình"))
    assessment = registry.insert(Assessment(enterprise_id=enterprise.id, title="Đánh giá nhanh"))
    document = registry.load_document(assessment.id)
    document.enterprise.name = "Công ty TNHH Lương thực Bình Minh"
    registry.save_document(document)
    assert names(registry, "binh minh") == ["Công ty TNHH Lương thực Bình Minh"]
    assert names(registry, "xay xat") == []


def test_inserting_many_stamps_each_record_and_indexes_it(db_location: Path | str) -> None:
    store = Store.open(db_location)
    generated = synthetic_registry(300, seed=3)
    inserted = store.insert_many(generated)
    assert {(r.revision, r.device_id) for r in inserted} == {(1, store.device_id)}
    assert store.count_search("") == store.count_enterprises() == 300
    some = generated[123]
    assert some.id in {e.id for e in store.search_enterprises(some.name)}
    store.close()


def test_inserting_many_writes_nothing_when_one_record_fails(db_location: Path | str) -> None:
    store = Store.open(db_location)
    first, second = synthetic_registry(2, seed=4)
    second.id = first.id
    with pytest.raises(StoreError, match=r"(?i)unique"):
        store.insert_many([first, second])
    assert store.count_enterprises() == 0 and store.count_search("") == 0
    store.close()


def test_enterprises_in_a_database_from_before_the_index_are_found_after_migrating(db_path: Path) -> None:
    from alembic import command

    from sxsh_desktop.store.db import _alembic_config
    from sxsh_desktop.store.sqlite import create_sqlite_engine

    db_path.parent.mkdir(parents=True)
    engine = create_sqlite_engine(db_path)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    old = synthetic_registry(1, seed=5)[0]
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO enterprise VALUES (?, '2024-01-02 03:04:05', '2024-01-02 03:04:05', 1, 'old', "
            "?, ?, ?, '', ?, 'Hà Tĩnh', '', '', 'household', NULL, '', '', '', NULL, NULL, NULL, '')",
            (old.id, "Cơ sở gạch Tuynel Đặng Văn Đông", "", "3001234567", "Xã Đức Thọ"),
        )
    store = Store.open(db_path)
    assert names(store, "dang van dong") == ["Cơ sở gạch Tuynel Đặng Văn Đông"]
    assert names(store, "3001234567") == ["Cơ sở gạch Tuynel Đặng Văn Đông"]
    store.close()
