"""enterprise search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

The registry's full-text index (see ``store/search.py``): folded text of every enterprise in
``enterprise_search`` and an FTS5 index over it kept in step by triggers. Existing enterprises are
indexed here. On PostgreSQL the same table carries a generated column of all its words with a
trigram index instead (``store/search_postgres.py``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_COLUMNS = "name, short_name, tax_code, commune"
_OLD = ", ".join(f"old.{c}" for c in _COLUMNS.split(", "))
_NEW = ", ".join(f"new.{c}" for c in _COLUMNS.split(", "))


_POSTGRES = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """
    CREATE TABLE enterprise_search (
        -- the enterprise's id in its own collation, so that the join back to it uses its key
        enterprise_id VARCHAR(36) PRIMARY KEY,
        sort_key TEXT COLLATE "C" NOT NULL,
        name TEXT NOT NULL,
        short_name TEXT NOT NULL,
        tax_code TEXT NOT NULL,
        commune TEXT NOT NULL,
        words TEXT GENERATED ALWAYS AS (
            ' ' || name || ' ' || short_name || ' ' || tax_code || ' ' || commune
        ) STORED
    )
    """,
    "CREATE INDEX ix_enterprise_search_sort_key ON enterprise_search (sort_key, enterprise_id)",
    "CREATE INDEX ix_enterprise_search_words ON enterprise_search USING gin (words gin_trgm_ops)",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in _POSTGRES:
            op.execute(statement)
        _index_existing_enterprises()
        return
    op.execute(
        """
        CREATE TABLE enterprise_search (
            rowid INTEGER PRIMARY KEY,
            enterprise_id VARCHAR(36) NOT NULL UNIQUE,
            sort_key TEXT NOT NULL,
            name TEXT NOT NULL,
            short_name TEXT NOT NULL,
            tax_code TEXT NOT NULL,
            commune TEXT NOT NULL
        )
        """
    )
    op.execute("CREATE INDEX ix_enterprise_search_sort_key ON enterprise_search (sort_key, enterprise_id)")
    # Folded text is plain ASCII words already; the prefix indexes make one- to three-letter
    # prefixes ("d", "ha") as fast as whole words.
    op.execute(
        f"""
        CREATE VIRTUAL TABLE enterprise_search_fts USING fts5(
            {_COLUMNS}, content='enterprise_search', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 0', prefix='1 2 3'
        )
        """
    )
    op.execute(
        f"""
        CREATE TRIGGER enterprise_search_ai AFTER INSERT ON enterprise_search BEGIN
            INSERT INTO enterprise_search_fts (rowid, {_COLUMNS}) VALUES (new.rowid, {_NEW});
        END
        """
    )
    op.execute(
        f"""
        CREATE TRIGGER enterprise_search_ad AFTER DELETE ON enterprise_search BEGIN
            INSERT INTO enterprise_search_fts (enterprise_search_fts, rowid, {_COLUMNS})
            VALUES ('delete', old.rowid, {_OLD});
        END
        """
    )
    op.execute(
        f"""
        CREATE TRIGGER enterprise_search_au AFTER UPDATE ON enterprise_search BEGIN
            INSERT INTO enterprise_search_fts (enterprise_search_fts, rowid, {_COLUMNS})
            VALUES ('delete', old.rowid, {_OLD});
            INSERT INTO enterprise_search_fts (rowid, {_COLUMNS}) VALUES (new.rowid, {_NEW});
        END
        """
    )
    _index_existing_enterprises()


def _index_existing_enterprises() -> None:
    # Written out here rather than calling store/search.py so that this step stays what it was
    # when later versions change the index.
    from sxsh_desktop.domain.text import sort_key, words

    def folded(value: str) -> str:
        return " ".join(words(value))

    def tax_terms(value: str) -> str:
        digits = "".join(c for c in value if c in "0123456789")
        return f"{digits[:10]} {digits[10:]}" if len(digits) > 10 else digits

    connection = op.get_bind()
    rows = [
        {
            "enterprise_id": row.id,
            "sort_key": sort_key(row.name),
            "name": folded(row.name),
            "short_name": folded(row.short_name),
            "tax_code": tax_terms(row.tax_code),
            "commune": folded(row.commune),
        }
        for row in connection.execute(
            sa.text("SELECT id, name, short_name, tax_code, commune FROM enterprise")
        )
    ]
    if rows:
        connection.execute(
            sa.text(
                "INSERT INTO enterprise_search"
                " (enterprise_id, sort_key, name, short_name, tax_code, commune)"
                " VALUES (:enterprise_id, :sort_key, :name, :short_name, :tax_code, :commune)"
            ),
            rows,
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TABLE enterprise_search_fts")
    op.execute("DROP TABLE enterprise_search")
