"""registry import from spreadsheets: batches, provenance, profiles; administrative units with vintages

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_kind", sa.String(length=8), nullable=False),
        sa.Column("profile_name", sa.Text(), nullable=False),
        sa.Column("sheets", sa.Text(), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("options", sa.Text(), nullable=False),
        sa.Column("new_count", sa.Integer(), nullable=False),
        sa.Column("updated_count", sa.Integer(), nullable=False),
        sa.Column("unchanged_count", sa.Integer(), nullable=False),
        sa.Column("rejected_count", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    op.create_table(
        "import_provenance",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("enterprise_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=12), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("sheet", sa.Text(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("revision_after", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batch.id"],
            name=op.f("fk_import_provenance_batch_id_import_batch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("batch_id", "enterprise_id", "field", name=op.f("pk_import_provenance")),
    )
    op.create_index(
        op.f("ix_import_provenance_enterprise_id"), "import_provenance", ["enterprise_id"], unique=False
    )
    op.create_table(
        "import_profile",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("source_key", sa.Text(), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_import_profile")),
    )
    op.create_index(op.f("ix_import_profile_source_key"), "import_profile", ["source_key"], unique=False)
    op.create_table(
        "admin_vintage",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column("district", sa.Text(), nullable=False),
        sa.Column("province_code", sa.String(length=10), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_admin_vintage")),
    )
    op.create_index(op.f("ix_admin_vintage_code"), "admin_vintage", ["code"], unique=False)
    op.create_index(op.f("ix_admin_vintage_province_code"), "admin_vintage", ["province_code"], unique=False)
    op.create_table(
        "admin_mapping",
        sa.Column("old_key", sa.String(length=40), nullable=False),
        sa.Column("new_code", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.PrimaryKeyConstraint("old_key", "new_code", name=op.f("pk_admin_mapping")),
    )
    op.create_table(
        "enterprise_commune",
        sa.Column("enterprise_id", sa.String(length=36), nullable=False),
        sa.Column("recorded_name", sa.Text(), nullable=False),
        sa.Column("recorded_district", sa.Text(), nullable=False),
        sa.Column("recorded_key", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("today_code", sa.String(length=20), nullable=True),
        sa.Column("candidates", sa.Text(), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_enterprise_commune_enterprise_id_enterprise"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("enterprise_id", name=op.f("pk_enterprise_commune")),
    )


def downgrade() -> None:
    op.drop_table("enterprise_commune")
    op.drop_index(op.f("ix_admin_vintage_province_code"), table_name="admin_vintage")
    op.drop_index(op.f("ix_admin_vintage_code"), table_name="admin_vintage")
    op.drop_table("admin_mapping")
    op.drop_table("admin_vintage")
    op.drop_index(op.f("ix_import_profile_source_key"), table_name="import_profile")
    op.drop_table("import_profile")
    op.drop_index(op.f("ix_import_provenance_enterprise_id"), table_name="import_provenance")
    op.drop_table("import_provenance")
    op.drop_table("import_batch")
