"""Translated names of the stored enumeration values, for tables and combo boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sxsh_desktop.domain.model import AssessmentStatus, Ownership


def ownership_labels() -> dict[str, str]:
    return {
        Ownership.STATE.value: QCoreApplication.translate("Labels", "State-owned"),
        Ownership.NON_STATE.value: QCoreApplication.translate("Labels", "Non-state"),
        Ownership.FOREIGN.value: QCoreApplication.translate("Labels", "Foreign-invested"),
        Ownership.COOPERATIVE.value: QCoreApplication.translate("Labels", "Cooperative"),
        Ownership.HOUSEHOLD.value: QCoreApplication.translate("Labels", "Household business"),
    }


def status_labels() -> dict[str, str]:
    return {
        AssessmentStatus.DRAFT.value: QCoreApplication.translate("Labels", "Draft"),
        AssessmentStatus.COMPLETED.value: QCoreApplication.translate("Labels", "Completed"),
        AssessmentStatus.EXPORTED.value: QCoreApplication.translate("Labels", "Exported"),
    }


def ownership_label(value: str) -> str:
    return ownership_labels().get(value, value)


def status_label(value: str) -> str:
    return status_labels().get(value, value)
