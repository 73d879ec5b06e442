"""Compile the Designer forms in ``forms/`` into ``sxsh_desktop/ui/generated/`` (run after editing
a form): ``python -m sxsh_desktop.ui.build_forms``. The generated modules are committed, so the
application needs no tool at run time and PyInstaller bundles them like any other module.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sxsh_desktop.ui.qt_tools import ROOT, run_tool

FORMS_DIR = ROOT / "forms"
GENERATED_DIR = ROOT / "sxsh_desktop" / "ui" / "generated"
HEADER_MARKER = "################################################################################"


def generated_name(form: Path) -> str:
    return f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    """The Python source uic makes of ``form``, without its header (it names the uic version)."""
    return strip_header(run_tool("uic", "-g", "python", str(form)))


def strip_header(source: str) -> str:
    lines = source.splitlines(keepends=True)
    markers = [i for i, line in enumerate(lines) if line.startswith(HEADER_MARKER)]
    if len(markers) >= 2:
        lines = lines[markers[1] + 1 :]
    return (
        "# Generated from forms/ by `python -m sxsh_desktop.ui.build_forms`: edit the .ui file.\n"
        + "".join(lines).lstrip("\n")
    )


def main() -> int:
    GENERATED_DIR.mkdir(parents=True, exist_ok=True)
    (GENERATED_DIR / "__init__.py").write_text('"""Modules compiled from forms/*.ui."""\n', encoding="utf-8")
    for form in sorted(FORMS_DIR.glob("*.ui")):
        target = GENERATED_DIR / generated_name(form)
        target.write_text(compile_form(form), encoding="utf-8")
        print(f"{form.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
