"""The import preview: who sent the package (a new key is approved here after comparing its
fingerprint), what importing it changes, what is missing; Apply or Cancel."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from sxsh_desktop.domain.text import escape_html
from sxsh_desktop.sync.importer import ImportPreview
from sxsh_desktop.sync.merge import ChangeKind, RecordChange
from sxsh_desktop.ui.generated.ui_import_preview_dialog import Ui_ImportPreviewDialog
from sxsh_desktop.ui.packages.table_model import Column, RowsModel, size_columns
from sxsh_desktop.ui.packages.texts import change_label, entity_label, moment_text, reason_text

# Conflicts first: they are what needs attention.
_ORDER = {ChangeKind.CONFLICT: 0, ChangeKind.NEW: 1, ChangeKind.UPDATED: 2, ChangeKind.DELETED: 3}


def fingerprint_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setFamilies(["Noto Sans Mono", "DejaVu Sans Mono", "Consolas", "monospace"])
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setBold(True)
    font.setPointSizeF(base.pointSizeF() * 1.25)
    return font


class ImportPreviewDialog(QDialog):
    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.ui = Ui_ImportPreviewDialog()
        self.ui.setupUi(self)
        ui = self.ui
        sender = preview.sender
        ui.senderNameLabel.setText(f"<b>{escape_html(sender.name)}</b>")
        ui.fingerprintLabel.setFont(fingerprint_font(self.font()))
        ui.fingerprintLabel.setText(sender.fingerprint)
        ui.packageLabel.setText(
            self.tr("no. {sequence}, made {made}; file {file}").format(
                sequence=preview.sequence, made=moment_text(preview.created_at), file=preview.file_name
            )
        )
        ui.newKeyLabel.setVisible(preview.sender_is_new)
        ui.approveCheck.setVisible(preview.sender_is_new)
        if preview.sender_is_new:
            ui.newKeyLabel.setText(
                "<b>"
                + escape_html(self.tr("This key is new here."))
                + "</b> "
                + escape_html(
                    self.tr(
                        "Call {name} and ask them to read the fingerprint shown in their Packages ▸ "
                        "Keys window. It must be exactly the one above, group by group; if it differs, "
                        "someone else made this package: cancel."
                    ).format(name=sender.name)
                )
            )
            ui.approveCheck.toggled.connect(self._update_apply)

        counts = preview.counts
        ui.countsLabel.setText(
            self.tr(
                "<b>Importing makes these changes:</b> {new} new · {updated} updated · {unchanged} "
                "unchanged · {deleted} deleted · <b>{conflicts} conflict(s)</b>"
            ).format(
                new=counts[ChangeKind.NEW.value],
                updated=counts[ChangeKind.UPDATED.value],
                unchanged=counts[ChangeKind.UNCHANGED.value],
                deleted=counts[ChangeKind.DELETED.value],
                conflicts=counts[ChangeKind.CONFLICT.value],
            )
        )
        ui.missingLabel.setVisible(bool(preview.missing_sequences))
        if preview.missing_sequences:
            ui.missingLabel.setText(
                "⚠ "
                + self.tr(
                    "Earlier packages of this consultant never arrived here: no. {numbers}. Ask for "
                    "them; this one can be imported anyway."
                ).format(numbers=str(preview.missing_sequences))
            )
            ui.missingLabel.setStyleSheet("color: #9a4d00;")

        shown = sorted(
            (c for c in preview.changes if c.kind is not ChangeKind.UNCHANGED), key=lambda c: _ORDER[c.kind]
        )
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Change"), lambda c: change_label(c.kind)),
                Column(lambda: self.tr("Kind of record"), lambda c: entity_label(c.entity)),
                Column(lambda: self.tr("Record"), _record_text),
                Column(lambda: self.tr("Note"), lambda c: reason_text(c.reason)),
            ],
            parent=self,
        )
        self.model.set_rows(shown)
        view = ui.changesView
        view.setModel(self.model)
        size_columns(
            view, {0: change_label(ChangeKind.UNCHANGED), 1: entity_label("step_flow")}, stretch=[2, 3]
        )

        # A button of its own: a standard one would take back its own text on a language change.
        self.apply_button = ui.buttonBox.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setDefault(True)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Import {file}").format(file=preview.file_name))
        self._update_apply()

    @property
    def approved(self) -> bool:
        return not self.preview.sender_is_new or self.ui.approveCheck.isChecked()

    def _update_apply(self, *_args: object) -> None:
        self.apply_button.setEnabled(self.approved)

    def accept(self) -> None:
        if self.approved:
            super().accept()


def _record_text(change: RecordChange) -> str:
    return change.label if change.label != change.record_id else change.record_id[:8]
