"""``sxsh rollup …`` end to end: two province offices and the ministry, each with its own database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sxsh_desktop.cli import main
from sxsh_desktop.domain import model
from sxsh_desktop.domain.office import Activity, ActivityParticipant
from sxsh_desktop.services import activities
from sxsh_desktop.store.repository import Store
from tests.office_world import build_office_world
from tests.sync_world import dump

PASSPHRASE = "Bộ Công Thương 2026!"


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _registry(db: Path, rows: list[tuple[str, str]], informed: int = 0) -> None:
    """Enterprises of the registry; the first ``informed`` attend an awareness workshop in March 2026."""
    store = Store.open(db)
    ids = [store.insert(model.Enterprise(name=name, sector_code=sector)).id for name, sector in rows]
    if informed:
        activities.add_activity(
            store,
            Activity(
                task_code="1.1", kind="awareness_event", held_on=date(2026, 3, 10), title="Hội thảo SXSH"
            ),
            [ActivityParticipant(enterprise_id=enterprise_id) for enterprise_id in ids[:informed]],
        )
    store.close()


def _office_world(db: Path) -> None:
    store = Store.open(db)
    build_office_world(store)
    store.close()


def test_two_provinces_send_the_ministry_decides_and_the_province_sees_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SXSH_PASSPHRASE", PASSPHRASE)
    ministry, ha_tinh, nghe_an = (tmp_path / f"{n}.sqlite3" for n in ("bo", "ha-tinh", "nghe-an"))
    for db, name in ((ministry, "Bộ Công Thương"), (ha_tinh, "TTKC Hà Tĩnh"), (nghe_an, "TTKC Nghệ An")):
        assert _run(capsys, db, "keys", "init-centre", "--name", name)[0] == 0
        assert _run(capsys, db, "keys", "export-public", "-o", str(tmp_path / f"{db.stem}.pub"))[0] == 0
    assert _run(capsys, ministry, "rollup", "mode", "ministry")[0] == 0
    for db, code in ((ha_tinh, "42"), (nghe_an, "40")):
        assert _run(capsys, db, "rollup", "set-province", code)[0] == 0
        assert _run(capsys, db, "rollup", "trust-ministry", str(tmp_path / "bo.pub"))[0] == 0
        assert (
            _run(
                capsys,
                ministry,
                "rollup",
                "trust-province",
                str(tmp_path / f"{db.stem}.pub"),
                "--province",
                code,
            )[0]
            == 0
        )
    # Hà Tĩnh: the office's hand-computed registry (I1 = 7 of the 8 facilities in scope).
    _office_world(ha_tinh)
    # Nghệ An: 2 enterprises, 1 informed.
    _registry(nghe_an, [("Công ty Xi măng Nghi Sơn", "2394"), ("Cơ sở Chè", "1079")], informed=1)

    files = {}
    for db in (ha_tinh, nghe_an):
        files[db] = tmp_path / f"{db.stem}-2026.sxshroll"
        code, out, err = _run(capsys, db, "rollup", "export", "--year", "2026", "-o", str(files[db]))
        assert code == 0, err
    for path in files.values():
        code, out, err = _run(capsys, ministry, "rollup", "import", str(path))
        assert code == 0, err
    code, out, _ = _run(capsys, ministry, "rollup", "national", "--year", "2026", "--json")
    national = {f["code"]: f for f in json.loads(out) if f["basis"] == "registry"}
    assert (national["I1"]["numerator"], national["I1"]["denominator"]) == (8, 10)
    assert national["I1"]["value_percent"] == pytest.approx(80.0)

    # Importing again is refused with one line, and nothing changes.
    before = dump(ministry)
    code, out, err = _run(capsys, ministry, "rollup", "import", str(files[ha_tinh]))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "already" in err
    assert dump(ministry) == before

    code, out, _ = _run(capsys, ministry, "rollup", "list", "--year", "2026", "--json")
    ha_tinh_id = next(s["package_id"] for s in json.loads(out) if s["province"]["code"] == "42")
    reply = tmp_path / "tra-lai.sxshreply"
    assert _run(capsys, ministry, "rollup", "return", ha_tinh_id[:8], "-o", str(reply))[0] == 2  # no comment
    comment = "Thiếu bảng doanh nghiệp; xin bổ sung."
    code, out, err = _run(
        capsys, ministry, "rollup", "return", ha_tinh_id[:8], "--comment", comment, "-o", str(reply)
    )
    assert code == 0, err
    code, out, _ = _run(capsys, ministry, "rollup", "national", "--year", "2026", "--json")
    national = {f["code"]: f for f in json.loads(out) if f["basis"] == "registry"}
    assert (national["I1"]["numerator"], national["I1"]["denominator"]) == (1, 2)  # Nghệ An alone

    code, out, err = _run(capsys, ha_tinh, "rollup", "import-reply", str(reply))
    assert code == 0, err
    code, out, _ = _run(capsys, ha_tinh, "rollup", "sent", "--json")
    [sent] = json.loads(out)
    assert (sent["status"], sent["comment"]) == ("returned", comment)
    # The reply was not for Nghệ An: it cannot even open it.
    assert _run(capsys, nghe_an, "rollup", "import-reply", str(reply))[0] == 2
    code, out, _ = _run(capsys, ministry, "rollup", "overview", "--year", "2026", "--json")
    rows = {r["province"]: r for r in json.loads(out)}
    assert len(rows) == 34
    assert rows["42"]["parts"][0]["status"] == "returned" and rows["40"]["parts"][0]["status"] == "received"
    assert rows["46"]["parts"][0]["status"] == "missing"


def test_the_office_of_a_merged_away_province_merges_into_its_successors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SXSH_PASSPHRASE", PASSPHRASE)
    receiving, merged = tmp_path / "quang-tri.sqlite3", tmp_path / "quang-binh.sqlite3"
    for db in (receiving, merged):
        assert _run(capsys, db, "keys", "init-centre", "--name", db.stem)[0] == 0
        assert _run(capsys, db, "keys", "export-public", "-o", str(tmp_path / f"{db.stem}.pub"))[0] == 0
    assert _run(capsys, merged, "rollup", "set-province", "44", "--former")[0] == 0
    _registry(merged, [("HTX Nước mắm Cảnh Dương", "1020")])
    _registry(receiving, [("Công ty Gỗ Cam Lộ", "1622")])
    path = tmp_path / "quang-binh.sxshoffice"
    code, _, err = _run(
        capsys, merged, "office-merge", "export", "--to", str(tmp_path / "quang-tri.pub"), "-o", str(path)
    )
    assert code == 0, err
    # Not registered yet: refused, with one line.
    code, _, err = _run(capsys, receiving, "office-merge", "import", str(path))
    assert code == 2 and "not registered" in err and len(err.strip().splitlines()) == 1
    assert (
        _run(
            capsys, receiving, "office-merge", "trust", str(tmp_path / "quang-binh.pub"), "--province", "44"
        )[0]
        == 0
    )
    code, out, err = _run(capsys, receiving, "office-merge", "import", str(path), "--json")
    assert code == 0, err
    assert json.loads(out)["counts"]["new"] == 1
    store = Store.open(receiving)
    assert sorted(e.name for e in store.enterprises()) == ["Công ty Gỗ Cam Lộ", "HTX Nước mắm Cảnh Dương"]
    store.close()
