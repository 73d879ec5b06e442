"""Key management: this computer's key and fingerprint (read over the phone), the Centre's key
(installed at a consultant's, made and exported at the office), the registered keys with revoke."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from sxsh_desktop.domain.text import escape_html
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.services import packages
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync.errors import KeyProblem
from sxsh_desktop.sync.keys import (
    MIN_PASSPHRASE_LENGTH,
    ROLE_CENTRE,
    ROLE_CONSULTANT,
    KeyPair,
    PassphrasePrompt,
    PublicKey,
    TrustedKey,
)
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.generated.ui_keys_dialog import Ui_KeysDialog
from sxsh_desktop.ui.packages.export_dialog import suggested_path
from sxsh_desktop.ui.packages.table_model import (
    FINGERPRINT_SAMPLE,
    MOMENT_SAMPLE,
    Column,
    RowsModel,
    size_columns,
)
from sxsh_desktop.ui.packages.texts import moment_text, role_label
from sxsh_desktop.ui.problems import problem_text, problem_title
from sxsh_desktop.ui.report_actions import safe_file_stem

KEY_SUFFIX = ".json"
DEFAULT_CENTRE_NAME = "Trung tâm Khuyến công"
FINGERPRINT_STYLE = "font-family: monospace; font-size: 13pt; font-weight: bold"


def fingerprint_html(public: PublicKey) -> str:
    """The fingerprint large and monospaced: people read it to each other group by group."""
    return f"<span style='{FINGERPRINT_STYLE}'>{public.fingerprint}</span>"


class _Cancelled(KnownProblem):
    """The user closed a passphrase prompt: nothing is done, nothing more is said."""

    code = "cancelled"

    def __init__(self) -> None:
        super().__init__("Cancelled.")


def device_passphrase_prompt(parent: QWidget | None) -> PassphrasePrompt:
    """Asks for the passphrase of this computer's signing key (where no keychain keeps it) in the
    window; a new one is chosen, checked and typed twice."""

    def ask(new: bool) -> str:
        title = QCoreApplication.translate("KeysDialog", "This computer's signing key")
        if not new:
            value = dialogs().text(
                parent,
                title,
                QCoreApplication.translate("KeysDialog", "Passphrase of this computer's signing key:"),
                password=True,
            )
            if value is None:
                raise _Cancelled()
            return value
        first = dialogs().text(
            parent,
            title,
            QCoreApplication.translate(
                "KeysDialog",
                "This computer has no keychain to keep the key that signs your packages. Choose a "
                "passphrase to protect it (at least {minimum} characters); every export asks for it.",
            ).format(minimum=MIN_PASSPHRASE_LENGTH),
            password=True,
        )
        if first is None:
            raise _Cancelled()
        packages.check_new_passphrase(first)
        again = QCoreApplication.translate("KeysDialog", "The same passphrase again:")
        second = dialogs().text(parent, title, again, password=True)
        if second is None:
            raise _Cancelled()
        if second != first:
            raise KeyProblem("The two passphrases differ; nothing was made.", reason="passphrases_differ")
        return first

    return ask


def unlock_signer(parent: QWidget | None, store: Store, key_name: str = "") -> KeyPair | None:
    """This computer's key pair, unlocked to sign a package (asking in the window if need be);
    None after telling the user why it cannot be (or after they cancelled)."""
    try:
        return packages.unlock_device_key(store, key_name, ask=device_passphrase_prompt(parent))
    except _Cancelled:
        return None
    except KnownProblem as problem:
        dialogs().warn(parent, problem_title(), problem_text(problem))
        return None


class KeysDialog(QDialog):
    """``changed`` after a key was made, installed or revoked."""

    changed = Signal()

    def __init__(
        self, store: Store, key_name: str = "", parent: QWidget | None = None, *, office: bool = True
    ) -> None:
        """``office``: opened from the main window, where the Centre's key pair may be made; from an
        assessment's export page (a consultant's) it is not offered."""
        super().__init__(parent)
        self.store = store
        self.office = office
        self.ui = Ui_KeysDialog()
        self.ui.setupUi(self)
        # This computer's key is made on first use, named after the consultant (else user@computer).
        self.device: PublicKey | None = None
        try:
            self.device = packages.device_key(store, key_name, ask=device_passphrase_prompt(parent))
        except _Cancelled:
            pass
        except KnownProblem as problem:
            dialogs().warn(parent, problem_title(), problem_text(problem))
        self.model = RowsModel(
            [
                Column(lambda: self.tr("Role"), lambda k: role_label(k.public.role)),
                Column(lambda: self.tr("Name"), lambda k: k.public.name),
                Column(lambda: self.tr("Fingerprint"), lambda k: k.public.fingerprint),
                Column(lambda: self.tr("Added"), lambda k: moment_text(k.added_at)),
                Column(
                    lambda: self.tr("State"),
                    lambda k: (
                        self.tr("revoked {date}").format(date=moment_text(k.revoked_at))
                        if k.revoked
                        else self.tr("trusted")
                    ),
                ),
            ],
            parent=self,
        )
        view = self.ui.trustedView
        view.setModel(self.model)
        size_columns(
            view,
            {0: role_label(ROLE_CONSULTANT), 2: FINGERPRINT_SAMPLE, 3: MOMENT_SAMPLE},
            stretch=[1, 4],
        )
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        ui = self.ui
        ui.exportDeviceButton.clicked.connect(self.export_device_key)
        ui.createCentreButton.clicked.connect(self.create_centre)
        ui.exportCentreButton.clicked.connect(self.export_centre_key)
        ui.installButton.clicked.connect(self.install_key)
        ui.revokeButton.clicked.connect(self.revoke_key)
        ui.buttonBox.rejected.connect(self.reject)
        self.refresh()

    # --- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        ui = self.ui
        device = self.device
        if device is None:
            ui.deviceLabel.setText(
                self.tr(
                    "This computer has no key to sign packages with yet. Open this dialog again to make it."
                )
            )
        else:
            ui.deviceLabel.setText(
                self.tr(
                    "Packages made here are signed with the key of <b>{name}</b>. Its fingerprint, to "
                    "read to the Centre over the phone:<br>{fingerprint}"
                ).format(name=escape_html(device.name), fingerprint=fingerprint_html(device))
            )
        ui.exportDeviceButton.setEnabled(device is not None)
        centre = packages.centre_key(self.store)
        installed = self._installed_centre()
        if centre is not None:
            ui.centreLabel.setText(
                self.tr(
                    "This installation is the Centre: <b>{name}</b>. Consultants install its public key "
                    "and compare this fingerprint:<br>{fingerprint}"
                ).format(name=escape_html(centre.name), fingerprint=fingerprint_html(centre))
            )
        elif installed is not None:
            ui.centreLabel.setText(
                self.tr(
                    "Packages are encrypted to the key of <b>{name}</b>, installed {date}. Fingerprint:"
                    "<br>{fingerprint}"
                ).format(
                    name=escape_html(installed.public.name),
                    date=moment_text(installed.added_at),
                    fingerprint=fingerprint_html(installed.public),
                )
            )
        else:
            ui.centreLabel.setText(
                self.tr(
                    "<b>The Centre's key is not installed</b>: packages cannot be exported yet. Install "
                    "the key file the Industrial Promotion Centre gives you (Install a key from a file)."
                )
            )
        ui.createCentreButton.setVisible(self.office and centre is None and installed is None)
        ui.exportCentreButton.setVisible(centre is not None)
        self.model.set_rows(packages.trusted_keys(self.store))
        self._update_buttons()

    def _installed_centre(self) -> TrustedKey | None:
        active = [
            k for k in packages.trusted_keys(self.store) if k.public.role == ROLE_CENTRE and not k.revoked
        ]
        return max(active, key=lambda k: k.added_at) if active else None

    def selected_key(self) -> TrustedKey | None:
        rows = self.ui.trustedView.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        key = self.selected_key()
        self.ui.revokeButton.setEnabled(key is not None and not key.revoked)

    def _problem(self, problem: KnownProblem, path: object = None) -> None:
        dialogs().warn(self, problem_title(), problem_text(problem, str(path) if path else None))

    # --- actions -------------------------------------------------------------------------------

    def _save_public(self, public: PublicKey, prefix: str) -> None:
        folder = suggested_path(None, date.today()).parent
        suggested = folder / f"{safe_file_stem(f'{prefix} {public.name}')}{KEY_SUFFIX}"
        chosen = dialogs().save_file(
            self,
            self.tr("Save the public key"),
            str(suggested),
            self.tr("Public key (*.json);;All files (*)"),
        )
        if chosen is None:
            return
        if chosen.suffix.lower() != KEY_SUFFIX:
            chosen = chosen.with_name(chosen.name + KEY_SUFFIX)
        try:
            packages.write_public_key(public, chosen)
        except KnownProblem as problem:
            self._problem(problem, chosen)
            return
        dialogs().inform(
            self,
            self.windowTitle(),
            self.tr("The public key was saved as\n{path}\n\nFingerprint: {fingerprint}").format(
                path=chosen, fingerprint=public.fingerprint
            ),
        )

    def export_device_key(self) -> None:
        if self.device is not None:
            self._save_public(self.device, self.tr("Public key"))

    def export_centre_key(self) -> None:
        centre = packages.centre_key(self.store)
        if centre is not None:
            self._save_public(centre, self.tr("Centre public key"))

    def install_key(self) -> None:
        chosen = dialogs().open_file(
            self, self.tr("Install a public key"), self.tr("Public key (*.json);;All files (*)")
        )
        if chosen is None:
            return
        try:
            public = packages.read_public_key(chosen)
        except KnownProblem as problem:
            self._problem(problem, chosen)
            return
        if public.role == ROLE_CENTRE:
            question = self.tr(
                "Install the key of the Centre “{name}”? Packages will be encrypted to it.\n\n"
                "Fingerprint: {fingerprint}\n\nCompare it with the fingerprint the Centre gives you "
                "(by phone or on paper), group by group. Install it only if they are the same."
            )
        else:
            question = self.tr(
                "Register the key of the consultant “{name}”? Packages signed with it will be "
                "accepted.\n\nFingerprint: {fingerprint}\n\nAsk the consultant to read you the "
                "fingerprint of their computer (Packages ▸ Keys). Register it only if they are the same."
            )
        if not dialogs().confirm(
            self,
            self.tr("Install a public key"),
            question.format(name=public.name, fingerprint=public.fingerprint),
        ):
            return
        try:
            packages.trust_key(self.store, public)
        except KnownProblem as problem:
            self._problem(problem, chosen)
            return
        self.refresh()
        self.changed.emit()

    def revoke_key(self) -> None:
        key = self.selected_key()
        if key is None or key.revoked:
            return
        question = self.tr(
            "Revoke the key of {name} (fingerprint {fingerprint})? Packages signed with it will be "
            "refused from now on; what was imported stays. A revoked key cannot be trusted again."
        ).format(name=key.public.name, fingerprint=key.public.fingerprint)
        if not dialogs().confirm(self, self.tr("Revoke a key"), question):
            return
        try:
            packages.revoke_key(self.store, key.public.key_id)
        except KnownProblem as problem:
            self._problem(problem)
            return
        self.refresh()
        self.changed.emit()

    def create_centre(self) -> None:
        title = self.tr("Create the Centre's key pair")
        name = dialogs().text(
            self,
            title,
            self.tr("The Centre's name, as consultants will see it (e.g. {example}):").format(
                example=DEFAULT_CENTRE_NAME
            ),
        )
        if name is None:
            return
        try:
            packages.check_centre_name(name)
        except KnownProblem as problem:
            dialogs().warn(self, title, problem_text(problem))
            return
        first = dialogs().text(
            self,
            title,
            self.tr(
                "A passphrase for the Centre's key (at least {minimum} characters). Every import asks "
                "for it; keep it safe: without it no package can be opened."
            ).format(minimum=MIN_PASSPHRASE_LENGTH),
            password=True,
        )
        if first is None:
            return
        try:
            packages.check_new_passphrase(first)
        except KnownProblem as problem:
            dialogs().warn(self, title, problem_text(problem))
            return
        second = dialogs().text(self, title, self.tr("The same passphrase again:"), password=True)
        if second is None:
            return
        if second != first:
            dialogs().warn(self, title, self.tr("The two passphrases differ; nothing was created."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            centre = packages.create_centre_key(self.store, name, first).value
        except KnownProblem as problem:
            QApplication.restoreOverrideCursor()
            self._problem(problem)
            return
        QApplication.restoreOverrideCursor()
        self.refresh()
        self.changed.emit()
        dialogs().inform(
            self,
            title,
            self.tr(
                "The Centre's key pair was created. Its fingerprint:\n{fingerprint}\n\nExport the "
                "public key and give it to the consultants with this fingerprint."
            ).format(fingerprint=centre.fingerprint),
        )
