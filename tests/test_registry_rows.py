"""Facility-list rows: header, row kinds, values."""

from __future__ import annotations

from datetime import date

import pytest

from sxsh_desktop.domain.registry_rows import (
    RowKind,
    classify_row,
    clean_text,
    date_from_cell,
    date_from_serial,
    detect_header,
    legal_form_from_text,
    number_from_cell,
    ownership_for,
    tax_code_from_cell,
)
from sxsh_desktop.errors import ValidationError


def test_clean_text_nfc_spaces_and_invisible_characters() -> None:
    assert clean_text("  Nghie\u0323\u0302p\u00a0\u00a0 ta\u0300i\u200b \ufeff") == "Nghiệp tài"


def test_header_with_title_band_two_rows_and_numbering() -> None:
    rows = [
        ["DANH SÁCH DOANH NGHIỆP"] * 5,
        ["STT", "Tên DN", "MST", "Địa chỉ", "Địa chỉ"],
        ["STT", "Tên DN", "MST", "Xã/Phường", "Huyện/TX/TP"],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        ["1", "Công ty A", "3001234567", "Xã Tùng Ảnh", "Huyện Đức Thọ"],
    ]
    layout = detect_header(rows)
    assert layout is not None
    assert (layout.first_row, layout.last_row, layout.numbering_row, layout.data_start) == (1, 2, 3, 4)
    assert [c.title for c in layout.columns][3:] == ["Địa chỉ / Xã/Phường", "Địa chỉ / Huyện/TX/TP"]
    assert layout.mapping() == {0: "row_number", 1: "name", 2: "tax_code", 3: "commune", 4: "legacy_district"}


def test_one_row_header_is_not_joined_with_the_first_data_row() -> None:
    rows = [["Tên doanh nghiệp", "Mã số thuế"], ["Công ty A", "3001234567"]]
    layout = detect_header(rows)
    assert layout is not None and layout.data_start == 1


def test_no_header_found() -> None:
    assert detect_header([["a", "b"], ["1", "2"]]) is None


@pytest.mark.parametrize(
    ("texts", "kind", "district", "legal"),
    [
        (["I", "HUYỆN ĐỨC THỌ", "", ""], RowKind.SECTION, "Huyện Đức Thọ", ""),
        (["II. THỊ XÃ KỲ ANH"] * 4, RowKind.SECTION, "Thị xã Kỳ Anh", ""),
        (["A", "Doanh nghiệp"], RowKind.SECTION, "", "enterprise"),
        (["", "Hộ kinh doanh", ""], RowKind.SECTION, "", "household"),
        (["", "Cộng", "", "57"], RowKind.SUBTOTAL, "", ""),
        (["Tổng cộng", "", "1336"], RowKind.SUBTOTAL, "", ""),
        (["1", "Tổng công ty Khoáng sản", "3000108344"], RowKind.DATA, "", ""),
        (["2", "Công ty TNHH A", "3001234567"], RowKind.DATA, "", ""),
        (["", "", ""], RowKind.EMPTY, "", ""),
    ],
)
def test_row_kinds(texts: list[str], kind: RowKind, district: str, legal: str) -> None:
    found, section = classify_row(texts)
    assert found is kind
    if kind is RowKind.SECTION:
        assert section is not None and (section.district, section.legal_form) == (district, legal)


@pytest.mark.parametrize(
    ("name", "form", "ownership"),
    [
        ("Công ty TNHH Một thành viên Sông La", "enterprise", "non_state"),
        ("CTCP Gạch Tuynel", "enterprise", "non_state"),
        ("DNTN Minh Anh", "enterprise", "non_state"),
        ("HTX Nông nghiệp Xuân Hội", "cooperative", "cooperative"),
        ("Hộ kinh doanh Nguyễn Văn An", "household", "household"),
        ("Chi nhánh Công ty CP Hà Nội", "branch", "non_state"),
    ],
)
def test_legal_form_from_the_name(name: str, form: str, ownership: str) -> None:
    found = legal_form_from_text(name)
    assert found is not None and found[0] == form and ownership_for(form) == ownership


def test_legal_form_wording_of_a_column() -> None:
    assert ownership_for("enterprise", "Doanh nghiệp nhà nước") == "state"
    assert ownership_for("enterprise", "DN có vốn đầu tư nước ngoài") == "foreign"
    assert legal_form_from_text("Nguyễn Văn An") is None


def test_tax_codes() -> None:
    assert tax_code_from_cell(100109106) == (
        "0100109106",
        "100109106 → 0100109106 (leading zeros lost in a number cell)",
    )
    assert tax_code_from_cell(3001234567.0) == ("3001234567", "")
    assert tax_code_from_cell("30.01.234.567 - 001") == ("3001234567-001", "")
    with pytest.raises(ValidationError, match="check digit"):
        tax_code_from_cell(100109107)
    with pytest.raises(ValidationError, match="whole number"):
        tax_code_from_cell(3001234567.5)


@pytest.mark.parametrize(
    ("value", "number", "noted"),
    [
        (45, 45.0, False),
        ("1.250", 1250.0, False),
        ("1.234,5", 1234.5, False),
        ("1234.5", 1234.5, False),
        ("50 người", 50.0, True),
        ("2 tỷ", 2e9, True),
        ("", None, False),
    ],
)
def test_numbers(value: object, number: float | None, noted: bool) -> None:
    found, note = number_from_cell(value)
    assert found == number and bool(note) is noted


def test_excel_serials_in_both_systems() -> None:
    assert date_from_serial(45000) == date(2023, 3, 15)
    assert date_from_serial(45000 - 1462, date_1904=True) == date(2023, 3, 15)
    assert date_from_serial(1) == date(1900, 1, 1)
    assert date_from_serial(59) == date(1900, 2, 28)
    assert date_from_serial(61) == date(1900, 3, 1)
    assert date_from_serial(1, date_1904=True) == date(1904, 1, 2)
    with pytest.raises(ValidationError, match="never was"):
        date_from_serial(60)
    assert date_from_cell("01/02/2020") == date(2020, 2, 1)
