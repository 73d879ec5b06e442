"""The main window: the enterprise registry, the chosen enterprise's assessments, and the way
into each assessment's workflow window."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QWidget

from sxsh_desktop import APP_NAME, __version__
from sxsh_desktop.domain.labels import labels_of
from sxsh_desktop.domain.text import escape_html as _escape
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.ui.assessments_model import AssessmentsModel
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.generated.ui_main_window import Ui_MainWindow
from sxsh_desktop.ui.i18n import current_language, install_language
from sxsh_desktop.ui.problems import problem_text, problem_title
from sxsh_desktop.ui.registry_model import EnterpriseSource, NoEnterprises, RegistryModel
from sxsh_desktop.ui.session import Session, open_session, tell_notices
from sxsh_desktop.ui.settings import AppSettings, save_settings

if TYPE_CHECKING:
    from sxsh_desktop.domain.model import Assessment, Enterprise
    from sxsh_desktop.services.checks import RuleBreak
    from sxsh_desktop.store.repository import Store
    from sxsh_desktop.ui.enterprise_dialog import EnterpriseDialog
    from sxsh_desktop.ui.office.actions import OfficeActions
    from sxsh_desktop.ui.packages.actions import PackageActions
    from sxsh_desktop.ui.records_to_fix_dialog import RecordsToFixDialog
    from sxsh_desktop.ui.registry_import_dialog import RegistryImportDialog
    from sxsh_desktop.ui.report_actions import ReportActions
    from sxsh_desktop.ui.settings_dialog import SettingsDialog
    from sxsh_desktop.ui.workbench.window import WorkflowWindow

# Dialogs and the workflow window (with its context) are imported when first opened, and the Report,
# Packages and Office menus once the registry's first rows are on screen: not before the window shows.

SEARCH_DELAY_MS = 150  # typing pauses this long before the registry is searched


class MainWindow(QMainWindow):
    """``session`` may be None while the database is still being opened (see ``attach_session``):
    the window then shows itself at once, disabled, and fills in when the database is ready."""

    report: ReportActions
    packages: PackageActions
    office: OfficeActions

    def __init__(self, session: Session | None, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = session
        self.settings = settings
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.workflow_windows: dict[str, WorkflowWindow] = {}
        self.dialog: EnterpriseDialog | SettingsDialog | None = None

        self.registry = RegistryModel(session.store if session else NoEnterprises(), self)
        self.ui.registryView.setModel(self.registry)
        self.assessments = AssessmentsModel(self)
        self.ui.assessmentsView.setModel(self.assessments)
        self._size_columns()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.ui.searchEdit.returnPressed.connect(self._search_entered)
        self.ui.registryView.selectionModel().selectionChanged.connect(self._enterprise_chosen)
        self.ui.registryView.doubleClicked.connect(self.edit_enterprise)
        self.ui.assessmentsView.selectionModel().selectionChanged.connect(self._update_actions)
        self.ui.assessmentsView.doubleClicked.connect(self.open_assessment)
        self.registry.modelReset.connect(self._update_count)
        self.registry.rowsInserted.connect(self._update_count)

        self.menus_added = False
        if session is not None:
            self.add_menus()
        self.records_to_fix_action = QAction(self)
        self.records_to_fix_action.setObjectName("actionRecordsToFix")
        self.records_to_fix_action.triggered.connect(self.show_records_to_fix)
        file_actions = self.ui.fileMenu.actions()
        after_edit = file_actions.index(self.ui.actionEditEnterprise) + 1
        self.ui.fileMenu.insertAction(file_actions[after_edit], self.records_to_fix_action)
        self.import_list_action = QAction(self)
        self.import_list_action.setObjectName("actionImportFacilityList")
        self.import_list_action.triggered.connect(self.show_registry_import)
        self.ui.fileMenu.insertAction(file_actions[after_edit], self.import_list_action)
        self.records_dialog: RecordsToFixDialog | None = None
        self._connect_actions()
        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        self._retranslate()
        self._select_row(0)
        self.ui.searchEdit.setFocus()
        self._enable_for_database()

    def add_menus(self) -> None:
        """The Report, Packages and Office menus (once): at once when the window opens with its
        database, else after the first rows are shown (``application.fill_in``)."""
        if self.menus_added:
            return
        from sxsh_desktop.ui.office.actions import OfficeActions
        from sxsh_desktop.ui.packages.actions import PackageActions
        from sxsh_desktop.ui.report_actions import ReportActions

        self.report = ReportActions(self, self._report_source)
        self.menuBar().insertMenu(self.ui.helpMenu.menuAction(), self.report.menu)
        self.packages = PackageActions(
            self,
            lambda: self.session.store if self.session is not None else None,
            lambda: self.settings.consultant_name,
        )
        self.packages.imported.connect(self.refresh)
        self.menuBar().insertMenu(self.report.menu.menuAction(), self.packages.menu)
        self.office = OfficeActions(
            self,
            lambda: self.session.store if self.session is not None else None,
            lambda: self.settings.consultant_name,
            self.packages.show_conflicts,
        )
        self.office.changed.connect(self.refresh)
        self.packages.imported.connect(self.office.refresh_overview)
        self.menuBar().insertMenu(self.ui.helpMenu.menuAction(), self.office.menu)
        self.menus_added = True
        self._update_actions()

    def _enable_for_database(self) -> None:
        """Everything works once the database is open; before, the registry's preview rows (if any)
        can be scrolled and read, and the rest waits."""
        opened = self.session is not None
        self.centralWidget().setEnabled(opened or self.registry.rowCount() > 0)
        for waiting in (self.ui.searchEdit, self.ui.newEnterpriseButton, self.ui.assessmentsView):
            waiting.setEnabled(opened)
        self.menuBar().setEnabled(opened)
        self._update_actions()

    def show_preview(self, preview: EnterpriseSource) -> None:
        """Show the registry's rows read before the database is open (``store/registry_preview.py``)."""
        if self.session is None:
            self.registry.set_source(preview)
            self._enable_for_database()

    # --- set-up ---------------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        ui = self.ui
        connections = (
            (ui.actionNewEnterprise, self.new_enterprise),
            (ui.actionEditEnterprise, self.edit_enterprise),
            (ui.actionOpenDatabase, self.open_database),
            (ui.actionSettings, self.show_settings),
            (ui.actionQuit, self.close),
            (ui.actionNewAssessment, self.new_assessment),
            (ui.actionOpenAssessment, self.open_assessment),
            (ui.actionDuplicateAssessment, self.duplicate_assessment),
            (ui.actionDeleteAssessment, self.delete_assessment),
            (ui.actionFind, self.focus_search),
            (ui.actionRefresh, self.refresh),
            (ui.actionAbout, self.show_about),
        )
        for action, slot in connections:
            action.triggered.connect(slot)
        buttons = (
            (ui.newEnterpriseButton, ui.actionNewEnterprise),
            (ui.editEnterpriseButton, ui.actionEditEnterprise),
            (ui.newAssessmentButton, ui.actionNewAssessment),
            (ui.openAssessmentButton, ui.actionOpenAssessment),
            (ui.duplicateAssessmentButton, ui.actionDuplicateAssessment),
            (ui.deleteAssessmentButton, ui.actionDeleteAssessment),
        )
        for button, action in buttons:
            button.clicked.connect(action.trigger)
        # Enter opens the chosen assessment; Delete deletes it (after asking).
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Return), self.open_assessment),
            (QKeySequence(Qt.Key.Key_Enter), self.open_assessment),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_assessment),
        ):
            shortcut = QShortcut(keys, ui.assessmentsView)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        # Enter in the registry opens the enterprise's latest assessment (or the enterprise, when it
        # has none); Delete removes the enterprise (after asking).
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Return), self._registry_entered),
            (QKeySequence(Qt.Key.Key_Enter), self._registry_entered),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_enterprise),
        ):
            shortcut = QShortcut(keys, ui.registryView)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def _size_columns(self) -> None:
        header = self.ui.registryView.horizontalHeader()
        header.setSectionResizeMode(RegistryModel.NAME, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        header.setMinimumSectionSize(3 * em)
        self.ui.registryView.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for view in (self.ui.registryView, self.ui.assessmentsView):
            view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # both ends of a long name stay
        view_header = self.ui.assessmentsView.horizontalHeader()
        view_header.setSectionResizeMode(AssessmentsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, ems in {  # the registry's other columns: ``_fit_registry_columns``
            AssessmentsModel.START: 6.5,
            AssessmentsModel.STATUS: 8,
            AssessmentsModel.CONSULTANTS: 9,
        }.items():
            view_header.resizeSection(column, int(ems * em))
        self.ui.splitter.setStretchFactor(0, 2)  # the registry's six columns, the assessments' four
        self.ui.splitter.setStretchFactor(1, 1)

    def _fit_registry_columns(self) -> None:
        """Each registry column but the name as wide as its heading or a typical value, whichever
        is wider (from the font: measuring thousands of rows would be slow); the name takes the
        rest. Again when the language changes: headings and ownership names change width."""
        header = self.ui.registryView.horizontalHeader()
        values = self.ui.registryView.fontMetrics()
        headings = header.fontMetrics()
        padding = values.horizontalAdvance("MM")  # the cell's margins and grid line

        def fit(column: int, *samples: str) -> None:
            heading = str(self.registry.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max([headings.horizontalAdvance(heading), *map(values.horizontalAdvance, samples)])
            header.resizeSection(column, widest + padding)

        fit(RegistryModel.TAX_CODE, "0123456789-001")
        fit(RegistryModel.COMMUNE, "Phường Đông Hương")
        fit(RegistryModel.PROVINCE, "Quảng Ninh")
        fit(RegistryModel.SECTOR, "00000")
        fit(RegistryModel.OWNERSHIP, *labels_of("ownership", current_language()))

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fit_registry_columns()
        self.records_to_fix_action.setText(self.tr("Records to &fix…"))
        self.import_list_action.setText(self.tr("&Import facility list…"))
        self.import_list_action.setToolTip(
            self.tr("Add or update facilities from an Excel or CSV list, with a preview first")
        )
        self.records_to_fix_action.setToolTip(
            self.tr("Values saved earlier that break a field rule, and where to fix each")
        )
        self.setWindowTitle(APP_NAME)
        self.registry.retranslate()
        self.assessments.retranslate()
        self.database_label.setText(
            self.tr("Database: {path}").format(path=self.session.path)
            if self.session is not None
            else self.tr("Opening the database…")
        )
        self._update_count()
        self._show_enterprise(self.current_enterprise())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- the registry ---------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        assert self.session is not None, "no database is open yet"
        return self.session.store

    def apply_search(self) -> None:
        self._search_timer.stop()
        chosen = self.current_enterprise()
        self.registry.set_search(self.ui.searchEdit.text())
        row = self.registry.row_of(chosen.id) if chosen is not None else None
        self._select_row(row if row is not None else 0)

    def _search_entered(self) -> None:
        self.apply_search()
        self.ui.registryView.setFocus()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _registry_entered(self) -> None:
        if self.current_enterprise() is None:
            return
        if self.assessments.rowCount():
            if not self.ui.assessmentsView.selectionModel().hasSelection():
                self.ui.assessmentsView.selectRow(0)  # the latest
            self.open_assessment()
        else:
            self.edit_enterprise()

    def _focus_assessments(self) -> None:
        self.ui.assessmentsView.setFocus()
        if self.assessments.rowCount() and not self.ui.assessmentsView.selectionModel().hasSelection():
            self.ui.assessmentsView.selectRow(0)

    def _update_count(self, *_args: object) -> None:
        total = self.registry.total
        if self.registry.search_text:
            self.ui.countLabel.setText(self.tr("%Ln enterprise(s) found", "", total))
        else:
            self.ui.countLabel.setText(self.tr("%Ln enterprise(s)", "", total))

    def _select_row(self, row: int | None) -> None:
        view = self.ui.registryView
        if row is None or not 0 <= row < self.registry.rowCount():
            view.clearSelection()
            self._show_enterprise(None)
            return
        view.selectRow(row)
        view.scrollTo(self.registry.index(row, 0))

    def select_enterprise(self, enterprise_id: str) -> bool:
        """Show ``enterprise_id`` in the registry (clearing a search that hides it)."""
        row = self.registry.load_until(enterprise_id)
        if row is None and self.registry.search_text:
            self.ui.searchEdit.blockSignals(True)
            self.ui.searchEdit.clear()
            self.ui.searchEdit.blockSignals(False)
            self.registry.set_search("")
            row = self.registry.load_until(enterprise_id)
        self._select_row(row)
        return row is not None

    def current_enterprise(self) -> Enterprise | None:
        rows = self.ui.registryView.selectionModel().selectedRows()
        return self.registry.enterprise(rows[0].row()) if rows else None

    def _enterprise_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_enterprise(self.current_enterprise())

    def _show_enterprise(self, enterprise: Enterprise | None) -> None:
        ui = self.ui
        if enterprise is None:
            ui.enterpriseTitle.setText(self.tr("Choose an enterprise in the registry."))
            ui.enterpriseDetails.clear()
            self.assessments.set_assessments([])
        else:
            ui.enterpriseTitle.setText(f"<b>{_escape(enterprise.name)}</b>")
            address = ", ".join(p for p in (enterprise.street, enterprise.commune, enterprise.province) if p)
            details = [address]
            if enterprise.tax_code:
                details.append(self.tr("Tax code: {code}").format(code=enterprise.tax_code))
            ui.enterpriseDetails.setText("\n".join(d for d in details if d))
            opened = self.session is not None  # the registry preview: assessments come with the database
            self.assessments.set_assessments(self.store.assessments(enterprise.id) if opened else [])
            if self.assessments.rowCount():
                self.ui.assessmentsView.selectRow(0)
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        opened = self.session is not None
        has_enterprise = opened and self.current_enterprise() is not None
        has_assessment = opened and self.current_assessment() is not None
        ui = self.ui
        for widget in (
            ui.actionEditEnterprise,
            ui.editEnterpriseButton,
            ui.actionNewAssessment,
            ui.newAssessmentButton,
        ):
            widget.setEnabled(has_enterprise)
        for widget in (
            ui.actionOpenAssessment,
            ui.openAssessmentButton,
            ui.actionDuplicateAssessment,
            ui.duplicateAssessmentButton,
            ui.actionDeleteAssessment,
            ui.deleteAssessmentButton,
        ):
            widget.setEnabled(has_assessment)
        if self.menus_added:
            self.report.set_available(has_assessment)

    def refresh(self) -> None:
        """Read the registry and the assessments again (F5)."""
        chosen = self.current_enterprise()
        self.registry.refresh()
        if chosen is None or not self.select_enterprise(chosen.id):
            self._select_row(0)

    # --- enterprises --------------------------------------------------------------------------

    def new_enterprise(self) -> None:
        self._open_enterprise_dialog(None)

    def edit_enterprise(self, *_args: object) -> None:
        enterprise = self.current_enterprise()
        if enterprise is not None and self.session is not None:
            self._open_enterprise_dialog(enterprise)

    def _open_enterprise_dialog(self, enterprise: Enterprise | None) -> EnterpriseDialog:
        store = self.store

        def save(edited: Enterprise) -> Enterprise:
            from sxsh_desktop.services import enterprises

            if enterprise is None:
                return enterprises.register_enterprise(store, edited).value
            return enterprises.edit_enterprise(store, enterprise.id, edited).value

        from sxsh_desktop.ui.enterprise_dialog import EnterpriseDialog

        dialog = EnterpriseDialog(store.reference(), enterprise, save, self)
        dialog.accepted.connect(lambda: self._enterprise_saved(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _enterprise_saved(self, dialog: EnterpriseDialog) -> None:
        if dialog.saved is None:
            return
        self.registry.refresh()
        self.select_enterprise(dialog.saved.id)
        for window in self.workflow_windows.values():
            window.schedule_reload()

    def delete_enterprise(self) -> bool:
        """Remove the chosen enterprise, after asking; one with assessments is refused, saying why."""
        enterprise = self.current_enterprise()
        if enterprise is None:
            return False
        from sxsh_desktop.services import enterprises

        question = self.tr("Delete the enterprise “{name}” from the registry?").format(name=enterprise.name)
        if not dialogs().confirm(self, self.tr("Delete enterprise"), question):
            return False
        try:
            enterprises.delete_enterprise(self.store, enterprise.id)
        except KnownProblem as problem:
            if getattr(problem, "reason", None) == "has_assessments":
                text = self.tr(
                    "{name} has {count} assessment(s). Delete them first (Tab to the assessments, Del), "
                    "then the enterprise."
                ).format(**problem.params)  # type: ignore[attr-defined]
            else:
                text = problem_text(problem)
            dialogs().warn(self, self.tr("Delete enterprise"), text)
            return False
        row = self.ui.registryView.currentIndex().row()
        self.registry.refresh()
        self._select_row(min(max(row, 0), self.registry.rowCount() - 1))
        return True

    # --- records to fix -----------------------------------------------------------------------

    def show_registry_import(self) -> RegistryImportDialog:
        """File ▸ Import facility list: a spreadsheet into the registry, previewed first."""
        from sxsh_desktop.ui.registry_import_dialog import RegistryImportDialog

        dialog = RegistryImportDialog(self.store, self)
        dialog.imported.connect(self.refresh)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def show_records_to_fix(self) -> RecordsToFixDialog:
        """Stored values that break a field rule, each opened where it is fixed."""
        from sxsh_desktop.services.checks import records_breaking_rules
        from sxsh_desktop.ui.records_to_fix_dialog import RecordsToFixDialog

        dialog = RecordsToFixDialog(records_breaking_rules(self.store), self._fix_record, self)
        self.records_dialog = dialog
        dialog.open()
        return dialog

    def _fix_record(self, found: RuleBreak) -> None:
        from sxsh_desktop.domain.model import Enterprise
        from sxsh_desktop.services.checks import records_breaking_rules

        self.select_enterprise(found.enterprise_id)
        if found.assessment_id is None:
            enterprise = self.store.get(Enterprise, found.enterprise_id)
            dialog = self._open_enterprise_dialog(enterprise)
            dialog.show_stored_problems()

            def listed_again() -> None:
                if self.records_dialog is not None:
                    self.records_dialog.show_breaks(records_breaking_rules(self.store))

            dialog.accepted.connect(listed_again)
            return
        self._select_assessment(found.assessment_id)
        self.open_assessment()

    # --- assessments --------------------------------------------------------------------------

    def current_assessment(self) -> Assessment | None:
        rows = self.ui.assessmentsView.selectionModel().selectedRows()
        return self.assessments.assessment(rows[0].row()) if rows else None

    def _report_source(self) -> tuple[Store, str] | None:
        assessment = self.current_assessment()
        return (self.store, assessment.id) if assessment is not None else None

    def _select_assessment(self, assessment_id: str) -> None:
        row = self.assessments.row_of(assessment_id)
        if row is not None:
            self.ui.assessmentsView.selectRow(row)

    def _reload_assessments(self) -> None:
        chosen = self.current_assessment()
        self._show_enterprise(self.current_enterprise())
        if chosen is not None:
            self._select_assessment(chosen.id)

    def new_assessment(self) -> Assessment | None:
        enterprise = self.current_enterprise()
        if enterprise is None:
            return None
        from datetime import date

        from sxsh_desktop.services.assessments import NewAssessment, start_assessment

        defaults = NewAssessment(
            title=self.tr("Rapid CP assessment {year}").format(year=date.today().year),
            consultants=self.settings.consultant_name,
            grid_factor_year=self.settings.grid_factor_year,
            discount_rate=self.settings.discount_rate,
        )
        try:
            assessment = start_assessment(self.store, enterprise.id, defaults).value
        except KnownProblem as problem:
            dialogs().warn(self, problem_title(), problem_text(problem))
            return None
        self._show_enterprise(enterprise)
        self._select_assessment(assessment.id)
        self.open_assessment()
        return assessment

    def open_assessment(self, *_args: object) -> WorkflowWindow | None:
        assessment = self.current_assessment()
        if assessment is None:
            return None
        window = self.workflow_windows.get(assessment.id)
        if window is None:
            from sxsh_desktop.ui.workbench.context import WorkbenchContext
            from sxsh_desktop.ui.workbench.editing import RecordEditor

            context = WorkbenchContext(
                store=self.store,
                reference=self.store.reference(),
                editor=RecordEditor(self.store),
                language=current_language(),
                consultant_name=self.settings.consultant_name,
            )
            from sxsh_desktop.ui.workbench.window import WorkflowWindow

            window = WorkflowWindow(context, assessment.id)
            context.editor.setParent(window)
            context.editor.changed.connect(self._workflow_changed)
            window.closed.connect(self._workflow_closed)
            self.workflow_windows[assessment.id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _workflow_changed(self, entity: str, _record_id: str) -> None:
        if entity == "Enterprise":
            self.refresh()
        elif entity == "Assessment":
            self._reload_assessments()

    def _workflow_closed(self, assessment_id: str) -> None:
        self.workflow_windows.pop(assessment_id, None)

    def duplicate_assessment(self) -> Assessment | None:
        assessment = self.current_assessment()
        if assessment is None:
            return None
        title = self.tr("{title} (copy)").format(title=assessment.title or self.tr("Assessment"))
        from sxsh_desktop.services.assessments import duplicate_assessment

        try:
            copy = duplicate_assessment(self.store, assessment.id, title).value
        except KnownProblem as problem:
            dialogs().warn(self, problem_title(), problem_text(problem))
            return None
        self._reload_assessments()
        self._select_assessment(copy.id)
        return copy

    def delete_assessment(self) -> bool:
        assessment, enterprise = self.current_assessment(), self.current_enterprise()
        if assessment is None or enterprise is None:
            return False
        question = self.tr(
            "Delete the assessment “{title}” of {enterprise}, with all its data and photos? "
            "This cannot be undone."
        ).format(title=assessment.title or self.tr("(untitled)"), enterprise=enterprise.name)
        if not dialogs().confirm(self, self.tr("Delete assessment"), question):
            return False
        window = self.workflow_windows.pop(assessment.id, None)
        if window is not None:
            window.close()
        from sxsh_desktop.services.assessments import delete_assessment

        delete_assessment(self.store, assessment.id)
        self._show_enterprise(enterprise)
        return True

    # --- database, settings, about -------------------------------------------------------------

    def open_database(self) -> bool:
        chosen = dialogs().open_file(
            self, self.tr("Open database file"), self.tr("SXSH database (*.sqlite3);;All files (*)")
        )
        if chosen is None:
            return False
        try:
            session = open_session(chosen)
        except KnownProblem as problem:
            dialogs().warn(self, problem_title(), problem_text(problem, chosen))
            return False
        self.switch_session(session)
        tell_notices(self, session)
        return True

    def switch_session(self, session: Session) -> None:
        for window in list(self.workflow_windows.values()):
            window.close()
        self.workflow_windows.clear()
        previous, self.session = self.session, session
        if previous is not None:
            previous.close()
        chosen = self.current_enterprise() if previous is None else None  # in the registry preview
        self.add_menus()
        self.registry.set_source(session.store)
        self._enable_for_database()
        self._retranslate()
        if chosen is None or not self.select_enterprise(chosen.id):
            self._select_row(0)
        self.ui.searchEdit.setFocus()
        self.ask_consultant_name()
        self.offer_demo_data()

    def show_settings(self) -> None:
        from sxsh_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.store.reference(), self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.chosen()))
        self.dialog = dialog
        dialog.open()

    def apply_settings(self, chosen: AppSettings) -> None:
        language_changed = chosen.language != self.settings.language
        self.settings = chosen
        save_settings(chosen)
        if language_changed:
            install_language(chosen.language)  # every window retranslates on the LanguageChange event

    def show_about(self) -> None:
        import platform

        from PySide6 import __version__ as pyside_version

        text = self.tr(
            "{app} {version}\n\nCleaner Production (sản xuất sạch hơn) rapid assessments, offline.\n\n"
            "Database: {path}\nPython {python}, Qt for Python {qt}\nLicence: GNU GPL 3.0 or later"
        ).format(
            app=APP_NAME,
            version=__version__,
            path=self.session.path if self.session is not None else "—",
            python=platform.python_version(),
            qt=pyside_version,
        )
        dialogs().inform(self, self.tr("About {app}").format(app=APP_NAME), text)

    def ask_consultant_name(self) -> None:
        """At first start, the consultant's name: put on new assessments and on this computer's
        signing key (not the login and computer name). Changed later in Settings."""
        if self.settings.consultant_name:
            return
        name = dialogs().text(
            self,
            self.tr("Welcome to SXSH Desktop"),
            self.tr("Your name, as the consultant of your assessments (e.g. KS. Nguyễn Văn An):"),
        )
        name = " ".join((name or "").split())
        if name:
            self.apply_settings(dataclasses.replace(self.settings, consultant_name=name))

    def offer_demo_data(self) -> None:
        """On an empty registry, once per database, offer the sample enterprises and assessments."""
        from sxsh_desktop.services import samples

        if not samples.offer_sample_once(self.store):
            return
        wanted = dialogs().confirm(
            self,
            self.tr("Welcome to SXSH Desktop"),
            self.tr(
                "The enterprise registry is empty. Load the demo data (sample enterprises of Hà Tĩnh "
                "with complete assessments) to try the application? You can delete it later."
            ),
        )
        if wanted:
            samples.load_sample_data(self.store)
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Edits are saved as they are made: closing only closes the windows.
        for window in list(self.workflow_windows.values()):
            window.close()
        super().closeEvent(event)
