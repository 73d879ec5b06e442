"""which assessments each exported package held

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_export_assessment",
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("package_id", "assessment_id", name=op.f("pk_sync_export_assessment")),
    )
    with op.batch_alter_table("sync_export_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_export_assessment_assessment_id"), ["assessment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_export_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_export_assessment_assessment_id"))
    op.drop_table("sync_export_assessment")
