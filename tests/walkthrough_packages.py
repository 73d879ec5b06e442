"""A walkthrough of encrypted packages in the window, with screenshots at 1366x768:

    python tests/walkthrough_packages.py OUTDIR

The office makes the Centre's key and gives its public key to the consultant; the consultant (demo
data) installs it and exports; the office imports (preview, approve the new key, apply); then both
edit the same assessment, the consultant sends a second package, the import shows a conflict, and
the office resolves it in the conflict dialog. Vietnamese throughout; the previews also in English.
Runs offscreen unless a display is chosen with QT_QPA_PLATFORM.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (1366, 768)
PASSPHRASE = "Khuyến công Hà Tĩnh 2026"
CONSULTANT = "KS. Nguyễn Văn An"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    options.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sxsh-walkthrough-") as temporary:
        walk(Path(temporary), options.outdir)
    return 0


def walk(folder: Path, outdir: Path) -> None:
    os.environ["SXSH_DATA_DIR"] = str(folder / "data")
    from PySide6.QtWidgets import QApplication, QWidget

    from sxsh_desktop.demo import load_demo
    from sxsh_desktop.domain import model
    from sxsh_desktop.sync import conflicts, export
    from sxsh_desktop.ui import application
    from sxsh_desktop.ui.dialogs import ScriptedDialogs, install_dialogs
    from sxsh_desktop.ui.i18n import install_language
    from sxsh_desktop.ui.main_window import MainWindow
    from sxsh_desktop.ui.packages.conflicts_dialog import ConflictsDialog
    from sxsh_desktop.ui.packages.export_dialog import PackageExportDialog
    from sxsh_desktop.ui.packages.export_page import ExportPage
    from sxsh_desktop.ui.packages.keys_dialog import KeysDialog
    from sxsh_desktop.ui.packages.preview_dialog import ImportPreviewDialog
    from sxsh_desktop.ui.session import open_session
    from sxsh_desktop.ui.settings import AppSettings

    app = application.create_application(["walkthrough"])
    install_language("vi")
    scripted = ScriptedDialogs()
    install_dialogs(scripted)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shoot(widget: QWidget, name: str) -> None:
        widget.show()
        if isinstance(widget, MainWindow) or (widget.isWindow() and not widget.parentWidget()):
            widget.resize(*SIZE)
        settle()
        path = outdir / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    def wait(window: MainWindow) -> None:
        while window.packages.background.busy:
            app.processEvents()

    def told() -> str:
        kind, title, text = scripted.asked[-1]
        return f"{kind}: {title}: {text}"

    consultant_db = folder / "Nguyễn Văn An" / "sxsh.sqlite3"
    office_db = folder / "Trung tâm" / "sxsh.sqlite3"
    consultant = MainWindow(open_session(consultant_db), AppSettings(consultant_name=CONSULTANT))
    load_demo(consultant.store)
    consultant.refresh()
    office = MainWindow(open_session(office_db), AppSettings(consultant_name="Phòng SXSH"))
    for window in (consultant, office):
        window.resize(*SIZE)
        window.show()

    # 1. The office makes the Centre's key pair and exports its public key.
    office.packages.show_keys()
    keys_dialog = office.packages.dialog
    assert isinstance(keys_dialog, KeysDialog)
    scripted.answers.extend(["Trung tâm Khuyến công Hà Tĩnh", PASSPHRASE, PASSPHRASE])
    keys_dialog.create_centre()
    centre_file = folder / "Khóa Trung tâm.json"
    scripted.answers.append(centre_file)
    keys_dialog.export_centre_key()
    shoot(keys_dialog, "01-office-keys")
    keys_dialog.close()

    # 2. The consultant installs it (comparing the fingerprint) and exports every assessment.
    consultant.packages.show_keys()
    keys_dialog = consultant.packages.dialog
    assert isinstance(keys_dialog, KeysDialog)
    scripted.answers.extend([centre_file, True])
    keys_dialog.install_key()
    print("asked:", scripted.asked[-1][2].replace("\n", " "))
    shoot(keys_dialog, "02-consultant-keys")
    keys_dialog.close()
    consultant.packages.export_packages()
    export_dialog = consultant.packages.dialog
    assert isinstance(export_dialog, PackageExportDialog)
    first = folder / "Gói SXSH 1.sxsh"
    export_dialog.ui.fileEdit.setText(str(first))
    shoot(export_dialog, "03-consultant-export-dialog")
    export_dialog.accept()
    wait(consultant)
    print(told())

    # 3. The office imports it: the preview, with the new key to approve.
    scripted.answers.extend([first, PASSPHRASE])
    office.packages.import_package()
    wait(office)
    preview = office.packages.dialog
    assert isinstance(preview, ImportPreviewDialog), told()
    shoot(preview, "04-office-preview-vi")
    install_language("en")
    english = ImportPreviewDialog(preview.preview, office)
    shoot(english, "05-office-preview-en")
    english.close()
    install_language("vi")
    preview.ui.approveCheck.setChecked(True)
    preview.accept()
    wait(office)
    print(told())
    shoot(office, "06-office-after-import")

    # 4. Both edit the same assessment; the consultant sends it again from the Export step.
    chosen = export.export_choices(consultant.store)[0]
    consultant.store.update(
        model.Assessment,
        chosen.assessment_id,
        conclusions="Doanh nghiệp thực hiện ngay 5 giải pháp không tốn chi phí.",
    )
    office.store.update(
        model.Assessment, chosen.assessment_id, conclusions="Đã thẩm định; đề nghị bổ sung số liệu điện năng."
    )
    assessment = consultant.store.get(model.Assessment, chosen.assessment_id)
    consultant.select_enterprise(assessment.enterprise_id)
    workflow = consultant.open_assessment()
    assert workflow is not None
    workflow.resize(*SIZE)
    page = workflow.pages[-1]
    assert isinstance(page, ExportPage)
    workflow.go_to_step(len(workflow.pages) - 1)
    shoot(workflow, "07-consultant-export-step-changed")
    second = folder / "Gói SXSH 2.sxsh"
    scripted.answers.append(second)
    page.export_package()
    while page.background.busy:
        app.processEvents()
    print(told())
    shoot(workflow, "08-consultant-export-step-sent")
    workflow.close()

    # 5. The office imports the second package: one conflict, reviewed and resolved.
    scripted.answers.extend([second, PASSPHRASE])
    office.packages.import_package()
    wait(office)
    preview = office.packages.dialog
    assert isinstance(preview, ImportPreviewDialog), told()
    shoot(preview, "09-office-preview-conflict-vi")
    install_language("en")
    english = ImportPreviewDialog(preview.preview, office)
    shoot(english, "10-office-preview-conflict-en")
    english.close()
    install_language("vi")
    scripted.answers.append(0)  # review the conflicts now
    preview.accept()
    wait(office)
    dialog = office.packages.dialog
    assert isinstance(dialog, ConflictsDialog), told()
    shoot(dialog, "11-office-conflict")
    dialog.resolve("incoming")
    shoot(dialog, "12-office-conflict-resolved")
    kept = office.store.get(model.Assessment, chosen.assessment_id).conclusions
    print("kept:", kept, "| open conflicts:", len(conflicts.conflicts(office.store)))

    # 6. A wrong passphrase: a clear message, nothing changed.
    scripted.answers.extend([second, "sai mật khẩu"])
    office.packages.import_package()
    wait(office)
    print(told())
    for window in (consultant, office):
        window.close()
        window.session.close()
    QApplication.processEvents()


if __name__ == "__main__":
    sys.exit(main())
