"""Typing and printing numbers the way Vietnamese and English users write them: the one place
where the window, the report, the workbook and the command line get their number formats.

Vietnamese writes ``1.234.567,8`` (dot groups thousands, comma marks decimals); English writes
``1,234,567.8``. People also type plain ``1234,5`` or ``1234.5`` whatever the language, so the
parser accepts those too: a separator is read as a thousands separator only when it can be one
(the language's grouping sign followed by exactly three digits, or repeated in groups of three).

Errors are ``NumberEntryError`` with a stable ``reason`` that the UI translates; the English
message is a fallback for the command line.
"""

from __future__ import annotations

import math
import re
from enum import StrEnum

from sxsh_desktop.errors import ValidationError

# Spaces people use to group digits: space, no-break space, narrow no-break space, thin space.
_GROUP_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


class NumberProblem(StrEnum):
    LETTERS = "letters"  # "12 kg", "abc"
    CHARACTERS = "characters"  # any other sign that has no place in a number
    FORMAT = "format"  # separators in impossible places: "1,2,3", "1.23.4", "--5"
    NEGATIVE = "negative"  # below zero where only zero or more makes sense
    NOT_INTEGER = "not_integer"  # a fraction where a whole number is needed
    TOO_LARGE = "too_large"


class NumberEntryError(ValidationError):
    code = "invalid_number"

    def __init__(self, reason: NumberProblem, text: str) -> None:
        messages = {
            NumberProblem.LETTERS: f"{text!r} is not a number: it contains letters.",
            NumberProblem.CHARACTERS: f"{text!r} is not a number: it contains signs a number cannot have.",
            NumberProblem.FORMAT: f"{text!r} is not a number: the separators are not in valid places.",
            NumberProblem.NEGATIVE: f"{text!r} is negative; only zero or more makes sense here.",
            NumberProblem.NOT_INTEGER: f"{text!r} is not a whole number.",
            NumberProblem.TOO_LARGE: f"{text!r} is too large.",
        }
        super().__init__(messages[reason])
        self.reason = reason
        self.text = text


def separators(language: str) -> tuple[str, str]:
    """(decimal separator, thousands separator) of a language ("vi" or "en")."""
    return (".", ",") if language == "en" else (",", ".")


def parse_number(
    text: str,
    language: str = "vi",
    *,
    allow_negative: bool = True,
    integer: bool = False,
    maximum: float = 1e15,
) -> float | None:
    """The number typed in ``text``; ``None`` for an empty entry (the field is cleared).

    Raises ``NumberEntryError`` with the reason when ``text`` is not a number that fits.
    """
    original = text
    cleaned = _GROUP_SPACES.sub("", text.strip())
    if not cleaned:
        return None
    sign = 1.0
    if cleaned[0] in "+-\u2212":
        sign = -1.0 if cleaned[0] in "-\u2212" else 1.0
        cleaned = cleaned[1:]
    if any(ch.isalpha() for ch in cleaned):
        raise NumberEntryError(NumberProblem.LETTERS, original)
    if not cleaned or any(not (ch.isdigit() and ch.isascii()) and ch not in ".," for ch in cleaned):
        problem = NumberProblem.FORMAT if not cleaned or cleaned[0] in "+-" else NumberProblem.CHARACTERS
        raise NumberEntryError(problem, original)
    value = sign * _unsigned(cleaned, language, original)
    if not math.isfinite(value) or abs(value) > maximum:
        raise NumberEntryError(NumberProblem.TOO_LARGE, original)
    if value < 0 and not allow_negative:
        raise NumberEntryError(NumberProblem.NEGATIVE, original)
    if integer and value != int(value):
        raise NumberEntryError(NumberProblem.NOT_INTEGER, original)
    return value + 0.0  # -0.0 prints as 0


def _unsigned(digits: str, language: str, original: str) -> float:
    _, group_sign = separators(language)
    dots, commas = digits.count("."), digits.count(",")
    if not digits.strip(".,"):
        raise NumberEntryError(NumberProblem.FORMAT, original)
    if dots and commas:
        # Both signs: the last one is the decimal separator and appears once; the other groups.
        decimal = "." if digits.rfind(".") > digits.rfind(",") else ","
        whole, _, fraction = digits.rpartition(decimal)
        if not _is_grouped(whole) or not fraction.isdigit():
            raise NumberEntryError(NumberProblem.FORMAT, original)
        return float(_digits_only(whole) + "." + fraction)
    if not dots and not commas:
        return float(digits)
    separator = "." if dots else ","
    count = dots or commas
    if count > 1:
        if not _is_grouped(digits):
            raise NumberEntryError(NumberProblem.FORMAT, original)
        return float(_digits_only(digits))
    whole, _, fraction = digits.partition(separator)
    if separator == group_sign and _is_grouped(digits) and whole != "0":
        return float(whole + fraction)
    if fraction and not fraction.isdigit():
        raise NumberEntryError(NumberProblem.FORMAT, original)
    return float((whole or "0") + "." + (fraction or "0"))


def _is_grouped(text: str) -> bool:
    return text.isdigit() or bool(_GROUPED.fullmatch(text) and len({c for c in text if c in ".,"}) == 1)


def _digits_only(text: str) -> str:
    return text.replace(".", "").replace(",", "")


MISSING = "—"  # what a report, a table or the command line shows for a figure that is not there
MILLION = 1_000_000.0


