"""The Settings dialog: language, defaults for new assessments, database file."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.generated.ui_settings_dialog import Ui_SettingsDialog
from sxsh_desktop.ui.settings import AppSettings

# Each language is named in itself, so that it can be found whichever language is showing.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(
        self, settings: AppSettings, reference: ReferenceData, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._settings = settings
        for code, name in LANGUAGE_NAMES.items():
            self.ui.languageCombo.addItem(name, code)
        self.ui.gridYearCombo.addItem(self.tr("Latest official year"), None)
        for factor in sorted(reference.grid_factors, key=lambda f: f.factor_year, reverse=True):
            text = self.tr("{year}: {value} tCO₂/MWh").format(
                year=factor.factor_year, value=self.locale().toString(factor.t_co2_per_mwh, "f", 4)
            )
            if factor.provisional:
                text += " " + self.tr("(provisional)")
            self.ui.gridYearCombo.addItem(text, factor.factor_year)
        self.ui.languageCombo.setCurrentIndex(max(self.ui.languageCombo.findData(settings.language), 0))
        self.ui.consultantEdit.setText(settings.consultant_name)
        year_index = self.ui.gridYearCombo.findData(settings.grid_factor_year)
        self.ui.gridYearCombo.setCurrentIndex(max(year_index, 0))
        self.ui.discountSpin.setValue(settings.discount_rate * 100)
        self.ui.databaseEdit.setText(settings.database_path)
        self.ui.databaseEdit.setPlaceholderText(self.tr("Default database in the data folder"))
        self.ui.databaseEdit.setToolTip(
            self.tr(
                "A database file, or an office's shared PostgreSQL database: "
                "postgresql://login@server/database"
            )
        )
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _browse(self) -> None:
        chosen = dialogs().save_file(
            self,
            self.tr("Database file"),
            self.ui.databaseEdit.text(),
            self.tr("SXSH database (*.sqlite3);;All files (*)"),
        )
        if chosen is not None:
            self.ui.databaseEdit.setText(str(chosen))

    def chosen(self) -> AppSettings:
        """The settings as the dialog shows them."""
        return AppSettings(
            language=self.ui.languageCombo.currentData(),
            consultant_name=self.ui.consultantEdit.text().strip(),
            grid_factor_year=self.ui.gridYearCombo.currentData(),
            discount_rate=round(self.ui.discountSpin.value() / 100, 6),
            database_path=self.ui.databaseEdit.text().strip(),
        )
