"""Numbers, money, percentages and dates as the report and the command line print them.

Vietnamese: ``1.234.567,8`` and ``dd/MM/yyyy``; English: ``1,234,567.8`` and ``dd/MM/yyyy`` too
(the report's dates must read the same in both languages). ``None`` prints as an em dash, never
as "None" or "0".
"""

from __future__ import annotations

import math
from datetime import date, datetime

MISSING = "—"
MILLION = 1_000_000.0


def number(value: float | int | None, lang: str, decimals: int = 0) -> str:
    """``value`` rounded to ``decimals`` with the language's separators; -0 prints as 0."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return MISSING
    text = f"{value:,.{decimals}f}"
    if text.lstrip("-").strip("0.,") == "":
        text = text.lstrip("-")
    if lang == "vi":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    # The hyphen-minus: the embedded Noto Sans has no U+2212 (it printed as a missing glyph), and a
    # figure copied out of the PDF into a spreadsheet then reads as a negative number.
    return text


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
        decimals = 3 if magnitude >= 0.001 else 6
    text = number(value, lang, decimals)
    decimal_mark = "," if lang == "vi" else "."
    if decimal_mark in text:
        text = text.rstrip("0").rstrip(decimal_mark)
    return text


def factor(value: float | None, lang: str) -> str:
    """A reference factor with its significant digits kept (0.6592, 0.0001543, 2.625)."""
    if value is None:
        return MISSING
    text = f"{value:.6g}"
    if "e" in text:
        text = f"{value:.10f}".rstrip("0")
    whole, _, decimals = text.partition(".")
    grouped = number(int(whole), lang, 0) if whole not in ("-0", "") else "0"
    mark = "," if lang == "vi" else "."
    return f"{grouped}{mark}{decimals}" if decimals else grouped


def million_vnd(value: float | None, lang: str) -> str:
    """VND as millions (triệu đồng) with one decimal: 57.000.000 → ``57,0``."""
    return MISSING if value is None else number(value / MILLION, lang, 1)


def vnd(value: float | None, lang: str) -> str:
    return number(value, lang, 0)


def percent(value: float | None, lang: str, decimals: int = 1) -> str:
    """A percentage given in percent (6.5 → ``6,5 %``)."""
    return MISSING if value is None else f"{number(value, lang, decimals)} %"


def fraction_percent(value: float | None, lang: str, decimals: int = 1) -> str:
    """A rate given as a fraction (0.125 → ``12,5 %``), as IRR and discount rates are stored."""
    return MISSING if value is None else percent(value * 100, lang, decimals)


def day(value: date | datetime | None) -> str:
    return MISSING if value is None else value.strftime("%d/%m/%Y")
