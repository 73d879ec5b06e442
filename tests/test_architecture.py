"""DESIGN.md section 9: domain, storage, calculations, reports and sync never import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "sxsh_desktop"
UI_PLACES = {"ui", "app.py"}


def _non_ui_modules() -> list[Path]:
    return [
        path
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in UI_PLACES and "migrations" not in path.parts
    ]


def _imported_names(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_outside_the_ui_imports_qt() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _non_ui_modules()
        if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in _imported_names(path))
    ]
    assert offenders == []


def test_importing_every_non_ui_module_loads_no_qt() -> None:
    modules = [
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for path in _non_ui_modules()
        if path.name != "__main__.py"
    ]
    code = (
        f"import importlib, sys\nfor m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(n for n in sys.modules if n.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# --- layers ------------------------------------------------------------------------------------
#
# ui and cli → services → domain / calc / store / reports / sync / interchange; never upward or
# sideways. Each layer below lists what it may import (besides itself); the window and the command
# line may import neither the store nor sync except where listed below, with the reason.

_COMMON = {"domain", "errors", "paths"}
LOWER_LAYERS: dict[str, set[str]] = {
    "domain": {"errors", "paths"},  # paths: where the shipped reference files are
    "calc": {"domain", "errors"},
    "store": {"domain", "errors", "paths"},
    # atomic: the one file writer, for every layer that writes files.
    "reports": {"domain", "calc", "errors", "paths", "flowchart", "atomic"},
    "interchange": {"domain", "store", "errors", "__init__", "atomic"},  # __init__: the version it writes
    "sync": {"domain", "store", "interchange", "errors", "paths", "atomic"},
    # Spreadsheets from outside (.xlsx, .xls, .csv) read within bounds into plain cells.
    "sheets": {"errors"},
    "services": {
        "atomic",
        "domain",
        "calc",
        "store",
        "reports",
        "sync",
        "interchange",
        "sheets",
        "errors",
        "paths",
        "flowchart",
        "demo",  # the sample data
    },
}
# Imports across the layers that stay, each with its reason.
ALLOWED_UPWARD: dict[tuple[str, str], str] = {}
# (module of ui/ or cli/, imported module of store/ or sync/): why the front end needs it.
ALLOWED_FRONT_END = {
    ("cli/context.py", "sxsh_desktop.store.repository"): "opens the store chosen by --db",
    ("cli/context.py", "sxsh_desktop.store.setup"): "installs the shipped reference data on first use",
    ("cli/ids.py", "sxsh_desktop.store.repository"): "type of the store that ids are looked up in",
    ("cli/sync_commands.py", "sxsh_desktop.store.repository"): "type of the store the commands use",
    ("cli/sync_commands.py", "sxsh_desktop.sync.importer"): "type of the import preview it prints",
    ("cli/sync_commands.py", "sxsh_desktop.sync.keys"): "key roles and key types it prints",
    ("cli/reference_package.py", "sxsh_desktop.store.repository"): "type of the store the commands use",
    ("cli/reference_package.py", "sxsh_desktop.sync.keys"): "key roles and key types of --to",
    ("cli/reference_package.py", "sxsh_desktop.sync.reference_package"): "the kinds of reference data "
    "(--kinds vocabulary and labels)",
    ("ui/session.py", "sxsh_desktop.store.repository"): "opens the database of the window's session",
    ("ui/session.py", "sxsh_desktop.store.setup"): "installs the shipped reference data on first use",
    ("ui/session.py", "sxsh_desktop.store.errors"): "a read-only database is offered read-only",
    ("ui/session.py", "sxsh_desktop.store.lockfile"): "one window per database: the operating system's lock",
    ("ui/main_window.py", "sxsh_desktop.store.repository"): "type of the session's store",
    ("ui/report_actions.py", "sxsh_desktop.store.repository"): "type of the store photos are read from",
    ("ui/workbench/window.py", "sxsh_desktop.store.errors"): "an assessment deleted elsewhere closes",
    ("ui/workbench/context.py", "sxsh_desktop.store.repository"): "type of the store pages read from",
    ("ui/workbench/editing.py", "sxsh_desktop.store.repository"): "type of the store it edits",
    ("ui/pages/photos.py", "sxsh_desktop.store.repository"): "reads thumbnails and photo bytes",
    ("ui/packages/actions.py", "sxsh_desktop.store.repository"): "type of the store packages use",
    ("ui/packages/actions.py", "sxsh_desktop.sync.export"): "type of the export result it shows",
    ("ui/packages/actions.py", "sxsh_desktop.sync.importer"): "types of the import preview it shows",
    ("ui/packages/conflicts_dialog.py", "sxsh_desktop.store.repository"): "type of the store",
    ("ui/packages/conflicts_dialog.py", "sxsh_desktop.sync.conflicts"): "the conflict type it lists",
    ("ui/packages/conflicts_dialog.py", "sxsh_desktop.sync.content"): "a record's label in the list",
    ("ui/packages/export_dialog.py", "sxsh_desktop.sync.export"): "types of the choices and result shown",
    ("ui/packages/export_page.py", "sxsh_desktop.sync.export"): "types of the history and result shown",
    ("ui/packages/export_page.py", "sxsh_desktop.sync.keys"): "type of the Centre's key shown",
    ("ui/packages/keys_dialog.py", "sxsh_desktop.store.repository"): "type of the store",
    ("ui/packages/keys_dialog.py", "sxsh_desktop.sync.keys"): "key roles, types and passphrase length",
    ("ui/packages/keys_dialog.py", "sxsh_desktop.sync.errors"): "a passphrase typed twice differently is "
    "the key problem the command line reports",
    ("ui/packages/preview_dialog.py", "sxsh_desktop.sync.importer"): "type of the preview shown",
    ("ui/packages/preview_dialog.py", "sxsh_desktop.sync.merge"): "kinds of change shown",
    ("ui/packages/texts.py", "sxsh_desktop.sync.keys"): "key roles translated",
    ("ui/packages/texts.py", "sxsh_desktop.sync.merge"): "kinds of change translated",
}
# Use cases that have a function in services/: the front ends call that, never these.
SERVICE_ONLY = {
    "compute_assessment": "services.outputs.compute_figures",
    "build_report": "services.outputs.write_output",
    "build_workbook": "services.outputs.write_output",
    "export_package": "services.packages.export_packages",
    "import_package": "services.packages.import_package",
    "import_document": "services.interchange.import_assessment",
    "import_reference_package": "services.packages.install_reference_package",
}


def _imports(path: Path) -> list[tuple[str, set[str]]]:
    """(module, names imported from it) for each import of a file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, set()) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, {alias.name for alias in node.names}))
    return found


