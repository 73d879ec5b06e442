"""Database tables, derived from the domain dataclasses so each field is declared once.

A column is made for every dataclass field, typed from its annotation; what a dataclass cannot say
(foreign keys, indexes) is added here. Migrations in ``store/migrations`` are explicit scripts, so a
change to a dataclass needs a migration too (a test compares the migrated database with this file).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)

from sxsh_desktop.domain import model
from sxsh_desktop.domain import reference as ref


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime; SQLite keeps no time zone, so it is put back on reading."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

_SCALAR_TYPES: dict[Any, Any] = {
    str: Text,
    int: Integer,
    float: Float,
    bool: Boolean,
    date: Date,
    datetime: UtcDateTime,
}


def _column_type(annotation: Any) -> tuple[Any, bool]:
    """SQL type and nullability of a field annotation such as ``float | None``."""
    args = typing.get_args(annotation)
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        non_null = [a for a in args if a is not type(None)]
        sql_type, _ = _column_type(non_null[0])
        return sql_type, True
    if typing.get_origin(annotation) is tuple:
        return Text, False  # tuples of codes are stored as JSON text
    return _SCALAR_TYPES[annotation], False


def _columns(cls: type, foreign_keys: dict[str, str], primary_key: str | None) -> list[Column[Any]]:
    hints = typing.get_type_hints(cls, vars(model) | vars(ref))
    columns = []
    for f in dataclasses.fields(cls):
        sql_type, nullable = _column_type(hints[f.name])
        if f.name == "id":
            sql_type = String(36)
        args: list[Any] = []
        on_delete = None
        if f.name in foreign_keys:
            target, on_delete = foreign_keys[f.name].split(" ", 1)
            sql_type = String(36)
            args.append(ForeignKey(target, ondelete=on_delete))
        columns.append(
            Column(
                f.name,
                sql_type,
                *args,
                primary_key=f.name == primary_key,
                nullable=nullable or on_delete == "SET NULL",
            )
        )
    return columns


def _record_table(name: str, cls: type, **foreign_keys: str) -> Table:
    table = Table(name, metadata, *_columns(cls, foreign_keys, primary_key="id"))
    for column in foreign_keys:
        Index(f"ix_{name}_{column}", table.c[column])
    return table


def _reference_table(name: str, cls: type, key: str) -> Table:
    return Table(name, metadata, *_columns(cls, {}, primary_key=key))


# --- synced records --------------------------------------------------------------------------

enterprise = _record_table("enterprise", model.Enterprise)
assessment = _record_table("assessment", model.Assessment, enterprise_id="enterprise.id CASCADE")
team_member = _record_table("team_member", model.TeamMember, assessment_id="assessment.id CASCADE")
product = _record_table("product", model.Product, assessment_id="assessment.id CASCADE")
consumption = _record_table("consumption", model.Consumption, assessment_id="assessment.id CASCADE")
process_step = _record_table("process_step", model.ProcessStep, assessment_id="assessment.id CASCADE")
step_flow = _record_table("step_flow", model.StepFlow, step_id="process_step.id CASCADE")
waste_stream = _record_table(
    "waste_stream",
    model.WasteStream,
    assessment_id="assessment.id CASCADE",
    step_id="process_step.id SET NULL",
)
cause = _record_table("cause", model.Cause, waste_stream_id="waste_stream.id CASCADE")
solution = _record_table(
    "solution",
    model.Solution,
    assessment_id="assessment.id CASCADE",
    step_id="process_step.id SET NULL",
    waste_stream_id="waste_stream.id SET NULL",
    cause_id="cause.id SET NULL",
)
solution_saving = _record_table(
    "solution_saving",
    model.SolutionSaving,
    solution_id="solution.id CASCADE",
    consumption_id="consumption.id CASCADE",
)
photo = _record_table("photo", model.Photo, assessment_id="assessment.id CASCADE")

# Photo bytes live beside their metadata row and are written in the same transaction.
photo_blob = Table(
    "photo_blob",
    metadata,
    Column("photo_id", String(36), ForeignKey("photo.id", ondelete="CASCADE"), primary_key=True),
    Column("data", LargeBinary, nullable=False),
    Column("thumbnail", LargeBinary, nullable=True),
)

# Deletions that must travel to the office.
tombstone = Table(
    "tombstone",
    metadata,
    Column("record_id", String(36), primary_key=True),
    Column("entity", String(40), nullable=False),
    Column("assessment_id", String(36), nullable=True),
    Column("deleted_at", UtcDateTime, nullable=False),
    Column("device_id", Text, nullable=False),
)

# Installation facts: device id, settings the command line shares with the window.
meta = Table(
    "meta",
    metadata,
    Column("key", String(80), primary_key=True),
    Column("value", Text, nullable=False),
)

# The record class and table of every synced entity, by entity name.
RECORD_TABLES: dict[str, tuple[type[model.SyncFields], Table]] = {
    "enterprise": (model.Enterprise, enterprise),
    "assessment": (model.Assessment, assessment),
    "team_member": (model.TeamMember, team_member),
    "product": (model.Product, product),
    "consumption": (model.Consumption, consumption),
    "process_step": (model.ProcessStep, process_step),
    "step_flow": (model.StepFlow, step_flow),
    "waste_stream": (model.WasteStream, waste_stream),
    "cause": (model.Cause, cause),
    "solution": (model.Solution, solution),
    "solution_saving": (model.SolutionSaving, solution_saving),
    "photo": (model.Photo, photo),
}

# The table of each AssessmentDocument collection (see model.DOCUMENT_COLLECTIONS).
COLLECTION_TABLES: dict[str, str] = {
    "team": "team_member",
    "products": "product",
    "consumptions": "consumption",
    "steps": "process_step",
    "flows": "step_flow",
    "waste_streams": "waste_stream",
    "causes": "cause",
    "solutions": "solution",
    "savings": "solution_saving",
    "photos": "photo",
}


def entity_of(record_class: type) -> str:
    return next(name for name, (cls, _) in RECORD_TABLES.items() if cls is record_class)


# --- reference data --------------------------------------------------------------------------

REFERENCE_TABLES: dict[str, tuple[type, Table]] = {
    "techniques": (ref.Technique, _reference_table("ref_technique", ref.Technique, "code")),
    "cause_categories": (
        ref.CauseCategory,
        _reference_table("ref_cause_category", ref.CauseCategory, "code"),
    ),
    "grid_factors": (ref.GridFactor, _reference_table("ref_grid_factor", ref.GridFactor, "factor_year")),
    "fuels": (ref.Fuel, _reference_table("ref_fuel", ref.Fuel, "code")),
    "constants": (ref.Constant, _reference_table("ref_constant", ref.Constant, "code")),
    "units": (ref.Unit, _reference_table("ref_unit", ref.Unit, "code")),
    "admin_units": (ref.AdminUnit, _reference_table("ref_admin_unit", ref.AdminUnit, "code")),
    "sectors": (ref.Sector, _reference_table("ref_sector", ref.Sector, "code")),
    "catalogue": (ref.CatalogueOption, _reference_table("ref_catalogue", ref.CatalogueOption, "code")),
}

# --- encrypted packages (sxsh_desktop.sync) ----------------------------------------------------

# This installation's own key pairs: "device" (every installation: signs and receives its own
# packages) and "centre" (the office: receives every consultant's packages). The Centre's secrets
# are kept passphrase-encrypted (age scrypt); the device's secrets are generated on first use.
sync_own_key = Table(
    "sync_own_key",
    metadata,
    Column("role", String(20), primary_key=True),
    Column("name", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("age_recipient", Text, nullable=False),
    Column("verify_key", Text, nullable=False),
    Column("age_identity", LargeBinary, nullable=False),
    Column("signing_key", LargeBinary, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
)

# Public keys of others: the Centre's (at a consultant's) or consultants' (at the office).
sync_trusted_key = Table(
    "sync_trusted_key",
    metadata,
    Column("key_id", String(64), primary_key=True),
    Column("role", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("age_recipient", Text, nullable=False),
    Column("verify_key", Text, nullable=False),
    Column("added_at", UtcDateTime, nullable=False),
    Column("revoked_at", UtcDateTime, nullable=True),
)

# Packages written by this installation; the sequence numbers let the office see a missing one.
sync_export = Table(
    "sync_export",
    metadata,
    Column("package_id", String(36), primary_key=True),
    Column("sequence", Integer, nullable=False, unique=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("file_name", Text, nullable=False),
    Column("assessment_count", Integer, nullable=False),
    Column("record_count", Integer, nullable=False),
    Column("photo_count", Integer, nullable=False),
)

# Which assessments each exported package held: an assessment's own export history.
sync_export_assessment = Table(
    "sync_export_assessment",
    metadata,
    Column("package_id", String(36), primary_key=True),
    Column("assessment_id", String(36), primary_key=True, index=True),
)

# Packages imported here: who sent what, when, and what it changed.
sync_import = Table(
    "sync_import",
    metadata,
    Column("package_id", String(36), primary_key=True),
    Column("sender_key_id", String(64), nullable=False),
    Column("sender_device_id", Text, nullable=False, index=True),
    Column("sender_name", Text, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("imported_at", UtcDateTime, nullable=False),
    Column("imported_by", Text, nullable=False),
    Column("file_name", Text, nullable=False),
    Column("new_count", Integer, nullable=False),
    Column("updated_count", Integer, nullable=False),
    Column("unchanged_count", Integer, nullable=False),
    Column("deleted_count", Integer, nullable=False),
    Column("conflict_count", Integer, nullable=False),
    Column("missing_sequences", Text, nullable=False),
)

# The last version of each record received from each device (revision and content hash): the
# common base that tells a change made at one end from a change made at both.
sync_record_state = Table(
    "sync_record_state",
    metadata,
    Column("record_id", String(36), primary_key=True),
    Column("device_id", String(36), primary_key=True),
    Column("entity", String(40), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("content_hash", String(64), nullable=False),
)

# Records changed at both ends, kept with both versions until someone chooses one.
sync_conflict = Table(
    "sync_conflict",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("record_id", String(36), nullable=False, index=True),
    Column("entity", String(40), nullable=False),
    Column("assessment_id", String(36), nullable=True),
    Column("package_id", String(36), nullable=False),
    Column("sender_device_id", Text, nullable=False),
    Column("sender_name", Text, nullable=False),
    Column("detected_at", UtcDateTime, nullable=False),
    Column("reason", Text, nullable=False),
    Column("office_version", Text, nullable=True),
    Column("incoming_version", Text, nullable=True),
    Column("incoming_photo", LargeBinary, nullable=True),
    Column("resolved_at", UtcDateTime, nullable=True),
    Column("resolution", String(20), nullable=True),
)

# Who may change an assessment at the office: the consultant's installation whose package first
# brought it ("owner"), and those the office shares it with ("shared"). An assessment without a row
# (made at the office) belongs to the office.
sync_assessment_owner = Table(
    "sync_assessment_owner",
    metadata,
    Column("assessment_id", String(36), primary_key=True),
    Column("device_id", String(36), primary_key=True),
    Column("role", String(20), nullable=False),
    Column("since", UtcDateTime, nullable=False),
)

# --- registry import from spreadsheets (sxsh_desktop.services.registry_import) ------------------

# One import of a facility list: the file (name and SHA-256), the mapping and options used, what
# it did; undone_at is set when the whole batch was taken back.
import_batch = Table(
    "import_batch",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("file_name", Text, nullable=False),
    Column("file_sha256", String(64), nullable=False),
    Column("file_kind", String(8), nullable=False),
    Column("profile_name", Text, nullable=False),
    Column("sheets", Text, nullable=False),  # JSON list of sheet names imported
    Column("mapping", Text, nullable=False),  # JSON {sheet: {column title: field}}
    Column("options", Text, nullable=False),  # JSON: field policies, legacy-text decisions, encoding
    Column("new_count", Integer, nullable=False),
    Column("updated_count", Integer, nullable=False),
    Column("unchanged_count", Integer, nullable=False),
    Column("rejected_count", Integer, nullable=False),
    Column("undone_at", UtcDateTime, nullable=True),
)

# Where each imported field value came from (batch, sheet, row) and what it replaced, so that a
# value can be traced to its file and a batch undone: one row per enterprise and batch, its fields
# in ``fields``; revision_after is the enterprise's revision the batch left (a later edit makes
# undo refuse rather than lose it).
import_provenance = Table(
    "import_provenance",
    metadata,
    Column("batch_id", String(36), ForeignKey("import_batch.id", ondelete="CASCADE"), primary_key=True),
    Column("enterprise_id", String(36), primary_key=True, index=True),
    # JSON {field: {"action": new | fill | overwrite | made, "old_value": JSON, "new_value": JSON}}
    Column("fields", Text, nullable=False),
    Column("sheet", Text, nullable=False),
    Column("row", Integer, nullable=False),
    Column("revision_after", Integer, nullable=False),
)

# Mappings the user confirmed, by profile name; source_key is the folded header of the file it was
# made for, so that the next list from the same source is mapped the same way.
import_profile = Table(
    "import_profile",
    metadata,
    Column("name", String(120), primary_key=True),
    Column("source_key", Text, nullable=False, index=True),
    Column("mapping", Text, nullable=False),  # JSON {column title: field or null}
    Column("updated_at", UtcDateTime, nullable=False),
)

# Administrative units no longer in force (today's are ref_admin_unit), keyed by code *and*
# vintage ("18754@2025-06-30"): codes are reused.
admin_vintage = Table(
    "admin_vintage",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("code", String(20), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("valid_from", Date, nullable=True),
    Column("valid_to", Date, nullable=False),
    Column("district", Text, nullable=False),
    Column("province_code", String(10), nullable=False, index=True),
    Column("source", Text, nullable=False),
)

# Old unit → unit of today: kind "whole" (resolves by itself) or "part" (a split: a person decides).
admin_mapping = Table(
    "admin_mapping",
    metadata,
    Column("old_key", String(40), primary_key=True),
    Column("new_code", String(20), primary_key=True),
    Column("kind", String(8), nullable=False),
)

# An enterprise's commune as recorded (text, district, the unit it was) and the unit it is today,
# with how that was found: current, auto (a whole merger), manual (a person chose), or still
# open (a split or an unknown name, status "manual" or "unresolved" with no today_code).
enterprise_commune = Table(
    "enterprise_commune",
    metadata,
    Column("enterprise_id", String(36), ForeignKey("enterprise.id", ondelete="CASCADE"), primary_key=True),
    Column("recorded_name", Text, nullable=False),
    Column("recorded_district", Text, nullable=False),
    Column("recorded_key", String(40), nullable=True),
    Column("status", String(12), nullable=False),
    Column("today_code", String(20), nullable=True),
    Column("candidates", Text, nullable=False),  # JSON list of codes of today's units
    Column("batch_id", String(36), nullable=True),
    Column("decided_at", UtcDateTime, nullable=True),
)

# --- plans, budget and the yearly report (office) ----------------------------------------------

# A plan document as printed (domain/plan.py): its actions, budget cells and what it states about
# its own figures (totals, total in words, cited numbers), so that its disagreements can be shown.
plan_document = Table(
    "plan_document",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("number", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("issuer", Text, nullable=False),
    Column("issued_on", Date, nullable=True),
    Column("period_start", Date, nullable=False),
    Column("period_end", Date, nullable=False),
    Column("unit_vnd", Integer, nullable=False),
    Column("source", Text, nullable=False),
    Column("loaded_at", UtcDateTime, nullable=False),
)
plan_action = Table(
    "plan_action",
    metadata,
    Column("id", String(80), primary_key=True),
    Column(
        "plan_id", String(40), ForeignKey("plan_document.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("code", String(20), nullable=False),
    Column("task_group", String(20), nullable=False),
    Column("title", Text, nullable=False),
    Column("content", Text, nullable=False),
    Column("expected_result", Text, nullable=False),
    Column("lead", Text, nullable=False),
    Column("partners", Text, nullable=False),
    Column("start_on", Date, nullable=True),
    Column("end_on", Date, nullable=True),
    Column("position", Integer, nullable=False),
)
budget_cell = Table(
    "budget_cell",
    metadata,
    Column("id", String(36), primary_key=True),
    Column(
        "plan_id", String(40), ForeignKey("plan_document.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("item", String(20), nullable=False),
    Column("year", Integer, nullable=True, index=True),
    Column("source", String(20), nullable=False),
    Column("planned", Float, nullable=True),
    Column("allocated", Float, nullable=True),
    Column("spent", Float, nullable=True),
    Column("document_number", Text, nullable=False),
    Column("printed", Text, nullable=False),
    Column("note", Text, nullable=False),
)
plan_statement = Table(
    "plan_statement",
    metadata,
    Column("id", String(36), primary_key=True),
    Column(
        "plan_id", String(40), ForeignKey("plan_document.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("kind", String(20), nullable=False),
    Column("key", Text, nullable=False),
    Column("number", Float, nullable=True),
    Column("text", Text, nullable=False),
    Column("printed", Text, nullable=False),
    Column("place", Text, nullable=False),
)
# One yearly report per year, with its state (draft → submitted → accepted or returned); a
# submitted or accepted report locks its period's activities, budget lines and indicator inputs.
yearly_report = Table(
    "yearly_report",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("year", Integer, nullable=False, unique=True),
    Column("period_start", Date, nullable=False),
    Column("period_end", Date, nullable=False),
    Column("template", Text, nullable=False),
    Column("state", String(20), nullable=False),
    Column("number", Text, nullable=False),
    Column("difficulties", Text, nullable=False),
    Column("proposals", Text, nullable=False),
    Column("next_year_plan", Text, nullable=False),
    Column("lock_reason", Text, nullable=False),
    Column("updated_at", UtcDateTime, nullable=True),
)
report_event = Table(
    "report_event",
    metadata,
    Column("id", String(36), primary_key=True),
    Column(
        "report_id",
        String(36),
        ForeignKey("yearly_report.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("at", UtcDateTime, nullable=False),
    Column("action", String(20), nullable=False),
    Column("reason", Text, nullable=False),
    Column("by", Text, nullable=False),
)

# --- roll-ups from provinces to the ministry (sxsh_desktop.sync.rollup) ------------------------

# Keys of the other end: at the ministry, each province's office key with the province it may report
# for; at a province, the ministry's key.
rollup_key = Table(
    "rollup_key",
    metadata,
    Column("key_id", String(64), primary_key=True),
    Column("role", String(20), nullable=False),
    Column("province_code", String(3), nullable=True),
    Column("province_vintage", String(10), nullable=True),
    Column("name", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("age_recipient", Text, nullable=False),
    Column("verify_key", Text, nullable=False),
    Column("added_at", UtcDateTime, nullable=False),
    Column("revoked_at", UtcDateTime, nullable=True),
)

# Roll-ups received at the ministry, each with its decision; the document is kept as received.
rollup_submission = Table(
    "rollup_submission",
    metadata,
    Column("package_id", String(36), primary_key=True),
    Column("province_code", String(3), nullable=False),
    Column("province_vintage", String(10), nullable=False),
    Column("year", Integer, nullable=False),
    Column("sender_key_id", String(64), nullable=False, index=True),
    Column("sender_name", Text, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("received_at", UtcDateTime, nullable=False),
    Column("file_name", Text, nullable=False),
    Column("status", String(20), nullable=False),
    Column("status_at", UtcDateTime, nullable=False),
    Column("comment", Text, nullable=False),
    Column("document", Text, nullable=False),
    Index("ix_rollup_submission_province_year", "province_code", "province_vintage", "year"),
)

# The indicator rows of each roll-up received: what national figures are summed from.
rollup_figure = Table(
    "rollup_figure",
    metadata,
    Column(
        "submission_id",
        String(36),
        ForeignKey("rollup_submission.package_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("code", String(10), primary_key=True),
    Column("basis", String(20), primary_key=True),
    Column("grp", String(30), primary_key=True),
    Column("definition_version", Integer, nullable=False),
    Column("numerator", Float, nullable=False),
    Column("denominator", Float, nullable=False),
    Column("denominator_source", Text, nullable=False),
    Column("coverage", Float, nullable=False),
    Column("target", Float, nullable=True),
)

# Roll-up packages this installation wrote: roll-ups (a province) and replies (the ministry).
rollup_sent = Table(
    "rollup_sent",
    metadata,
    Column("package_id", String(36), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("province_code", String(3), nullable=False),
    Column("province_vintage", String(10), nullable=False),
    Column("year", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("file_name", Text, nullable=False),
    Column("recipient_key_id", String(64), nullable=False),
    Column("subject_id", String(36), nullable=True),  # a reply: the roll-up decided on
    Column("status", String(20), nullable=True),  # a reply: accepted or returned
)

# The ministry's replies received at a province.
rollup_reply = Table(
    "rollup_reply",
    metadata,
    Column("package_id", String(36), primary_key=True),
    Column("submission_id", String(36), nullable=False, index=True),
    Column("province_code", String(3), nullable=False),
    Column("province_vintage", String(10), nullable=False),
    Column("year", Integer, nullable=False),
    Column("status", String(20), nullable=False),
    Column("comment", Text, nullable=False),
    Column("decided_at", UtcDateTime, nullable=False),
    Column("decided_by", Text, nullable=False),
    Column("sender_key_id", String(64), nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("received_at", UtcDateTime, nullable=False),
)

# --- the office's own records (never in packages) -----------------------------------------------

from sxsh_desktop.store import office_tables as _office_tables  # noqa: E402, F401  (registers them)
