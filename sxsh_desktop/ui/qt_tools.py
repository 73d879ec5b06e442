"""Running the Qt build tools that ship with PySide6 (uic, lupdate, lrelease), for the build steps."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def tool_command(name: str) -> list[str]:
    """The command that runs ``pyside6-NAME``: beside this Python first, then on PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / f"pyside6-{name}", folder / f"pyside6-{name}.exe"):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this Python environment")
    return [found]


def run_tool(name: str, *arguments: str) -> str:
    """Run a tool; a failure stops the build with the tool's own output."""
    result = subprocess.run(
        [*tool_command(name), *arguments], capture_output=True, text=True, encoding="utf-8", check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"pyside6-{name} failed:\n{result.stdout}{result.stderr}")
    return result.stdout
