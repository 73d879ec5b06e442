"""Legacy Vietnamese text: TCVN3 and VNI to Unicode, by font or by the characters."""

from __future__ import annotations

import json

import pytest

from sxsh_desktop.domain.legacy_text import (
    TCVN3_TABLE,
    LegacyEncoding,
    convert,
    encoding_of_font,
    from_tcvn3,
    from_vni,
    guess_encoding,
)
from sxsh_desktop.paths import resources_dir


def test_the_tcvn3_table_is_the_shipped_one_made_with_iconv() -> None:
    shipped = json.loads(
        (resources_dir() / "reference" / "tcvn3_from_cp1252.json").read_text(encoding="utf-8")
    )
    assert shipped == TCVN3_TABLE and len(TCVN3_TABLE) == 126


def test_tcvn3_examples_checked_with_iconv() -> None:
    assert from_tcvn3("C«ng ty TNHH Th\u00ad¬ng m¹i Hµ TÜnh") == "Công ty TNHH Thương mại Hà Tĩnh"
    assert from_tcvn3("DANH S¸CH DOANH NGHIÖP", capitals=True) == "DANH SÁCH DOANH NGHIỆP"


@pytest.mark.parametrize(
    ("vni", "unicode"),
    [
        ("Coâng ty TNHH Thöông maïi Haø Tónh", "Công ty TNHH Thương mại Hà Tĩnh"),
        ("Ñöùc Thoï", "Đức Thọ"),
        ("Xaõ Kyø Lôïi", "Xã Kỳ Lợi"),
        ("Huyeän Ñöùc Thoï", "Huyện Đức Thọ"),
        ("Phöôøng Ñaïi Naøi", "Phường Đại Nài"),
        ("HÔÏP TAÙC XAÕ", "HỢP TÁC XÃ"),
        ("Khuyeán coâng, laøng ngheà", "Khuyến công, làng nghề"),
    ],
)
def test_vni_by_longest_match(vni: str, unicode: str) -> None:
    assert from_vni(vni) == unicode


@pytest.mark.parametrize(
    ("font", "encoding"),
    [
        (".VnTime", LegacyEncoding.TCVN3),
        (".VnArial", LegacyEncoding.TCVN3),
        (".VnTimeH", LegacyEncoding.TCVN3_CAPITALS),
        ("VNI-Times", LegacyEncoding.VNI),
        ("VNI Helve", LegacyEncoding.VNI),
        ("Times New Roman", LegacyEncoding.UNICODE),
        ("Vni", LegacyEncoding.UNICODE),
        (None, LegacyEncoding.UNICODE),
    ],
)
def test_encoding_of_font(font: str | None, encoding: LegacyEncoding) -> None:
    assert encoding_of_font(font) is encoding


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("C«ng ty TNHH Th\u00ad¬ng m¹i Hµ TÜnh", LegacyEncoding.TCVN3),
        ("X· Kú Lîi", LegacyEncoding.TCVN3),
        ("Coâng ty TNHH Thöông maïi", LegacyEncoding.VNI),
        ("Khuyeán coâng", LegacyEncoding.VNI),
        ("Công ty TNHH Thương mại Hà Tĩnh", LegacyEncoding.UNICODE),
        ("hoà bình, Nguyễn Thị Thuý", LegacyEncoding.UNICODE),
        ("Cafe 24", LegacyEncoding.UNICODE),
    ],
)
def test_guess_from_the_characters(text: str, encoding: LegacyEncoding) -> None:
    assert guess_encoding(text) is encoding


def test_unicode_text_is_never_changed() -> None:
    assert convert("Hà Tĩnh", LegacyEncoding.UNICODE) == "Hà Tĩnh"
