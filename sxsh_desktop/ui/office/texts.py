"""Translated words for the office's stored codes: legal forms, size classes, kinds of activity,
follow-up outcomes, review states, CP steps. Stored values are stable English codes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from sxsh_desktop.ui.pages.table_model import RecordTableModel


def legal_form_labels() -> dict[str, str]:
    return {
        "enterprise": QCoreApplication.translate("OfficeLabels", "enterprise"),
        "cooperative": QCoreApplication.translate("OfficeLabels", "cooperative"),
        "household": QCoreApplication.translate("OfficeLabels", "household"),
        "branch": QCoreApplication.translate("OfficeLabels", "branch"),
    }


def size_labels() -> dict[str, str]:
    return {
        "micro": QCoreApplication.translate("OfficeLabels", "micro"),
        "small": QCoreApplication.translate("OfficeLabels", "small"),
        "medium": QCoreApplication.translate("OfficeLabels", "medium"),
        "large": QCoreApplication.translate("OfficeLabels", "large"),
    }


def activity_type_labels() -> dict[str, str]:
    return {
        "awareness_event": QCoreApplication.translate("OfficeLabels", "awareness event"),
        "training": QCoreApplication.translate("OfficeLabels", "training"),
        "study_tour": QCoreApplication.translate("OfficeLabels", "study tour"),
        "demonstration": QCoreApplication.translate("OfficeLabels", "demonstration"),
    }


def outcome_labels() -> dict[str, str]:
    return {
        "done": QCoreApplication.translate("OfficeLabels", "done"),
        "in_progress": QCoreApplication.translate("OfficeLabels", "in progress"),
        "abandoned": QCoreApplication.translate("OfficeLabels", "abandoned"),
        "not_reported": QCoreApplication.translate("OfficeLabels", "not reported"),
    }


def review_state_labels() -> dict[str, str]:
    return {
        "received": QCoreApplication.translate("OfficeLabels", "received"),
        "has_issues": QCoreApplication.translate("OfficeLabels", "has issues"),
        "approved": QCoreApplication.translate("OfficeLabels", "approved"),
        "rejected": QCoreApplication.translate("OfficeLabels", "rejected"),
    }


def cp_step_labels() -> dict[str, str]:
    return {
        "informed": QCoreApplication.translate("OfficeLabels", "informed"),
        "aware": QCoreApplication.translate("OfficeLabels", "aware"),
        "applying": QCoreApplication.translate("OfficeLabels", "applying"),
    }


def unit_label(unit: str) -> str:
    """An indicator's unit as the definitions write it (in Vietnamese), in the UI language."""
    per_year = unit.endswith("/năm")
    base = unit.removesuffix("/năm")
    words = {
        "hoạt động": QCoreApplication.translate("OfficeLabels", "activities"),
        "lượt": QCoreApplication.translate("OfficeLabels", "attendances"),
        "người": QCoreApplication.translate("OfficeLabels", "persons"),
        "đánh giá": QCoreApplication.translate("OfficeLabels", "assessments"),
        "cơ sở": QCoreApplication.translate("OfficeLabels", "facilities"),
        "lần": QCoreApplication.translate("OfficeLabels", "follow-ups"),
    }
    shown = words.get(base, base)
    return QCoreApplication.translate("OfficeLabels", "{unit}/yr").format(unit=shown) if per_year else shown


def label(table: dict[str, str], code: str | None) -> str:
    """The word for ``code`` in ``table``; the code itself when the table does not know it."""
    if not code:
        return ""
    return table.get(code, code)


class ListModel(RecordTableModel):
    """A read-only list of plain rows (``ui/packages/table_model.Column`` columns); ``row_id`` names
    a row, so that a list read again keeps its chosen row."""

    def __init__(
        self,
        columns: Sequence[Any],
        *,
        row_id: Callable[[Any], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, row_id=row_id or (lambda row: str(id(row))), parent=parent)
