"""Export from the main window: choose the assessments (those changed since the last export are
chosen already) and the file; and what export and the Export step share (file names, the message)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from sxsh_desktop.sync.export import ExportChoice, ExportResult
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.generated.ui_package_export_dialog import Ui_PackageExportDialog
from sxsh_desktop.ui.i18n import current_language
from sxsh_desktop.ui.packages.table_model import MOMENT_SAMPLE, Column, RowsModel, size_columns
from sxsh_desktop.ui.packages.texts import moment_text
from sxsh_desktop.ui.report_actions import safe_file_stem

PACKAGE_SUFFIX = ".sxsh"
FILE_PREFIX = {"vi": "Gói SXSH", "en": "SXSH package"}  # file names follow the UI language
_last_folder: Path | None = None  # where the user last saved a package, offered again


def package_filter() -> str:
    return QCoreApplication.translate("Packages", "SXSH package (*.sxsh);;All files (*)")


def suggested_path(name: str | None, today: date) -> Path:
    """``Gói SXSH Gạch Đức Thọ 2026-12-08.sxsh`` in the folder used last (else Documents)."""
    prefix = FILE_PREFIX.get(current_language(), FILE_PREFIX["en"])
    stem = safe_file_stem(" ".join(part for part in (prefix, name, today.isoformat()) if part))
    folder = _last_folder or Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    return folder / f"{stem}{PACKAGE_SUFFIX}"


def with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == PACKAGE_SUFFIX else path.with_name(path.name + PACKAGE_SUFFIX)


def remember_folder(path: Path) -> None:
    global _last_folder
    _last_folder = path.parent


def exported_text(result: ExportResult) -> str:
    return QCoreApplication.translate(
        "Packages",
        "Package no. {sequence} was written to\n{path}\n\n{assessments} assessment(s), {records} "
        "records, {photos} photos. Send the file to the Industrial Promotion Centre (by USB stick "
        "or e-mail): only the Centre can open it.",
    ).format(
        sequence=result.sequence,
        path=result.path,
        assessments=len(result.assessment_ids),
        records=result.record_count,
        photos=result.photo_count,
    )


class PackageExportDialog(QDialog):
    """``chosen_ids()`` and ``path()`` once accepted."""

    def __init__(self, choices: list[ExportChoice], suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PackageExportDialog()
        self.ui.setupUi(self)
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Enterprise"), lambda c: c.enterprise_name),
                Column(lambda: self.tr("Assessment"), lambda c: c.title or self.tr("(untitled)")),
                Column(lambda: self.tr("Last change"), lambda c: moment_text(c.updated_at)),
                Column(
                    lambda: self.tr("Since the last export"),
                    lambda c: self.tr("changed") if c.changed else self.tr("sent already"),
                ),
            ],
            key=lambda c: c.assessment_id,
            parent=self,
        )
        self.model.set_rows(choices, [c.assessment_id for c in choices if c.changed])
        view = self.ui.choicesView
        view.setModel(self.model)
        size_columns(view, {2: MOMENT_SAMPLE, 3: self.tr("sent already")}, stretch=[0, 1])
        self.ui.fileEdit.setText(str(suggested))
        self.ui.allButton.clicked.connect(lambda: self.model.set_all_checked(True))
        self.ui.noneButton.clicked.connect(lambda: self.model.set_all_checked(False))
        self.ui.browseButton.clicked.connect(self._browse)
        # A button of its own: a standard one would take back its own text on a language change.
        self.export_button = self.ui.buttonBox.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.model.checked_changed.connect(self._update_count)
        self._update_count()

    def _update_count(self) -> None:
        count = len(self.model.checked_keys())
        self.ui.countLabel.setText(self.tr("%n assessment(s) chosen", "", count))

    def _browse(self) -> None:
        chosen = dialogs().save_file(
            self, self.tr("Save the package"), self.ui.fileEdit.text(), package_filter()
        )
        if chosen is not None:
            self.ui.fileEdit.setText(str(with_suffix(chosen)))

    def chosen_ids(self) -> list[str]:
        return self.model.checked_keys()

    def path(self) -> Path | None:
        text = self.ui.fileEdit.text().strip()
        return with_suffix(Path(text)) if text else None

    def accept(self) -> None:
        if not self.chosen_ids():
            dialogs().warn(self, self.windowTitle(), self.tr("Choose at least one assessment to export."))
            return
        if self.path() is None:
            dialogs().warn(self, self.windowTitle(), self.tr("Choose where to save the package."))
            return
        super().accept()
