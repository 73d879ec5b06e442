"""Vietnamese text for matching and sorting.

People type without diacritics ("ha tinh" for "Hà Tĩnh", "dong" for "Đồng"), so the registry is
searched on *folded* text. đ/Đ is its own letter in Vietnamese, not d with an accent: Unicode does
not decompose it, so it is mapped to d explicitly.

Names are sorted in Vietnamese alphabetical order (a ă â b c d đ e ê … o ô ơ … u ư …), tones
breaking ties in dictionary order, which a plain code-point sort gets wrong (Đ after Z).
"""

from __future__ import annotations

import re
import unicodedata

_D_STROKE = str.maketrans({"đ": "d", "Đ": "d"})
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+")

# Marks that make another letter of the alphabet (ă, â, ê, ô, ơ, ư) and tone marks, after NFD.
_LETTER_MARKS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}  # breve, circumflex, horn
_TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng


def fold(text: str) -> str:
    """Text reduced for matching: no diacritics, đ → d, case-folded, spaces collapsed."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_STROKE))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", bare.casefold()).strip()


def words(text: str) -> list[str]:
    """The folded words of ``text`` (letters and digits; punctuation separates words)."""
    return _WORD.findall(fold(text))


def sort_key(text: str) -> str:
    """A string that orders like Vietnamese alphabetical order of ``text`` (case-insensitive).

    Every character becomes two: its base letter and its variant (ă after a, đ after d, …); the
    tones of all syllables follow the whole name, so tones only decide between otherwise equal
    names, as in a dictionary.
    """
    letters: list[str] = []
    tones: list[str] = []
    for char in unicodedata.normalize("NFD", _SPACES.sub(" ", text.strip()).casefold()):
        if char in _LETTER_MARKS:
            if letters:
                letters[-1] = letters[-1][0] + str(_LETTER_MARKS[char])
        elif char in _TONE_MARKS:
            if tones:
                tones[-1] = str(_TONE_MARKS[char])
        elif unicodedata.combining(char):
            continue
        elif char == "đ":
            letters.append("d4")
            tones.append("0")
        else:
            letters.append(char + "0")
            tones.append("0")
    return "".join(letters) + "\x01" + "".join(tones)


def escape_html(text: str) -> str:
    """``text`` safe inside HTML or a rich-text label: ``&``, ``<`` and ``>`` as entities (a name
    like "Nam & Co <HT>" shows as typed, never as markup). Quotes are left: no attribute values."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
