"""plans as printed, their actions, budget cells and statements; yearly reports and their history

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _plan_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["plan_id"], ["plan_document.id"], name=op.f(f"fk_{table}_plan_id_plan_document"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "plan_document",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("issuer", sa.Text(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("unit_vnd", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_document")),
    )
    op.create_table(
        "plan_action",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("plan_id", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("task_group", sa.String(length=20), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("expected_result", sa.Text(), nullable=False),
        sa.Column("lead", sa.Text(), nullable=False),
        sa.Column("partners", sa.Text(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        _plan_fk("plan_action"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_action")),
    )
    op.create_index(op.f("ix_plan_action_plan_id"), "plan_action", ["plan_id"], unique=False)
    op.create_table(
        "budget_cell",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.String(length=40), nullable=False),
        sa.Column("item", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("planned", sa.Float(), nullable=True),
        sa.Column("allocated", sa.Float(), nullable=True),
        sa.Column("spent", sa.Float(), nullable=True),
        sa.Column("document_number", sa.Text(), nullable=False),
        sa.Column("printed", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _plan_fk("budget_cell"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_cell")),
    )
    op.create_index(op.f("ix_budget_cell_plan_id"), "budget_cell", ["plan_id"], unique=False)
    op.create_index(op.f("ix_budget_cell_year"), "budget_cell", ["year"], unique=False)
    op.create_table(
        "plan_statement",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("number", sa.Float(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("printed", sa.Text(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        _plan_fk("plan_statement"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_statement")),
    )
    op.create_index(op.f("ix_plan_statement_plan_id"), "plan_statement", ["plan_id"], unique=False)
    op.create_table(
        "yearly_report",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("template", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("difficulties", sa.Text(), nullable=False),
        sa.Column("proposals", sa.Text(), nullable=False),
        sa.Column("next_year_plan", sa.Text(), nullable=False),
        sa.Column("lock_reason", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_yearly_report")),
        sa.UniqueConstraint("year", name=op.f("uq_yearly_report_year")),
    )
    op.create_table(
        "report_event",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("report_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("by", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["yearly_report.id"],
            name=op.f("fk_report_event_report_id_yearly_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_event")),
    )
    op.create_index(op.f("ix_report_event_report_id"), "report_event", ["report_id"], unique=False)


def downgrade() -> None:
    op.drop_table("report_event")
    op.drop_table("yearly_report")
    op.drop_table("plan_statement")
    op.drop_table("budget_cell")
    op.drop_table("plan_action")
    op.drop_table("plan_document")
