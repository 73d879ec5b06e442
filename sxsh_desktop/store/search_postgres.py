"""Registry search on PostgreSQL: the twin of the SQLite full-text index (``store/search.py``).

The same folded text (no diacritics, đ → d, lower case) is kept in ``enterprise_search``, one row per
enterprise, with a generated column ``words`` holding all its searched fields between spaces and a
``pg_trgm`` GIN index over it. A typed word matches where it begins a word of that column
(``LIKE '% word%'``): the same rule as FTS5's prefix queries, so both dialects give the same answers
in the same order (the ranking tiers are shared, in ``store/search.py``). Created by migration 0002.
"""

from __future__ import annotations

INDEX_TABLE = "enterprise_search"


def matching(terms: list[str], parameters: dict[str, object]) -> str:
    """FROM and WHERE of the index rows (alias ``s``) where every term begins a word; adds the
    terms' parameters (letters and digits only, so nothing in them is special to LIKE)."""
    conditions = []
    for number, term in enumerate(terms):
        parameters[f"any{number}"] = f"% {term}%"
        conditions.append(f"s.words LIKE :any{number}")
    return f"FROM {INDEX_TABLE} s WHERE {' AND '.join(conditions)}"


def count_sql(terms: list[str], parameters: dict[str, object]) -> str:
    return f"SELECT count(*) {matching(terms, parameters)}"
