"""Report strings and number formats: both languages complete, Vietnamese and English conventions."""

from __future__ import annotations

import string
from datetime import date

import pytest

from sxsh_desktop.domain import numbers
from sxsh_desktop.domain.dates import format_date
from sxsh_desktop.reports.labels import EN, VI, Labels


def test_both_languages_have_the_same_keys_and_template_fields() -> None:
    assert VI.keys() == EN.keys()
    formatter = string.Formatter()
    for key in VI:
        vi_fields = {name for _, name, _, _ in formatter.parse(VI[key]) if name}
        en_fields = {name for _, name, _, _ in formatter.parse(EN[key]) if name}
        assert vi_fields == en_fields, key


def test_every_character_of_the_labels_and_numbers_is_in_the_embedded_fonts() -> None:
    # A character the font lacks prints as an empty box and copies out as a control character.
    from reportlab.pdfbase.ttfonts import TTFont

    from sxsh_desktop.paths import resource

    text = "".join(VI.values()) + "".join(EN.values())
    text += numbers.number(-1234.5, "vi", 1) + numbers.percent(-12.5, "en") + numbers.MISSING
    for style in ("Regular", "Bold", "Italic"):
        font = TTFont(style, str(resource("fonts", f"NotoSans-{style}.ttf")))
        missing = sorted({c for c in text if c.isprintable() and ord(c) not in font.face.charToGlyph})
        assert missing == [], (style, missing)


def test_enumeration_labels_never_fail() -> None:
    labels = Labels("vi")
    assert labels.enum("decision", "implement_now") == "Thực hiện ngay"
    assert labels.enum("decision", "something new") == "something new"
    with pytest.raises(ValueError):
        Labels("fr")


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (1234567.84, "vi", 1, "1.234.567,8"),
        (1234567.84, "en", 1, "1,234,567.8"),
        (-2500, "vi", 0, "-2.500"),
        (-0.04, "vi", 1, "0,0"),
        (None, "vi", 0, "—"),
        (float("nan"), "en", 2, "—"),
    ],
)
def test_number(value: float | None, lang: str, decimals: int, expected: str) -> None:
    assert numbers.number(value, lang, decimals) == expected


def test_quantities_money_percent_factor_date() -> None:
    assert numbers.quantity(20_000_000, "vi") == "20.000.000"
    assert numbers.quantity(0.00012, "vi") == "0,00012"
    assert numbers.quantity(12.5, "en") == "12.5"
    assert numbers.million_vnd(57_000_000, "vi") == "57,0"
    assert numbers.million_vnd(616_450_000, "en") == "616.5"
    assert numbers.percent(6.54, "vi") == "6,5 %"
    assert numbers.fraction_percent(0.125, "en") == "12.5 %"
    assert numbers.factor(0.6592, "vi") == "0,6592"
    assert numbers.factor(0.0001543, "en") == "0.0001543"
    assert numbers.factor(1000, "vi") == "1.000"
    assert format_date(date(2025, 7, 1), numbers.MISSING) == "01/07/2025"
