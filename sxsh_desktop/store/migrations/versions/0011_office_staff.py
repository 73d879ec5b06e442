"""office staff on PostgreSQL: group roles, grants and row-level security on assessments

Revision ID: 0011
Revises: 0005
Create Date: 2026-12-03

On PostgreSQL, staff log in as themselves (members of ``sxsh_staff`` or ``sxsh_lead``), and each
assessment belongs to the member of staff who added it (``store/roles.py``). Nothing changes on
SQLite, where one person works on one file.
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    from sxsh_desktop.store import roles

    roles.install(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    from sxsh_desktop.store import roles

    roles.uninstall(connection)