def _fixed(value: float, language: str, decimals: int, *, grouping: bool = True) -> str:
    """``value`` rounded to ``decimals`` with the language's separators; -0 prints as 0.

    The minus is the hyphen-minus: the report's embedded Noto Sans has no U+2212 (it printed as a
    missing glyph), and a figure copied out of the PDF into a spreadsheet then reads as a negative."""
    text = f"{value:,.{decimals}f}"  # 1,234,567.9
    if text.startswith("-") and not any(c in "123456789" for c in text):
        text = text[1:]  # a tiny negative rounds to "0", not "-0"
    decimal_sign, group_sign = separators(language)
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", group_sign if grouping else "")
    return whole + (decimal_sign + fraction if fraction else "")


def format_number(
    value: float | None,
    language: str = "vi",
    *,
    decimals: int | None = None,
    max_decimals: int = 2,
    grouping: bool = True,
) -> str:
    """``value`` as the language writes it; ``""`` for ``None``.

    ``decimals`` fixes the number of decimals; otherwise up to ``max_decimals`` are shown and
    trailing zeros dropped (``1234.5`` → ``1.234,5`` in Vietnamese).
    """
    if value is None:
        return ""
    if not math.isfinite(value):
        return MISSING
    text = _fixed(value, language, decimals if decimals is not None else max_decimals, grouping=grouping)
    decimal_sign, _ = separators(language)
    if decimals is None and decimal_sign in text:
        text = text.rstrip("0").rstrip(decimal_sign)
    return text


# --- figures as the report, the workbook and the command line print them --------------------------
# ``None`` prints as an em dash, never as "None" or "0".


def number(value: float | int | None, lang: str, decimals: int = 0) -> str:
    """``value`` rounded to ``decimals`` with the language's separators; -0 prints as 0."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return MISSING
    return _fixed(value, lang, decimals)


def quantity(value: float | int | None, lang: str) -> str:
    """A measured quantity with as many decimals as it needs (at most 3 for small values)."""
    if value is None:
        return MISSING
    magnitude = abs(value)
    if magnitude >= 1000 or float(value).is_integer():
        decimals = 0
    elif magnitude >= 10:
        decimals = 1
    elif magnitude >= 0.1:
        decimals = 2
    else:
        # Three significant digits: 0.0015 t per piece prints 0,0015, never 0,002.
        decimals = significant_decimals(value, 3, most=9)
    return format_number(value, lang, max_decimals=decimals)


def significant(value: float | None, lang: str, digits: int = 4) -> str:
    """A number with ``digits`` significant digits at most (small specific consumptions)."""
    return number(value, lang, significant_decimals(value, digits, most=9))


def factor(value: float | None, lang: str) -> str:
    """A reference factor with its significant digits kept (0.6592, 0.0001543, 2.625)."""
    if value is None:
        return MISSING
    text = f"{value:.6g}"
    if "e" in text:
        text = f"{value:.10f}".rstrip("0")
    whole, _, decimals = text.partition(".")
    grouped = number(int(whole), lang, 0) if whole not in ("-0", "") else "0"
    mark, _ = separators(lang)
    return f"{grouped}{mark}{decimals}" if decimals else grouped


def million_vnd(value: float | None, lang: str) -> str:
    """VND as millions (triệu đồng) with one decimal: 57.000.000 → ``57,0``."""
    return MISSING if value is None else number(value / MILLION, lang, 1)


def vnd(value: float | None, lang: str) -> str:
    return number(value, lang, 0)


def percent(value: float | None, lang: str, decimals: int = 1) -> str:
    """A percentage given in percent (6.5 → ``6,5 %``)."""
    return MISSING if value is None else f"{number(value, lang, decimals)} %"


# Beyond these a figure says nothing more precise: a payback of nine days is "< 0,1" year, the IRR
# of an option that costs next to nothing "> 1.000 %".
SHORTEST_YEARS = 0.1
LARGEST_RATE = 10.0  # as a fraction: 1,000 %


def years(value: float | None, lang: str, decimals: int = 1) -> str:
    """A payback in years: ``< 0,1`` below a tenth of a year (but not 0), else rounded."""
    if value is None or not math.isfinite(value):
        return MISSING
    if 0 < value < SHORTEST_YEARS:
        return f"< {number(SHORTEST_YEARS, lang, 1)}"
    return number(value, lang, decimals)


def rate(value: float | None, lang: str, decimals: int = 1) -> str:
    """A rate given as a fraction, capped for printing: above 1,000 % it is ``> 1.000 %``."""
    if value is None or not math.isfinite(value):
        return MISSING
    if value > LARGEST_RATE:
        return f"> {percent(LARGEST_RATE * 100, lang, 0)}"
    return fraction_percent(value, lang, decimals)


def fraction_percent(value: float | None, lang: str, decimals: int = 1) -> str:
    """A rate given as a fraction (0.125 → ``12,5 %``), as IRR and discount rates are stored."""
    return MISSING if value is None else percent(value * 100, lang, decimals)


def format_for_editing(value: float | None, language: str = "vi") -> str:
    """``value`` with every significant decimal and no grouping, so that editing loses nothing."""
    if value is None:
        return ""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    decimal_sign, _ = separators(language)
    text = repr(float(value))
    if "e" in text or "E" in text:
        text = f"{value:.12f}".rstrip("0").rstrip(".")
    return text.replace(".", decimal_sign)


def significant_decimals(value: float | None, digits: int = 3, most: int = 6) -> int:
    """Decimals that show ``digits`` significant digits of a small value (0.00044 → 6, 12.5 → 1),
    so that a specific consumption below one does not print as 0."""
    if value is None or value == 0 or not math.isfinite(value):
        return 0
    magnitude = math.floor(math.log10(abs(value)))
    return max(0, min(most, digits - 1 - magnitude))
