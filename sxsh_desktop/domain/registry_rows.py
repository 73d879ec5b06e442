"""Facility lists as people make them in Excel: finding the header, telling data rows from title
bands, section rows and subtotals, and cleaning each value (office-and-scale.md §3, R2–R8).

Everything here works on texts and plain values; reading the file is ``sxsh_desktop.sheets``,
deciding and writing is ``services.registry_import``.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import cache, lru_cache

from sxsh_desktop.domain.model import Ownership
from sxsh_desktop.domain.numbers import NumberEntryError, parse_number
from sxsh_desktop.domain.taxcode import normalise_tax_code
from sxsh_desktop.domain.text import fold as _fold
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.paths import resources_dir

HEADER_SCAN_ROWS = 15

# Lists repeat the same communes, districts and words on every row: fold each text once.
fold = lru_cache(maxsize=1 << 16)(_fold)

# --- Unicode hygiene (R5) ----------------------------------------------------------------------

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")


def clean_text(text: str) -> str:
    """NFC, no zero-width characters or soft hyphens, no-break spaces as spaces, runs of spaces as
    one, trimmed."""
    text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


# --- header (R2) -------------------------------------------------------------------------------

_PUNCTUATION = re.compile(r"[\s:*().,;\-/]+")
_NUMBERING_CELL = re.compile(r"\(?\s*\d{1,2}\s*\)?")


def header_key(title: str) -> str:
    """A column title as matched against the synonyms: folded, punctuation as single spaces."""
    return _PUNCTUATION.sub(" ", fold(title)).strip()


@cache
def shipped_synonyms() -> dict[str, str]:
    """The synonym table of ``resources/reference/registry_headers.json``: header key → field."""
    document = json.loads(
        (resources_dir() / "reference" / "registry_headers.json").read_text(encoding="utf-8")
    )
    return synonyms_from(document["fields"])


def synonyms_from(fields: dict[str, list[str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for field, titles in fields.items():
        for title in titles:
            table.setdefault(header_key(title), field)
    return table


@dataclass(frozen=True)
class Column:
    index: int
    title: str  # as in the file, rows of a merged header joined by " / "
    field: str | None  # the field it fills (None: not imported)


@dataclass(frozen=True)
class HeaderLayout:
    first_row: int  # 0-based rows of the header
    last_row: int
    numbering_row: int | None  # a "(1) (2) (3)" row under the header, skipped
    columns: tuple[Column, ...]

    @property
    def data_start(self) -> int:
        return (self.numbering_row if self.numbering_row is not None else self.last_row) + 1

    def mapping(self) -> dict[int, str]:
        return {column.index: column.field for column in self.columns if column.field}


def _match(title: str, synonyms: dict[str, str]) -> str | None:
    return synonyms.get(header_key(title)) if title else None


def _is_numbering_row(texts: list[str]) -> bool:
    filled = [text for text in texts if text]
    return len(filled) >= 2 and all(_NUMBERING_CELL.fullmatch(text) for text in filled)


def _field_of(parts: list[str], synonyms: dict[str, str]) -> str | None:
    """The field of a column titled by header rows ``parts`` (top first): the whole compound title,
    then the lowest row's title, then the rows above."""
    if len(parts) > 1:
        found = _match(" / ".join(parts), synonyms)
        if found:
            return found
    for part in reversed(parts):
        found = _match(part, synonyms)
        if found:
            return found
    return None


def detect_header(rows: list[list[str]], synonyms: dict[str, str] | None = None) -> HeaderLayout | None:
    """The header of a table among its first rows, or None when no row has two known titles.

    Title bands above it are passed over; a second header row under a merged band makes compound
    titles ("Địa chỉ / Xã"); a column-number row ("(1) (2) (3)") under it is skipped.
    """
    synonyms = synonyms if synonyms is not None else shipped_synonyms()
    scan = rows[:HEADER_SCAN_ROWS]
    best, best_row = 1, None
    for number, texts in enumerate(scan):
        found = sum(1 for text in texts if _match(text, synonyms))
        if found > best:
            best, best_row = found, number
    if best_row is None:
        return None
    top = scan[best_row]
    last = best_row
    below = rows[best_row + 1] if best_row + 1 < len(rows) else []
    if below and not _is_numbering_row(below):
        # A second header row: it names columns under a band that spans several (the band's text
        # repeats across them, merged cells being spread), or it has titles of its own.
        width = max(len(top), len(below))
        padded_top = top + [""] * (width - len(top))
        padded_below = below + [""] * (width - len(below))
        banded = any(
            padded_below[c]
            and padded_top[c]
            and padded_below[c] != padded_top[c]
            and (
                (c > 0 and padded_top[c - 1] == padded_top[c])
                or (c + 1 < width and padded_top[c + 1] == padded_top[c])
            )
            for c in range(width)
        )
        titled = sum(
            1 for c in range(width) if padded_below[c] != padded_top[c] and _match(padded_below[c], synonyms)
        )
        looks_like_data = any(re.fullmatch(r"[\d.,\s\-]{6,}", text) for text in below)
        if (banded or titled >= 2) and not looks_like_data:
            last = best_row + 1
    numbering = last + 1 if last + 1 < len(rows) and _is_numbering_row(rows[last + 1]) else None
    width = max(len(rows[r]) for r in range(best_row, last + 1))
    columns = []
    taken: set[str] = set()
    for c in range(width):
        parts: list[str] = []
        for r in range(best_row, last + 1):
            text = rows[r][c] if c < len(rows[r]) else ""
            if text and text not in parts:
                parts.append(text)
        field = _field_of(parts, synonyms)
        if field in taken:
            field = None  # a second column for the same field is left for the user to choose
        if field:
            taken.add(field)
        columns.append(Column(c, " / ".join(parts), field))
    return HeaderLayout(best_row, last, numbering, tuple(columns))


