"""Numbers and dates for the command line, which prints Vietnamese conventions (``1.234.567,8``,
``dd/MM/yyyy``) with the formats of ``domain.numbers`` and ``domain.dates``."""

from __future__ import annotations

from datetime import date

from sxsh_desktop.domain import numbers
from sxsh_desktop.domain.dates import format_date

MISSING = numbers.MISSING


def vn_number(value: float | None, decimals: int = 0) -> str:
    """``1234567.85`` → ``1.234.567,9`` with one decimal; ``None`` and non-finite values → ``—``."""
    return numbers.number(value, "vi", decimals)


def vn_significant(value: float | None, digits: int = 4) -> str:
    """A number with ``digits`` significant digits at most (small specific consumptions)."""
    return numbers.significant(value, "vi", digits)


def vn_percent(value: float | None, decimals: int = 1) -> str:
    return numbers.percent(value, "vi", decimals)


def vn_date(value: date | None) -> str:
    return format_date(value, MISSING)


def shorten(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters with an ellipsis when it is longer."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
