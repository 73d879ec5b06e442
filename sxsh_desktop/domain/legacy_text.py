"""Legacy Vietnamese encodings in spreadsheets: TCVN3 (TCVN 5712, fonts ``.VnTime`` …) and VNI (fonts
``VNI-Times`` …), converted to Unicode.

Before Unicode, Vietnamese was typed in 8-bit fonts: the bytes are Windows-1252 characters and the
font draws them as Vietnamese letters. Excel keeps the characters, so a cell typed in ``.VnTime``
reads as "C«ng ty TNHH Th­¬ng m¹i" and means "Công ty TNHH Thương mại". Which encoding a cell is in
is told by its font, per cell (a Unicode title above a TCVN3 body is common):

- ``.Vn…`` is TCVN3; ``.Vn…H`` (``.VnTimeH``, ``.VnArialH``) is the capitals-only font, where the
  lower-case code points draw capitals;
- ``VNI-…`` / ``VNI …`` is VNI, where an accented letter is its base letter plus one or two
  modifier characters (``Coâng ty`` = "Công ty").

Where there is no font (CSV), ``guess_encoding`` looks at the characters; a guess is only a
proposal: the importer shows the before and after and asks.

The TCVN3 table is ``resources/reference/tcvn3_from_cp1252.json`` (126 characters, made with glibc
``iconv -f TCVN5712-1``); a test checks that the copy here equals it. The VNI table follows the
VNI Windows layout (base, then sắc Ù, huyền Ø, hỏi Û, ngã Õ, nặng Ï; â Â Á À Å Ã Ä; ă Ê É È Ú Ü Ë;
ơ Ô, ư Ö, đ Ñ; i and y have single letters Í Ì Æ Ó Ò and Î).
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class LegacyEncoding(StrEnum):
    UNICODE = "unicode"
    TCVN3 = "tcvn3"
    TCVN3_CAPITALS = "tcvn3_capitals"  # .VnTimeH and other capitals-only TCVN3 fonts
    VNI = "vni"


# TCVN3 seen through Windows-1252 (the five bytes 1252 leaves undefined appear as U+0081 …) → Unicode.
_TCVN3_FROM = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ¡¢£¤¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüþÿ"  # noqa: E501
_TCVN3_TO = "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨĂÂÊÔƠƯĐăâêôơưđẶ̀̀̉̃́àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹỵỐ"  # noqa: E501
TCVN3_TABLE: dict[str, str] = dict(zip(_TCVN3_FROM, _TCVN3_TO, strict=True))
_TCVN3_TRANSLATION = str.maketrans(TCVN3_TABLE)


def _vni_table() -> dict[str, str]:
    """VNI sequences (as Windows-1252 characters) → Unicode letters, capitals and small letters."""
    tones = ("", "Ù", "Ø", "Û", "Õ", "Ï")  # none, sắc, huyền, hỏi, ngã, nặng
    tones_hat = ("Â", "Á", "À", "Å", "Ã", "Ä")  # â with: none, sắc, huyền, hỏi, ngã, nặng
    tones_breve = ("Ê", "É", "È", "Ú", "Ü", "Ë")  # ă with the same tones
    marks = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
    capitals: dict[str, str] = {}
    for base, vni_base in (
        ("A", "A"),
        ("E", "E"),
        ("O", "O"),
        ("U", "U"),
        ("Y", "Y"),
        ("Ơ", "Ô"),
        ("Ư", "Ö"),
    ):
        for tone, mark in zip(tones, marks, strict=True):
            if base == "Y" and tone == "Ï":
                continue  # ỵ has a letter of its own (Î)
            if vni_base + tone != base:
                capitals[vni_base + tone] = base + mark
    for base, series in (("Â", tones_hat), ("Ê", tones_hat), ("Ô", tones_hat), ("Ă", tones_breve)):
        letter = "A" if base in "ÂĂ" else base[0].translate(str.maketrans("ÊÔ", "EO"))
        for vni_mark, mark in zip(series, marks, strict=True):
            capitals[letter + vni_mark] = base + mark
    capitals.update({"Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Î": "Ỵ", "Ñ": "Đ"})
    table: dict[str, str] = {}
    for vni, letter in capitals.items():
        table[vni] = unicodedata.normalize("NFC", letter)
        table[vni.lower()] = unicodedata.normalize("NFC", letter.lower())
    return table


VNI_TABLE: dict[str, str] = _vni_table()
# Longest sequences first, so that "oâ" (ô) wins over "o" and "ôù" (ớ) over "ô" (ơ).
_VNI_PATTERN = re.compile("|".join(re.escape(key) for key in sorted(VNI_TABLE, key=len, reverse=True)))

_TCVN3_FONT = re.compile(r"^\s*\.vn", re.IGNORECASE)
_VNI_FONT = re.compile(r"^\s*vni[- _]", re.IGNORECASE)
# Letters of Unicode Vietnamese that no legacy text has (ạ … ỹ, ă, ơ, ư, đ precomposed).
_UNICODE_VIETNAMESE = re.compile("[\u1ea0-\u1ef9\u0102\u0103\u01a0\u01a1\u01af\u01b0\u0110\u0111]")


def _vietnamese_letters() -> frozenset[str]:
    letters = set("đĐ")
    for base in ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"):
        for mark in ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"):
            letter = unicodedata.normalize("NFC", base + mark)
            letters.update((letter, letter.upper()))
    return frozenset(letters)


_VIETNAMESE = _vietnamese_letters()


def _foreign(text: str) -> int:
    """How many characters of ``text`` are neither ASCII nor letters of Vietnamese."""
    return sum(1 for char in text if not char.isascii() and char not in _VIETNAMESE and char.isprintable())


def encoding_of_font(font_name: str | None) -> LegacyEncoding:
    """The encoding a cell's font tells: TCVN3 for ``.Vn…`` (capitals for ``.Vn…H``), VNI for
    ``VNI-…``, Unicode otherwise (Times New Roman, Arial, no font)."""
    name = (font_name or "").strip()
    if _TCVN3_FONT.match(name):
        return LegacyEncoding.TCVN3_CAPITALS if name.endswith("H") else LegacyEncoding.TCVN3
    if _VNI_FONT.match(name):
        return LegacyEncoding.VNI
    return LegacyEncoding.UNICODE


def from_tcvn3(text: str, *, capitals: bool = False) -> str:
    converted = unicodedata.normalize("NFC", text.translate(_TCVN3_TRANSLATION))
    return converted.upper() if capitals else converted


def from_vni(text: str) -> str:
    return unicodedata.normalize("NFC", _VNI_PATTERN.sub(lambda match: VNI_TABLE[match.group(0)], text))


def convert(text: str, encoding: LegacyEncoding) -> str:
    """``text`` (as read from the file) in Unicode, read as ``encoding``."""
    if encoding is LegacyEncoding.TCVN3:
        return from_tcvn3(text)
    if encoding is LegacyEncoding.TCVN3_CAPITALS:
        return from_tcvn3(text, capitals=True)
    if encoding is LegacyEncoding.VNI:
        return from_vni(text)
    return text


_TONE_MARKS = frozenset("\u0301\u0300\u0309\u0303\u0323")
_A = "aáàảãạăắằẳẵặâấầẩẫậ"
_E = "eéèẻẽẹêếềểễệ"
_O = "oóòỏõọôốồổỗộơớờởỡợ"
# Vowel pairs no Vietnamese syllable has, though each letter is Vietnamese: what a legacy text
# read as Unicode (or read in the wrong legacy encoding) is full of ("coâng", "Khuyeán", "Thöông").
_IMPOSSIBLE = re.compile(
    f"[{_A}{_E}{_O}][âấầẩẫậêếềểễệôốồổỗộ]"  # â ê ô after a vowel other than i u y
    f"|[{_A}{_E}][óòỏõọúùủũụíìỉĩịýỳỷỹỵ]"  # a tone on the second vowel of ao au ai ay eo eu
    f"|[{_E}][{_A}]|[{_A}][{_A}{_E}]"  # ea, aa, ae
)


def _implausible(text: str) -> int:
    """How many characters or words of ``text`` cannot be Vietnamese written in Unicode."""
    count = _foreign(text) + len(_IMPOSSIBLE.findall(text.lower()))
    for word in text.split():
        if sum(1 for char in unicodedata.normalize("NFD", word) if char in _TONE_MARKS) > 1:
            count += 1
    return count


def guess_encoding(text: str) -> LegacyEncoding:
    """The encoding the characters of ``text`` suggest when no font says (CSV).

    Each reading (as it is, as TCVN3, as VNI) is scored by what cannot be Vietnamese in it:
    characters that are not letters of Vietnamese (« µ ø ï …), impossible vowel pairs ("oâ"), two
    tones in one word. The reading with the least wins, the text as it is on a tie. Only a
    proposal: the importer shows the before and after.
    """
    if text.isascii():
        return LegacyEncoding.UNICODE
    scores = [
        (_implausible(convert(text, encoding)), order, encoding)
        for order, encoding in enumerate((LegacyEncoding.UNICODE, LegacyEncoding.TCVN3, LegacyEncoding.VNI))
    ]
    return min(scores)[2]
