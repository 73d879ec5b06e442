"""The application shell: start-up, settings and language, first start, crash handler."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.store.errors import DiskFullError
from sxsh_desktop.ui import application
from sxsh_desktop.ui.crash import handle_exception
from sxsh_desktop.ui.dialogs import ScriptedDialogs
from sxsh_desktop.ui.i18n import current_language
from sxsh_desktop.ui.main_window import MainWindow
from sxsh_desktop.ui.session import open_session
from sxsh_desktop.ui.settings import AppSettings, load_settings, save_settings
from sxsh_desktop.ui.settings_dialog import SettingsDialog


def test_switching_the_language_in_the_settings_retranslates_the_open_windows(
    main_window: MainWindow, scripted: ScriptedDialogs, qtbot: QtBot
) -> None:
    ui = main_window.ui
    assert ui.registryGroup.title() == "Danh sách doanh nghiệp"
    main_window.show_settings()
    dialog = main_window.dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.ui.consultantEdit.setText("Eng. Tran Thi Mai")
    dialog.ui.discountSpin.setValue(8)
    dialog.accept()
    assert current_language() == "en"
    qtbot.waitUntil(lambda: ui.registryGroup.title() == "Enterprise registry")
    assert ui.actionNewAssessment.text() == "&New assessment"
    assert main_window.registry.headerData(0, Qt.Orientation.Horizontal) == "Name"
    saved = load_settings()
    assert (saved.language, saved.consultant_name, saved.discount_rate) == ("en", "Eng. Tran Thi Mai", 0.08)
    main_window.apply_settings(AppSettings(language="vi"))
    qtbot.waitUntil(lambda: ui.registryGroup.title() == "Danh sách doanh nghiệp")


def test_settings_survive_a_restart_and_bad_values_fall_back_to_defaults(qapp: object) -> None:
    save_settings(
        AppSettings(language="en", grid_factor_year=2022, discount_rate=0.12, database_path="/d/x.db")
    )
    assert load_settings() == AppSettings(
        language="en", grid_factor_year=2022, discount_rate=0.12, database_path="/d/x.db"
    )
    from sxsh_desktop.ui.settings import qsettings

    stored = qsettings()
    stored.setValue("ui/language", "fr")
    stored.setValue("assessment/discount_rate", "mười phần trăm")
    stored.sync()
    assert (load_settings().language, load_settings().discount_rate) == ("vi", 0.10)


def test_start_opens_the_database_given_on_the_command_line_and_offers_demo_data_once(
    tmp_path: Path, qtbot: QtBot, scripted: ScriptedDialogs, language: str
) -> None:
    database = tmp_path / "Trần Thị Mai" / "sxsh.sqlite3"
    scripted.answers.append("KS. Trần Thị Mai")  # the consultant's name, asked at first start
    scripted.answers.append(True)  # yes to the demo data on first start
    window = application.start(["sxsh-desktop", "--db", str(database)])
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.session.path == database.absolute()
        [(name_kind, _, _), (kind, title, _text)] = scripted.asked
        assert name_kind == "text" and window.settings.consultant_name == "KS. Trần Thị Mai"
        assert (kind, title) == ("confirm", "Chào mừng đến với SXSH Desktop")
        assert window.registry.total >= 3
        assert window.current_enterprise() is not None
        window.offer_demo_data()  # asked once per database only
        assert len(scripted.asked) == 2
    finally:
        window.close()
        window.session.close()


def test_declining_the_demo_data_leaves_the_registry_empty_and_is_not_asked_again(
    main_window: MainWindow, scripted: ScriptedDialogs
) -> None:
    scripted.answers.append(False)
    main_window.offer_demo_data()
    main_window.offer_demo_data()
    assert len(scripted.asked) == 1
    assert main_window.store.count_enterprises() == 0


def test_an_unexpected_error_writes_a_crash_log_and_shows_where_it_is(
    scripted: ScriptedDialogs, language: str
) -> None:
    try:
        raise RuntimeError("bug in a slot")
    except RuntimeError as error:
        handle_exception(type(error), error, error.__traceback__)
    [(kind, title, text)] = scripted.asked
    assert (kind, title) == ("details", "Lỗi không lường trước")
    logs = list((Path(os.environ["SXSH_DATA_DIR"]) / "logs").glob("crash-*.log"))
    assert len(logs) == 1
    assert str(logs[0]) in text
    log = logs[0].read_text(encoding="utf-8")
    assert "RuntimeError: bug in a slot" in log and "Traceback" in log


def test_a_known_problem_reaching_the_handler_is_a_message_not_a_crash(
    scripted: ScriptedDialogs, language: str, tmp_path: Path
) -> None:
    session = open_session(tmp_path / "sxsh.sqlite3")
    try:
        problem: KnownProblem = DiskFullError(str(session.path))
        handle_exception(type(problem), problem, None)
    finally:
        session.close()
    [(kind, _title, text)] = scripted.asked
    assert kind == "warn"
    assert text.startswith(f"Ổ đĩa chứa {session.path} đã đầy.")
    assert not (Path(os.environ["SXSH_DATA_DIR"]) / "logs").exists()


def test_about_names_the_version_and_the_database(main_window: MainWindow, scripted: ScriptedDialogs) -> None:
    from sxsh_desktop import __version__

    main_window.ui.actionAbout.trigger()
    [(kind, title, text)] = scripted.asked
    assert (kind, title) == ("inform", "Giới thiệu SXSH Desktop")
    assert f"SXSH Desktop {__version__}" in text and str(main_window.session.path) in text


def test_the_command_line_and_the_window_use_the_same_data_folder(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    from sxsh_desktop import APP_NAME, ORG_NAME
    from sxsh_desktop.paths import user_data_dir

    monkeypatch.delenv("SXSH_DATA_DIR", raising=False)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    qt_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert user_data_dir() == Path(qt_folder)


def test_the_window_shows_before_the_database_opens_and_fills_in_after(
    tmp_path: Path, qtbot: QtBot, scripted: ScriptedDialogs
) -> None:
    database = tmp_path / "sxsh.sqlite3"
    scripted.answers.append("KS. Trần Thị Mai")  # the consultant's name, asked at first start
    scripted.answers.append(False)  # no demo data
    window, path = application.show_main_window(["sxsh-desktop", "--db", str(database)])
    qtbot.addWidget(window)
    assert window.isVisible() and window.session is None
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
    assert application.attach_database(window, path)
    try:
        assert window.centralWidget().isEnabled() and window.menuBar().isEnabled()
        assert window.session is not None and window.session.path == database.absolute()
    finally:
        window.close()
        window.session.close()


def test_showing_the_window_loads_neither_the_storage_layer_the_domain_model_nor_the_later_menus(
    tmp_path: Path,
) -> None:
    """What the window needs before it is on screen is kept to the window itself: the rest loads
    after (the speed goal of a start)."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from sxsh_desktop.ui.application import show_main_window\n"
        "window, path = show_main_window(['sxsh-desktop', '--db', sys.argv[1]])\n"
        "print(window.isVisible(), sorted(m for m in sys.modules if m.startswith('sqlalchemy')\n"
        "    or m.endswith(('actions', 'domain.model', 'lockfile'))\n"
        "    or m.startswith('sxsh_desktop.services')))"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SXSH_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "db.sqlite3")],
        capture_output=True,
        text=True,
        env=environment,
    )
    assert result.stdout.strip() == "True []", result.stderr


