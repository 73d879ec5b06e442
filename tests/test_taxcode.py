"""Tax codes (mã số thuế): check digit, branch codes, what users type."""

from __future__ import annotations

import pytest

from sxsh_desktop.domain.taxcode import check_digit, is_valid_tax_code, normalise_tax_code, with_check_digit
from sxsh_desktop.errors import ValidationError


@pytest.mark.parametrize("code", ["0100109106", "0101248141", "0100233488", "0314409058-002"])
def test_real_tax_codes_are_valid(code: str) -> None:
    assert normalise_tax_code(code) == code


@pytest.mark.parametrize(
    ("typed", "standard"),
    [
        ("01.00.112.437", "0100112437"),
        ("0312 68 78 78 - 001", "0312687878-001"),
        ("0312687878001", "0312687878-001"),
        ("  0100109106 ", "0100109106"),
        ("", ""),
    ],
)
def test_spaces_dots_and_dashes_typed_by_users_are_normalised(typed: str, standard: str) -> None:
    assert normalise_tax_code(typed) == standard


def test_a_wrong_check_digit_is_refused_with_the_expected_digit() -> None:
    with pytest.raises(ValidationError, match="should be 8") as caught:
        normalise_tax_code("0100233480")
    assert caught.value.field == "tax_code"


def test_nine_digits_whose_weighted_sum_is_a_multiple_of_eleven_have_no_valid_code() -> None:
    # 10 − (sum mod 11) is 10 for these starts: no digit can follow them.
    start = next(f"30{n:07d}" for n in range(1, 1000) if check_digit(f"30{n:07d}") is None)
    assert with_check_digit(start) is None
    assert not any(is_valid_tax_code(start + str(digit)) for digit in range(10))
    with pytest.raises(ValidationError, match="cannot exist"):
        normalise_tax_code(start + "0")


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("12345", "has 5 digits"),
        ("0100109106-1", "has 11 digits"),
        ("0100109106-000", "from 001 to 999"),
        ("3000000000", "no sequence number"),
        ("01001O9106", "only digits"),
        ("０１００１０９１０６", "only digits"),  # full-width digits from an IME
    ],
)
def test_malformed_codes_say_what_is_wrong(typed: str, problem: str) -> None:
    with pytest.raises(ValidationError, match=problem) as caught:
        normalise_tax_code(typed)
    assert caught.value.field == "tax_code"


def test_every_branch_of_a_valid_code_is_valid() -> None:
    assert all(is_valid_tax_code(f"0100109106-{branch:03d}") for branch in (1, 42, 999))