def _layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "sxsh_desktop":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def _package_files() -> list[Path]:
    return [path for path in PACKAGE.rglob("*.py") if "migrations" not in path.parts]


def test_lower_layers_import_only_what_is_below_them() -> None:
    offenders = []
    for path in _package_files():
        where = path.relative_to(PACKAGE)
        layer = where.parts[0]
        if layer not in LOWER_LAYERS:
            continue
        for module, _names in _imports(path):
            target = _layer(module)
            if target is None or target == layer or target in LOWER_LAYERS[layer]:
                continue
            if (str(where), target) not in ALLOWED_UPWARD:
                offenders.append(f"{where} imports {module}")
    assert offenders == []


def test_the_window_and_the_command_line_reach_store_and_sync_only_through_services() -> None:
    offenders = []
    for path in _package_files():
        where = path.relative_to(PACKAGE)
        if where.parts[0] not in {"ui", "cli"} or "generated" in where.parts:
            continue
        other_front_end = "cli" if where.parts[0] == "ui" else "ui"
        for module, names in _imports(path):
            target = _layer(module)
            if target == other_front_end:
                offenders.append(f"{where} imports {module} (the other front end)")
            if target in {"store", "sync"} and (str(where), module) not in ALLOWED_FRONT_END:
                offenders.append(f"{where} imports {module}")
            for name in names & set(SERVICE_ONLY):
                offenders.append(f"{where} imports {name}: call {SERVICE_ONLY[name]}")
    assert offenders == []


def test_every_allowed_front_end_import_names_a_module_that_exists() -> None:
    for (where, module), reason in ALLOWED_FRONT_END.items():
        assert (PACKAGE / where).is_file(), f"{where}: {reason}"
        assert (PACKAGE.parent / Path(*module.split("."))).with_suffix(".py").is_file(), module
