"""Registry search: the SQLite full-text index of enterprises (FTS5), kept beside the tables.

Everything SQLite-only about searching lives here; its PostgreSQL twin (the same folded text,
matched with a trigram index) is ``store/search_postgres.py``, and the ranking below is shared.
The index holds *folded* text (no diacritics, đ → d, lower case, see ``domain.text``) in
``enterprise_search``, one row per enterprise with its Vietnamese sort key; the FTS5 table
``enterprise_search_fts`` indexes that table's text (external content, kept in step by triggers) for
word-prefix matching. Both are created by migration 0002.

Every word typed must begin a word of the name, short name, tax code or commune, in any order.
Results rank:

0. the tax code is the one typed;
1. the name or short name is exactly what was typed;
2. the name or short name starts with what was typed, or the tax code with the digits typed;
3. the words typed appear together, in that order, in the name or short name;
4. … in the commune (someone typed a commune: "duc tho" is Xã Đức Thọ, before names where "tho"
   only begins "thong");
5. every word is found in the name or short name, apart;
6. the rest (words found in different fields);

then in Vietnamese alphabetical order of the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from sxsh_desktop.domain.model import Enterprise
from sxsh_desktop.domain.text import sort_key, words
from sxsh_desktop.store import schema, search_postgres
from sxsh_desktop.store.records import from_row

INDEX_TABLE = "enterprise_search"
FTS_TABLE = "enterprise_search_fts"
# The FTS5 table and the tables FTS5 keeps for it; none of them is in ``schema.metadata``.
INDEX_TABLES = (
    INDEX_TABLE,
    FTS_TABLE,
    f"{FTS_TABLE}_data",
    f"{FTS_TABLE}_idx",
    f"{FTS_TABLE}_docsize",
    f"{FTS_TABLE}_config",
)

_TAX_CODE_TYPED = re.compile(r"[0-9\s.\-]+")
_NON_DIGITS = re.compile(r"[^0-9]")
_ENTERPRISE_COLUMNS = ", ".join(f"e.{column.name}" for column in schema.enterprise.c)


def _folded(value: str) -> str:
    return " ".join(words(value))


def _tax_terms(value: str) -> str:
    """A tax code as the index holds it: the 10 digits, then the branch digits after a space."""
    digits = _NON_DIGITS.sub("", value)
    return f"{digits[:10]} {digits[10:]}" if len(digits) > 10 else digits


def index_row(enterprise: Enterprise) -> dict[str, str]:
    return {
        "enterprise_id": enterprise.id,
        "sort_key": sort_key(enterprise.name),
        "name": _folded(enterprise.name),
        "short_name": _folded(enterprise.short_name),
        "tax_code": _tax_terms(enterprise.tax_code),
        "commune": _folded(enterprise.commune),
    }


_UPSERT = text(
    f"""
    INSERT INTO {INDEX_TABLE} (enterprise_id, sort_key, name, short_name, tax_code, commune)
    VALUES (:enterprise_id, :sort_key, :name, :short_name, :tax_code, :commune)
    ON CONFLICT (enterprise_id) DO UPDATE SET
        sort_key = excluded.sort_key, name = excluded.name, short_name = excluded.short_name,
        tax_code = excluded.tax_code, commune = excluded.commune
    """
)


def index_enterprises(connection: Connection, enterprises: Iterable[Enterprise]) -> None:
    """Add or refresh the index rows of these enterprises (inside the caller's transaction)."""
    rows = [index_row(enterprise) for enterprise in enterprises]
    if rows:
        connection.execute(_UPSERT, rows)


def remove_enterprise(connection: Connection, enterprise_id: str) -> None:
    remove_enterprises(connection, [enterprise_id])


def remove_enterprises(connection: Connection, enterprise_ids: Iterable[str]) -> None:
    """Drop these enterprises from the index (one statement for all: an import batch undone)."""
    rows = [{"id": enterprise_id} for enterprise_id in enterprise_ids]
    if rows:
        connection.execute(text(f"DELETE FROM {INDEX_TABLE} WHERE enterprise_id = :id"), rows)


@dataclass(frozen=True)
class _Query:
    """What the user typed: folded words (letters and digits only, so nothing in them is special
    to FTS5 or LIKE) and the tax code it would be."""

    terms: list[str]
    tax_code: str  # "" unless only digits and separators were typed

    @classmethod
    def parse(cls, typed: str) -> _Query | None:
        """None when the text has nothing to search by (everything matches)."""
        stripped = typed.strip()
        if stripped and _TAX_CODE_TYPED.fullmatch(stripped):
            tax_code = _tax_terms(stripped)
            query = cls(tax_code.split(), tax_code)
        else:
            query = cls(words(typed), "")
        return query if query.terms else None

    @property
    def match(self) -> str:
        """FTS5: every word begins a word somewhere."""
        return " AND ".join(f'"{term}"*' for term in self.terms)

    def ranked_hits(self, dialect: str = "sqlite") -> tuple[str, dict[str, object]]:
        """SQL of the matching index rows with their rank (``tier``), and its parameters.

        The tiers are worked out with LIKE on the folded text of the matched rows only, where
        each word is preceded by a space: measured faster than more FTS5 queries.
        """
        phrase = " ".join(self.terms)
        parameters: dict[str, object] = {
            "phrase": phrase,
            "starts": f"{phrase}%",
            "inside": f"% {phrase}%",
            "tax_code": self.tax_code,
        }
        if dialect == "postgresql":
            source = search_postgres.matching(self.terms, parameters)
        else:
            parameters["match"] = self.match
            source = (
                f"FROM {FTS_TABLE} f JOIN {INDEX_TABLE} s ON s.rowid = f.rowid WHERE {FTS_TABLE} MATCH :match"
            )
        apart = []
        for number, term in enumerate(self.terms):
            parameters[f"word{number}"] = f"% {term}%"
            apart.append(f"' ' || s.name || ' ' || s.short_name LIKE :word{number}")
        tax_tiers = (
            "WHEN s.tax_code = :tax_code THEN 0 WHEN s.tax_code LIKE :starts THEN 2" if self.tax_code else ""
        )
        sql = f"""
            SELECT s.enterprise_id AS enterprise_id, s.sort_key AS sort_key,
                CASE
                    {tax_tiers}
                    WHEN s.name = :phrase OR s.short_name = :phrase THEN 1
                    WHEN s.name LIKE :starts OR s.short_name LIKE :starts THEN 2
                    WHEN ' ' || s.name LIKE :inside OR ' ' || s.short_name LIKE :inside THEN 3
                    WHEN ' ' || s.commune LIKE :inside THEN 4
                    WHEN {" AND ".join(apart)} THEN 5
                    ELSE 6
                END AS tier
            {source}
        """
        return sql, parameters


def search(
    connection: Connection, typed: str, *, limit: int | None = None, offset: int = 0
) -> list[Enterprise]:
    """Enterprises matching ``typed``, best first; all of them by name when nothing is typed."""
    query = _Query.parse(typed)
    dialect = connection.dialect.name
    # No limit: SQLite's is -1, PostgreSQL's NULL.
    unlimited = None if dialect == "postgresql" else -1
    page: dict[str, object] = {"limit": unlimited if limit is None else limit, "offset": offset}
    if query is None:
        # The page is taken from the sort index first, then joined: PostgreSQL would otherwise join
        # every row before sorting.
        sql = f"""
            SELECT {_ENTERPRISE_COLUMNS}
            FROM (
                SELECT enterprise_id, sort_key FROM {INDEX_TABLE}
                ORDER BY sort_key, enterprise_id LIMIT :limit OFFSET :offset
            ) s JOIN enterprise e ON e.id = s.enterprise_id
            ORDER BY s.sort_key, s.enterprise_id
        """
        parameters: dict[str, object] = page
    else:
        hits, parameters = query.ranked_hits(dialect)
        sql = f"""
            SELECT {_ENTERPRISE_COLUMNS}
            FROM ({hits} ORDER BY tier, sort_key, enterprise_id LIMIT :limit OFFSET :offset) hit
            JOIN enterprise e ON e.id = hit.enterprise_id
            ORDER BY hit.tier, hit.sort_key, hit.enterprise_id
        """
        parameters.update(page)
    statement = text(sql).columns(*schema.enterprise.c)
    return [from_row(Enterprise, row) for row in connection.execute(statement, parameters).mappings()]


def count(connection: Connection, typed: str) -> int:
    """How many enterprises ``search`` finds for ``typed`` (without a limit)."""
    query = _Query.parse(typed)
    total: int
    if query is None:
        total = connection.execute(text(f"SELECT count(*) FROM {INDEX_TABLE}")).scalar_one()
    elif connection.dialect.name == "postgresql":
        parameters: dict[str, object] = {}
        sql = search_postgres.count_sql(query.terms, parameters)
        total = connection.execute(text(sql), parameters).scalar_one()
    else:
        total = connection.execute(
            text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match"), {"match": query.match}
        ).scalar_one()
    return total
