"""Registering an enterprise and editing one: the rules the window's dialog and ``sxsh enterprise add``
both apply, worded once (``domain/validation.py``)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from sxsh_desktop.domain.model import Enterprise
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.domain.taxcode import normalise_tax_code
from sxsh_desktop.domain.validation import explain_record
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services.changes import Changes, Outcome

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

# Texts whose runs of spaces are one space (names as people type and paste them).
_ONE_LINE = ("name", "short_name", "commune", "province", "legacy_district", "contact_name")
_TRIMMED = ("street", "sector_code", "contact_phone", "contact_email", "notes")
_CP_LADDER = ("cp_informed_on", "cp_aware_on", "cp_applying_on")
CP_STATUS = "cp_status"  # the field a problem of the CP ladder is reported on


def standard_form(enterprise: Enterprise) -> Enterprise:
    """The enterprise with its texts trimmed and its tax code in standard form; ValidationError
    (field ``tax_code``) when the tax code cannot be one."""
    texts: dict[str, Any] = {name: " ".join(getattr(enterprise, name).split()) for name in _ONE_LINE}
    texts.update({name: getattr(enterprise, name).strip() for name in _TRIMMED})
    return dataclasses.replace(enterprise, **texts, tax_code=normalise_tax_code(enterprise.tax_code))


def enterprise_problems(
    enterprise: Enterprise, reference: ReferenceData | None = None
) -> tuple[Enterprise, list[ValidationError]]:
    """The enterprise in standard form and every problem found (a form shows them all at once)."""
    problems: list[ValidationError] = []
    try:
        enterprise = standard_form(enterprise)
    except ValidationError as problem:
        problems.append(problem)
        enterprise = standard_form(dataclasses.replace(enterprise, tax_code=""))
    problems += explain_record(enterprise, reference)
    ladder = [getattr(enterprise, name) for name in _CP_LADDER]
    reached = [value for value in ladder if value is not None]
    if reached != sorted(reached):
        out_of_order = ValidationError(
            "The CP steps come in order: informed, then aware, then applying, each on or after the one "
            "before.",
            field=CP_STATUS,
        )
        out_of_order.reason = "cp_order"
        problems.append(out_of_order)
    return enterprise, problems


def checked_enterprise(enterprise: Enterprise, reference: ReferenceData | None = None) -> Enterprise:
    """The enterprise in standard form, or the first problem raised (before any database is opened)."""
    checked, problems = enterprise_problems(enterprise, reference)
    if problems:
        raise problems[0]
    return checked


def _refuse_taken_tax_code(store: Store, enterprise: Enterprise) -> None:
    if not enterprise.tax_code:
        return
    for same in store.search_enterprises(enterprise.tax_code, limit=5):
        if same.tax_code == enterprise.tax_code and same.id != enterprise.id:
            problem = ValidationError(
                f"Tax code {enterprise.tax_code} is already registered to {same.name} ({same.id}).",
                field="tax_code",
            )
            problem.reason = "taken"
            problem.params = {"code": enterprise.tax_code, "name": same.name}
            raise problem


def register_enterprise(store: Store, enterprise: Enterprise) -> Outcome[Enterprise]:
    """Add an enterprise to the registry: checked, in standard form, its tax code not yet registered."""
    checked = checked_enterprise(enterprise)
    _refuse_taken_tax_code(store, checked)
    added = store.insert(checked)
    return Outcome(added, Changes.of(["enterprise"], [added.id]))


def changed_fields(before: Enterprise, after: Enterprise) -> dict[str, Any]:
    """The fields of ``after`` that differ from ``before`` (sync fields left out)."""
    sync = {"id", "created_at", "updated_at", "revision", "device_id"}
    return {
        f.name: getattr(after, f.name)
        for f in dataclasses.fields(Enterprise)
        if f.name not in sync and getattr(before, f.name) != getattr(after, f.name)
    }


def edit_enterprise(store: Store, enterprise_id: str, edited: Enterprise) -> Outcome[Enterprise]:
    """Store the fields of ``edited`` that differ from the stored enterprise (all of them checked,
    so that a value saved before a rule existed is fixed here); nothing written when none differ."""
    checked = checked_enterprise(dataclasses.replace(edited, id=enterprise_id))
    current = store.get(Enterprise, enterprise_id)
    changes = changed_fields(current, checked)
    if not changes:
        return Outcome(current)
    if "tax_code" in changes:
        _refuse_taken_tax_code(store, checked)
    saved = store.update(Enterprise, enterprise_id, **changes)
    return Outcome(saved, Changes.of(["enterprise"], [saved.id]))


def delete_enterprise(store: Store, enterprise_id: str) -> Outcome[None]:
    """Remove an enterprise from the registry (a tombstone tells the office). Refused while it has
    assessments: each of those is deleted on its own, with its own question, first."""
    enterprise = store.get(Enterprise, enterprise_id)  # NotFoundError for one that is gone
    count = len(store.assessments(enterprise_id))
    if count:
        problem = ValidationError(
            f"{enterprise.name} has {count} assessment(s): delete them first, then the enterprise.",
            field="enterprise",
        )
        problem.reason = "has_assessments"
        problem.params = {"name": enterprise.name, "count": str(count)}
        raise problem
    store.delete(Enterprise, enterprise_id)
    return Outcome(None, Changes.of(["enterprise"], [enterprise_id]))
