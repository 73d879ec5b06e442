"""The last workflow step, Export: the Centre's key, this assessment's packages, "Export package…"."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.domain.text import escape_html
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.services import packages
from sxsh_desktop.services.changes import Changes
from sxsh_desktop.sync.export import ExportRecord, ExportResult
from sxsh_desktop.sync.keys import PublicKey
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.generated.ui_package_export_page import Ui_PackageExportPage
from sxsh_desktop.ui.packages.background import Background
from sxsh_desktop.ui.packages.export_dialog import (
    exported_text,
    package_filter,
    remember_folder,
    suggested_path,
    with_suffix,
)
from sxsh_desktop.ui.packages.keys_dialog import KeysDialog, fingerprint_html, unlock_signer
from sxsh_desktop.ui.packages.table_model import MOMENT_SAMPLE, Column, RowsModel, size_columns
from sxsh_desktop.ui.packages.texts import moment_text
from sxsh_desktop.ui.problems import problem_text, problem_title
from sxsh_desktop.ui.workbench.context import WorkbenchContext
from sxsh_desktop.ui.workbench.page import WorkflowPage

if TYPE_CHECKING:
    from sxsh_desktop.services.editing import AssessmentState


class ExportPage(WorkflowPage):
    def __init__(self, context: WorkbenchContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = QWidget()
        self.ui = Ui_PackageExportPage()
        self.ui.setupUi(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.centre: PublicKey | None = None
        self.history: list[ExportRecord] = []
        self.model = RowsModel(
            [
                Column(lambda: self.tr("No."), lambda r: str(r.sequence)),
                Column(lambda: self.tr("Made"), lambda r: moment_text(r.created_at)),
                Column(lambda: self.tr("Assessments"), lambda r: str(r.assessment_count)),
                Column(lambda: self.tr("Records"), lambda r: str(r.record_count)),
                Column(lambda: self.tr("Photos"), lambda r: str(r.photo_count)),
                Column(lambda: self.tr("File"), lambda r: r.file_name),
            ],
            parent=self,
        )
        view = self.ui.historyView
        view.setModel(self.model)
        size_columns(view, {0: "0000", 1: MOMENT_SAMPLE, 2: "000", 3: "00000", 4: "0000"}, stretch=[5])
        self.background = Background(self)
        self.background.finished.connect(self._update_button)
        self.ui.exportButton.clicked.connect(self.export_package)
        self.ui.keysButton.clicked.connect(self.show_keys)
        self.keys_dialog: KeysDialog | None = None

    def title(self) -> str:
        return self.tr("Export package")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self.form)
            self.model.retranslate()
            self._show()
        super().changeEvent(event)

    # --- state ---------------------------------------------------------------------------------

    def load(self, document: AssessmentDocument) -> None:
        super().load(document)
        self.refresh()

    def apply_changes(self, view: AssessmentState, changes: Changes | None) -> None:
        """Keys and export history are read again only when a change notice says they changed."""
        if changes is None or changes.keys or changes.history:
            self.load(view.document)
            return
        WorkflowPage.load(self, view.document)
        self._show()  # "changed since the last export" follows the edits

    def refresh(self) -> None:
        store = self.context.store
        try:
            self.centre = packages.centre_recipient(store)
        except KnownProblem:
            self.centre = None
        if self.document is not None:
            self.history = packages.export_history(store, self.document.assessment.id)
        self._show()

    def _changed_since_export(self) -> bool:
        return self.document is not None and packages.changed_since_export(self.document, self.history)

    def _show(self) -> None:
        ui = self.ui
        if self.centre is None:
            ui.keyStatusLabel.setText(
                "⚠ "
                + self.tr(
                    "<b>The Centre's key is not installed.</b> Install the key file the Industrial "
                    "Promotion Centre gives you, and compare its fingerprint with theirs."
                )
            )
        else:
            ui.keyStatusLabel.setText(
                self.tr(
                    "Packages are encrypted to <b>{name}</b>. Fingerprint of its key:<br>{fingerprint}"
                ).format(name=escape_html(self.centre.name), fingerprint=fingerprint_html(self.centre))
            )
        if not self.history:
            ui.exportHintLabel.setText(self.tr("This assessment has not been exported yet."))
        elif self._changed_since_export():
            ui.exportHintLabel.setText(
                self.tr("Changed since the last export (no. {sequence}, {date}): export it again.").format(
                    sequence=self.history[0].sequence, date=moment_text(self.history[0].created_at)
                )
            )
        else:
            ui.exportHintLabel.setText(
                self.tr("Sent in package no. {sequence} ({date}); nothing changed since.").format(
                    sequence=self.history[0].sequence, date=moment_text(self.history[0].created_at)
                )
            )
        self.model.set_rows(self.history)
        self._update_button()

    def _update_button(self) -> None:
        self.ui.exportButton.setEnabled(self.centre is not None and not self.background.busy)

    def missing(self) -> list[str]:
        if self.centre is None:
            return [self.tr("The Centre's key is not installed")]
        if not self.history:
            return [self.tr("Not exported yet")]
        if self._changed_since_export():
            return [self.tr("Changed since the last export")]
        return []

    # --- actions -------------------------------------------------------------------------------

    def export_package(self) -> None:
        if self.document is None or self.background.busy:
            return
        store = self.context.store
        try:
            packages.centre_recipient(store)
        except KnownProblem as problem:
            dialogs().warn(self, problem_title(), problem_text(problem))
            return
        enterprise = self.document.enterprise
        suggested = suggested_path(enterprise.short_name or enterprise.name, date.today())
        chosen = dialogs().save_file(self, self.tr("Export the package"), str(suggested), package_filter())
        if chosen is None:
            return
        path = with_suffix(chosen)
        remember_folder(path)
        assessment_id = self.document.assessment.id
        signer = unlock_signer(self, store, self.context.consultant_name)  # named, if made now
        if signer is None:
            return
        self.background.run(
            lambda: packages.export_packages(store, path, [assessment_id], signer=signer).value,
            self._exported,
            about=path,
        )
        self._update_button()

    def _exported(self, result: ExportResult) -> None:
        self.refresh()
        self.edited.emit()  # the side list shows the step complete
        dialogs().inform(self, self.tr("Package exported"), exported_text(result))

    def show_keys(self) -> None:
        dialog = KeysDialog(self.context.store, self.context.consultant_name, self, office=False)
        dialog.changed.connect(self.refresh)
        dialog.changed.connect(self.edited)
        self.keys_dialog = dialog
        dialog.open()
