"""The main window's Packages menu: export packages, import one (passphrase, preview, apply),
keys, conflicts. Slow work runs in the background; the window stays responsive.

The package code (and the storage layer under it) is imported when a menu entry is first used:
the main window shows before the storage layer is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.packages.background import Background
from sxsh_desktop.ui.problems import problem_text, problem_title

if TYPE_CHECKING:
    from pyrage import x25519

    from sxsh_desktop.store.repository import Store
    from sxsh_desktop.sync.export import ExportResult
    from sxsh_desktop.sync.importer import ImportPreview, PendingImport


class _Cancelled(Exception):
    """The user closed a question asked while reading the identity file."""


class PackageActions(QObject):
    """``imported`` after an import or a resolved conflict changed the database."""

    imported = Signal()

    def __init__(
        self, window: QMainWindow, store: Callable[[], Store | None], key_name: Callable[[], str]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._store = store  # None while the window has no database open yet
        self._key_name = key_name  # this computer's key is named after the consultant when made
        self.background = Background(window)
        self.dialog: QDialog | None = None  # the dialog open now (tests answer it)
        # The Centre's key, once unlocked, for the rest of this session (in memory only): unlocking
        # costs one scrypt, seconds and hundreds of MB, which nobody should wait for at every import.
        # Keyed by the database and the key, so another database or a new Centre key asks again.
        self._unlocked_centre: tuple[tuple[Path, str], list[x25519.Identity]] | None = None
        self.export_action = QAction(window)
        self.export_action.triggered.connect(self.export_packages)
        self.import_action = QAction(window)
        self.import_action.triggered.connect(self.import_package)
        self.keys_action = QAction(window)
        self.keys_action.triggered.connect(self.show_keys)
        self.conflicts_action = QAction(window)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.rollups_action = QAction(window)
        self.rollups_action.triggered.connect(self.show_rollups)
        self.menu = QMenu(window)
        self.menu.setObjectName("packagesMenu")
        self.menu.addActions([self.export_action, self.import_action])
        self.menu.addSeparator()
        self.menu.addActions([self.keys_action, self.conflicts_action])
        self.menu.addSeparator()
        self.menu.addAction(self.rollups_action)
        self.menu.aboutToShow.connect(self._count_conflicts)
        window.installEventFilter(self)
        self._retranslate()

    def _retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Packages"))
        self.export_action.setText(self.tr("&Export packages…"))
        self.import_action.setText(self.tr("&Import package…"))
        self.keys_action.setText(self.tr("&Keys…"))
        self.rollups_action.setText(self.tr("&Roll-ups to the ministry…"))
        self._count_conflicts()

    def _count_conflicts(self) -> None:
        store = self._store()
        for action in (
            self.export_action,
            self.import_action,
            self.keys_action,
            self.conflicts_action,
            self.rollups_action,
        ):
            action.setEnabled(store is not None)
        count = 0
        if store is not None:  # else the storage layer may not be loaded yet
            from sxsh_desktop.services import packages

            count = len(packages.open_conflicts(store))
        if count:
            self.conflicts_action.setText(self.tr("&Conflicts (%n open)…", "", count))
        else:
            self.conflicts_action.setText(self.tr("&Conflicts…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.LanguageChange:
                self._retranslate()
            elif event.type() == QEvent.Type.Close:
                self.background.wait()
        return super().eventFilter(watched, event)

    def _warn(self, problem: KnownProblem, path: Path | None = None) -> None:
        dialogs().warn(self._window, problem_title(), problem_text(problem, path))

    # --- export --------------------------------------------------------------------------------

    def export_packages(self) -> None:
        from sxsh_desktop.services import packages
        from sxsh_desktop.ui.packages.export_dialog import PackageExportDialog, suggested_path

        store = self._store()
        if store is None or self.background.busy:
            return
        try:
            packages.centre_recipient(store)
        except KnownProblem as problem:
            self._warn(problem)
            return
        choices = packages.export_choices(store)
        if not choices:
            dialogs().inform(
                self._window, self.tr("Export packages"), self.tr("There is no assessment to export yet.")
            )
            return
        dialog = PackageExportDialog(choices, suggested_path(None, date.today()), self._window)
        dialog.accepted.connect(lambda: self._export(store, dialog.chosen_ids(), dialog.path()))
        self.dialog = dialog
        dialog.open()

    def _export(self, store: Store, assessment_ids: list[str], path: Path | None) -> None:
        from sxsh_desktop.services import packages
        from sxsh_desktop.ui.packages.export_dialog import remember_folder
        from sxsh_desktop.ui.packages.keys_dialog import unlock_signer

        if path is None:
            return
        remember_folder(path)
        signer = unlock_signer(self._window, store, self._key_name())  # asked here, not in the worker
        if signer is None:
            return
        self.background.run(
            lambda: packages.export_packages(store, path, assessment_ids, signer=signer).value,
            self._exported,
            about=path,
        )

    def _exported(self, result: ExportResult) -> None:
        from sxsh_desktop.ui.packages.export_dialog import exported_text

        dialogs().inform(self._window, self.tr("Package exported"), exported_text(result))

    # --- import --------------------------------------------------------------------------------

    def import_package(self) -> None:
        from sxsh_desktop.services import packages
        from sxsh_desktop.ui.packages.export_dialog import package_filter

        store = self._store()
        if store is None or self.background.busy:
            return
        path = dialogs().open_file(self._window, self.tr("Import a package"), package_filter())
        if path is None:
            return
        if packages.has_centre_key(store):
            centre = (store.path, packages.centre_recipient(store).key_id)
            if self._unlocked_centre is not None and self._unlocked_centre[0] == centre:
                unlocked = self._unlocked_centre[1]

                def read() -> PendingImport:
                    return packages.read_package(store, path, unlocked, approve_new_key=True)

            else:
                passphrase = dialogs().text(
                    self._window,
                    self.tr("Import a package"),
                    self.tr("Passphrase of the Centre's key:"),
                    password=True,
                )
                if passphrase is None:
                    return

                def read() -> PendingImport:
                    identities = packages.centre_identities(store, passphrase)
                    self._unlocked_centre = (centre, identities)  # only once it unlocked
                    return packages.read_package(store, path, identities, approve_new_key=True)

        else:
            identity_file = dialogs().open_file(
                self._window,
                self.tr("The Centre's identity file (this installation holds no Centre key)"),
                self.tr("age identity (*.age *.txt *.key);;All files (*)"),
            )
            if identity_file is None:
                return
            try:
                identities = packages.file_identities(identity_file, self._ask_identity_passphrase)
            except _Cancelled:
                return
            except KnownProblem as problem:
                self._warn(problem, identity_file)
                return

            def read() -> PendingImport:
                return packages.read_package(store, path, identities, approve_new_key=True)

        self.background.run(read, lambda pending: self._preview(store, pending), about=path)

    def _ask_identity_passphrase(self) -> str:
        answer = dialogs().text(
            self._window,
            self.tr("Import a package"),
            self.tr("Passphrase of the identity file:"),
            password=True,
        )
        if answer is None:
            raise _Cancelled
        return answer

    def _preview(self, store: Store, pending: PendingImport) -> None:
        from sxsh_desktop.services import packages
        from sxsh_desktop.ui.packages.preview_dialog import ImportPreviewDialog

        dialog = ImportPreviewDialog(pending.preview, self._window)
        path = Path(pending.preview.file_name)
        dialog.accepted.connect(
            lambda: self.background.run(
                lambda: packages.apply_import(store, pending).value, self._imported, about=path
            )
        )
        self.dialog = dialog
        dialog.open()

    def _imported(self, preview: ImportPreview) -> None:
        self.imported.emit()
        counts = preview.counts
        text = self.tr(
            "The package of {name} was imported: {new} new, {updated} updated, {deleted} deleted record(s)."
        ).format(
            name=preview.sender.name, new=counts["new"], updated=counts["updated"], deleted=counts["deleted"]
        )
        if not counts["conflict"]:
            dialogs().inform(self._window, self.tr("Package imported"), text)
            return
        text += "\n\n" + self.tr(
            "%n record(s) were changed both here and by the consultant: the office version was kept "
            "for now. Review them and choose which version to keep.",
            "",
            counts["conflict"],
        )
        chosen = dialogs().choose(
            self._window,
            self.tr("Package imported"),
            text,
            [self.tr("Review the conflicts"), self.tr("Later")],
        )
        if chosen == 0:
            self.show_conflicts()

    # --- keys and conflicts ----------------------------------------------------------------------

    def show_keys(self) -> None:
        from sxsh_desktop.ui.packages.keys_dialog import KeysDialog

        store = self._store()
        if store is None:
            return
        dialog = KeysDialog(store, self._key_name(), self._window)
        self.dialog = dialog
        dialog.open()

    def show_conflicts(self) -> None:
        from sxsh_desktop.ui.packages.conflicts_dialog import ConflictsDialog

        store = self._store()
        if store is None:
            return
        dialog = ConflictsDialog(store, self._window)
        dialog.resolved.connect(self.imported)
        self.dialog = dialog
        dialog.open()

    def show_rollups(self) -> None:
        """The ministry's overview of the provinces (ministry mode), or this office's roll-ups."""
        from sxsh_desktop.ui.rollup_views import rollup_dialog

        store = self._store()
        if store is None:
            return
        dialog = rollup_dialog(store, self._window)
        self.dialog = dialog
        dialog.resize(self._window.size())
        dialog.open()
