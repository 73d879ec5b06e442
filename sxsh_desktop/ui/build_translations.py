"""Update the translation sources and compile them: ``python -m sxsh_desktop.ui.build_translations``.

Source strings are English; Vietnamese is a translation. The steps:

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate()`` string of the UI
   code and the Designer forms into ``resources/translations/sxsh_vi.ts`` (new strings arrive
   marked unfinished: translate them in Qt Linguist or in the XML) and the plural forms into
   ``sxsh_en.ts``;
2. ``pyside6-lrelease`` compiles every ``.ts`` there into the ``.qm`` the application loads.

``qt_vi.ts`` holds Vietnamese for Qt's own dialog strings (Qt ships no Vietnamese); it is not
touched by step 1. The ``.qm`` files are committed so that an installation needs no tools.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sxsh_desktop.ui.qt_tools import ROOT, run_tool

TRANSLATIONS_DIR = ROOT / "resources" / "translations"
APP_CATALOGUES = {"vi": "sxsh_vi.ts", "en": "sxsh_en.ts"}
SOURCE_LANGUAGE = "en"


def translatable_sources() -> list[Path]:
    """The UI modules (not the modules uic generates: their forms are read directly) and forms."""
    ui_package = ROOT / "sxsh_desktop" / "ui"
    modules = [path for path in sorted(ui_package.rglob("*.py")) if "generated" not in path.parts]
    return modules + sorted((ROOT / "forms").glob("*.ui"))


def update_catalogue(target: Path, language: str) -> None:
    """Merge the current source strings into ``target`` (strings no longer used are dropped)."""
    options = ["-no-obsolete", "-locations", "none", "-silent"]
    options += ["-source-language", SOURCE_LANGUAGE, "-target-language", language]
    if language == SOURCE_LANGUAGE:
        options.append("-pluralonly")  # English needs only its plural forms
    run_tool("lupdate", *options, *map(str, translatable_sources()), "-ts", str(target))


def compile_catalogue(source: Path, target: Path) -> None:
    run_tool("lrelease", "-silent", str(source), "-qm", str(target))


def main() -> int:
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    for language, name in APP_CATALOGUES.items():
        update_catalogue(TRANSLATIONS_DIR / name, language)
    for source in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        compile_catalogue(source, source.with_suffix(".qm"))
        print(f"{source.relative_to(ROOT)} -> {source.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
