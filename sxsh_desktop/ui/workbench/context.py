"""What every workbench page is given: the store, reference data, settings and the editor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.ui.workbench.editing import RecordEditor

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store


@dataclass
class WorkbenchContext:
    store: Store
    reference: ReferenceData
    editor: RecordEditor
    language: str = "vi"  # "vi" or "en": number entry and display follow it
    consultant_name: str = ""
