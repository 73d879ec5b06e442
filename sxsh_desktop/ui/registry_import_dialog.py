"""File ▸ Import facility list: a spreadsheet (.xlsx, .xls, .csv) into the registry, with its
preview — sheets, the column mapping to confirm, legacy-font cells before and after, every row's
outcome — then import in one batch, and undo of the last batch.

Everything it shows and does comes from ``services.registry_import``; the dialog only collects
the choices (sheets, mapping, policies, the decision on guessed legacy text) and shows results.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.services import registry_import as ri
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.problems import problem_text


class RegistryImportDialog(QDialog):
    imported = Signal()  # the registry changed (an import or an undo)

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path: Path | None = None
        self.preview: ri.ImportPreview | None = None
        self.last_batch: str | None = None
        self.resize(1100, 680)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.file_label = QLabel()
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        layout.addLayout(top)

        options = QHBoxLayout()
        self.sheets = QListWidget()
        self.sheets.setMaximumHeight(70)
        self.profile_label = QLabel()
        self.profile = QLineEdit()
        self.legacy_label = QLabel()
        self.legacy = QComboBox()
        options.addWidget(self.sheets, 2)
        options.addWidget(self.profile_label)
        options.addWidget(self.profile, 1)
        options.addWidget(self.legacy_label)
        options.addWidget(self.legacy, 1)
        layout.addLayout(options)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.columns = self._table(5)
        self.conversions = self._table(5)
        self.rows = self._table(5)
        self.communes = self._table(4)
        for table in (self.columns, self.conversions, self.rows, self.communes):
            self.tabs.addTab(table, "")
        layout.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton()
        self.rejects_button = QPushButton()
        self.import_button = QPushButton()
        self.undo_button = QPushButton()
        self.close_button = QPushButton()
        self.preview_button.clicked.connect(self.run_preview)
        self.rejects_button.clicked.connect(self.save_rejects)
        self.import_button.clicked.connect(self.run_import)
        self.undo_button.clicked.connect(self.undo_last)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.rejects_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._retranslate()
        self._update_buttons()

    # --- texts ----------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import facility list"))
        self.file_label.setText(self.path.name if self.path else self.tr("No file chosen."))
        self.choose_button.setText(self.tr("Choose file…"))
        self.profile_label.setText(self.tr("Remember mapping as:"))
        self.profile.setPlaceholderText(self.tr("e.g. Tax department list"))
        self.legacy_label.setText(self.tr("Text without a font:"))
        self.legacy.clear()
        self.legacy.addItem(self.tr("Not decided yet"), None)
        self.legacy.addItem(self.tr("Convert as shown"), "guess")
        self.legacy.addItem(self.tr("Keep as it is"), "none")
        self.tabs.setTabText(0, self.tr("Columns"))
        self.tabs.setTabText(1, self.tr("Legacy fonts"))
        self.tabs.setTabText(2, self.tr("Rows"))
        self.tabs.setTabText(3, self.tr("Communes to decide"))
        self.columns.setHorizontalHeaderLabels(
            [
                self.tr("Sheet"),
                self.tr("Column"),
                self.tr("Title in the file"),
                self.tr("Field"),
                self.tr("If registered"),
            ]
        )
        self.conversions.setHorizontalHeaderLabels(
            [self.tr("Cell"), self.tr("Encoding"), self.tr("Told by"), self.tr("Before"), self.tr("After")]
        )
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Outcome"), self.tr("Name"), self.tr("Tax code"), self.tr("Details")]
        )
        self.communes.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Name"),
                self.tr("Commune as recorded"),
                self.tr("Went to (choose later)"),
            ]
        )
        self.preview_button.setText(self.tr("&Preview"))
        self.rejects_button.setText(self.tr("Save rejected rows…"))
        self.import_button.setText(self.tr("&Import"))
        self.undo_button.setText(self.tr("&Undo this import"))
        self.close_button.setText(self.tr("Close"))

    def _field_labels(self) -> dict[str | None, str]:
        return {
            None: self.tr("(not imported)"),
            "name": self.tr("Name"),
            "short_name": self.tr("Short name"),
            "tax_code": self.tr("Tax code"),
            "street": self.tr("Street, village"),
            "commune": self.tr("Commune / ward"),
            "legacy_district": self.tr("District (before 2025)"),
            "province": self.tr("Province"),
            "sector_code": self.tr("Sector (VSIC)"),
            "legal_form": self.tr("Legal form"),
            "employees": self.tr("Employees"),
            "contact_name": self.tr("Contact person"),
            "contact_phone": self.tr("Phone"),
            "contact_email": self.tr("E-mail"),
            "founded_on": self.tr("Founded on"),
            "notes": self.tr("Notes"),
            "row_number": self.tr("Row number (ignored)"),
        }

    def _status_label(self, status: str) -> str:
        return {
            ri.RowStatus.NEW: self.tr("new"),
            ri.RowStatus.UPDATED: self.tr("updated"),
            ri.RowStatus.UNCHANGED: self.tr("unchanged"),
            ri.RowStatus.REJECTED: self.tr("rejected"),
        }.get(status, status)

    # --- actions ------------------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen = dialogs().open_file(
            self, self.tr("Choose a facility list"), self.tr("Spreadsheets (*.xlsx *.xls *.csv)")
        )
        if chosen is not None:
            self.open_file(chosen)

    def open_file(self, path: Path) -> None:
        self.path = path
        self.preview = None
        self.last_batch = None
        self.sheets.clear()
        self.file_label.setText(path.name)
        self.run_preview()

    def _options(self) -> ri.ImportOptions:
        sheets = [
            self.sheets.item(i).text()
            for i in range(self.sheets.count())
            if self.sheets.item(i).checkState() == Qt.CheckState.Checked
        ]
        mapping: dict[str, str | None] = {}
        policies: dict[str, str] = {}
        for row in range(self.columns.rowCount()):
            title = self.columns.item(row, 2).text()
            field_box = self.columns.cellWidget(row, 3)
            policy_box = self.columns.cellWidget(row, 4)
            if isinstance(field_box, QComboBox):
                chosen = field_box.currentData()
                mapping[title] = chosen
                if isinstance(policy_box, QComboBox) and chosen and policy_box.currentData() == ri.OVERWRITE:
                    name = "ownership" if chosen == "legal_form" else chosen
                    if name in ri.WRITTEN_FIELDS:
                        policies[name] = ri.OVERWRITE
        return ri.ImportOptions(
            sheets=sheets or None,
            profile=self.profile.text().strip() or None,
            mapping=mapping,
            policies=policies,
            legacy=self.legacy.currentData(),
        )

    def _busy(self, work: Any) -> Any:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        except KnownProblem as problem:
            dialogs().warn(self, self.tr("Import facility list"), problem_text(problem, self.path))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()

    def run_preview(self) -> None:
        if self.path is None:
            return
        path = self.path
        options = (
            self._options()
            if self.preview is not None
            else ri.ImportOptions(legacy=self.legacy.currentData())
        )
        preview = self._busy(lambda: ri.preview_import(self.store, path, options))
        if preview is not None:
            self.show_preview(preview)
        self._update_buttons()

    def run_import(self) -> None:
        if self.path is None or self.preview is None:
            return
        path, preview = self.path, self.preview
        outcome = self._busy(lambda: ri.apply_import(self.store, path, preview=preview))
        if outcome is None:
            return
        batch = outcome.value
        self.last_batch = batch.id
        counts = batch.counts
        dialogs().inform(
            self,
            self.tr("Import facility list"),
            self.tr("Imported: %1 new, %2 updated, %3 unchanged, %4 rejected.")
            .replace("%1", str(counts["new"]))
            .replace("%2", str(counts["updated"]))
            .replace("%3", str(counts["unchanged"]))
            .replace("%4", str(counts["rejected"])),
        )
        self.imported.emit()
        self.preview = None
        self._update_buttons()

    def undo_last(self) -> None:
        if self.last_batch is None:
            return
        if not dialogs().confirm(
            self,
            self.tr("Undo this import"),
            self.tr("Remove the facilities this import added and put back the values it changed?"),
        ):
            return
        batch = self.last_batch
        outcome = self._busy(lambda: ri.undo_batch(self.store, batch))
        if outcome is not None:
            self.last_batch = None
            self.imported.emit()
            dialogs().inform(
                self,
                self.tr("Undo this import"),
                self.tr("Undone: %1 removed, %2 put back.")
                .replace("%1", str(outcome.value.removed))
                .replace("%2", str(outcome.value.restored)),
            )
        self._update_buttons()

    def save_rejects(self) -> None:
        if self.preview is None:
            return
        target = dialogs().save_file(
            self, self.tr("Save rejected rows"), "rejected_rows.xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if target is not None:
            preview = self.preview
            self._busy(lambda: ri.write_rejects(preview, target))

    def _update_buttons(self) -> None:
        ready = self.preview is not None
        self.preview_button.setEnabled(self.path is not None)
        self.import_button.setEnabled(ready and not (self.preview and self.preview.pending_guesses))
        self.rejects_button.setEnabled(
            bool(ready and self.preview and self.preview.count(ri.RowStatus.REJECTED))
        )
        self.undo_button.setEnabled(self.last_batch is not None)

    # --- showing a preview --------------------------------------------------------------------

    @staticmethod
    def _table(columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.setWordWrap(False)
        return table

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()

    def show_preview(self, preview: ri.ImportPreview) -> None:
        self.preview = preview
        if self.sheets.count() == 0:
            for report in preview.sheets:
                item = QListWidgetItem(report.name)
                item.setCheckState(Qt.CheckState.Checked if report.imported else Qt.CheckState.Unchecked)
                self.sheets.addItem(item)
        if preview.profile and not self.profile.text():
            self.profile.setText(preview.profile)
        counts = preview.counts
        lines = [
            self.tr("%1 new, %2 updated, %3 unchanged, %4 rejected.")
            .replace("%1", str(counts["new"]))
            .replace("%2", str(counts["updated"]))
            .replace("%3", str(counts["unchanged"]))
            .replace("%4", str(counts["rejected"]))
        ]
        for report in preview.sheets:
            if not report.imported:
                lines.append(
                    self.tr("Sheet %1 not imported: %2")
                    .replace("%1", report.name)
                    .replace("%2", report.reason)
                )
                continue
            notes = []
            if report.hidden_rows:
                notes.append(
                    self.tr("hidden rows %1").replace("%1", ", ".join(map(str, report.hidden_rows[:10])))
                )
            if report.hidden_columns:
                notes.append(
                    self.tr("hidden columns %1").replace("%1", ", ".join(map(str, report.hidden_columns)))
                )
            if report.subtotals:
                notes.append(self.tr("%1 subtotal rows skipped").replace("%1", str(len(report.subtotals))))
            if report.sections:
                notes.append(self.tr("%1 section rows").replace("%1", str(len(report.sections))))
            if notes:
                lines.append(f"{report.name}: {'; '.join(notes)}")
        if preview.pending_guesses:
            lines.append(
                self.tr(
                    "%1 cells look like TCVN3 or VNI text but no font says so: see Legacy fonts, then "
                    "choose what to do with text without a font."
                ).replace("%1", str(preview.pending_guesses))
            )
        self.summary.setText("\n".join(lines))
        self._show_columns(preview)
        self._fill(
            self.conversions,
            [
                [
                    f"{c.sheet}!{c.row}:{c.column}",
                    c.encoding,
                    self.tr("guess") if c.guessed else self.tr("font"),
                    c.before,
                    c.after if c.applied else self.tr("%1 (not converted yet)").replace("%1", c.after),
                ]
                for c in preview.conversions[:5000]
            ],
        )
        self._fill(self.rows, [self._row_texts(r) for r in preview.rows[:5000]])
        self._fill(
            self.communes,
            [
                [f"{r.sheet}!{r.row}", r.name, r.commune_recorded, ", ".join(r.commune_candidates) or "—"]
                for r in preview.communes_to_decide[:5000]
            ],
        )
        self._update_buttons()

    def _row_texts(self, row: ri.RowOutcome) -> list[str]:
        labels: dict[str | None, str] = {
            **self._field_labels(),
            "ownership": self.tr("Ownership"),
            "registry.legal_form": self.tr("Legal form"),
            "registry.active_from": self.tr("Founded on"),
        }
        if row.status == ri.RowStatus.REJECTED:
            details = [row.reason]
        elif row.status == ri.RowStatus.NEW:
            details = []
        else:
            details = [
                f"{labels.get(name, name)}: {before if before not in (None, '') else '—'} → {after}"
                for name, (before, after) in row.changes.items()
                if name != ri.NEW_ENTRY
            ]
        if row.commune_today and row.commune_today != row.commune_recorded:
            details.append(f"{row.commune_recorded} → {row.commune_today}")
        details += row.notes
        return [
            f"{row.sheet}!{row.row}",
            self._status_label(row.status),
            row.name,
            row.tax_code,
            "; ".join(details),
        ]

    def _show_columns(self, preview: ri.ImportPreview) -> None:
        labels = self._field_labels()
        entries = [
            (report.name, column) for report in preview.sheets if report.imported for column in report.columns
        ]
        self.columns.setRowCount(len(entries))
        for row, (sheet, (number, title, chosen)) in enumerate(entries):
            self.columns.setItem(row, 0, QTableWidgetItem(sheet))
            self.columns.setItem(row, 1, QTableWidgetItem(str(number)))
            self.columns.setItem(row, 2, QTableWidgetItem(title))
            field_box = QComboBox()
            for name in (None, *ri.IMPORT_FIELDS):
                field_box.addItem(labels[name], name)
            field_box.setCurrentIndex(max(0, field_box.findData(chosen)))
            self.columns.setCellWidget(row, 3, field_box)
            policy_box = QComboBox()
            policy_box.addItem(self.tr("Fill if empty"), ri.FILL_EMPTY)
            policy_box.addItem(self.tr("Overwrite"), ri.OVERWRITE)
            name = "ownership" if chosen == "legal_form" else chosen
            if name in preview.options.policies:
                policy_box.setCurrentIndex(policy_box.findData(preview.options.policies[name]))
            self.columns.setCellWidget(row, 4, policy_box)
        self.columns.resizeColumnsToContents()
