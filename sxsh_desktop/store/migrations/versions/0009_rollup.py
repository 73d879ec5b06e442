"""roll-ups from provinces to the ministry: keys, submissions and their figures, sent packages, replies

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rollup_key",
        sa.Column("key_id", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("province_code", sa.String(length=3), nullable=True),
        sa.Column("province_vintage", sa.String(length=10), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("age_recipient", sa.Text(), nullable=False),
        sa.Column("verify_key", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_rollup_key")),
    )
    op.create_table(
        "rollup_submission",
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("province_code", sa.String(length=3), nullable=False),
        sa.Column("province_vintage", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sender_key_id", sa.String(length=64), nullable=False),
        sa.Column("sender_name", sa.Text(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_at", sa.DateTime(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_rollup_submission")),
    )
    op.create_index(
        "ix_rollup_submission_province_year",
        "rollup_submission",
        ["province_code", "province_vintage", "year"],
        unique=False,
    )
    op.create_index(
        op.f("ix_rollup_submission_sender_key_id"), "rollup_submission", ["sender_key_id"], unique=False
    )
    op.create_table(
        "rollup_figure",
        sa.Column("submission_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("basis", sa.String(length=20), nullable=False),
        sa.Column("grp", sa.String(length=30), nullable=False),
        sa.Column("definition_version", sa.Integer(), nullable=False),
        sa.Column("numerator", sa.Float(), nullable=False),
        sa.Column("denominator", sa.Float(), nullable=False),
        sa.Column("denominator_source", sa.Text(), nullable=False),
        sa.Column("coverage", sa.Float(), nullable=False),
        sa.Column("target", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["rollup_submission.package_id"],
            name=op.f("fk_rollup_figure_submission_id_rollup_submission"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("submission_id", "code", "basis", "grp", name=op.f("pk_rollup_figure")),
    )
    op.create_table(
        "rollup_sent",
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("province_code", sa.String(length=3), nullable=False),
        sa.Column("province_vintage", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("recipient_key_id", sa.String(length=64), nullable=False),
        sa.Column("subject_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_rollup_sent")),
    )
    op.create_table(
        "rollup_reply",
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("submission_id", sa.String(length=36), nullable=False),
        sa.Column("province_code", sa.String(length=3), nullable=False),
        sa.Column("province_vintage", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.Text(), nullable=False),
        sa.Column("sender_key_id", sa.String(length=64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_rollup_reply")),
    )
    op.create_index(op.f("ix_rollup_reply_submission_id"), "rollup_reply", ["submission_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_rollup_reply_submission_id"), table_name="rollup_reply")
    op.drop_table("rollup_reply")
    op.drop_table("rollup_sent")
    op.drop_table("rollup_figure")
    op.drop_index(op.f("ix_rollup_submission_sender_key_id"), table_name="rollup_submission")
    op.drop_index("ix_rollup_submission_province_year", table_name="rollup_submission")
    op.drop_table("rollup_submission")
    op.drop_table("rollup_key")
