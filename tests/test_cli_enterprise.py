"""``sxsh enterprise``: exit codes, one-line messages naming the field, nothing written on error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sxsh_desktop.cli import main
from sxsh_desktop.domain.model import Enterprise
from sxsh_desktop.store.repository import Store


def run(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_added_enterprise_is_listed_searched_and_shown(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = run(
        capsys,
        db_path,
        "enterprise", "add",
        "--name", "Công ty Cổ phần Thủy sản Hà Tĩnh",
        "--short-name", "Thủy sản HT",
        "--tax-code", "30.00.109.108",
        "--commune", "Phường  Thành Sen",
        "--ownership", "non_state",
        "--employees", "120",
        "--phone", "0239 3855 123",
        "--email", "lienhe@thuysanht.vn",
    )  # fmt: skip
    assert code == 0
    new_id = out.strip()

    code, out, _ = run(capsys, db_path, "enterprise", "list", "--search", "thuy san ha tinh", "--json")
    assert code == 0
    [found] = json.loads(out)
    assert found["id"] == new_id
    assert found["tax_code"] == "3000109108"  # normalised
    assert found["commune"] == "Phường Thành Sen"
    assert found["employees"] == 120

    code, out, _ = run(capsys, db_path, "enterprise", "list", "--search", "THANH SEN")
    assert code == 0 and new_id in out and "1 of 1 enterprises" in out

    code, out, _ = run(capsys, db_path, "enterprise", "show", new_id, "--json")
    assert code == 0 and json.loads(out)["name"] == "Công ty Cổ phần Thủy sản Hà Tĩnh"


@pytest.mark.parametrize(
    ("options", "field_hint"),
    [
        (["--name", "  "], "Name is required"),
        (["--name", "Cơ sở gạch", "--tax-code", "3000109106"], "Tax code '3000109106' is not valid"),
        (["--name", "Cơ sở gạch", "--tax-code", "3000109108-0"], "Tax code"),
        (["--name", "Cơ sở gạch", "--employees", "mười"], "Employees"),
        (["--name", "Cơ sở gạch", "--employees", "-3"], "Employees"),
        (["--name", "Cơ sở gạch", "--email", "khong-co-a-cong"], "E-mail"),
        (["--name", "Cơ sở gạch", "--phone", "12"], "Phone"),
        (["--name", "Cơ sở gạch", "--sector", "gạch"], "Sector"),
        (["--name", "Cơ sở gạch", "--ownership", "private"], "--ownership"),
        (["--short-name", "no name"], "--name"),
    ],
)
def test_bad_input_exits_2_with_one_line_naming_the_field_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, options: list[str], field_hint: str
) -> None:
    code, out, err = run(capsys, db_path, "enterprise", "add", *options)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and field_hint in err
    assert not db_path.exists()  # checked before the database is even opened


def test_a_tax_code_already_registered_is_refused(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    store = Store.open(db_path)
    store.insert(Enterprise(name="Công ty TNHH Gạch Tuynel Đồng Lộc", tax_code="3001234567"))
    store.close()
    code, _, err = run(
        capsys, db_path, "enterprise", "add", "--name", "Gạch Đồng Lộc", "--tax-code", "3001234567"
    )
    assert code == 2 and "already registered to Công ty TNHH Gạch Tuynel Đồng Lộc" in err
    store = Store.open(db_path)
    assert store.count_enterprises() == 1
    store.close()


def test_an_unknown_id_is_a_clear_message(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, _, err = run(capsys, db_path, "enterprise", "show", "no-such-id")
    assert code == 2 and err.strip() == "sxsh: No enterprise with id no-such-id."


def test_list_pages_with_limit(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    from tests.factories import synthetic_registry

    store = Store.open(db_path)
    store.insert_many(synthetic_registry(120, seed=11))
    store.close()
    code, out, _ = run(capsys, db_path, "enterprise", "list", "--limit", "0", "--json")
    assert code == 0 and len(json.loads(out)) == 120
    code, out, _ = run(capsys, db_path, "enterprise", "list")
    assert code == 0 and out.strip().endswith("50 of 120 enterprises")


def test_sxsh_as_its_own_process_speaks_vietnamese_on_any_console(db_path: Path) -> None:
    environment = {
        **os.environ,
        "PYTHONIOENCODING": "ascii",
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
    }
    sxsh_enterprise = [sys.executable, "-m", "sxsh_desktop", "--db", str(db_path), "enterprise"]
    added = subprocess.run(
        [*sxsh_enterprise, "add", "--name", "HTX Nước mắm Cửa Sót", "--commune", "Xã Lộc Hà"],
        capture_output=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    listed = subprocess.run(
        [*sxsh_enterprise, "list", "--search", "cua sot"],
        capture_output=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert listed.returncode == 0
    assert "HTX Nước mắm Cửa Sót" in listed.stdout.decode("utf-8")
    refused = subprocess.run(
        [*sxsh_enterprise, "add", "--name", "Cơ sở gạch", "--tax-code", "123"],
        capture_output=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert refused.returncode == 2
    assert refused.stderr.decode("utf-8").strip().startswith("sxsh: Tax code '123' has 3 digits")
