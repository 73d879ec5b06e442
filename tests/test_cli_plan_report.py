"""``sxsh plan``, ``sxsh budget`` and the report's state commands: one line and exit 2 for a refusal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sxsh_desktop.cli import main
from sxsh_desktop.services.plans import shipped_plan_path


def test_plan_budget_and_the_lock_from_the_command_line(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(db_path)]
    assert main([*db, "plan", "load", str(shipped_plan_path())]) == 0
    out = capsys.readouterr().out
    assert "3 disagreements in the document" in out
    assert "[words_disagree]" in out and "[cited_number]" in out and "[total_excludes_source]" in out
    assert main([*db, "plan", "load", str(shipped_plan_path())]) == 2
    assert "--replace" in capsys.readouterr().err
    assert main([*db, "plan", "load", "--samples"]) == 0
    assert "MAU-2026-2030" in capsys.readouterr().out
    assert main([*db, "plan", "list", "--json"]) == 0
    listed = {p["id"]: p for p in json.loads(capsys.readouterr().out)}
    assert len(listed["HT-3210-2011"]["findings"]) == 3 and listed["MAU-2026-2030"]["findings"] == []
    line_22 = [
        "budget",
        "set",
        "--plan",
        "MAU-2026-2030",
        "--item",
        "2.2",
        "--year",
        "2026",
        "--source",
        "central",
    ]
    assert main([*db, *line_22, "--spent", "250.000.000", "--document", "98/QĐ-SCT"]) == 0
    capsys.readouterr()
    assert main([*db, "budget", "list", "--year", "2026", "--json"]) == 0
    lines = json.loads(capsys.readouterr().out)["lines"]
    line = next(x for x in lines if (x["item"], x["source"]) == ("2.2", "central"))
    assert (line["planned"], line["allocated"], line["spent"]) == (400_000_000, 300_000_000, 250_000_000)
    assert main([*db, "office", "submit", "--year", "2026", "--by", "Lê Thị Hoa"]) == 0
    capsys.readouterr()
    assert main([*db, *line_22, "--spent", "1"]) == 2
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1 and "submitted" in error and "Lê Thị Hoa" in error
    assert main([*db, "office", "unlock", "--year", "2026", "--reason", " "]) == 2
    assert "reason" in capsys.readouterr().err
    assert main([*db, "office", "unlock", "--year", "2026", "--reason", "Sửa số liệu chi"]) == 0
    assert main([*db, "office", "report-status", "--year", "2026", "--json"]) == 0
    status = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert status["state"] == "draft"
    assert [e["action"] for e in status["history"]] == ["created", "submitted", "unlocked"]
    assert main([*db, "budget", "check-support", "--cost", "120000000", "--support", "55000000"]) == 0
    assert "50,000,000 VND" in capsys.readouterr().out