@pytest.mark.parametrize(
    ("arguments", "database"),
    [
        (["--db", "a.sqlite3"], "a.sqlite3"),
        (["--db=b c.sqlite3"], "b c.sqlite3"),
        (["-platform", "offscreen", "--db", "a.sqlite3", "--db", "d.sqlite3"], "d.sqlite3"),
        (["-platform", "offscreen"], None),
        (["--db"], None),
    ],
)
def test_the_database_given_on_the_command_line(arguments: list[str], database: str | None) -> None:
    assert application.database_argument(arguments) == database


@pytest.fixture
def registry_database(tmp_path: Path) -> Path:
    from sxsh_desktop.services.samples import SAMPLE_OFFERED_KEY
    from sxsh_desktop.store.repository import Store
    from tests.factories import synthetic_registry

    database = tmp_path / "sổ đăng ký.sqlite3"
    store = Store.open(database)
    store.insert_many(synthetic_registry(450, seed=11))
    store.database.set_meta(SAMPLE_OFFERED_KEY, "test")
    store.close()
    return database


def test_the_registry_rows_show_and_scroll_before_the_database_opens(
    registry_database: Path, qtbot: QtBot, scripted: ScriptedDialogs
) -> None:
    scripted.answers.append("KS. Trần Thị Mai")  # the consultant's name, asked once the database is open
    window, path = application.show_main_window(["sxsh-desktop", "--db", str(registry_database)])
    qtbot.addWidget(window)
    application.preview_registry(window, path)
    try:
        assert window.session is None
        assert window.registry.rowCount() == 200 and window.registry.total == 450
        assert window.ui.registryView.isEnabled()
        # Reading and scrolling work; searching, editing and the menus wait for the database.
        assert not window.ui.searchEdit.isEnabled() and not window.menuBar().isEnabled()
        window.ui.registryView.selectRow(57)
        chosen = window.current_enterprise()
        assert chosen is not None and chosen.name in window.ui.enterpriseTitle.text()
        assert (
            not window.ui.editEnterpriseButton.isEnabled() and not window.ui.newAssessmentButton.isEnabled()
        )
        window.edit_enterprise()
        assert window.dialog is None
        window.registry.fetchMore(QModelIndex())
        assert window.registry.rowCount() == 400

        assert application.attach_database(window, path)
        # The store takes over the same rows, and the enterprise chosen meanwhile stays chosen.
        assert window.registry.rowCount() == 400
        assert window.current_enterprise() == chosen
        assert window.ui.searchEdit.isEnabled() and window.ui.editEnterpriseButton.isEnabled()
    finally:
        window.close()
        if window.session is not None:
            window.session.close()


def test_started_as_a_user_starts_it_the_window_fills_in_and_everything_works(
    registry_database: Path, qtbot: QtBot, scripted: ScriptedDialogs
) -> None:
    scripted.answers.append("KS. Trần Thị Mai")  # the consultant's name, asked once the database is open
    window, path = application.show_main_window(["sxsh-desktop", "--db", str(registry_database)])
    qtbot.addWidget(window)
    opened: list[bool] = []
    application.fill_in(window, path, opened.append)
    try:
        qtbot.waitUntil(lambda: opened == [True], timeout=30_000)
        assert window.session is not None and window.registry.total == 450
        assert window.ui.searchEdit.isEnabled() and window.menuBar().isEnabled()
        # The menus added after the first rows sit where a window opened with its database has them.
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles[-4:] == [
            window.packages.menu.title(),
            window.report.menu.title(),
            window.office.menu.title(),
            window.ui.helpMenu.title(),
        ]
    finally:
        window.close()
        if window.session is not None:
            window.session.close()
