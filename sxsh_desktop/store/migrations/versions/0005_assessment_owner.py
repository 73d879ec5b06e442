"""who may change an assessment at the office: its owner (the sending installation) and shares

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-15

Assessments already received keep working as before: each installation that sent one becomes
one of its owners.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_assessment_owner",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("assessment_id", "device_id", name=op.f("pk_sync_assessment_owner")),
    )
    op.execute(
        "INSERT INTO sync_assessment_owner (assessment_id, device_id, role, since) "
        "SELECT s.record_id, s.device_id, 'owner', CURRENT_TIMESTAMP FROM sync_record_state AS s "
        "JOIN assessment AS a ON a.id = s.record_id WHERE s.entity = 'assessment'"
    )


def downgrade() -> None:
    op.drop_table("sync_assessment_owner")
