"""Compile the Designer forms in ``forms/`` into ``sxsh_desktop/ui/generated/`` (run after editing
a form): ``python -m sxsh_desktop.ui.build_forms``. The generated modules are committed, so the
application needs no tool at run time and PyInstaller bundles them like any other module.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from sxsh_desktop.ui.qt_tools import ROOT, run_tool

FORMS_DIR = ROOT / "forms"
GENERATED_DIR = ROOT / "sxsh_desktop" / "ui" / "generated"
HEADER_MARKER = "################################################################################"


def generated_name(form: Path) -> str:
    return f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    """The Python source uic makes of ``form``, without its header (it names the uic version) and
    importing only the Qt classes it uses."""
    return keep_used_imports(strip_header(run_tool("uic", "-g", "python", str(form))))


def keep_used_imports(source: str) -> str:
    """``source`` with each ``from … import …`` cut down to the names the module uses.

    uic imports some forty Qt classes into every form whatever it holds; importing a PySide class
    builds all of its enumerations, which for unused ones (``QGradient``'s presets, ``QPalette``,
    ``QPainter``…) costs milliseconds on every start."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for statement in reversed(tree.body):
        if not isinstance(statement, ast.ImportFrom) or statement.end_lineno is None:
            continue
        names = [alias.name for alias in statement.names if (alias.asname or alias.name) in used]
        kept = [f"from {statement.module} import {', '.join(names)}\n"] if names else []
        lines[statement.lineno - 1 : statement.end_lineno] = kept
    return "".join(lines)


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
