"""Folding and ordering Vietnamese text, as the registry search and lists rely on."""

from __future__ import annotations

import pytest

from sxsh_desktop.domain.text import fold, sort_key, words


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Hà Tĩnh", "ha tinh"),
        ("ĐỒNG LỘC", "dong loc"),
        ("đường Nguyễn Du", "duong nguyen du"),
        ("  Công ty   TNHH\tThủy sản  ", "cong ty tnhh thuy san"),
        ("Xã Kỳ Anh", "xa ky anh"),
        ("Ươm tơ Ưng Hòa", "uom to ung hoa"),
        ("Hợp tác xã Cửa Sót", "hop tac xa cua sot"),
    ],
)
def test_folding_drops_diacritics_and_case(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_folding_treats_decomposed_input_like_composed_input() -> None:
    # Text pasted from some Mac or web sources arrives decomposed (NFD).
    import unicodedata

    assert fold(unicodedata.normalize("NFD", "Hà Tĩnh Đức Thọ")) == "ha tinh duc tho"


def test_words_split_on_punctuation() -> None:
    assert words("HTX Đức-Thọ, Hà Tĩnh (chi nhánh)") == ["htx", "duc", "tho", "ha", "tinh", "chi", "nhanh"]


def test_names_sort_in_vietnamese_alphabetical_order() -> None:
    names = ["Đông Á", "Dung", "Zeta", "Ăn", "An", "Ân", "Bá", "Ba", "Bà", "Cơ sở", "Công ty", "Cổ"]
    assert sorted(names, key=sort_key) == [
        "An",
        "Ăn",
        "Ân",
        "Ba",
        "Bà",
        "Bá",
        "Cổ",
        "Công ty",
        "Cơ sở",
        "Dung",
        "Đông Á",
        "Zeta",
    ]


def test_sorting_ignores_case_and_extra_spaces() -> None:
    assert sort_key("CÔNG TY  Hà Tĩnh") == sort_key("công ty hà tĩnh")


def test_names_are_shown_as_typed_in_rich_text_and_the_report() -> None:
    from sxsh_desktop.domain.text import escape_html

    assert escape_html("Nam & Co <HT> “Đồng”") == "Nam &amp; Co &lt;HT&gt; “Đồng”"
    assert escape_html("a &amp; b") == "a &amp;amp; b"  # typed text, not markup: escaped again
