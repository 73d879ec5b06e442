"""Numbers and dates for people, in Vietnamese conventions: ``1.234.567,8``, ``dd/MM/yyyy``."""

from __future__ import annotations

import math
from datetime import date

MISSING = "—"


def vn_number(value: float | None, decimals: int = 0) -> str:
    """``1234567.85`` → ``1.234.567,9`` with one decimal; ``None`` and non-finite values → ``—``."""
    if value is None or not math.isfinite(value):
        return MISSING
    text = f"{value:,.{decimals}f}"  # 1,234,567.9
    if text.startswith("-") and not any(c in "123456789" for c in text):
        text = text[1:]  # a tiny negative rounds to "0", not "-0"
    return text.translate(_SWAP_SEPARATORS)


_SWAP_SEPARATORS = str.maketrans(",.", ".,")


def vn_significant(value: float | None, digits: int = 4) -> str:
    """A number with ``digits`` significant digits at most (small specific consumptions)."""
    if value is None or not math.isfinite(value) or value == 0:
        return vn_number(value)
    decimals = max(0, min(9, digits - 1 - math.floor(math.log10(abs(value)))))
    return vn_number(value, decimals)


def vn_percent(value: float | None, decimals: int = 1) -> str:
    return MISSING if value is None else f"{vn_number(value, decimals)} %"


def vn_date(value: date | None) -> str:
    return MISSING if value is None else value.strftime("%d/%m/%Y")


def shorten(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters with an ellipsis when it is longer."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
