"""Typing and printing dates as Vietnamese users write them: ``dd/MM/yyyy``, in both languages
(DESIGN.md section 1). The one place where the window, the report, the workbook and the command
line get their date format."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from sxsh_desktop.errors import ValidationError

_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class DateProblem(StrEnum):
    FORMAT = "format"  # not day/month/year
    NO_SUCH_DAY = "no_such_day"  # 31/02/2025


class DateEntryError(ValidationError):
    code = "invalid_date"

    def __init__(self, reason: DateProblem, text: str) -> None:
        messages = {
            DateProblem.FORMAT: f"{text!r} is not a date; write it as day/month/year, e.g. 15/12/2025.",
            DateProblem.NO_SUCH_DAY: f"{text!r} is not a day of the calendar.",
        }
        super().__init__(messages[reason])
        self.reason = reason
        self.text = text


def parse_date(text: str) -> date | None:
    """A date typed as ``dd/MM/yyyy`` (also with ``.`` or ``-``) or ISO ``yyyy-MM-dd``; ``None``
    for an empty entry."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if match := _DAY_FIRST.fullmatch(cleaned):
        day, month, year = (int(part) for part in match.groups())
    elif match := _ISO.fullmatch(cleaned):
        year, month, day = (int(part) for part in match.groups())
    else:
        raise DateEntryError(DateProblem.FORMAT, text)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateEntryError(DateProblem.NO_SUCH_DAY, text) from None


def format_date(value: date | None, missing: str = "") -> str:
    """``value`` (a date, or the day of a date-time) as ``dd/MM/yyyy``; ``missing`` for ``None``
    (the report and the command line show an em dash, an entry field shows nothing)."""
    return value.strftime("%d/%m/%Y") if value is not None else missing
