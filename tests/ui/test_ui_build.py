"""The committed build outputs match their sources: compiled forms and translation catalogues."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from sxsh_desktop.ui import build_forms, build_translations

TRANSLATIONS = build_translations.TRANSLATIONS_DIR
# Strings that are the same in Vietnamese: names and notation.
SAME_IN_VIETNAMESE = {"SXSH Desktop", "Email", "{year}: {value} tCO₂/MWh", "OK", "&OK", "IRR", "t/m³"}


@pytest.mark.parametrize("form", sorted(build_forms.FORMS_DIR.glob("*.ui")), ids=lambda p: p.name)
def test_compiled_forms_are_up_to_date(form: Path) -> None:
    generated = build_forms.GENERATED_DIR / build_forms.generated_name(form)
    assert generated.read_text(encoding="utf-8") == build_forms.compile_form(form), (
        f"{generated.name} is out of date: run python -m sxsh_desktop.ui.build_forms"
    )


def test_catalogues_hold_every_string_of_the_sources(tmp_path: Path) -> None:
    for language, name in build_translations.APP_CATALOGUES.items():
        updated = tmp_path / name
        shutil.copy(TRANSLATIONS / name, updated)
        build_translations.update_catalogue(updated, language)
        assert updated.read_text(encoding="utf-8") == (TRANSLATIONS / name).read_text(encoding="utf-8"), (
            f"{name} misses strings or keeps old ones: run python -m sxsh_desktop.ui.build_translations"
        )


def _messages(catalogue: Path) -> list[tuple[str, str, ElementTree.Element]]:
    root = ElementTree.parse(catalogue).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("name", ["sxsh_vi.ts", "sxsh_en.ts", "qt_vi.ts"])
def test_every_string_is_translated(name: str) -> None:
    unfinished = []
    for context, source, message in _messages(TRANSLATIONS / name):
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(forms):
            unfinished.append(f"{context}: {source}")
        elif name.endswith("_vi.ts") and forms == [source] and source not in SAME_IN_VIETNAMESE:
            unfinished.append(f"{context}: {source} (left in English)")
    assert unfinished == []


def test_vietnamese_keeps_every_placeholder_of_the_english() -> None:
    import re

    placeholder = re.compile(r"\{\w+\}|%L?n|%\d")
    for context, source, message in _messages(TRANSLATIONS / "sxsh_vi.ts"):
        translation = message.find("translation")
        texts = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        for text in texts:
            assert sorted(placeholder.findall(text)) == sorted(placeholder.findall(source)), (context, source)


def test_compiled_catalogues_are_up_to_date(tmp_path: Path) -> None:
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        compiled = tmp_path / source.with_suffix(".qm").name
        build_translations.compile_catalogue(source, compiled)
        assert compiled.read_bytes() == source.with_suffix(".qm").read_bytes(), (
            f"{compiled.name} is out of date: run python -m sxsh_desktop.ui.build_translations"
        )


def test_compiled_forms_import_only_the_qt_classes_they_use() -> None:
    source = (
        "from PySide6.QtCore import (QCoreApplication, QDate,\n"
        "    QMetaObject, Qt)\n"
        "from PySide6.QtGui import (QBrush, QGradient)\n"
        "\n"
        "class Ui_Form(object):\n"
        "    def setupUi(self, Form):\n"
        "        Form.setAlignment(Qt.AlignmentFlag.AlignLeft)\n"
        "        QMetaObject.connectSlotsByName(Form)\n"
        "        Form.setWindowTitle(QCoreApplication.translate('Form', 'QDate'))\n"
    )
    kept = build_forms.keep_used_imports(source)
    assert kept.splitlines()[:2] == ["from PySide6.QtCore import QCoreApplication, QMetaObject, Qt", ""]
    assert kept.endswith(source.split("\n\n", 1)[1])
