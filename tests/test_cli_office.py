"""``sxsh office``, ``sxsh activity``, ``sxsh followup`` and ``sxsh review``: output, exit codes, one-line
messages, nothing written on error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from sxsh_desktop.cli import main
from sxsh_desktop.store.repository import Store
from sxsh_desktop.store.setup import ensure_reference
from tests.office_world import OfficeWorld, build_office_world
from tests.sync_world import dump


def run(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def world(db_path: Path) -> OfficeWorld:
    store = Store.open(db_path)
    ensure_reference(store)
    built = build_office_world(store)
    store.close()
    return built


def test_indicators_as_json_carry_numerator_denominator_coverage_and_targets(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: OfficeWorld
) -> None:
    code, out, err = run(capsys, db_path, "office", "indicators", "--period", "2026", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["period"] == {"start": "2025-12-15", "end": "2026-12-14"}
    assert data["facilities_in_scope"] == 8
    i1 = next(i for i in data["indicators"] if i["code"] == "I1")
    assert (i1["numerator"], i1["denominator"], i1["unknown"], i1["coverage"]) == (7, 8, 1, 0.875)
    assert i1["official_denominator"] == 13900 and "3210" in i1["official_source"]
    assert i1["definition_version"] == "1" and i1["as_of"] == "2026-12-14"


def test_indicators_by_group_as_a_table(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: OfficeWorld
) -> None:
    code, out, _ = run(
        capsys, db_path, "office", "indicators", "--period", "2026", "--by", "legal-form", "--code", "I1"
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Period 15/12/2025 – 14/12/2026; registry in scope on 14/12/2026: 8 facilities"
    assert lines[3].split()[:2] == ["I1", "Facilities"]
    assert "87,5 %" in lines[3] and "0,05 % of 13.900" in lines[3]
    household = next(line for line in lines if line.strip().startswith("household"))
    assert household.split()[1:4] == ["75,0", "%", "3"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["office", "indicators", "--period", "1990"], "sxsh: --period: 1990 is not a plan year\n"),
        (["office", "indicators", "--by", "district"], "invalid choice: 'district'"),
        (["office", "indicators", "--from", "01/01/2026"], "needs both --from and --to"),
        (["office", "indicators", "--period", "2026", "--code", "I9"], "sxsh: --code: no indicator 'I9'\n"),
        (["office", "indicators", "--period", "2001"], "sxsh: Nothing to count for 15/12/2000 – 14/12/2001"),
    ],
)
def test_bad_indicator_requests_fail_with_one_line(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: OfficeWorld, args: list[str], message: str
) -> None:
    code, out, err = run(capsys, db_path, *args)
    assert (code, out) == (2, "")
    assert message in err and err.count("\n") == 1


def test_an_activity_is_added_listed_and_deleted(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: OfficeWorld, tmp_path: Path
) -> None:
    photo = tmp_path / "ảnh hội thảo.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    code, out, err = run(
        capsys, db_path, "activity", "add", "--task", "1.3", "--type", "awareness_event",
        "--date", "02/11/2026", "--title", "Truyền thông tại xã", "--commune", "Xã Can Lộc",
        "--cost", "12000000", "--enterprise", world.id("H5")[:8], "--person", "Lê Văn Tám",
        "--file", str(photo),
    )  # fmt: skip
    assert (code, err) == (0, "")
    activity_id = out.strip()
    code, out, _ = run(capsys, db_path, "activity", "list", "--period", "2026", "--task", "1.3")
    assert code == 0
    row = out.splitlines()[2]
    assert row.startswith(activity_id[:8]) and "02/11/2026" in row and "12.000.000" in row
    assert row.split()[-3:-1] == ["2", "1"]  # two people, one facility
    code, out, _ = run(capsys, db_path, "activity", "delete", activity_id[:10])
    assert (code, out) == (0, f"Deleted activity {activity_id}\n")


def test_an_activity_with_an_unknown_enterprise_writes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: OfficeWorld
) -> None:
    before = dump(db_path)
    code, out, err = run(
        capsys, db_path, "activity", "add", "--task", "1.1", "--type", "training", "--date", "02/11/2026",
        "--title", "Tập huấn", "--enterprise", "abcdef12",
    )  # fmt: skip
    assert (code, out) == (2, "")
    assert err == "sxsh: --enterprise: no enterprise has an id starting with 'abcdef12'\n"
    code, _, err = run(
        capsys, db_path, "activity", "add", "--task", "9", "--type", "training", "--date", "02/11/2026",
        "--title", "Tập huấn",
    )  # fmt: skip
    assert code == 2 and "invalid choice: '9'" in err
    code, _, err = run(
        capsys, db_path, "activity", "add", "--task", "1.1", "--type", "training", "--date", "31/02/2026",
        "--title", "Tập huấn",
    )  # fmt: skip
    assert code == 2 and "is not a day of the calendar" in err
    assert dump(db_path) == before


def test_an_attendance_spreadsheet_is_imported(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: OfficeWorld, tmp_path: Path
) -> None:
    workbook = Workbook()
    workbook.active.append(["Họ và tên", "Đơn vị"])
    workbook.active.append(["Võ Thị Lan", "Cơ sở H5"])
    workbook.active.append(["Đặng Văn Hùng", "HTX không có trong sổ"])
    path = tmp_path / "diem-danh.xlsx"
    workbook.save(path)
    common = ["--task", "1.1", "--type", "awareness_event", "--date", "20/11/2026", "--title", "Hội thảo"]
    code, out, _ = run(capsys, db_path, "activity", "import", str(path), *common, "--dry-run")
    assert code == 0
    assert "2 attendees, 1 matched" in out and "row 3: HTX không có trong sổ is not in the registry" in out
    before = dump(db_path)
    code, out, err = run(capsys, db_path, "activity", "import", str(path), *common)
    assert (code, out) == (2, "") and "row 3 (HTX không có trong sổ)" in err
    assert dump(db_path) == before
    code, out, _ = run(capsys, db_path, "activity", "import", str(path), *common, "--as-persons")
    assert code == 0 and len(out.strip()) == 36


def test_follow_ups_due_and_recorded(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: OfficeWorld
) -> None:
    code, out, _ = run(capsys, db_path, "followup", "due", "--today", "01/12/2026", "--json")
    assert code == 0
    assert [d["assessment_id"] for d in json.loads(out)] == []  # S1 and S3 were followed up
    before = dump(db_path)
    code, out, err = run(
        capsys, db_path, "followup", "record", world.id("S1")[:8], "--date", "01/12/2026",
        "--result", f"{world.id('sol2')[:8]}=finished",
    )  # fmt: skip
    assert (code, out) == (2, "") and "OUTCOME one of done, in_progress, abandoned, not_reported" in err
    code, _, err = run(
        capsys, db_path, "followup", "record", world.id("S1")[:8], "--date", "01/12/2026",
        "--result", f"{world.id('sol4')[:8]}=done",
    )  # fmt: skip
    assert code == 2 and "is not in this assessment" in err
    assert dump(db_path) == before
    code, out, err = run(
        capsys, db_path, "followup", "record", world.id("S1")[:8], "--date", "01/12/2026",
        "--by", "Trần Thị Bình",
        "--result", f"{world.id('sol2')[:8]}=done,savings=4500000,water=450",
    )  # fmt: skip
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, db_path, "followup", "show", world.id("S1")[:8], "--json")
    visits = json.loads(out)
    assert [v["follow_up"]["held_on"] for v in visits] == ["2026-07-20", "2026-12-01"]
    assert visits[1]["results"][0]["actual_water_m3"] == 450


def test_review_states_and_status_override(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: OfficeWorld
) -> None:
    code, _, err = run(capsys, db_path, "review", "set", world.id("S1")[:8], "rejected")
    assert code == 2 and "needs a comment" in err
    code, out, _ = run(
        capsys, db_path, "review", "set", world.id("S1")[:8], "has_issues", "--comment", "Thiếu số liệu nước"
    )
    assert (code, out) == (0, f"{world.id('S1')}: has_issues\n")
    code, out, _ = run(capsys, db_path, "review", "history", world.id("S1")[:8], "--json")
    assert [(h["state"], h["comment"]) for h in json.loads(out)] == [("has_issues", "Thiếu số liệu nước")]
    code, out, _ = run(capsys, db_path, "review", "list")
    assert world.id("S1")[:8] in out
    code, _, err = run(
        capsys, db_path, "office", "override", world.id("H5")[:8], "aware", "01/03/2026", "--reason", ""
    )
    assert code == 2 and "needs a reason" in err
    code, out, _ = run(
        capsys,
        db_path,
        "office",
        "override",
        world.id("H5")[:8],
        "aware",
        "01/03/2026",
        "--reason",
        "Biên bản",
    )
    assert code == 0
    code, out, _ = run(
        capsys, db_path, "office", "status", world.id("H5")[:8], "--as-of", "14/12/2026", "--json"
    )
    status = json.loads(out)
    assert (status["informed_on"], status["aware_on"], status["applying_on"]) == (
        "2026-03-01",
        "2026-03-01",
        None,
    )
    code, out, _ = run(
        capsys, db_path, "office", "denominator", "I1", "2026", "20", "--source", "Niên giám 2025"
    )
    assert (code, out) == (0, "I1 2026: 20 (Niên giám 2025)\n")


def test_the_office_sample_is_loaded_once(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(capsys, db_path, "office", "sample", "--facilities", "300", "--assessments", "20")
    assert code == 0 and out.startswith("Office sample ready: 300 facilities, 12 zones,")
    code, out, err = run(capsys, db_path, "office", "sample")
    assert (code, out) == (2, "") and "already" in err
