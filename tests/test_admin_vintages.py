"""Administrative units with vintages: a reused code is two units; splits wait for a person."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sync_world import dump

from sxsh_desktop.cli import main
from sxsh_desktop.domain.admin_vintages import Recorded, Resolution
from sxsh_desktop.paths import resources_dir
from sxsh_desktop.services import registry_import as ri
from sxsh_desktop.store.repository import Store

HA_TINH = resources_dir() / "reference" / "admin_vintages_42.json"


def test_the_shipped_file_names_its_source_and_covers_the_209_old_units() -> None:
    document = json.loads(HA_TINH.read_text(encoding="utf-8"))
    assert "vietnamadminunits" in document["source"] and "1665/NQ-UBTVQH15" in document["source"]
    assert len(document["units"]) == 209
    parts = {(row["old_code"], row["new_code"]) for row in document["mapping"] if row["kind"] == "part"}
    assert parts == {
        ("18082", "18652"),
        ("18082", "18073"),
        ("18796", "18832"),
        ("18796", "18754"),
        ("18796", "18823"),
    }
    old = {row["old_code"] for row in document["mapping"]}
    assert old == {unit["code"] for unit in document["units"]}  # every old unit goes somewhere


def test_a_reused_code_is_two_units(store: Store) -> None:
    history = ri.admin_history(store)
    before, after = history.unit("18754@2025-06-30"), history.unit("18754@current")
    assert before is not None and after is not None
    assert (before.name, after.name) == ("Phường Hưng Trí", "Phường Sông Trí")
    by_code_then = ri.today_unit(store, Recorded("Phường Hưng Trí", code="18754"))
    assert (by_code_then.status, by_code_then.today and by_code_then.today.name) == (
        Resolution.AUTO,
        "Phường Sông Trí",
    )
    by_code_now = ri.today_unit(store, Recorded("", code="18754"))
    assert by_code_now.status is Resolution.UNRESOLVED and len(by_code_now.candidates) == 2


@pytest.mark.parametrize(
    ("name", "district", "status", "today", "candidates"),
    [
        (
            "Xã Kỳ Lợi",
            "Thị xã Kỳ Anh",
            Resolution.MANUAL,
            None,
            {"Phường Hoành Sơn", "Phường Sông Trí", "Phường Vũng Áng"},
        ),
        ("P. Đại Nài", "TP Hà Tĩnh", Resolution.MANUAL, None, {"Phường Hà Huy Tập", "Phường Thành Sen"}),
        ("kỳ lợi", "", Resolution.MANUAL, None, {"Phường Hoành Sơn", "Phường Sông Trí", "Phường Vũng Áng"}),
        ("Phường Nam Hà", "Thành phố Hà Tĩnh", Resolution.AUTO, "Phường Thành Sen", set()),
        ("Xã Tùng Ảnh", "H. Đức Thọ", Resolution.AUTO, "Xã Đức Thọ", set()),
        ("Phường Sông Trí", "", Resolution.CURRENT, "Phường Sông Trí", set()),
        ("Phường Hà Huy Tập", "", Resolution.CURRENT, "Phường Hà Huy Tập", set()),
        ("Phường Hà Huy Tập", "Thành phố Hà Tĩnh", Resolution.AUTO, "Phường Thành Sen", set()),
        ("Xã Không Có", "", Resolution.UNRESOLVED, None, set()),
    ],
)
def test_today_unit(
    store: Store, name: str, district: str, status: Resolution, today: str | None, candidates: set[str]
) -> None:
    found = ri.today_unit(store, Recorded(name, district))
    assert found.status is status
    assert (found.today.name if found.today else None) == today
    assert {unit.name for unit in found.candidates} == candidates


def _province_file(folder: Path) -> Path:
    """A made-up province of two old communes (a merger and a split) onto Hà Tĩnh's codes of today."""
    document = {
        "kind": "admin_vintages",
        "version": 1,
        "province_code": "99",
        "source": "made up for a test",
        "units": [
            {"code": "99001", "name": "Xã Thử Một", "district": "Huyện Thử", "valid_to": "2025-06-30"},
            {"code": "99002", "name": "Xã Thử Hai", "district": "Huyện Thử", "valid_to": "2025-06-30"},
        ],
        "mapping": [
            {"old_code": "99001", "old_valid_to": "2025-06-30", "new_code": "18754", "kind": "whole"},
            {"old_code": "99002", "old_valid_to": "2025-06-30", "new_code": "18754", "kind": "part"},
            {"old_code": "99002", "old_valid_to": "2025-06-30", "new_code": "18823", "kind": "part"},
        ],
    }
    path = folder / "admin_vintages_99.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_another_province_loads_the_same_way(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "admin-units", "load", str(_province_file(tmp_path))]) == 0
    assert "Province 99: 2 old units and 3 mapping rows" in capsys.readouterr().out
    assert main(["--db", str(db_path), "admin-units", "today", "Thử Hai", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["status"] == "manual" and {c["code"] for c in found["candidates"]} == {"18754", "18823"}
    assert main(["--db", str(db_path), "admin-units", "today", "Xã Thử Một", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["today"] == "Phường Sông Trí"
    # Hà Tĩnh's shipped history is still there.
    assert main(["--db", str(db_path), "admin-units", "today", "Xã Kỳ Lợi", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "manual"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("not json", "Not a JSON file"),
        ('{"kind": "admin_units", "units": []}', "admin_vintages"),
        ('{"kind": "admin_vintages", "source": "", "units": [], "mapping": []}', "source"),
        (
            '{"kind": "admin_vintages", "source": "x", "province_code": "9", "units": [{"code": "1", '
            '"name": "A", "valid_to": "2025-06-30"}], "mapping": [{"old_code": "2", '
            '"old_valid_to": "2025-06-30", "new_code": "3", "kind": "whole"}]}',
            "no such old unit",
        ),
    ],
)
def test_a_bad_unit_file_changes_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, words: str
) -> None:
    assert main(["--db", str(db_path), "admin-units", "load", str(_province_file(tmp_path))]) == 0
    before = dump(db_path)
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    assert main(["--db", str(db_path), "admin-units", "load", str(bad)]) == 2
    assert words in capsys.readouterr().err
    assert dump(db_path) == before
