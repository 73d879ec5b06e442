"""Encrypted packages in the window: export, import with preview, keys, conflicts, messages."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from sxsh_desktop.demo import load_demo
from sxsh_desktop.domain import model
from sxsh_desktop.store import schema
from sxsh_desktop.store.repository import Store, records_of
from sxsh_desktop.sync import conflicts, export, importer, keys
from sxsh_desktop.sync import errors as sync_errors
from sxsh_desktop.ui import problems
from sxsh_desktop.ui.dialogs import ScriptedDialogs
from sxsh_desktop.ui.main_window import MainWindow
from sxsh_desktop.ui.packages.conflicts_dialog import ConflictsDialog
from sxsh_desktop.ui.packages.export_dialog import PackageExportDialog
from sxsh_desktop.ui.packages.export_page import ExportPage
from sxsh_desktop.ui.packages.keys_dialog import KeysDialog
from sxsh_desktop.ui.packages.preview_dialog import ImportPreviewDialog
from sxsh_desktop.ui.session import open_session
from sxsh_desktop.ui.settings import AppSettings
from tests.sync_world import PASSPHRASE, _centre, dump

SYNC_PACKAGE = Path(sync_errors.__file__).parent
CONSULTANT = "KS. Nguyễn Văn An"


def _tested(model_: QAbstractItemModel) -> QAbstractItemModelTester:
    # Its complaints are Qt warnings, which fail the test.
    return QAbstractItemModelTester(model_, QAbstractItemModelTester.FailureReportingMode.Warning)


def _window(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(open_session(path), AppSettings(consultant_name=CONSULTANT))
    window.store.device_id  # noqa: B018 - made now (on first use), so that a dump before and after compares data
    qtbot.addWidget(window)
    window.show()
    return window


def _close(window: MainWindow) -> None:
    window.close()
    window.session.close()


@pytest.fixture
def office_path(tmp_path: Path) -> Path:
    """An office database holding the Centre's key pair (made once per session: scrypt is slow)."""
    path = tmp_path / "văn phòng" / "office.sqlite3"
    path.parent.mkdir()
    store = Store.open(path)
    with store.database.begin() as connection:
        connection.execute(insert(schema.sync_own_key).values(_centre()[0]))
    store.close()
    return path


@pytest.fixture
def consultant_path(tmp_path: Path) -> Path:
    """A consultant's database with the demo assessments and the Centre's public key installed."""
    path = tmp_path / "Nguyễn Văn An" / "sxsh.sqlite3"
    path.parent.mkdir()
    store = Store.open(path)
    load_demo(store)
    keys.trust(store, _centre()[1].public)
    keys.device_keys(store, CONSULTANT)
    store.close()
    return path


@pytest.fixture
def consultant(
    qtbot: QtBot, consultant_path: Path, language: str, scripted: ScriptedDialogs
) -> Iterator[MainWindow]:
    window = _window(qtbot, consultant_path)
    yield window
    _close(window)


@pytest.fixture
def office(qtbot: QtBot, office_path: Path, language: str, scripted: ScriptedDialogs) -> Iterator[MainWindow]:
    window = _window(qtbot, office_path)
    yield window
    _close(window)


def _wait(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.packages.background.busy, timeout=30_000)


def _export_all(qtbot: QtBot, window: MainWindow, path: Path) -> PackageExportDialog:
    window.packages.export_packages()
    dialog = window.packages.dialog
    assert isinstance(dialog, PackageExportDialog)
    dialog.ui.fileEdit.setText(str(path))
    dialog.accept()
    _wait(qtbot, window)
    return dialog


def _import(qtbot: QtBot, window: MainWindow, scripted: ScriptedDialogs, path: Path, secret: str) -> None:
    scripted.answers.extend([path, secret])
    window.packages.import_package()
    _wait(qtbot, window)


