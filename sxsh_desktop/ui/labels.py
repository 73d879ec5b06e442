"""Translated names of the stored enumeration values, for tables and combo boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sxsh_desktop.domain.labels import label
from sxsh_desktop.ui.i18n import current_language

# The domain model is imported when a label is first asked for, after the window is on screen.


def ownership_labels() -> dict[str, str]:
    """The names the report prints too (``domain.labels``), in the current UI language."""
    from sxsh_desktop.domain.model import Ownership

    return {kind.value: label("ownership", kind.value, current_language()) for kind in Ownership}


def status_labels() -> dict[str, str]:
    from sxsh_desktop.domain.model import AssessmentStatus

    return {
        AssessmentStatus.DRAFT.value: QCoreApplication.translate("Labels", "Draft"),
        AssessmentStatus.COMPLETED.value: QCoreApplication.translate("Labels", "Completed"),
        AssessmentStatus.EXPORTED.value: QCoreApplication.translate("Labels", "Exported"),
    }


def ownership_label(value: str) -> str:
    return ownership_labels().get(value, value)


def status_label(value: str) -> str:
    return status_labels().get(value, value)
