"""What every workbench page is given: the store, reference data, settings and the editor."""

from __future__ import annotations

from dataclasses import dataclass

from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.store.repository import Store
from sxsh_desktop.ui.workbench.editing import RecordEditor


@dataclass
class WorkbenchContext:
    store: Store
    reference: ReferenceData
    editor: RecordEditor
    language: str = "vi"  # "vi" or "en": number entry and display follow it
    consultant_name: str = ""
