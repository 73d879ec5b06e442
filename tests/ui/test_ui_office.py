"""The office's screens on the hand-computed registry of ``office_world.py`` (plan year 2026): the
overview (cards against targets, trend, breakdowns, totals, work waiting, click-through) and the
daily input (review, follow-ups, CP status, activities)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from sxsh_desktop.domain import model
from sxsh_desktop.domain.office import Period
from sxsh_desktop.services import activities, cp_status, followups, reviews
from sxsh_desktop.store.repository import Store
from sxsh_desktop.ui.dialogs import ScriptedDialogs
from sxsh_desktop.ui.i18n import install_language
from sxsh_desktop.ui.main_window import MainWindow
from sxsh_desktop.ui.office.activities import ActivitiesWindow
from sxsh_desktop.ui.office.cp_status import CpStatusWindow
from sxsh_desktop.ui.office.followups import FollowUpsWindow
from sxsh_desktop.ui.office.overview import IndicatorCard, OverviewWindow, plan_year_of
from sxsh_desktop.ui.office.review import ReviewWindow
from tests.office_world import OfficeWorld, build_office_world

STAFF = "Nguyễn Thị Hoa"


@pytest.fixture
def world(store: Store) -> OfficeWorld:
    return build_office_world(store)


@pytest.fixture
def overview(
    qtbot: QtBot, world: OfficeWorld, language: str, scripted: ScriptedDialogs
) -> Iterator[OverviewWindow]:
    window = OverviewWindow(world.store, period=2026)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.trend_loaded, timeout=30_000):
        window.show()
    yield window
    window.close()


def card(window: OverviewWindow, code: str) -> IndicatorCard:
    return next(c for c in window.cards if c.card.figure.code == code)


def test_the_cards_show_each_rate_against_its_target_with_numerator_and_denominator(
    overview: OverviewWindow,
) -> None:
    codes = [c.card.figure.code for c in overview.cards]
    assert codes[:3] == ["I1", "I2", "I3"] and "I6" in codes and "I7" in codes
    assert all(c.card.figure.kind == "rate" for c in overview.cards)
    i1 = card(overview, "I1")
    assert "87,5 %" in i1.value.text()  # 7 of 8, in Vietnamese
    assert ">7</a>" in i1.counts.text() and ">8</a>" in i1.counts.text()
    assert "1 (12 %)" in i1.counts.text()  # H5's status is unknown
    assert "14/12/2026" in i1.counts.text()
    i7 = card(overview, "I7")  # 1 of 3 zones, target 100 % by 2030
    assert "33,3 %" in i7.value.text() and "100,0 %" in i7.value.text() and "2030" in i7.value.text()
    assert "3210/QĐ-UBND" in i1.official.toolTip()  # the official count's source document


def test_the_trend_runs_over_six_plan_years_to_the_period(overview: OverviewWindow) -> None:
    trend = card(overview, "I1").card.trend
    assert [p.year for p in trend] == [2021, 2022, 2023, 2024, 2025, 2026]
    assert trend[-1].value == pytest.approx(87.5)
    # The chart is the report's drawing as SVG, its labels in the report's font.
    svg = card(overview, "I1").chart.svg.decode()
    assert "<svg" in svg and "2021" in svg and "SxshSans" in svg


def test_a_click_on_a_number_lists_the_facilities_behind_it(qtbot: QtBot, overview: OverviewWindow) -> None:
    i1 = card(overview, "I1")
    with qtbot.waitSignal(overview.members_shown, timeout=30_000):
        i1.counts.linkActivated.emit("numerator")
    dialog = overview.members_dialog
    assert dialog is not None and dialog.isVisible()
    names = [m.name for m in dialog.model.rows]
    assert names == ["Cơ sở E1", "Cơ sở E2", "Cơ sở E3", "Cơ sở E4", "Cơ sở H1", "Cơ sở H2", "Cơ sở H3"]
    assert "(7)" in dialog.windowTitle()
    with qtbot.waitSignal(overview.members_shown, timeout=30_000):
        i1.counts.linkActivated.emit("denominator")
    assert [m.name for m in overview.members_dialog.model.rows][-1] == "Cơ sở H5"
    assert len(overview.members_dialog.model.rows) == 8


def test_a_breakdown_by_commune_and_its_click_through(qtbot: QtBot, overview: OverviewWindow) -> None:
    with qtbot.waitSignal(overview.breakdown_loaded, timeout=30_000):
        overview.choose_breakdown("I1", "commune_recorded")
    rows = {r.key: (r.numerator, r.denominator) for r in overview.breakdown_model.rows}
    assert rows == {"Phường Sông Trí": (3, 4), "Phường Hải Ninh": (3, 3), "Xã Cẩm Cũ": (1, 1)}
    assert "Phường Sông Trí" in overview.breakdown_chart.svg.decode()
    song_tri = overview.breakdown_model.index_of("Phường Sông Trí")
    with qtbot.waitSignal(overview.members_shown, timeout=30_000):
        overview.breakdown_view.doubleClicked.emit(overview.breakdown_model.index(song_tri, 0))
    assert [m.name for m in overview.members_dialog.model.rows] == ["Cơ sở E1", "Cơ sở E3", "Cơ sở H1"]
    with qtbot.waitSignal(overview.breakdown_loaded, timeout=30_000):
        overview.choose_breakdown("I1", "legal_form")
    labels = {overview.group_label(r): r.numerator for r in overview.breakdown_model.rows}
    assert labels == {"doanh nghiệp": 3, "hợp tác xã": 1, "hộ sản xuất": 3}


def test_totals_keep_expected_and_achieved_apart(overview: OverviewWindow) -> None:
    rows = {r.key: r for r in overview.totals_model.rows}
    investment = rows["E1-investment"]
    # S1's two solutions kept (100 + 50 million); the inverter reported done at F1.
    assert investment.expected is not None and investment.expected.value == 150_000_000
    assert investment.achieved is not None and investment.achieved.value == 100_000_000
    assert overview.totals_model.data(overview.totals_model.index(0, 1)) == "150.000.000 VND"


def test_an_empty_registry_says_there_is_nothing_to_count(
    qtbot: QtBot, store: Store, language: str, scripted: ScriptedDialogs
) -> None:
    window = OverviewWindow(store, period=2026)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        window.show()
    assert window.cards == [] and window.counts_model.rows == []
    assert "15/12/2025 – 14/12/2026" in window.status_label.text()
    assert scripted.asked == []  # said in the window, not in a message box each morning


def test_work_waiting_counts_what_awaits_review_and_opens_it(
    qtbot: QtBot, world: OfficeWorld, overview: OverviewWindow
) -> None:
    assert overview.review_button.text().endswith(": 0")
    reviews.set_review_state(world.store, world.id("S1"), "has_issues", "Thiếu số liệu điện", author=STAFF)
    opened: list[str | None] = []
    overview._open_review = opened.append
    with qtbot.waitSignal(overview.loaded, timeout=30_000):
        overview.reload()
    assert overview.review_button.text().endswith(": 1")
    assert [r.title for r in overview.review_model.rows] == ["S1"]
    overview.review_view.doubleClicked.emit(overview.review_model.index(0, 0))
    assert opened == [world.id("S1")]


def test_the_overview_follows_the_language(qtbot: QtBot, overview: OverviewWindow) -> None:
    install_language("en")
    QApplication.processEvents()  # the language change is an event
    assert overview.tabs.tabText(0) == "Indicators"
    assert "87.5 %" in card(overview, "I1").value.text()
    install_language("vi")
    QApplication.processEvents()
    assert overview.tabs.tabText(0) == "Chỉ tiêu"
    assert "87,5 %" in card(overview, "I1").value.text()


# --- the daily input -------------------------------------------------------------------------------


def test_review_approves_and_refuses_an_issue_without_a_comment(
    qtbot: QtBot, world: OfficeWorld, language: str, scripted: ScriptedDialogs
) -> None:
    reviews.set_review_state(world.store, world.id("S1"), "received", author=STAFF)
    window = ReviewWindow(world.store, STAFF)
    qtbot.addWidget(window)
    assert [r.title for r in window.model.rows] == ["S1"]
    assert not window.set_state("has_issues")  # needs a comment: the service says so
    assert scripted.asked[-1][0] == "warn"
    assert reviews.review_state(world.store, world.id("S1")) == "received"
    window.comment.setPlainText("Đã kiểm tra số liệu")
    assert window.set_state("approved")
    assert reviews.review_state(world.store, world.id("S1")) == "approved"
    assert window.model.rows == []  # decided: no longer waiting
    history = reviews.review_history(world.store, world.id("S1"))
    assert len(history) == 2
    assert ("approved", "Đã kiểm tra số liệu", STAFF) in [(h.state, h.comment, h.author) for h in history]


def _due_assessment(world: OfficeWorld) -> tuple[str, str]:
    """H5 assessed seven months ago with one kept solution: its follow-up is due."""
    ended = date.today() - timedelta(days=210)
    assessment = world.store.insert(
        model.Assessment(
            enterprise_id=world.id("H5"),
            title="Đánh giá H5",
            start_date=ended,
            end_date=ended,
            status="completed",
        )
    )
    solution = world.store.insert(
        model.Solution(
            assessment_id=assessment.id, title="Bảo ôn lò", investment=5_000_000, other_savings=2_000_000
        )
    )
    return assessment.id, solution.id


def test_a_follow_up_is_recorded_per_solution(
    qtbot: QtBot, world: OfficeWorld, language: str, scripted: ScriptedDialogs
) -> None:
    assessment_id, solution_id = _due_assessment(world)
    window = FollowUpsWindow(world.store, STAFF)
    qtbot.addWidget(window)
    assert [r.assessment_id for r in window.due_model.rows] == [assessment_id]
    assert [d.id for d in window.drafts()] == [solution_id]
    assert window.drafts()[0].expected_savings_vnd == 2_000_000
    line = window.drafts()[0]
    # Abandoned with a saving: refused by the service, nothing written.
    window._typed(line, "outcome", "abandoned")
    window._typed(window.drafts()[0], "actual_savings_vnd", 1_500_000.0)
    assert not window.save()
    assert scripted.asked[-1][0] == "warn"
    assert followups.follow_ups_of(world.store, assessment_id) == []
    window._typed(window.drafts()[0], "outcome", "done")
    window.held_on.setDate(QDate.currentDate())
    assert window.save()
    ((visit, results),) = followups.follow_ups_of(world.store, assessment_id)
    assert (visit.by, visit.held_on) == (STAFF, date.today())
    assert [(r.solution_id, r.outcome, r.actual_savings_vnd) for r in results] == [
        (solution_id, "done", 1_500_000.0)
    ]
    assert window.due_model.rows == []  # followed up: no longer due


def test_cp_status_shows_its_evidence_and_an_override_needs_a_reason(
    qtbot: QtBot, world: OfficeWorld, language: str, scripted: ScriptedDialogs
) -> None:
    window = CpStatusWindow(world.store, STAFF)
    qtbot.addWidget(window)
    assert window.select_enterprise(world.id("H2"))
    steps = {r.step: r for r in window.steps_model.rows}
    assert steps["informed"].on == date(2026, 3, 10)  # A1, the workshop
    assert "Hội thảo SXSH" in window.evidence_text(steps["informed"].evidence)
    assert steps["aware"].on is None  # the study tour's feedback was negative
    window.step_box.setCurrentIndex(window.step_box.findData("aware"))
    window.override_date.setDate(QDate(2026, 5, 2))
    assert not window.save_override()  # no reason
    assert scripted.asked[-1][0] == "warn"
    assert cp_status.overrides_of(world.store, world.id("H2")) == []
    window.reason.setText("Phiếu phản hồi bổ sung ngày 02/05/2026")
    assert window.save_override()
    (override,) = cp_status.overrides_of(world.store, world.id("H2"))
    assert (override.step, override.on, override.made_by) == ("aware", date(2026, 5, 2), STAFF)
    assert {r.step: r.on for r in window.steps_model.rows}["aware"] == date(2026, 5, 2)
    window.overrides_view.selectRow(0)
    assert window.withdraw_override()
    assert cp_status.overrides_of(world.store, world.id("H2")) == []


def test_an_activity_is_saved_with_its_participants_and_files(
    qtbot: QtBot, world: OfficeWorld, language: str, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    window = ActivitiesWindow(world.store)
    qtbot.addWidget(window)
    before = len(window.list_model.rows)
    window.new_activity()
    window.task_box.setCurrentText("2.2")
    window.kind_box.setCurrentIndex(window.kind_box.findData("demonstration"))
    window.date_edit.setDate(QDate(2026, 9, 15))
    window.title_edit.setText("Trình diễn lò hơi tiết kiệm")
    window.commune_edit.setText("Phường Sông Trí")
    window.cost_edit.setText("12.500.000")
    window.funding_edit.setText("khuyến công địa phương")
    window.add_participant(world.id("H5"), "Cơ sở H5")
    window.add_person()
    window._typed(window.draft.participants[-1], "person_name", "Trần Văn Bình")
    attendance = tmp_path / "danh sách.xlsx"
    attendance.write_bytes(b"PK\x03\x04 attendance")
    scripted.answers.append([attendance])
    window.attach_files()
    assert window.save()
    assert len(window.list_model.rows) == before + 1
    saved = next(
        s for s in activities.list_activities(world.store) if s.activity.title.startswith("Trình diễn")
    )
    record, people, files = activities.get_activity(world.store, saved.activity.id)
    assert (record.task_code, record.kind, record.held_on, record.cost_vnd) == (
        "2.2",
        "demonstration",
        date(2026, 9, 15),
        12_500_000,
    )
    assert sorted((p.person_name, p.enterprise_id or "") for p in people) == [
        ("", world.id("H5")),
        ("Trần Văn Bình", ""),
    ]
    assert [(f.name, f.size_bytes) for f in files] == [("danh sách.xlsx", 15)]
    # The demonstration informs H5 (the CP step follows from the new evidence).
    assert cp_status.cp_status(world.store, world.id("H5"), date(2026, 12, 14)).informed_on == date(
        2026, 9, 15
    )


def test_an_activity_with_a_bad_cost_is_not_saved(
    qtbot: QtBot, world: OfficeWorld, language: str, scripted: ScriptedDialogs
) -> None:
    window = ActivitiesWindow(world.store)
    qtbot.addWidget(window)
    before = len(activities.list_activities(world.store))
    window.new_activity()
    window.title_edit.setText("Hội thảo")
    window.cost_edit.setText("mười triệu")
    assert not window.save()
    assert scripted.asked[-1][0] == "warn"
    assert len(activities.list_activities(world.store)) == before


def test_the_facility_picker_adds_a_participant(
    qtbot: QtBot, world: OfficeWorld, language: str, scripted: ScriptedDialogs
) -> None:
    window = ActivitiesWindow(world.store)
    qtbot.addWidget(window)
    window.new_activity()

    def pick(dialog: QDialog) -> int:
        dialog.view.selectRow(dialog.model.row_of(world.id("E4")))
        return QDialog.DialogCode.Accepted

    scripted.answers.append(pick)
    assert window.add_facility()
    assert [(p.enterprise_id, p.enterprise_name) for p in window.draft.participants] == [
        (world.id("E4"), "Cơ sở E4")
    ]


def test_the_period_of_the_overview_is_the_plan_year(overview: OverviewWindow) -> None:
    assert Period.plan_year(2026).label in overview.period_dates.text()
    # The window opens on the plan year of the day: 15/12 starts the next one.
    assert (plan_year_of(date(2026, 12, 14)), plan_year_of(date(2026, 12, 15))) == (2026, 2027)


def _attendance_sheet(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet.append(["DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI THẢO"])
    sheet.append(["STT", "Họ và tên", "Đơn vị", "Chức vụ", "Phiếu phản hồi"])
    sheet.append([1, "Lê Thị Mai", "Cơ sở E4", "Giám đốc", "Có"])
    sheet.append([2, "Phạm Văn Nam", "Công ty chưa đăng ký", "Kế toán", ""])
    book.save(path)
    return path


def test_an_attendance_list_is_previewed_then_saved_as_a_new_activity(
    qtbot: QtBot, world: OfficeWorld, language: str, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    sheet = _attendance_sheet(tmp_path / "điểm danh.xlsx")
    window = ActivitiesWindow(world.store)
    qtbot.addWidget(window)
    before = len(activities.list_activities(world.store))
    window.new_activity()
    window.title_edit.setText("Hội thảo nâng cao nhận thức")
    window.date_edit.setDate(QDate(2026, 10, 5))
    previews: list[list[tuple[str, str]]] = []

    def look(dialog: QDialog) -> int:
        previews.append(
            [
                (r.person_name, dialog.model.data(dialog.model.index(i, 3)))
                for i, r in enumerate(dialog.model.rows)
            ]
        )
        return QDialog.DialogCode.Accepted  # without keeping the unregistered facility's attendee

    scripted.answers.extend([sheet, look])
    assert not window.import_attendance()
    assert previews == [[("Lê Thị Mai", "Cơ sở E4"), ("Phạm Văn Nam", "(chưa có trong danh bạ)")]]
    assert scripted.asked[-1][0] == "warn"  # the service refuses: a facility not in the registry
    assert len(activities.list_activities(world.store)) == before

    def keep(dialog: QDialog) -> int:
        dialog.keep_unknown.setChecked(True)
        return QDialog.DialogCode.Accepted

    scripted.answers.extend([sheet, keep])
    assert window.import_attendance()
    saved = next(
        s
        for s in activities.list_activities(world.store)
        if s.activity.title == "Hội thảo nâng cao nhận thức"
    )
    record, people, files = activities.get_activity(world.store, saved.activity.id)
    assert record.held_on == date(2026, 10, 5)
    assert sorted((p.enterprise_id or "", p.positive_feedback) for p in people) == [
        ("", None),
        (world.id("E4"), True),
    ]
    assert [f.name for f in files] == ["điểm danh.xlsx"]


def test_the_office_menu_opens_each_screen_once(qtbot: QtBot, main_window: MainWindow) -> None:
    office = main_window.office
    assert office.menu.title() == "&Văn phòng"
    assert office.menu in [action.menu() for action in main_window.menuBar().actions()]
    overview = office.show_overview()
    assert isinstance(overview, OverviewWindow)
    qtbot.waitUntil(lambda: overview.refresh_button.isEnabled(), timeout=30_000)
    assert office.show_overview() is overview  # raised again, not a second one
    for show, kind in (
        (office.show_activities, ActivitiesWindow),
        (office.show_followups, FollowUpsWindow),
        (office.show_review, ReviewWindow),
        (office.show_cp_status, CpStatusWindow),
    ):
        assert isinstance(show(), kind)
