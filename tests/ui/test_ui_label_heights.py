"""Whole Vietnamese lines on every page at 100, 125, 150 and 200 % display scale on a 1366×768
screen: no label is laid out lower than its lines (the dot below ạ, ợ and the tails of g, p, y are
at the bottom of a line). Each scale runs in its own process (the scale is set before Qt starts)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "label_heights.py"


@pytest.mark.parametrize("scale", ["1", "1.25", "1.5", "2"])
def test_every_label_has_the_height_of_its_lines(scale: str) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(SCRIPT), scale], capture_output=True, text=True, env=environment, timeout=300
    )
    clipped = [line for line in done.stdout.splitlines() if line.startswith("clipped")]
    assert done.returncode == 0 and not clipped, "\n".join(clipped) or done.stderr[-2000:]
    assert "checked" in done.stdout.splitlines()[-1]