# --- rows (R3) ---------------------------------------------------------------------------------


class RowKind(StrEnum):
    DATA = "data"
    SECTION = "section"
    SUBTOTAL = "subtotal"
    EMPTY = "empty"


_SUBTOTAL = re.compile(r"^(tong cong|tong so|tong|cong)\b")
_NOT_SUBTOTAL = re.compile(r"^(tong )?cong ty\b|^cong doan\b")  # Tổng công ty …, Công ty …
_SECTION_NUMBER = re.compile(r"^\s*(?:[IVXLC]+|[A-ZĐ]|\d{1,2})\s*[.)/-]\s*")
_DISTRICT_WORDS = re.compile(r"^(huyen|thi xa|thanh pho|tp|tx|quan)\b")


@dataclass(frozen=True)
class Section:
    """What a section row carries down to the rows below it."""

    label: str
    district: str = ""
    legal_form: str = ""


def _tidy_caps(text: str) -> str:
    """ "HUYỆN ĐỨC THỌ" → "Huyện Đức Thọ"; text already in mixed case is kept."""
    if not text.isupper():
        return text
    titled = text.title()
    for wrong, right in (("Thị Xã", "Thị xã"), ("Thành Phố", "Thành phố"), ("Thị Trấn", "Thị trấn")):
        titled = titled.replace(wrong, right)
    return titled


def classify_row(texts: list[str]) -> tuple[RowKind, Section | None]:
    """Whether a row (its cleaned texts) holds a facility, carries a section down, is a subtotal or
    is empty."""
    filled = [text for text in texts if text]
    if not filled:
        return RowKind.EMPTY, None
    distinct = list(dict.fromkeys(filled))
    first = fold(distinct[1] if len(distinct) > 1 and _is_row_number(distinct[0]) else distinct[0])
    if _SUBTOTAL.match(first) and not _NOT_SUBTOTAL.match(first):
        return RowKind.SUBTOTAL, None
    texts_only = [text for text in distinct if not _is_row_number(text)]
    if len(texts_only) == 1:
        label = _SECTION_NUMBER.sub("", texts_only[0]).strip()
        numbered = bool(_SECTION_NUMBER.match(texts_only[0])) or len(distinct) == 2
        folded = fold(label)
        if _DISTRICT_WORDS.match(folded):
            return RowKind.SECTION, Section(label, district=_tidy_caps(label))
        legal = legal_form_from_text(label)
        if legal and (numbered or legal[1] == label.lower()):
            return RowKind.SECTION, Section(label, legal_form=legal[0])
        if legal and len(folded.split()) <= 4:
            return RowKind.SECTION, Section(label, legal_form=legal[0])
        if numbered and len(distinct) <= 2 and not any(ch.isdigit() for ch in label):
            return RowKind.SECTION, Section(label)
    return RowKind.DATA, None


def _is_row_number(text: str) -> bool:
    return bool(re.fullmatch(r"[IVXLC]+\.?|[A-Z]\.?|\d{1,6}\.?", text.strip()))


# --- legal form (R8) ---------------------------------------------------------------------------

# Folded prefixes of names (and words of a "Loại hình" column) → legal form (the values of the
# registry's LegalForm: enterprise, cooperative, household, branch).
_LEGAL_PREFIXES: tuple[tuple[str, str], ...] = (
    ("chi nhanh", "branch"),
    ("van phong dai dien", "branch"),
    ("hop tac xa", "cooperative"),
    ("htx", "cooperative"),
    ("lien hiep hop tac xa", "cooperative"),
    ("ho kinh doanh", "household"),
    ("ho ca the", "household"),
    ("hkd", "household"),
    ("ho san xuat", "household"),
    ("cong ty tnhh", "enterprise"),
    ("cong ty co phan", "enterprise"),
    ("cong ty cp", "enterprise"),
    ("ctcp", "enterprise"),
    ("cty", "enterprise"),
    ("cong ty", "enterprise"),
    ("doanh nghiep tu nhan", "enterprise"),
    ("dntn", "enterprise"),
    ("doanh nghiep", "enterprise"),
    ("tnhh", "enterprise"),
    ("co phan", "enterprise"),
)
# The ownership the existing enterprise record keeps for a legal form or a "Loại hình" wording.
_OWNERSHIP_WORDS: tuple[tuple[str, Ownership], ...] = (
    ("nha nuoc", Ownership.STATE),
    ("von dau tu nuoc ngoai", Ownership.FOREIGN),
    ("fdi", Ownership.FOREIGN),
)


