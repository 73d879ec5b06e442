"""Merging the office of a merged-away province into its successor's: nothing of either is lost."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from sxsh_desktop.domain import model
from sxsh_desktop.domain.provinces import Vintage, provinces
from sxsh_desktop.services.registry_import import admin_history
from sxsh_desktop.store import schema
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import conflicts, office_merge
from sxsh_desktop.sync.content import record_values
from sxsh_desktop.sync.errors import AlreadyImportedError
from sxsh_desktop.sync.keys import ROLE_CENTRE, KeyPair
from sxsh_desktop.sync.rollup import RollupRefused
from tests.sync_world import dump, small_document

_STAMPS = {"created_at", "updated_at", "revision", "device_id"}


def _all_records(store: Store) -> dict[str, dict[str, object]]:
    """Every record of every synced table, by id, without the sync stamps."""
    found: dict[str, dict[str, object]] = {}
    with store.reading() as connection:
        for entity, (_cls, table) in schema.RECORD_TABLES.items():
            for row in connection.execute(select(table)).mappings():
                found[row["id"]] = {"entity": entity, **{k: v for k, v in row.items() if k not in _STAMPS}}
    return found


class Offices:
    def __init__(self, root: Path) -> None:
        self.receiving = Store.open(root / "quang-tri.sqlite3")  # the successor's office (2025 code 44)
        self.merged = Store.open(root / "quang-binh.sqlite3")  # the former Quảng Bình's office
        self.receiving_keys = KeyPair.generate(ROLE_CENTRE, "TTKC Quảng Trị", self.receiving.device_id)
        self.merged_keys = KeyPair.generate(ROLE_CENTRE, "TTKC Quảng Bình", self.merged.device_id)
        self.former = provinces().find("44", Vintage.FORMER)
        assert self.former is not None
        office_merge.register_office_key(self.receiving, self.merged_keys.public, self.former)
        self.root = root

    def export(self, name: str = "quang-binh") -> Path:
        path = self.root / f"{name}{office_merge.EXPORT_SUFFIX}"
        assert self.former is not None
        office_merge.export_office(
            self.merged, path, self.merged_keys, self.receiving_keys.public, self.former
        )
        return path

    def import_(self, path: Path, **options: bool) -> office_merge.OfficeMergePreview:
        units = admin_history(self.receiving)  # today's units with their earlier vintages
        return office_merge.import_office_export(
            self.receiving, path, [self.receiving_keys.identity], units=units, **options
        )

    def close(self) -> None:
        self.receiving.close()
        self.merged.close()


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[Offices]:
    made = Offices(tmp_path)
    yield made
    made.close()


def _fill(offices: Offices) -> None:
    here, there = offices.receiving, offices.merged
    # Quảng Trị: one enterprise with an assessment, one without, one whose tax code Quảng Bình also has.
    small_document(here, "Đánh giá nhanh lò gạch Đông Hà")
    here.insert(model.Enterprise(name="Công ty Gỗ Cam Lộ", tax_code="3200123452", province="Quảng Trị"))
    here.insert(
        model.Enterprise(
            name="Công ty Xi măng Sông Gianh", tax_code="3100111220", province="Quảng Trị", employees=400
        )
    )
    # Quảng Bình: its own assessment, an enterprise without one, and the same cement company with other
    # values and an assessment of its own.
    small_document(there, "Đánh giá nhanh lò vôi Tuyên Hóa")
    # Communes as recorded before the reform: one split between three of today's (a person decides),
    # one merged whole into today's Phường Sông Trí.
    there.insert(
        model.Enterprise(
            name="HTX Nước mắm Cảnh Dương",
            tax_code="3100999888",
            province="Quảng Bình",
            commune="Xã Kỳ Lợi",
            legacy_district="Thị xã Kỳ Anh",
        )
    )
    there.insert(
        model.Enterprise(
            name="Cơ sở Mộc Hưng Trí",
            province="Quảng Bình",
            commune="Phường Hưng Trí",
            legacy_district="Thị xã Kỳ Anh",
        )
    )
    cement = there.insert(
        model.Enterprise(
            name="Công ty CP Xi măng Sông Gianh", tax_code="3100111220", province="Quảng Bình", employees=420
        )
    )
    there.insert(model.Assessment(enterprise_id=cement.id, title="Đánh giá nhanh lò nung clinker"))


def test_merging_two_offices_keeps_every_record_of_both(offices: Offices) -> None:
    _fill(offices)
    before_here, sent = _all_records(offices.receiving), _all_records(offices.merged)
    [cement_here] = [
        r for r in before_here.values() if r["entity"] == "enterprise" and r["tax_code"] == "3100111220"
    ]
    [cement_there] = [
        r for r in sent.values() if r["entity"] == "enterprise" and r["tax_code"] == "3100111220"
    ]

    preview = offices.import_(offices.export())
    assert preview.applied
    after = _all_records(offices.receiving)
    # Everything the receiving office had is there, unchanged.
    for record_id, record in before_here.items():
        assert after[record_id] == record
    # Everything of the merged office is there, the province re-coded and the duplicate's assessment
    # attached to the enterprise already here …
    for record_id, record in sent.items():
        if record_id == cement_there["id"]:
            continue
        expected = dict(record)
        if record["entity"] == "enterprise" and record["province"] == "Quảng Bình":
            expected["province"] = "Quảng Trị"
        if record["entity"] == "assessment" and record["enterprise_id"] == cement_there["id"]:
            expected["enterprise_id"] = cement_here["id"]
        assert after[record_id] == expected, record["entity"]
    assert len(after) == len(before_here) + len(sent) - 1
    # … and the duplicate itself is kept whole as a conflict on the enterprise here, for review.
    [conflict] = conflicts.conflicts(offices.receiving)
    assert conflict.record_id == cement_here["id"] and "tax code" in conflict.reason
    assert conflict.incoming is not None
    incoming = {k: v for k, v in record_values(conflict.incoming).items() if k not in _STAMPS | {"id"}}
    assert incoming == {k: v for k, v in cement_there.items() if k not in {"id", "entity"}} | {
        "province": "Quảng Trị"
    }
    assert {name for name, _, _ in conflict.differences()} == {"name", "employees"}
    # Choosing the merged office's values makes them the enterprise's, under its id here.
    conflicts.resolve_conflict(offices.receiving, conflict.id, "incoming")
    after_choice = _all_records(offices.receiving)[cement_here["id"]]
    assert (after_choice["name"], after_choice["employees"]) == ("Công ty CP Xi măng Sông Gianh", 420)
    # Each commune is kept as recorded, with today's unit beside it, or queued when it was split.
    with offices.receiving.reading() as connection:
        communes = {
            row.recorded_name: (row.status, row.today_code, json.loads(row.candidates))
            for row in connection.execute(select(schema.enterprise_commune))
        }
    assert communes["Phường Hưng Trí"] == ("auto", "18754", [])
    assert communes["Xã Kỳ Lợi"][:2] == ("manual", None) and len(communes["Xã Kỳ Lợi"][2]) == 3
    # The photos came too.
    with offices.receiving.reading() as connection:
        blobs = set(connection.execute(select(schema.photo_blob.c.photo_id)).scalars())
    assert {r_id for r_id, r in sent.items() if r["entity"] == "photo"} <= blobs


def test_the_same_export_again_an_older_one_or_a_foreign_one_is_refused_unchanged(
    offices: Offices, tmp_path: Path
) -> None:
    _fill(offices)
    older = offices.export("first")
    newer = offices.export("second")
    offices.import_(newer)
    before = dump(offices.receiving.path)
    with pytest.raises(AlreadyImportedError):
        offices.import_(newer)
    with pytest.raises(RollupRefused, match="older or replayed"):
        offices.import_(older)
    stranger = KeyPair.generate(ROLE_CENTRE, "TTKC khác", "x")
    assert offices.former is not None
    path = tmp_path / "stranger.sxshoffice"
    office_merge.export_office(offices.merged, path, stranger, offices.receiving_keys.public, offices.former)
    with pytest.raises(RollupRefused, match="not registered"):
        offices.import_(path)
    assert dump(offices.receiving.path) == before


def test_a_dry_run_shows_duplicates_and_recoded_provinces_and_writes_nothing(offices: Offices) -> None:
    _fill(offices)
    before = dump(offices.receiving.path)
    preview = offices.import_(offices.export(), dry_run=True)
    assert not preview.applied
    assert [(d.office.tax_code, d.differences) for d in preview.duplicates] == [
        ("3100111220", ("name", "employees"))
    ]
    assert ("HTX Nước mắm Cảnh Dương", "Quảng Bình", "Quảng Trị") in preview.recoded
    assert preview.counts["conflict"] == 1
    assert preview.communes == {"manual": 1, "auto": 1, "current": 1}
    assert json.dumps(preview.to_json(), ensure_ascii=False)
    assert dump(offices.receiving.path) == before
    assert dataclasses.asdict(preview.duplicates[0].office)["tax_code"] == "3100111220"
