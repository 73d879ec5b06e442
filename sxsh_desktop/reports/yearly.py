"""The yearly report's content as plain values, shared by its three outputs (DOCX, PDF, XLSX).

``services/report_content.py`` fills it from the database; the writers (``yearly_docx``,
``yearly_pdf``, ``yearly_xlsx``) only lay it out, so the three files show the same figures. Values
stay raw (VND, counts, percent); each output formats them for its medium.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from sxsh_desktop.domain.report_template import Signature
from sxsh_desktop.reports.tables import DataTable, Kind, cell_text

KINDS = {
    "text": Kind.TEXT,
    "int": Kind.INT,
    "quantity": Kind.QUANTITY,
    "money": Kind.MONEY,
    "percent": Kind.PERCENT,
    "decimal": Kind.DECIMAL,
    "date": Kind.DATE,
}


@dataclass
class Section:
    key: str
    kind: str  # "text", "table" or "annex"
    title: str
    text: str = ""
    table: DataTable | None = None
    heading_rows: frozenset[int] = frozenset()  # rows that head a group (a task group): one cell
    notes: list[str] = field(default_factory=list)
    tables: list[tuple[str, DataTable]] = field(default_factory=list)  # the annex's tables
    landscape: bool = False


@dataclass
class YearlyContent:
    lang: str
    year: int
    period_start: date
    period_end: date
    state: str
    template_key: str
    issuer: tuple[str, ...]
    number_line: str  # "Số: 125/BC-TTKC"
    place_date: str  # "Hà Tĩnh, ngày 03 tháng 12 năm 2026"
    title: str
    subtitle: str
    addressee: str
    recipients: tuple[str, ...]
    signature: Signature
    sections: list[Section]

    @property
    def file_title(self) -> str:
        return f"{self.title} {self.year}".strip()


MONEY_UNIT = {"vi": "triệu đồng", "en": "million VND"}


# Control characters a Word file cannot hold (python-docx refuses them) and a PDF would print as
# boxes: a vertical tab pasted from Word or Excel, say. Tab and line breaks are kept.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def document_text(text: str) -> str:
    """Text as the yearly report's documents print it: NFC, control characters as spaces."""
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", text))


def column_label(table: DataTable, index: int, lang: str) -> str:
    column = table.columns[index]
    if column.kind == Kind.MONEY:
        return f"{column.label} ({MONEY_UNIT.get(lang, MONEY_UNIT['en'])})"
    return column.label


def date_line(place: str, day: date, lang: str) -> str:
    """Decree 30/2020: "Hà Tĩnh, ngày 03 tháng 12 năm 2026" (days and months below 10 with a 0…
    for days 1–9 and months 1–2)."""
    if lang == "vi":
        month = f"{day.month:02d}" if day.month < 3 else str(day.month)
        return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"
    return f"{place}, {day:%d %B %Y}"


def column_widths(
    data: DataTable,
    lang: str,
    total: float,
    char: float,
    padding: float,
    skip_rows: frozenset[int] = frozenset(),
) -> list[float]:
    """Column widths that add up to ``total``: each column gets room for its longest figure (or,
    for a text column, a short word) and its header's longest word, ``char`` per character plus
    ``padding``; what is left goes to the text columns after their longest text (up to 40
    characters). ``skip_rows`` (group headings) do not count."""
    needs: list[float] = []
    shares: list[float] = []
    for index, column in enumerate(data.columns):
        texts = [
            cell_text(row[index], data.kind_of(r, index), lang)
            for r, row in enumerate(data.rows)
            if r not in skip_rows
        ]
        longest = max([len(t) for t in texts] + [1])
        words = [len(w) for t in texts for w in t.split()] or [1]
        head_word = max((len(w) for w in column_label(data, index, lang).split()), default=2)
        if column.kind == Kind.TEXT:
            needs.append(max(head_word, min(max(words), 12), min(longest, 4)) * char + padding)
            shares.append(float(min(longest, 40)))
        else:
            needs.append(max(longest, head_word) * char + padding)
            shares.append(0.0)
    left = total - sum(needs)
    if left <= 0 or not any(shares):
        scale = total / sum(needs)
        return [n * scale for n in needs]
    return [n + left * share / sum(shares) for n, share in zip(needs, shares, strict=True)]
