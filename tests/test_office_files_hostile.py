"""Files the office loads from outside (plans, administrative-unit histories, report templates):
deep nesting, a device or a pipe is refused with one line, and the database is unchanged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sxsh_desktop.cli import main
from sxsh_desktop.domain.report_template import TemplateError, read_template
from sxsh_desktop.store.repository import Store
from sxsh_desktop.store.setup import ensure_reference
from tests.sync_world import dump

DEEP = "[" * 100_000 + "]" * 100_000  # within every size bound, beyond Python's parser


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "văn phòng.sqlite3"
    store = Store.open(path)
    ensure_reference(store)  # as the command line does on first use, so that only the refusal is compared
    store.close()
    return path


@pytest.mark.parametrize("command", [["plan", "load"], ["admin-units", "load"]])
def test_deeply_nested_json_is_refused_with_one_line(
    command: list[str], database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "lồng nhau.json"
    file.write_text(DEEP, encoding="utf-8")
    before = dump(database)
    assert main(["--db", str(database), *command, str(file)]) == 2
    error = capsys.readouterr().err.strip()
    assert "nested too deeply" in error and "\n" not in error
    assert dump(database) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_given_as_an_administrative_unit_file_is_refused_not_waited_on(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "ống.json"
    os.mkfifo(pipe)
    before = dump(database)
    assert main(["--db", str(database), "admin-units", "load", str(pipe)]) == 2
    assert "is not a file" in capsys.readouterr().err
    assert dump(database) == before


def test_a_deeply_nested_template_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "mau-moi.v1.json"
    file.write_text(DEEP, encoding="utf-8")
    with pytest.raises(TemplateError, match="nested too deeply"):
        read_template(file)
