"""Vietnamese tax codes (mã số thuế, MST) of enterprises and their branches.

A code is 10 digits: two for the province where it was issued (30 for Hà Tĩnh), seven of sequence
(never 0000000) and a check digit. Dependent units (branches, representative offices) have the
parent's 10 digits, a dash and three digits 001–999, written ``3001234567-001``.

The check digit: multiply the first nine digits by 31, 29, 23, 19, 17, 13, 7, 5, 3, add, and take
10 − (sum mod 11). When the sum is a multiple of 11 that gives 10, which is no digit: the tax
authority never issues such a sequence, so no code with that start is valid. (Same rule as
python-stdnum's ``vn.mst``; e.g. 0100109106 and 0101248141 check.)

Users paste codes with spaces, dots or dashes ("3001 234 567", "30.01.234.567 - 001"); those are
accepted and the code is written back in its standard form.
"""

from __future__ import annotations

import re

from sxsh_desktop.errors import ValidationError

FIELD = "tax_code"
WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
_SEPARATORS = re.compile(r"[\s.\-]+")


def check_digit(first_nine: str) -> int | None:
    """The check digit for nine digits, or None when no check digit exists (no valid code)."""
    total = sum(weight * int(digit) for weight, digit in zip(WEIGHTS, first_nine, strict=True))
    check = 10 - total % 11
    return check if check < 10 else None


def normalise_tax_code(text: str) -> str:
    """The standard form of a tax code typed by a user ("" stays ""), or ValidationError saying
    what is wrong."""
    stripped = text.strip()
    if not stripped:
        return ""
    digits = _SEPARATORS.sub("", stripped)
    if not digits.isascii() or not digits.isdigit():
        raise ValidationError(
            f"Tax code {stripped!r} may hold only digits (and a dash before a branch number).", field=FIELD
        )
    if len(digits) not in (10, 13):
        raise ValidationError(
            f"Tax code {stripped!r} has {len(digits)} digits; it must have 10, "
            "or 10 + 3 for a branch (e.g. 3001234567-001).",
            field=FIELD,
        )
    main, branch = digits[:10], digits[10:]
    if main[2:9] == "0000000":
        raise ValidationError(
            f"Tax code {stripped!r} has no sequence number (digits 3–9 are 0).", field=FIELD
        )
    expected = check_digit(main[:9])
    if expected is None:
        raise ValidationError(
            f"Tax code {stripped!r} cannot exist: its first nine digits have no check digit. "
            "Check for a typing mistake.",
            field=FIELD,
        )
    if int(main[9]) != expected:
        raise ValidationError(
            f"Tax code {stripped!r} is not valid: its check digit (10th) should be {expected}. "
            "Check for a typing mistake.",
            field=FIELD,
        )
    if branch == "000":
        raise ValidationError(f"Tax code {stripped!r}: a branch number runs from 001 to 999.", field=FIELD)
    return f"{main}-{branch}" if branch else main


def is_valid_tax_code(text: str) -> bool:
    try:
        return bool(normalise_tax_code(text))
    except ValidationError:
        return False


def with_check_digit(first_nine: str) -> str | None:
    """The full 10-digit code for nine digits (None if they can have no check digit); for tools
    and test data that make codes."""
    check = check_digit(first_nine)
    return None if check is None else first_nine + str(check)
