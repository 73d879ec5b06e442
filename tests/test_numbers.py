"""Number and date entry as Vietnamese and English users type them."""

from __future__ import annotations

from datetime import date

import pytest

from sxsh_desktop.domain.dates import DateEntryError, DateProblem, format_date, parse_date
from sxsh_desktop.domain.numbers import (
    NumberEntryError,
    NumberProblem,
    format_for_editing,
    format_number,
    parse_number,
    significant_decimals,
)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("1.234.567,8", "vi", 1234567.8),
        ("1,234,567.8", "en", 1234567.8),
        ("1234,5", "vi", 1234.5),
        ("1234.5", "vi", 1234.5),  # plain decimal point typed on a Vietnamese system
        ("1234,5", "en", 1234.5),
        ("1234.5", "en", 1234.5),
        ("1.500", "vi", 1500.0),  # Vietnamese thousands
        ("1,500", "en", 1500.0),
        ("1,5", "vi", 1.5),
        ("1.5", "en", 1.5),
        ("0.500", "vi", 0.5),  # a leading zero is never a thousands group
        ("1,234,567", "vi", 1234567.0),  # repeated: grouping whichever the sign
        ("1.234,5", "en", 1234.5),  # both signs: the last one is the decimal
        ("1 234 567", "vi", 1234567.0),
        ("1\u00a0234,5", "vi", 1234.5),
        ("-12,5", "vi", -12.5),
        (",5", "vi", 0.5),
        ("  42  ", "vi", 42.0),
        ("-0", "vi", 0.0),
    ],
)
def test_parses_numbers_as_people_type_them(text: str, language: str, expected: float) -> None:
    assert parse_number(text, language) == pytest.approx(expected)


def test_empty_entry_clears_the_value() -> None:
    assert parse_number("   ", "vi") is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("12 kg", NumberProblem.LETTERS),
        ("abc", NumberProblem.LETTERS),
        ("1e5", NumberProblem.LETTERS),
        ("12%", NumberProblem.CHARACTERS),
        ("1,2,3", NumberProblem.FORMAT),
        ("1.23.4", NumberProblem.FORMAT),
        ("1.2,5", NumberProblem.FORMAT),
        ("--5", NumberProblem.FORMAT),
        (".", NumberProblem.FORMAT),
        ("1" * 20, NumberProblem.TOO_LARGE),
    ],
)
def test_refuses_what_is_not_a_number_with_the_reason(text: str, reason: NumberProblem) -> None:
    with pytest.raises(NumberEntryError) as raised:
        parse_number(text, "vi")
    assert raised.value.reason == reason
    assert text in raised.value.message


def test_refuses_negative_and_fractional_values_where_they_make_no_sense() -> None:
    with pytest.raises(NumberEntryError) as negative:
        parse_number("-5", "vi", allow_negative=False)
    assert negative.value.reason == NumberProblem.NEGATIVE
    with pytest.raises(NumberEntryError) as fraction:
        parse_number("2,5", "vi", integer=True)
    assert fraction.value.reason == NumberProblem.NOT_INTEGER
    assert parse_number("0", "vi", allow_negative=False) == 0.0
    assert parse_number("1.000", "vi", integer=True) == 1000.0


@pytest.mark.parametrize(
    ("value", "language", "kwargs", "expected"),
    [
        (1234567.8, "vi", {}, "1.234.567,8"),
        (1234567.8, "en", {}, "1,234,567.8"),
        (1234567.891, "vi", {"decimals": 0}, "1.234.568"),
        (0.5, "vi", {"decimals": 2}, "0,50"),
        (-1500.0, "vi", {}, "-1.500"),
        (-0.001, "vi", {}, "0"),
        (12.0, "en", {}, "12"),
        (None, "vi", {}, ""),
    ],
)
def test_formats_numbers_in_the_language(
    value: float | None, language: str, kwargs: dict, expected: str
) -> None:
    assert format_number(value, language, **kwargs) == expected


@pytest.mark.parametrize("value", [0.1, 1234567.125, 1e-7, 3.0, 2.5e14, -17.25])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_editing_text_reads_back_to_the_same_value(value: float, language: str) -> None:
    assert parse_number(format_for_editing(value, language), language) == pytest.approx(value, rel=1e-12)


def test_dates_are_typed_day_first() -> None:
    assert parse_date("15/12/2025") == date(2025, 12, 15)
    assert parse_date("1.7.2025") == date(2025, 7, 1)
    assert parse_date("2025-07-01") == date(2025, 7, 1)
    assert parse_date("") is None
    assert format_date(date(2025, 7, 1)) == "01/07/2025"
    with pytest.raises(DateEntryError) as no_day:
        parse_date("31/02/2025")
    assert no_day.value.reason == DateProblem.NO_SUCH_DAY
    with pytest.raises(DateEntryError) as wrong:
        parse_date("tomorrow")
    assert wrong.value.reason == DateProblem.FORMAT


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.00044, "0,00044"), (0.161, "0,161"), (12.5, "12,5"), (1350.0, "1.350"), (0.0, "0"), (None, "")],
)
def test_small_specific_consumption_keeps_its_significant_digits(value: float | None, expected: str) -> None:
    assert format_number(value, "vi", max_decimals=significant_decimals(value)) == expected


@pytest.mark.parametrize("value", [1234567.85, -2500.0, -0.04, 0.0, 57_000_000.0, 0.000441])
@pytest.mark.parametrize("decimals", [0, 1, 3])
def test_the_window_the_report_and_the_command_line_write_a_figure_alike(value: float, decimals: int) -> None:
    from sxsh_desktop.cli.formatting import vn_date, vn_number
    from sxsh_desktop.domain import numbers

    for language in ("vi", "en"):
        shown = format_number(value, language, decimals=decimals)
        assert numbers.number(value, language, decimals) == shown
    assert vn_number(value, decimals) == format_number(value, "vi", decimals=decimals)
    assert vn_date(date(2025, 7, 1)) == format_date(date(2025, 7, 1)) == "01/07/2025"
