"""Translated words for what the package code reports in stable English codes: record kinds,
change kinds, the reasons of the merge, field names, key roles, values of a record."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from sxsh_desktop.domain.dates import format_date
from sxsh_desktop.sync.keys import ROLE_CENTRE
from sxsh_desktop.sync.merge import ChangeKind


def entity_label(entity: str) -> str:
    labels = {
        "enterprise": QCoreApplication.translate("Packages", "Enterprise"),
        "assessment": QCoreApplication.translate("Packages", "Assessment"),
        "team_member": QCoreApplication.translate("Packages", "Team member"),
        "product": QCoreApplication.translate("Packages", "Product"),
        "consumption": QCoreApplication.translate("Packages", "Consumption"),
        "process_step": QCoreApplication.translate("Packages", "Process step"),
        "step_flow": QCoreApplication.translate("Packages", "Step input or output"),
        "waste_stream": QCoreApplication.translate("Packages", "Waste stream"),
        "cause": QCoreApplication.translate("Packages", "Cause"),
        "solution": QCoreApplication.translate("Packages", "Solution"),
        "solution_saving": QCoreApplication.translate("Packages", "Saving of a solution"),
        "photo": QCoreApplication.translate("Packages", "Photo"),
    }
    return labels.get(entity, entity.replace("_", " "))


def change_label(kind: ChangeKind | str) -> str:
    labels = {
        ChangeKind.NEW.value: QCoreApplication.translate("Packages", "New"),
        ChangeKind.UPDATED.value: QCoreApplication.translate("Packages", "Updated"),
        ChangeKind.UNCHANGED.value: QCoreApplication.translate("Packages", "Unchanged"),
        ChangeKind.DELETED.value: QCoreApplication.translate("Packages", "Deleted"),
        ChangeKind.CONFLICT.value: QCoreApplication.translate("Packages", "Conflict"),
    }
    return labels.get(str(kind), str(kind))


_ORPHAN = re.compile(r"its ([a-z ]+) \(\w+\) was deleted at the office")


def reason_text(reason: str) -> str:
    """The merge's reason for a change, in the user's language."""
    reasons = {
        "not changed by the sender since the last import": QCoreApplication.translate(
            "Packages", "not changed by the sender since the last import"
        ),
        "older than the version already received from this sender": QCoreApplication.translate(
            "Packages", "older than the version already received from this sender"
        ),
        "a version already received from the device that wrote it": QCoreApplication.translate(
            "Packages", "a version already received from the computer that wrote it"
        ),
        "deleted at the office, changed by the sender": QCoreApplication.translate(
            "Packages", "deleted at the office, changed by the sender"
        ),
        "same content at both ends": QCoreApplication.translate("Packages", "same content at both ends"),
        "changed at the office and by the sender since the last import": QCoreApplication.translate(
            "Packages", "changed at the office and by the sender since the last import"
        ),
        "changed at the office after it was received, and by the sender": QCoreApplication.translate(
            "Packages", "changed at the office after it was received, and by the sender"
        ),
        "changed at both ends": QCoreApplication.translate("Packages", "changed at both ends"),
        "deleted by the sender": QCoreApplication.translate("Packages", "deleted by the sender"),
        "changed at the office, deleted by the sender": QCoreApplication.translate(
            "Packages", "changed at the office, deleted by the sender"
        ),
        "made at the office; the sender sends another version": QCoreApplication.translate(
            "Packages", "made at the office; the sender sends another version"
        ),
        "the office holds another sender's version, which this sender never received": (
            QCoreApplication.translate(
                "Packages", "the office holds another sender's version, which this sender never received"
            )
        ),
        "the assessment belongs to another consultant; the sender may not change it": (
            QCoreApplication.translate(
                "Packages", "the assessment belongs to another consultant; the sender may not change it"
            )
        ),
        "deleted with the record it belongs to": QCoreApplication.translate(
            "Packages", "deleted with the record it belongs to"
        ),
        "deleting it would delete records changed at the office": QCoreApplication.translate(
            "Packages", "deleting it would delete records changed at the office"
        ),
        "deleting it would delete assessments the sender may not change": QCoreApplication.translate(
            "Packages", "deleting it would delete assessments the sender may not change"
        ),
        "the package still sends records that belong to it": QCoreApplication.translate(
            "Packages", "the package still sends records that belong to it"
        ),
        "same tax code as an enterprise here: proposed for merging into it": QCoreApplication.translate(
            "Packages", "same tax code as an enterprise here: proposed for merging into it"
        ),
        "changed at both offices": QCoreApplication.translate("Packages", "changed at both offices"),
    }
    if reason in reasons:
        return reasons[reason]
    orphan = _ORPHAN.fullmatch(reason)
    if orphan:
        parent = entity_label(orphan.group(1).replace(" ", "_")).lower()
        return QCoreApplication.translate(
            "Packages", "the record it belongs to ({kind}) was deleted at the office"
        ).format(kind=parent)
    return reason


def role_label(role: str) -> str:
    return (
        QCoreApplication.translate("Packages", "Centre")
        if role == ROLE_CENTRE
        else QCoreApplication.translate("Packages", "Consultant")
    )


def field_label(name: str) -> str:
    """A record field's name as the forms show it."""
    labels = {
        "name": QCoreApplication.translate("Packages", "Name"),
        "short_name": QCoreApplication.translate("Packages", "Short name"),
        "tax_code": QCoreApplication.translate("Packages", "Tax code"),
        "street": QCoreApplication.translate("Packages", "Street address"),
        "commune": QCoreApplication.translate("Packages", "Commune"),
        "province": QCoreApplication.translate("Packages", "Province"),
        "legacy_district": QCoreApplication.translate("Packages", "District (before 2025)"),
        "sector_code": QCoreApplication.translate("Packages", "Sector"),
        "ownership": QCoreApplication.translate("Packages", "Ownership"),
        "employees": QCoreApplication.translate("Packages", "Employees"),
        "contact_name": QCoreApplication.translate("Packages", "Contact person"),
        "contact_phone": QCoreApplication.translate("Packages", "Contact phone"),
        "contact_email": QCoreApplication.translate("Packages", "Contact email"),
        "cp_informed_on": QCoreApplication.translate("Packages", "Informed about CP on"),
        "cp_aware_on": QCoreApplication.translate("Packages", "Aware of CP benefits on"),
        "cp_applying_on": QCoreApplication.translate("Packages", "Applying CP since"),
        "notes": QCoreApplication.translate("Packages", "Notes"),
        "enterprise_id": QCoreApplication.translate("Packages", "Enterprise"),
        "assessment_id": QCoreApplication.translate("Packages", "Assessment"),
        "title": QCoreApplication.translate("Packages", "Title"),
        "start_date": QCoreApplication.translate("Packages", "Start date"),
        "end_date": QCoreApplication.translate("Packages", "End date"),
        "consultants": QCoreApplication.translate("Packages", "Consultants"),
        "status": QCoreApplication.translate("Packages", "Status"),
        "baseline_year": QCoreApplication.translate("Packages", "Baseline year"),
        "working_days_per_year": QCoreApplication.translate("Packages", "Working days per year"),
        "shifts_per_day": QCoreApplication.translate("Packages", "Shifts per day"),
        "staff_count": QCoreApplication.translate("Packages", "Staff"),
        "grid_factor_year": QCoreApplication.translate("Packages", "Grid emission factor year"),
        "discount_rate": QCoreApplication.translate("Packages", "Discount rate"),
        "conclusions": QCoreApplication.translate("Packages", "Conclusions"),
        "position": QCoreApplication.translate("Packages", "Order"),
        "job_title": QCoreApplication.translate("Packages", "Job title"),
        "role": QCoreApplication.translate("Packages", "Role in the team"),
        "phone": QCoreApplication.translate("Packages", "Phone"),
        "unit": QCoreApplication.translate("Packages", "Unit"),
        "yearly_output": QCoreApplication.translate("Packages", "Yearly output"),
        "is_main": QCoreApplication.translate("Packages", "Main product"),
        "kind": QCoreApplication.translate("Packages", "Kind"),
        "fuel_code": QCoreApplication.translate("Packages", "Fuel"),
        "yearly_quantity": QCoreApplication.translate("Packages", "Yearly quantity"),
        "unit_price": QCoreApplication.translate("Packages", "Unit price"),
        "description": QCoreApplication.translate("Packages", "Description"),
        "equipment": QCoreApplication.translate("Packages", "Equipment"),
        "step_id": QCoreApplication.translate("Packages", "Process step"),
        "direction": QCoreApplication.translate("Packages", "Input or output"),
        "quantity": QCoreApplication.translate("Packages", "Quantity"),
        "unit_cost": QCoreApplication.translate("Packages", "Unit cost"),
        "period": QCoreApplication.translate("Packages", "Period"),
        "characteristics": QCoreApplication.translate("Packages", "Characteristics"),
        "lost_material_cost": QCoreApplication.translate("Packages", "Cost of lost material"),
        "treatment_cost": QCoreApplication.translate("Packages", "Treatment and disposal cost"),
        "is_focus": QCoreApplication.translate("Packages", "Focus"),
        "waste_stream_id": QCoreApplication.translate("Packages", "Waste stream"),
        "category": QCoreApplication.translate("Packages", "Category"),
        "cause_id": QCoreApplication.translate("Packages", "Cause"),
        "technique": QCoreApplication.translate("Packages", "Technique"),
        "cost_class": QCoreApplication.translate("Packages", "Cost class"),
        "investment": QCoreApplication.translate("Packages", "Investment"),
        "other_savings": QCoreApplication.translate("Packages", "Other savings"),
        "added_operating_cost": QCoreApplication.translate("Packages", "Added operating cost"),
        "lifetime_years": QCoreApplication.translate("Packages", "Lifetime (years)"),
        "waste_reduction": QCoreApplication.translate("Packages", "Waste reduction"),
        "decision": QCoreApplication.translate("Packages", "Decision"),
        "responsible": QCoreApplication.translate("Packages", "Responsible"),
        "planned_date": QCoreApplication.translate("Packages", "Planned date"),
        "implementation_status": QCoreApplication.translate("Packages", "Implementation status"),
        "actual_savings": QCoreApplication.translate("Packages", "Actual savings"),
        "follow_up_notes": QCoreApplication.translate("Packages", "Follow-up notes"),
        "catalogue_code": QCoreApplication.translate("Packages", "Catalogue option"),
        "solution_id": QCoreApplication.translate("Packages", "Solution"),
        "consumption_id": QCoreApplication.translate("Packages", "Consumption"),
        "owner_kind": QCoreApplication.translate("Packages", "Photo of"),
        "owner_id": QCoreApplication.translate("Packages", "Photo of (record)"),
        "caption": QCoreApplication.translate("Packages", "Caption"),
        "mime_type": QCoreApplication.translate("Packages", "Image type"),
        "width": QCoreApplication.translate("Packages", "Width"),
        "height": QCoreApplication.translate("Packages", "Height"),
        "sha256": QCoreApplication.translate("Packages", "Image content"),
        "size_bytes": QCoreApplication.translate("Packages", "Size"),
    }
    return labels.get(name, name.replace("_", " "))


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def value_text(value: Any) -> str:
    """A record value (as the package JSON holds it) the way the window writes values."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Packages", "Yes")
            if value
            else QCoreApplication.translate("Packages", "No")
        )
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 12)
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return format_date(date.fromisoformat(value))
    return str(value)


def moment_text(value: datetime | None) -> str:
    """A stored UTC time in the computer's local time, dd/MM/yyyy HH:mm."""
    if value is None:
        return ""
    return value.astimezone().strftime("%d/%m/%Y %H:%M")
