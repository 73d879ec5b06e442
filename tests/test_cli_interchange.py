"""``sxsh demo``, ``sxsh assessment ...`` and ``sxsh reference list``: output, exit codes, and bad input
that is refused with one line and leaves the database as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sxsh_desktop.calc import compute_assessment
from sxsh_desktop.cli import main
from sxsh_desktop.demo import demo_documents
from sxsh_desktop.interchange.jsonformat import MAX_JSON_BYTES, document_to_json, dumps, loads
from sxsh_desktop.store.repository import Store
from sxsh_desktop.store.setup import ensure_reference
from tests.documents import small_document, snapshot

FISH_SAUCE, BRICKS, STEEL = (document for document, _ in demo_documents())


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    assert main(["--db", str(db_path), "demo"]) == 0
    return db_path


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_demo_loads_the_sample_once(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db_path, "demo")
    assert code == 0 and "3 assessments" in out and "Gạch tuynel Đồng Lộc" in out
    before = snapshot(db_path)
    assert run(capsys, db_path, "demo")[0] == 0
    assert snapshot(db_path) == before


def test_list_shows_every_assessment(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo_db, "assessment", "list")
    assert code == 0
    for document in (FISH_SAUCE, BRICKS, STEEL):
        assert document.assessment.id[:8] in out
    assert "18/08/2025–20/08/2025" in out
    code, out, _ = run(capsys, demo_db, "assessment", "list", "--json")
    listed = json.loads(out)
    assert {item["id"] for item in listed} == {d.assessment.id for d in (FISH_SAUCE, BRICKS, STEEL)}


def test_list_by_enterprise_prefix(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prefix = BRICKS.enterprise.id[:6]
    code, out, _ = run(capsys, demo_db, "assessment", "list", "--enterprise", prefix, "--json")
    assert code == 0
    assert [item["id"] for item in json.loads(out)] == [BRICKS.assessment.id]


def test_show_prints_the_computed_figures(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo_db, "assessment", "show", BRICKS.assessment.id[:8])
    assert code == 0
    assert BRICKS.enterprise.name in out
    assert "85.000.000" in out  # an investment, in Vietnamese number style
    assert "Payback" in out and "NPV" in out and "IRR" in out and "CO2" in out
    assert "target 5–8 %" in out


def test_show_json_carries_the_figures_of_the_calculations(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, demo_db, "assessment", "show", STEEL.assessment.id, "--json")
    assert code == 0
    shown = json.loads(out)
    store = Store.open(demo_db)
    try:
        figures = compute_assessment(store.load_document(STEEL.assessment.id), store.reference())
    finally:
        store.close()
    solutions = shown["figures"]["per_solution"]
    assert [s["payback_years"] for s in solutions] == [s.payback_years for s in figures.per_solution]
    assert [s["npv"] for s in solutions] == [s.npv for s in figures.per_solution]
    assert [s["irr"] for s in solutions] == [s.irr for s in figures.per_solution]
    counted = shown["figures"]["counted"]
    assert counted["resource_savings_pct"] == figures.counted.resource_savings_pct
    assert counted["target_status"] == figures.counted.target_status.value
    assert shown["assessment"]["id"] == STEEL.assessment.id


def test_export_to_stdout_and_to_a_file(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, demo_db, "assessment", "export-json", FISH_SAUCE.assessment.id[:8])
    assert code == 0
    exported = loads(out.encode("utf-8"))
    assert exported.assessment == FISH_SAUCE.assessment
    target = tmp_path / "xuất" / "nước mắm.json"
    target.parent.mkdir()
    code, _, err = run(
        capsys, demo_db, "assessment", "export-json", FISH_SAUCE.assessment.id, "-o", str(target)
    )
    assert code == 0 and "Wrote" in err
    assert target.read_bytes() == out.encode("utf-8")
    assert os.listdir(target.parent) == [target.name]  # no temporary file left behind


def test_export_then_import_into_another_database(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "steel.json"
    assert run(capsys, demo_db, "assessment", "export-json", STEEL.assessment.id, "-o", str(file))[0] == 0
    other = tmp_path / "office.sqlite3"
    code, out, _ = run(capsys, other, "assessment", "import-json", str(file))
    assert code == 0 and out.startswith("Added assessment")
    assert "1 photo(s) left out" in out
    code, out, _ = run(capsys, other, "assessment", "import-json", str(file))
    assert code == 0 and out.startswith("Already up to date")
    store = Store.open(other)
    try:
        imported = store.load_document(STEEL.assessment.id)
    finally:
        store.close()
    assert sorted(s.id for s in imported.solutions) == sorted(s.id for s in STEEL.solutions)
    assert imported.enterprise == STEEL.enterprise


def test_reference_list(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db_path, "reference", "list", "techniques")
    assert code == 0 and "Quản lý nội vi" in out
    code, out, _ = run(capsys, db_path, "reference", "list", "grid_factors", "--json")
    factors = {item["factor_year"]: item["t_co2_per_mwh"] for item in json.loads(out)}
    assert factors[2023] == 0.6592
    code, out, _ = run(capsys, db_path, "reference", "list", "constants")
    assert "0,0001543" in out  # TOE per kWh, with the Vietnamese decimal comma


# --- bad input ---------------------------------------------------------------------------------


def _file_with(tmp_path: Path, change: Any) -> Path:
    data = document_to_json(small_document())
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _set(path: tuple[Any, ...], value: Any) -> Any:
    def change(data: Any) -> None:
        for key in path[:-1]:
            data = data[key]
        data[path[-1]] = value

    return change


UNKNOWN = "7d0c6b0e-2b8f-4c1e-9a4e-0f0e5a1b2c3d"

BAD_FILES = {
    "newer version": (
        _set(("format_version",), 3),
        "newer format version 3; this application reads version 2",
    ),
    "wrong type": (_set(("solutions", 0, "investment"), "nhiều"), "solutions[0].investment"),
    "missing field": (lambda d: d["assessment"].pop("title"), "assessment.title: is missing"),
    "10 MB string": (
        _set(("solutions", 0, "description"), "ư" * 10 * 1024 * 1024),
        "solutions[0].description",
    ),
    "unknown reference": (_set(("causes", 0, "waste_stream_id"), UNKNOWN), "causes[0].waste_stream_id"),
    "negative quantity": (
        _set(("consumptions", 0, "yearly_quantity"), -5),
        "consumptions[0].yearly_quantity",
    ),
    "invalid uuid": (_set(("solutions", 0, "id"), "12345"), "solutions[0].id"),
    "bad date": (_set(("assessment", "start_date"), "2025-13-01"), "assessment.start_date"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_are_refused_and_nothing_changes(
    case: str, demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    change, words = BAD_FILES[case]
    file = _file_with(tmp_path, change)
    before = snapshot(demo_db)
    code, out, err = run(capsys, demo_db, "assessment", "import-json", str(file))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("sxsh: ") and words in err
    assert snapshot(demo_db) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"format": "sxsh-assessment", "format_version": 1, "enterprise": {', "not valid JSON"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b"42", "must hold a JSON object"),
    ],
)
def test_unreadable_files_are_refused(
    content: bytes, words: str, demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "bad.json"
    file.write_bytes(content)
    before = snapshot(demo_db)
    code, _, err = run(capsys, demo_db, "assessment", "import-json", str(file))
    assert code == 2 and words in err
    assert snapshot(demo_db) == before


def test_a_file_over_the_cap_is_refused_without_reading_it(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "huge.json"
    with file.open("wb") as stream:
        stream.truncate(MAX_JSON_BYTES + 1)  # sparse: costs no disk space
    before = snapshot(demo_db)
    code, _, err = run(capsys, demo_db, "assessment", "import-json", str(file))
    assert code == 2 and "files over 50 MB are refused" in err
    assert snapshot(demo_db) == before


def test_an_older_version_of_a_stored_assessment_is_refused(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.open(demo_db)
    try:
        store.update(type(BRICKS.assessment), BRICKS.assessment.id, title="Đã sửa tại văn phòng")
    finally:
        store.close()
    file = tmp_path / "old.json"
    file.write_bytes(dumps(BRICKS))
    before = snapshot(demo_db)
    code, _, err = run(capsys, demo_db, "assessment", "import-json", str(file))
    assert code == 2 and "nothing was imported" in err
    assert snapshot(demo_db) == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["assessment", "show", "xyz"], "ID: 'xyz' is not an id"),
        (["assessment", "show", "ffff"], "no assessment has an id starting with 'ffff'"),
        (["assessment", "show", "0"], "several assessments have ids starting with '0'"),
        (["assessment", "show"], "the following arguments are required: ID"),
        (["assessment", "export-json", "06", "-o", "/no/such/folder/x.json"], "-o: the folder"),
        (["assessment", "import-json", "/no/such/file.json"], "FILE: /no/such/file.json does not exist"),
        (["assessment", "list", "--enterprise", "fff"], "--enterprise: no enterprise"),
        (["assessment", "frobnicate"], "invalid choice: 'frobnicate'"),
        (["reference", "list", "planets"], "argument KIND: invalid choice: 'planets'"),
    ],
)
def test_bad_arguments_are_refused_in_one_line(
    args: list[str], words: str, demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.open(demo_db)
    try:
        ensure_reference(store)
        other = small_document()  # its ids start with "0", like the fish-sauce assessment's
        other.photos = []
        store.save_document(other)
    finally:
        store.close()
    before = snapshot(demo_db)
    code, out, err = run(capsys, demo_db, *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and words in err
    assert snapshot(demo_db) == before


def test_a_folder_given_as_file_is_refused(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, demo_db, "assessment", "import-json", str(tmp_path))
    assert code == 2 and "is not a file" in err
    code, _, err = run(capsys, demo_db, "assessment", "export-json", "06", "-o", str(tmp_path))
    assert code == 2 and "is a folder" in err


def test_the_installed_entry_point_runs(tmp_path: Path) -> None:
    db = tmp_path / "Dữ liệu" / "sxsh.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    command = [sys.executable, "-m", "sxsh_desktop", "--db", str(db)]
    done = subprocess.run([*command, "demo"], capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(
        [*command, "assessment", "list", "--json"], capture_output=True, env=env, timeout=120
    )
    assert listed.returncode == 0
    assert len(json.loads(listed.stdout.decode("utf-8"))) == 3
    refused = subprocess.run(
        [*command, "assessment", "show", "zz"], capture_output=True, env=env, timeout=120
    )
    assert refused.returncode == 2 and refused.stderr.decode("utf-8").startswith("sxsh: ID:")
