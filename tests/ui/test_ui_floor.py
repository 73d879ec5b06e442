"""What a consultant found wrong on the factory floor, each checked as the user meets it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from sxsh_desktop.domain.model import Assessment, Consumption, Enterprise
from sxsh_desktop.domain.taxcode import with_check_digit
from sxsh_desktop.ui.dialogs import ScriptedDialogs
from sxsh_desktop.ui.enterprise_dialog import EnterpriseDialog
from sxsh_desktop.ui.main_window import MainWindow
from sxsh_desktop.ui.settings import AppSettings
from tests.pages_support import open_workbench, settle, type_cell

CODE = with_check_digit("300765432")
assert CODE is not None


def _add(window: MainWindow, **fields: object) -> Enterprise:
    enterprise = window.store.insert(Enterprise(**fields))
    window.refresh()
    assert window.select_enterprise(enterprise.id)
    return enterprise


def test_a_second_enterprise_with_the_same_tax_code_is_refused_beside_the_field(
    main_window: MainWindow,
) -> None:
    _add(main_window, name="Công ty TNHH Gỗ Hồng Lĩnh", tax_code=CODE)
    main_window.ui.actionNewEnterprise.trigger()
    dialog = main_window.dialog
    assert isinstance(dialog, EnterpriseDialog)
    dialog.ui.nameEdit.setText("Công ty TNHH Gỗ Hồng Lĩnh (chi nhánh)")
    dialog.ui.taxCodeEdit.setText(f"{CODE[:4]}.{CODE[4:]}")  # the same code, typed with a dot
    dialog.accept()
    assert dialog.isVisible()
    assert "Công ty TNHH Gỗ Hồng Lĩnh" in dialog.error_text("tax_code")
    assert main_window.store.count_enterprises() == 1


def test_del_on_the_registry_deletes_an_enterprise_after_asking(
    main_window: MainWindow, qtbot: QtBot, scripted: ScriptedDialogs
) -> None:
    kept = _add(main_window, name="HTX Mộc Thái Yên")
    gone = _add(main_window, name="Cơ sở mộc Đức Thọ")
    main_window.ui.registryView.setFocus()
    scripted.answers.append(False)  # "no" first: nothing happens
    qtbot.keyClick(main_window.ui.registryView, Qt.Key.Key_Delete)
    assert main_window.store.count_enterprises() == 2
    scripted.answers.append(True)
    qtbot.keyClick(main_window.ui.registryView, Qt.Key.Key_Delete)
    assert [e.id for e in main_window.store.search_enterprises("")] == [kept.id]
    assert scripted.asked[-1][0] == "confirm" and gone.name in scripted.asked[-1][2]


def test_an_enterprise_with_assessments_is_not_deleted_and_the_reason_is_given(
    main_window: MainWindow, qtbot: QtBot, scripted: ScriptedDialogs
) -> None:
    enterprise = _add(main_window, name="Công ty TNHH Gạch Đồng Lộc")
    main_window.store.insert(Assessment(enterprise_id=enterprise.id, title="Đánh giá 2025"))
    main_window.refresh()
    main_window.ui.registryView.setFocus()
    scripted.answers.append(True)
    qtbot.keyClick(main_window.ui.registryView, Qt.Key.Key_Delete)
    assert main_window.store.count_enterprises() == 1
    kind, _title, text = scripted.asked[-1]
    assert kind == "warn" and "1 đợt đánh giá" in text


def test_enter_on_a_registry_row_opens_its_latest_assessment(main_window: MainWindow, qtbot: QtBot) -> None:
    enterprise = _add(main_window, name="Công ty TNHH May Hồng Lĩnh")
    main_window.store.insert(
        Assessment(enterprise_id=enterprise.id, title="Đánh giá 2024", start_date=date(2024, 5, 2))
    )
    latest = main_window.store.insert(
        Assessment(enterprise_id=enterprise.id, title="Đánh giá 2025", start_date=date(2025, 5, 2))
    )
    main_window.refresh()
    main_window.ui.registryView.setFocus()
    qtbot.keyClick(main_window.ui.registryView, Qt.Key.Key_Return)
    assert list(main_window.workflow_windows) == [latest.id]


def test_the_consultant_is_asked_for_a_name_at_first_start(
    session: object, scripted: ScriptedDialogs, language: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved: list[AppSettings] = []
    monkeypatch.setattr("sxsh_desktop.ui.main_window.save_settings", saved.append)
    window = MainWindow(None, AppSettings())
    qtbot.addWidget(window)
    scripted.answers.extend(["  KS. Lê   Thị Hoa ", False])  # the name; no demo data
    window.switch_session(session)  # type: ignore[arg-type]
    assert scripted.asked[0][0] == "text"
    assert window.settings.consultant_name == "KS. Lê Thị Hoa"
    assert saved and saved[-1].consultant_name == "KS. Lê Thị Hoa"
    window.session = None  # the fixture closes it


def test_the_cp_date_picker_opens_on_this_month_not_on_1900(main_window: MainWindow) -> None:
    main_window.ui.actionNewEnterprise.trigger()
    dialog = main_window.dialog
    assert isinstance(dialog, EnterpriseDialog)
    edit = dialog.ui.informedDate
    dialog.show()
    settle()
    # A click on the drop-down arrow at the right of the field.
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))
    calendar = edit.calendarWidget()
    assert calendar.isVisible()
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert dialog.edited().cp_informed_on is None  # shown, not chosen
    QTest.keyClick(calendar, Qt.Key.Key_Escape)


def test_a_file_kind_no_program_opens_is_said_so(tmp_path: Path) -> None:
    from sxsh_desktop.ui.dialogs import has_opener

    strange = tmp_path / "bang-tinh.sxsh-no-such-kind"
    strange.write_bytes(b"\x00\x01")
    assert has_opener(strange) is False


def test_the_photo_viewer_shows_the_photo_large_from_the_start(store: object, qtbot: QtBot) -> None:
    from sxsh_desktop.ui.pages.photos import PhotoViewer

    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    viewer = PhotoViewer(image, "Cửa lò sấy")
    qtbot.addWidget(viewer)
    viewer.resize(900, 700)
    viewer.show()
    settle()
    shown = viewer.picture.shown_size()
    assert shown.width() >= 600 and shown.height() >= 450


def test_a_wrong_number_holds_the_figures_keeps_the_step_open_and_ctrl_z_drops_it(store: object) -> None:
    from sxsh_desktop.ui.pages.general import GeneralPage

    with open_workbench(store) as bench:  # type: ignore[arg-type]
        bench.store.insert(
            Consumption(
                assessment_id=bench.assessment_id,
                name="Điện lưới",
                kind="electricity",
                unit="kwh",
                yearly_quantity=1000,
                unit_price=2000,
            )
        )
        bench.store.insert(Consumption(assessment_id=bench.assessment_id, name="Nước", kind="water"))
        bench.reload()
        page = bench.show(GeneralPage)
        page.ui.baselineTabs.setCurrentWidget(page.ui.consumptionTab)
        type_cell(page.consumptions, 1, "yearly_quantity", "50")  # a valid edit first
        cost = next(
            n
            for n, c in enumerate(page.consumptions.model.columns)
            if c.field == "" and "Cost" in c.header_text()
        )
        type_cell(page.consumptions, 0, "yearly_quantity", "1.2.3")
        model = page.consumptions.model
        assert model.index(0, cost).data() == "…"  # not the cost of the old 1000 kWh
        window = bench.window
        row = window.pages.index(page)
        assert "1.2.3" in window.step_text(row) or "1.2.3" in "\n".join(page.missing())
        assert "✓" not in window.step_text(row)
        window.undo_action.trigger()  # Ctrl+Z: the wrong entry goes, not the valid edit before it
        settle()
        assert (
            model.index(
                0, next(n for n, c in enumerate(model.columns) if c.field == "yearly_quantity")
            ).data()
            == "1.000"
        )
        assert bench.document().consumptions[1].yearly_quantity == 50


def test_switching_the_language_translates_an_open_assessment_whole(store: object) -> None:
    from sxsh_desktop.ui.i18n import install_language
    from sxsh_desktop.ui.pages.process import ProcessPage

    with open_workbench(store, ui_language="vi") as bench:  # type: ignore[arg-type]
        page = bench.show(ProcessPage)
        assert page.photos.add_button.text() == "Thêm ảnh…"
        install_language("en")
        settle()
        assert page.photos.add_button.text() == "Add photos…"
        assert page.photos.hint.text() == "Drop JPEG or PNG files here."
        assert "process steps" in page.chart.empty_text
        units = next(c for c in page.inputs.model.columns if c.field == "unit").choices(None)
        assert "t" in [u.label for u in units] and "tấn" not in [u.label for u in units]


def test_the_consultants_key_dialog_does_not_offer_a_centre_key(
    store: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sxsh_desktop.services import packages
    from sxsh_desktop.ui.packages.keys_dialog import KeysDialog

    monkeypatch.setattr(packages, "device_key", lambda *args, **kwargs: None)
    consultant = KeysDialog(store, "KS. Nguyễn Văn An", office=False)  # type: ignore[arg-type]
    office = KeysDialog(store, "Trung tâm", office=True)  # type: ignore[arg-type]
    assert consultant.ui.createCentreButton.isHidden()
    assert not office.ui.createCentreButton.isHidden()


def test_the_flow_chart_png_has_a_vietnamese_name_and_its_saving_is_confirmed(
    store: object, tmp_path: Path, scripted: ScriptedDialogs
) -> None:
    from sxsh_desktop.domain.model import ProcessStep
    from sxsh_desktop.ui.pages.process import ProcessPage

    with open_workbench(store, ui_language="vi") as bench:  # type: ignore[arg-type]
        bench.store.insert(ProcessStep(assessment_id=bench.assessment_id, name="Cưa xẻ"))
        bench.reload()
        page = bench.show(ProcessPage)
        target = tmp_path / "so-do.png"
        scripted.answers.append(target)
        assert page.export_png() == target and target.stat().st_size > 0
        _kind, _title, suggested = scripted.asked[0]
        assert suggested == "Công ty TNHH Nước mắm Thạch Kim - sơ đồ quy trình.png"
        assert scripted.asked[-1][0] == "inform" and str(target) in scripted.asked[-1][2]


def test_an_assessment_can_be_marked_completed_and_back(store: object) -> None:
    with open_workbench(store) as bench:  # type: ignore[arg-type]
        bench.window.completed_action.trigger()
        settle()
        assert bench.document().assessment.status == "completed"
        assert bench.window.completed_action.isChecked()
        bench.window.completed_action.trigger()
        settle()
        assert bench.document().assessment.status == "draft"


def test_a_new_assessment_counts_the_enterprises_employees_as_its_staff(main_window: MainWindow) -> None:
    _add(main_window, name="Công ty TNHH Gỗ Nghi Xuân", employees=85)
    assessment = main_window.new_assessment()
    assert assessment is not None and assessment.staff_count == 85
    for window in list(main_window.workflow_windows.values()):
        window.close()
