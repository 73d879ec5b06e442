"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "enterprise",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("short_name", sa.Text(), nullable=False),
        sa.Column("tax_code", sa.Text(), nullable=False),
        sa.Column("street", sa.Text(), nullable=False),
        sa.Column("commune", sa.Text(), nullable=False),
        sa.Column("province", sa.Text(), nullable=False),
        sa.Column("legacy_district", sa.Text(), nullable=False),
        sa.Column("sector_code", sa.Text(), nullable=False),
        sa.Column("ownership", sa.Text(), nullable=False),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column("contact_name", sa.Text(), nullable=False),
        sa.Column("contact_phone", sa.Text(), nullable=False),
        sa.Column("contact_email", sa.Text(), nullable=False),
        sa.Column("cp_informed_on", sa.Date(), nullable=True),
        sa.Column("cp_aware_on", sa.Date(), nullable=True),
        sa.Column("cp_applying_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enterprise")),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "ref_admin_unit",
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("level", sa.Text(), nullable=False),
        sa.Column("parent_code", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_admin_unit")),
    )
    op.create_table(
        "ref_catalogue",
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("sector_codes", sa.Text(), nullable=False),
        sa.Column("cause_category", sa.Text(), nullable=False),
        sa.Column("technique", sa.Text(), nullable=False),
        sa.Column("cost_class", sa.Text(), nullable=False),
        sa.Column("title_vi", sa.Text(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("description_vi", sa.Text(), nullable=False),
        sa.Column("description_en", sa.Text(), nullable=False),
        sa.Column("typical_saving", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_catalogue")),
    )
    op.create_table(
        "ref_cause_category",
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name_vi", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("typical_techniques", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_cause_category")),
    )
    op.create_table(
        "ref_constant",
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("name_vi", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_constant")),
    )
    op.create_table(
        "ref_fuel",
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name_vi", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("co2_t_per_t", sa.Float(), nullable=True),
        sa.Column("biogenic", sa.Boolean(), nullable=False),
        sa.Column("toe_per_t", sa.Float(), nullable=True),
        sa.Column("toe_per_1000_l", sa.Float(), nullable=True),
        sa.Column("toe_per_1000_m3", sa.Float(), nullable=True),
        sa.Column("density_t_per_m3", sa.Float(), nullable=True),
        sa.Column("toe_source", sa.Text(), nullable=False),
        sa.Column("toe_year", sa.Integer(), nullable=True),
        sa.Column("density_source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_fuel")),
    )
    op.create_table(
        "ref_grid_factor",
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("factor_year", sa.Integer(), nullable=False),
        sa.Column("t_co2_per_mwh", sa.Float(), nullable=False),
        sa.Column("provisional", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("factor_year", name=op.f("pk_ref_grid_factor")),
    )
    op.create_table(
        "ref_sector",
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name_vi", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_sector")),
    )
    op.create_table(
        "ref_technique",
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name_vi", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_technique")),
    )
    op.create_table(
        "ref_unit",
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name_vi", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("dimension", sa.Text(), nullable=False),
        sa.Column("factor", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_unit")),
    )
    op.create_table(
        "tombstone",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_tombstone")),
    )
    op.create_table(
        "assessment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("enterprise_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("consultants", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("baseline_year", sa.Integer(), nullable=True),
        sa.Column("working_days_per_year", sa.Integer(), nullable=True),
        sa.Column("shifts_per_day", sa.Integer(), nullable=True),
        sa.Column("staff_count", sa.Integer(), nullable=True),
        sa.Column("grid_factor_year", sa.Integer(), nullable=True),
        sa.Column("discount_rate", sa.Float(), nullable=False),
        sa.Column("conclusions", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_assessment_enterprise_id_enterprise"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index("ix_assessment_enterprise_id", ["enterprise_id"], unique=False)

    op.create_table(
        "consumption",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("fuel_code", sa.Text(), nullable=False),
        sa.Column("yearly_quantity", sa.Float(), nullable=True),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("unit_price", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_consumption_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consumption")),
    )
    with op.batch_alter_table("consumption", schema=None) as batch_op:
        batch_op.create_index("ix_consumption_assessment_id", ["assessment_id"], unique=False)

    op.create_table(
        "photo",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("owner_kind", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("mime_type", sa.Text(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.Text(), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_photo_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo")),
    )
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.create_index("ix_photo_assessment_id", ["assessment_id"], unique=False)

    op.create_table(
        "process_step",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("equipment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_process_step_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_process_step")),
    )
    with op.batch_alter_table("process_step", schema=None) as batch_op:
        batch_op.create_index("ix_process_step_assessment_id", ["assessment_id"], unique=False)

    op.create_table(
        "product",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("yearly_output", sa.Float(), nullable=True),
        sa.Column("is_main", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_product_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index("ix_product_assessment_id", ["assessment_id"], unique=False)

    op.create_table(
        "team_member",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("job_title", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_team_member_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_member")),
    )
    with op.batch_alter_table("team_member", schema=None) as batch_op:
        batch_op.create_index("ix_team_member_assessment_id", ["assessment_id"], unique=False)

    op.create_table(
        "photo_blob",
        sa.Column("photo_id", sa.String(length=36), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photo.id"], name=op.f("fk_photo_blob_photo_id_photo"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("photo_id", name=op.f("pk_photo_blob")),
    )
    op.create_table(
        "step_flow",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("step_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("direction", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=True),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("unit_cost", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["process_step.id"],
            name=op.f("fk_step_flow_step_id_process_step"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step_flow")),
    )
    with op.batch_alter_table("step_flow", schema=None) as batch_op:
        batch_op.create_index("ix_step_flow_step_id", ["step_id"], unique=False)

    op.create_table(
        "waste_stream",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("step_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=True),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("period", sa.Text(), nullable=False),
        sa.Column("characteristics", sa.Text(), nullable=False),
        sa.Column("lost_material_cost", sa.Float(), nullable=True),
        sa.Column("treatment_cost", sa.Float(), nullable=True),
        sa.Column("is_focus", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_waste_stream_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["process_step.id"],
            name=op.f("fk_waste_stream_step_id_process_step"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waste_stream")),
    )
    with op.batch_alter_table("waste_stream", schema=None) as batch_op:
        batch_op.create_index("ix_waste_stream_assessment_id", ["assessment_id"], unique=False)
        batch_op.create_index("ix_waste_stream_step_id", ["step_id"], unique=False)

    op.create_table(
        "cause",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("waste_stream_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("category", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["waste_stream_id"],
            ["waste_stream.id"],
            name=op.f("fk_cause_waste_stream_id_waste_stream"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cause")),
    )
    with op.batch_alter_table("cause", schema=None) as batch_op:
        batch_op.create_index("ix_cause_waste_stream_id", ["waste_stream_id"], unique=False)

    op.create_table(
        "solution",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.String(length=36), nullable=True),
        sa.Column("waste_stream_id", sa.String(length=36), nullable=True),
        sa.Column("cause_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("technique", sa.Text(), nullable=False),
        sa.Column("cost_class", sa.Text(), nullable=False),
        sa.Column("investment", sa.Float(), nullable=False),
        sa.Column("other_savings", sa.Float(), nullable=False),
        sa.Column("added_operating_cost", sa.Float(), nullable=False),
        sa.Column("lifetime_years", sa.Integer(), nullable=False),
        sa.Column("discount_rate", sa.Float(), nullable=True),
        sa.Column("waste_reduction", sa.Float(), nullable=True),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("responsible", sa.Text(), nullable=False),
        sa.Column("planned_date", sa.Date(), nullable=True),
        sa.Column("implementation_status", sa.Text(), nullable=False),
        sa.Column("actual_savings", sa.Float(), nullable=True),
        sa.Column("follow_up_notes", sa.Text(), nullable=False),
        sa.Column("catalogue_code", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_solution_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["cause_id"], ["cause.id"], name=op.f("fk_solution_cause_id_cause"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["process_step.id"],
            name=op.f("fk_solution_step_id_process_step"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["waste_stream_id"],
            ["waste_stream.id"],
            name=op.f("fk_solution_waste_stream_id_waste_stream"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_solution")),
    )
    with op.batch_alter_table("solution", schema=None) as batch_op:
        batch_op.create_index("ix_solution_assessment_id", ["assessment_id"], unique=False)
        batch_op.create_index("ix_solution_cause_id", ["cause_id"], unique=False)
        batch_op.create_index("ix_solution_step_id", ["step_id"], unique=False)
        batch_op.create_index("ix_solution_waste_stream_id", ["waste_stream_id"], unique=False)

    op.create_table(
        "solution_saving",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("solution_id", sa.String(length=36), nullable=False),
        sa.Column("consumption_id", sa.String(length=36), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consumption_id"],
            ["consumption.id"],
            name=op.f("fk_solution_saving_consumption_id_consumption"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["solution_id"],
            ["solution.id"],
            name=op.f("fk_solution_saving_solution_id_solution"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_solution_saving")),
    )
    with op.batch_alter_table("solution_saving", schema=None) as batch_op:
        batch_op.create_index("ix_solution_saving_consumption_id", ["consumption_id"], unique=False)
        batch_op.create_index("ix_solution_saving_solution_id", ["solution_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("solution_saving", schema=None) as batch_op:
        batch_op.drop_index("ix_solution_saving_solution_id")
        batch_op.drop_index("ix_solution_saving_consumption_id")

    op.drop_table("solution_saving")
    with op.batch_alter_table("solution", schema=None) as batch_op:
        batch_op.drop_index("ix_solution_waste_stream_id")
        batch_op.drop_index("ix_solution_step_id")
        batch_op.drop_index("ix_solution_cause_id")
        batch_op.drop_index("ix_solution_assessment_id")

    op.drop_table("solution")
    with op.batch_alter_table("cause", schema=None) as batch_op:
        batch_op.drop_index("ix_cause_waste_stream_id")

    op.drop_table("cause")
    with op.batch_alter_table("waste_stream", schema=None) as batch_op:
        batch_op.drop_index("ix_waste_stream_step_id")
        batch_op.drop_index("ix_waste_stream_assessment_id")

    op.drop_table("waste_stream")
    with op.batch_alter_table("step_flow", schema=None) as batch_op:
        batch_op.drop_index("ix_step_flow_step_id")

    op.drop_table("step_flow")
    op.drop_table("photo_blob")
    with op.batch_alter_table("team_member", schema=None) as batch_op:
        batch_op.drop_index("ix_team_member_assessment_id")

    op.drop_table("team_member")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index("ix_product_assessment_id")

    op.drop_table("product")
    with op.batch_alter_table("process_step", schema=None) as batch_op:
        batch_op.drop_index("ix_process_step_assessment_id")

    op.drop_table("process_step")
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.drop_index("ix_photo_assessment_id")

    op.drop_table("photo")
    with op.batch_alter_table("consumption", schema=None) as batch_op:
        batch_op.drop_index("ix_consumption_assessment_id")

    op.drop_table("consumption")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_assessment_enterprise_id")

    op.drop_table("assessment")
    op.drop_table("tombstone")
    op.drop_table("ref_unit")
    op.drop_table("ref_technique")
    op.drop_table("ref_sector")
    op.drop_table("ref_grid_factor")
    op.drop_table("ref_fuel")
    op.drop_table("ref_constant")
    op.drop_table("ref_cause_category")
    op.drop_table("ref_catalogue")
    op.drop_table("ref_admin_unit")
    op.drop_table("meta")
    op.drop_table("enterprise")