def test_the_consultant_exports_and_the_office_previews_and_imports(
    qtbot: QtBot, consultant: MainWindow, office: MainWindow, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    demo_ids = sorted(choice.assessment_id for choice in export.export_choices(consultant.store))
    dialog = _export_all(qtbot, consultant, tmp_path / "gói 1")
    _tested(dialog.model)
    assert sorted(dialog.chosen_ids()) == demo_ids  # nothing exported yet: every assessment is chosen
    package = tmp_path / "gói 1.sxsh"
    assert package.exists()
    assert scripted.asked[-1][0] == "inform" and "1" in scripted.asked[-1][2]

    before = dump(office.store.path)
    _import(qtbot, office, scripted, package, PASSPHRASE)
    preview_dialog = office.packages.dialog
    assert isinstance(preview_dialog, ImportPreviewDialog)
    _tested(preview_dialog.model)
    preview = preview_dialog.preview
    documents = [consultant.store.load_document(assessment_id) for assessment_id in demo_ids]
    assert preview.counts["new"] == len({record.id for record in records_of(documents)})
    assert preview.counts["conflict"] == 0
    assert preview_dialog.model.rowCount() == preview.counts["new"]
    assert str(preview.counts["new"]) in preview_dialog.ui.countsLabel.text()
    # A new sender: the fingerprint is shown for comparison, and nothing is applied before approval.
    device = keys.device_keys(consultant.store).public
    assert preview_dialog.ui.fingerprintLabel.text() == device.fingerprint
    assert preview_dialog.ui.approveCheck.isVisibleTo(preview_dialog)
    assert not preview_dialog.apply_button.isEnabled()
    preview_dialog.accept()
    assert dump(office.store.path) == before  # refused until approved
    preview_dialog.ui.approveCheck.setChecked(True)
    assert preview_dialog.apply_button.isEnabled()
    qtbot.mouseClick(preview_dialog.apply_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, office)
    assert scripted.asked[-1][:2] == ("inform", "Đã nhập gói")
    assert office.store.count_enterprises() == consultant.store.count_enterprises()
    assert office.registry.total == office.store.count_enterprises()
    assert [k.public.fingerprint for k in keys.trusted_keys(office.store)] == [device.fingerprint]

    # The same package again changes nothing, and says so; the Centre's key unlocked for the first
    # import is kept for this session, so its passphrase is not asked again.
    after = dump(office.store.path)
    asked_before = len(scripted.asked)
    scripted.answers.append(package)
    office.packages.import_package()
    _wait(qtbot, office)
    assert [kind for kind, _title, _text in scripted.asked[asked_before:]] == ["open_file", "warn"]
    assert "đã được nhập" in scripted.asked[-1][2]
    assert dump(office.store.path) == after


def test_a_wrong_passphrase_is_told_in_vietnamese_and_changes_nothing(
    qtbot: QtBot, consultant: MainWindow, office: MainWindow, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    package = tmp_path / "gói.sxsh"
    export.export_package(consultant.store, package)
    before = dump(office.store.path)
    _import(qtbot, office, scripted, package, "không phải mật khẩu")
    kind, _title, text = scripted.asked[-1]
    assert kind == "warn" and "Cụm mật khẩu" in text and "Traceback" not in text
    assert dump(office.store.path) == before
    # A wrong passphrase unlocks nothing: the next import asks again.
    _import(qtbot, office, scripted, package, PASSPHRASE)
    assert [kind for kind, _title, _text in scripted.asked[-2:]] == ["open_file", "text"]
    assert isinstance(office.packages.dialog, ImportPreviewDialog)


def test_a_damaged_package_is_named_in_a_clear_message(
    qtbot: QtBot, office: MainWindow, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    damaged = tmp_path / "hỏng.sxsh"
    damaged.write_bytes(b"PK\x03\x04 not a package")
    before = dump(office.store.path)
    _import(qtbot, office, scripted, damaged, PASSPHRASE)
    kind, _title, text = scripted.asked[-1]
    assert kind == "warn" and str(damaged) in text and "bị hỏng" in text
    assert dump(office.store.path) == before


def test_a_conflict_is_shown_side_by_side_and_resolved_in_the_dialog(
    qtbot: QtBot, consultant: MainWindow, office: MainWindow, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    centre = _centre()[1]
    keys.trust(office.store, keys.device_keys(consultant.store).public)
    first = tmp_path / "1.sxsh"
    export.export_package(consultant.store, first)
    importer.import_package(office.store, first, [centre.identity])
    chosen = export.export_choices(consultant.store)[0]
    consultant.store.update(model.Assessment, chosen.assessment_id, conclusions="Kết luận của tư vấn viên")
    office.store.update(model.Assessment, chosen.assessment_id, conclusions="Kết luận của văn phòng")
    second = tmp_path / "2.sxsh"
    export.export_package(consultant.store, second)

    scripted.answers.extend([second, PASSPHRASE])
    office.packages.import_package()
    _wait(qtbot, office)
    preview_dialog = office.packages.dialog
    assert isinstance(preview_dialog, ImportPreviewDialog)
    assert preview_dialog.preview.counts["conflict"] == 1
    assert preview_dialog.model.data(preview_dialog.model.index(0, 0)) == "Xung đột"  # conflicts come first
    scripted.answers.append(0)  # "Review the conflicts"
    preview_dialog.accept()
    _wait(qtbot, office)

    dialog = office.packages.dialog
    assert isinstance(dialog, ConflictsDialog)
    _tested(dialog.conflicts_model)
    _tested(dialog.differences_model)
    assert dialog.conflicts_model.rowCount() == 1
    rows = [
        [dialog.differences_model.data(dialog.differences_model.index(r, c)) for c in range(3)]
        for r in range(dialog.differences_model.rowCount())
    ]
    assert ["Kết luận", "Kết luận của văn phòng", "Kết luận của tư vấn viên"] in rows
    qtbot.mouseClick(dialog.ui.keepIncomingButton, Qt.MouseButton.LeftButton)
    assert office.store.get(model.Assessment, chosen.assessment_id).conclusions == "Kết luận của tư vấn viên"
    assert conflicts.conflicts(office.store) == []
    assert dialog.conflicts_model.rowCount() == 0
    assert not dialog.ui.keepOfficeButton.isEnabled()


def test_the_keys_dialog_shows_fingerprints_installs_and_revokes(
    qtbot: QtBot, office: MainWindow, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    centre = keys.centre_public(office.store)
    assert centre is not None
    office.packages.show_keys()
    dialog = office.packages.dialog
    assert isinstance(dialog, KeysDialog)
    _tested(dialog.model)
    assert centre.fingerprint in dialog.ui.centreLabel.text()
    assert keys.device_keys(office.store).public.fingerprint in dialog.ui.deviceLabel.text()
    assert dialog.ui.exportCentreButton.isVisibleTo(dialog) and not dialog.ui.createCentreButton.isVisibleTo(
        dialog
    )

    # A consultant's key file: its fingerprint is shown for comparison before it is registered.
    other = Store.open(tmp_path / "khác.sqlite3")
    public = keys.device_keys(other, "KS. Trần Thị Bình").public
    other.close()
    key_file = tmp_path / "khoá.json"
    key_file.write_bytes(public.to_file_bytes())
    scripted.answers.extend([key_file, True])
    dialog.install_key()
    assert public.fingerprint in scripted.asked[-1][2]
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 2)) == public.fingerprint

    dialog.ui.trustedView.selectRow(0)
    assert dialog.ui.revokeButton.isEnabled()
    scripted.answers.append(True)
    dialog.revoke_key()
    assert keys.trusted_keys(office.store)[0].revoked
    assert not dialog.ui.revokeButton.isEnabled()

    # The Centre's public key, exported for the consultants.
    scripted.answers.append(tmp_path / "trung tâm")
    dialog.export_centre_key()
    assert keys.PublicKey.read_file(tmp_path / "trung tâm.json") == centre


def test_a_consultant_installs_the_centres_key_and_the_export_step_completes(
    qtbot: QtBot, main_window: MainWindow, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    store = main_window.store
    enterprise = store.insert(model.Enterprise(name="Công ty Gạch Tuynel Đức Thọ", short_name="Gạch Đức Thọ"))
    store.insert(model.Assessment(enterprise_id=enterprise.id, title="Đánh giá nhanh 2026"))
    main_window.refresh()
    main_window.select_enterprise(enterprise.id)
    window = main_window.open_assessment()
    assert window is not None
    page = window.pages[-1]
    assert isinstance(page, ExportPage)
    assert page.missing() == ["Chưa cài khóa của Trung tâm"]
    assert not page.ui.exportButton.isEnabled()
    _tested(page.model)

    key_file = tmp_path / "trung tâm.json"
    key_file.write_bytes(_centre()[1].public.to_file_bytes())
    page.show_keys()
    scripted.answers.extend([key_file, True])
    page.keys_dialog.install_key()
    assert _centre()[1].public.fingerprint in page.ui.keyStatusLabel.text()
    assert page.missing() == ["Chưa xuất gói"]

    scripted.answers.append(tmp_path / "gói")
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.background.busy, timeout=30_000)
    suggested = next(text for kind, _title, text in scripted.asked if kind == "save_file")
    assert Path(suggested).name.startswith("Gói SXSH Gạch Đức Thọ ") and suggested.endswith(".sxsh")
    assert (tmp_path / "gói.sxsh").exists()
    assert page.model.rowCount() == 1 and page.missing() == []
    assert keys.device_keys(store).public.name == "KS. Nguyễn Văn An"  # the consultant of the settings
    window.close()


def test_export_without_the_centres_key_is_refused_with_a_translated_message(
    main_window: MainWindow, scripted: ScriptedDialogs
) -> None:
    load_demo(main_window.store)
    main_window.packages.export_packages()
    kind, _title, text = scripted.asked[-1]
    assert kind == "warn" and "Chưa cài khóa công khai của Trung tâm" in text


def _raised_codes() -> set[str]:
    """``code`` or ``code.reason`` of every sync problem raised in sxsh_desktop/sync."""
    classes = {
        name: cls.code
        for name, cls in vars(sync_errors).items()
        if isinstance(cls, type) and issubclass(cls, sync_errors.SyncError)
    }
    found: set[str] = set()
    for source in SYNC_PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in classes:
                reason = next((k.value for k in node.keywords if k.arg == "reason"), None)
                code = classes[node.func.id]
                if isinstance(reason, ast.Constant):
                    found.add(f"{code}.{reason.value}")
                elif node.func.id not in ("SyncError", "KeyProblem"):
                    found.add(code)
                else:
                    found.add(f"{code} without a reason")
    return found


def test_every_sync_problem_has_a_translated_message(language: str) -> None:
    raised = _raised_codes()
    assert "wrong_passphrase" in raised and "key.short_passphrase" in raised
    assert raised - problems.known_problems() == set()
