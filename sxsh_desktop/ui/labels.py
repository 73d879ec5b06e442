"""Translated names of the stored enumeration values, for tables and combo boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sxsh_desktop.domain.model import AssessmentStatus, Ownership


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def ownership_labels() -> dict[str, str]:
    return {
        Ownership.STATE.value: _tr("State-owned"),
        Ownership.NON_STATE.value: _tr("Non-state"),
        Ownership.FOREIGN.value: _tr("Foreign-invested"),
        Ownership.COOPERATIVE.value: _tr("Cooperative"),
        Ownership.HOUSEHOLD.value: _tr("Household business"),
    }


def status_labels() -> dict[str, str]:
    return {
        AssessmentStatus.DRAFT.value: _tr("Draft"),
        AssessmentStatus.COMPLETED.value: _tr("Completed"),
        AssessmentStatus.EXPORTED.value: _tr("Exported"),
    }


def ownership_label(value: str) -> str:
    return ownership_labels().get(value, value)


def status_label(value: str) -> str:
    return status_labels().get(value, value)


def date_text(value: object) -> str:
    """Dates are shown dd/MM/yyyy in both languages (DESIGN.md section 1)."""
    return value.strftime("%d/%m/%Y") if value is not None and hasattr(value, "strftime") else ""