def legal_form_from_text(text: str) -> tuple[str, str] | None:
    """(legal form, the folded words that told it) from a name's prefix or a "Loại hình" value."""
    folded = fold(text)
    for prefix, form in _LEGAL_PREFIXES:
        if folded == prefix or folded.startswith(prefix + " "):
            return form, prefix
    return None


def ownership_for(legal_form: str, wording: str = "") -> str:
    """The ``Enterprise.ownership`` value a legal form (and a "Loại hình" wording) implies."""
    folded = fold(wording)
    for words, ownership in _OWNERSHIP_WORDS:
        if words in folded:
            return ownership.value
    if legal_form == "cooperative":
        return Ownership.COOPERATIVE.value
    if legal_form == "household":
        return Ownership.HOUSEHOLD.value
    return Ownership.NON_STATE.value


# --- values (R6, R7) ---------------------------------------------------------------------------


def tax_code_from_cell(value: object) -> tuple[str, str]:
    """(standard tax code, note) from a cell: a numeric cell lost its leading zeros, so its digits
    are made 10 again ("" note when nothing was restored); then the check digit is checked
    (ValidationError, field ``tax_code``)."""
    note = ""
    if isinstance(value, bool):
        raise ValidationError(f"Tax code {value!r} is not a number.", field="tax_code")
    if isinstance(value, int | float):
        if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
            raise ValidationError(f"Tax code {value!r} is not a whole number.", field="tax_code")
        digits = str(int(value))
        if 8 <= len(digits) < 10:
            note = f"{digits} → {digits.zfill(10)} (leading zeros lost in a number cell)"
            digits = digits.zfill(10)
        text = digits
    else:
        text = clean_text(str(value or ""))
    return normalise_tax_code(text), note


_UNIT_SUFFIX = re.compile(r"^\s*([-+]?[\d.,\s]+?)\s*([^\d.,\s].*)?$")
_MULTIPLIERS = {"ty": 1e9, "trieu": 1e6, "nghin": 1e3, "ngan": 1e3}


def number_from_cell(value: object) -> tuple[float | None, str]:
    """(number, note) of a cell: numbers as they are; text in Vietnamese ("1.234,5") or plain
    form; a unit after the number ("50 người", "2 tỷ") is stripped with a note saying so."""
    if value is None or value == "":
        return None, ""
    if isinstance(value, bool):
        raise ValidationError(f"{value!r} is not a number.")
    if isinstance(value, int | float):
        return float(value), ""
    text = clean_text(str(value))
    if not text:
        return None, ""
    match = _UNIT_SUFFIX.match(text)
    if match is None:
        raise ValidationError(f"{text!r} is not a number.")
    number_text, unit = match.group(1).strip(), (match.group(2) or "").strip()
    try:
        number = parse_number(number_text, "vi")
    except NumberEntryError:
        try:
            number = parse_number(number_text, "en")
        except NumberEntryError:
            raise ValidationError(f"{text!r} is not a number.") from None
    if number is None:
        return None, ""
    if unit:
        factor = _MULTIPLIERS.get(fold(unit).split()[0], 1.0)
        return number * factor, f"{text!r}: unit {unit!r} dropped" + (
            f" (× {factor:g})" if factor != 1 else ""
        )
    return number, ""


_EXCEL_1900 = date(1899, 12, 30)  # serial 1 = 1900-01-01, counting Excel's 29/02/1900 that never was
_EXCEL_1904 = date(1904, 1, 1)


def date_from_serial(serial: float, date_1904: bool = False) -> date:
    """The day of an Excel date serial, in the 1900 or the 1904 date system."""
    if not math.isfinite(serial) or not 1 <= serial < 2_958_466:
        raise ValidationError(f"{serial!r} is not an Excel date.")
    if date_1904:
        return _EXCEL_1904 + timedelta(days=int(serial))
    if int(serial) == 60:
        raise ValidationError("Excel serial 60 is 29/02/1900, a day that never was.")
    if serial < 61:  # before Excel's phantom 29/02/1900, serials are off by one
        return date(1899, 12, 31) + timedelta(days=int(serial))
    return _EXCEL_1900 + timedelta(days=int(serial))


def date_from_cell(value: object, date_1904: bool = False) -> date | None:
    """A day from a date cell, an Excel serial (either system) or "dd/mm/yyyy" text."""
    from sxsh_desktop.domain.dates import parse_date

    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return date_from_serial(float(value), date_1904)
    return parse_date(clean_text(str(value)))
