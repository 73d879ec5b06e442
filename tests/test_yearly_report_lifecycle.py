"""A period's report: draft → submitted (locked) → accepted or returned; unlocking needs a reason;
an edit to a locked record is refused with the reason; templates are data."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sxsh_desktop.domain.plan import report_period
from sxsh_desktop.domain.report_template import TemplateError
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.paths import user_data_dir
from sxsh_desktop.services import plans, yearly_report
from sxsh_desktop.services.locks import LockedError, refuse_if_locked
from sxsh_desktop.services.yearly_report import ReportStateError
from sxsh_desktop.store.repository import Store


def _dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    from sqlalchemy import select

    from sxsh_desktop.store import schema

    tables = (schema.yearly_report, schema.report_event, schema.budget_cell)
    with store.reading() as connection:
        return {t.name: sorted(tuple(r) for r in connection.execute(select(t))) for t in tables}


def test_the_default_period_runs_from_15_december_to_14_december() -> None:
    period = report_period(2026)
    assert (period.start, period.end, period.deadline) == (
        date(2025, 12, 15),
        date(2026, 12, 14),
        date(2026, 12, 15),
    )


def test_a_submitted_period_refuses_budget_edits_with_the_reason_until_unlocked_with_one(
    store: Store,
) -> None:
    plans.load_plan(store, plans.shipped_plan_path())
    plans.set_budget_cell(store, "HT-3210-2011", "2.2", 2026, "local", planned=400_000_000)
    yearly_report.edit_report(store, 2026, number="125/BC-TTKC")
    submitted = yearly_report.submit_report(store, 2026, by="Lê Thị Hoa").value
    assert submitted.state == "submitted"
    before = _dump(store)
    with pytest.raises(LockedError) as refused:
        plans.set_budget_cell(store, "HT-3210-2011", "2.2", 2026, "local", planned=450_000_000)
    message = str(refused.value)
    assert "2026 report" in message and "submitted" in message and "125/BC-TTKC" in message
    assert "Lê Thị Hoa" in message and "Unlock" in message
    with pytest.raises(LockedError, match="submitted"):
        yearly_report.edit_report(store, 2026, difficulties="late change")
    assert _dump(store) == before  # nothing written by the refused edits
    # Another year is not locked.
    plans.set_budget_cell(store, "HT-3210-2011", "2.2", 2027, "local", planned=1)
    # Unlocking needs a reason.
    with pytest.raises(ValidationError, match="reason"):
        yearly_report.unlock_report(store, 2026, "   ")
    unlocked = yearly_report.unlock_report(
        store, 2026, "Sở yêu cầu bổ sung số liệu quý IV", by="Trần Văn Nam"
    )
    assert unlocked.value.state == "draft"
    changed = plans.set_budget_cell(store, "HT-3210-2011", "2.2", 2026, "local", planned=450_000_000).value
    assert changed.planned == 450_000_000
    history = yearly_report.report_history(store, 2026)
    assert [e.action for e in history] == ["created", "edited", "submitted", "unlocked"]
    assert history[-1].reason == "Sở yêu cầu bổ sung số liệu quý IV"
    assert history[-1].by == "Trần Văn Nam"


def test_the_lock_of_a_day_names_the_report(store: Store) -> None:
    yearly_report.submit_report(store, 2026)
    with store.reading() as connection:
        refuse_if_locked(connection, date(2025, 12, 14))  # the year before: open
        refuse_if_locked(connection, date(2026, 12, 15))  # the next year: open
        with pytest.raises(LockedError, match=r"Activity of 15/12/2025 cannot be changed.*2026 report"):
            refuse_if_locked(connection, date(2025, 12, 15), what="Activity")
        with pytest.raises(LockedError, match="14/12/2026"):
            refuse_if_locked(connection, date(2026, 12, 14), what="Activity")


def test_states_move_only_along_their_steps(store: Store) -> None:
    with pytest.raises(ReportStateError, match="no 2026 report"):
        yearly_report.accept_report(store, 2026)
    yearly_report.open_report(store, 2026)
    with pytest.raises(ReportStateError, match="draft: only a submitted report can be accepted"):
        yearly_report.accept_report(store, 2026)
    yearly_report.submit_report(store, 2026)
    with pytest.raises(ReportStateError):
        yearly_report.submit_report(store, 2026)
    with pytest.raises(ValidationError, match="reason"):
        yearly_report.return_report(store, 2026, "")
    returned = yearly_report.return_report(store, 2026, "Thiếu số liệu kinh phí").value
    assert (returned.state, returned.locks) == ("returned", False)
    yearly_report.edit_report(store, 2026, difficulties="Bổ sung kinh phí")  # editable again
    yearly_report.submit_report(store, 2026)
    accepted = yearly_report.accept_report(store, 2026, by="Sở Công Thương").value
    assert (accepted.state, accepted.locks) == ("accepted", True)
    with pytest.raises(LockedError, match="accepted"):
        yearly_report.edit_report(store, 2026, proposals="x")
    with pytest.raises(ReportStateError):
        yearly_report.return_report(store, 2026, "too late")
    assert yearly_report.unlock_report(store, 2026, "Đính chính số liệu").value.state == "draft"


def test_next_years_report_starts_from_last_years_texts(store: Store) -> None:
    yearly_report.edit_report(
        store,
        2025,
        difficulties="Kinh phí địa phương hạn chế.",
        next_year_plan="Hỗ trợ 10 cơ sở đánh giá nhanh.",
    )
    record = yearly_report.open_report(store, 2026).value
    assert record.difficulties == "Kinh phí địa phương hạn chế."
    assert record.next_year_plan == "Hỗ trợ 10 cơ sở đánh giá nhanh."
    assert (record.period_start, record.period_end) == (date(2025, 12, 15), date(2026, 12, 14))


def _template_data(**changes: object) -> dict[str, object]:
    data = json.loads(
        (Path(yearly_report.template_folders()[0]) / "ha-tinh-3210-annual.v1.json").read_text(
            encoding="utf-8"
        )
    )
    data.update(changes)
    return data


def test_a_new_template_is_a_file_not_a_release(store: Store) -> None:
    folder = user_data_dir() / "report_templates"
    folder.mkdir(parents=True)
    data = _template_data(
        id="scp-889",
        version=2,
        name="Báo cáo SXTDBV theo Quyết định 889/QĐ-TTg",
        subtitle="Tình hình thực hiện Chương trình SXTDBV năm {year}",
        sections=[
            {
                "key": "indicators",
                "title": "I. CHỈ TIÊU {year}",
                "columns": ["code", "name", "value", "coverage"],
            },
            {"key": "next_year_plan", "title": "II. KẾ HOẠCH NĂM {next_year}"},
        ],
    )
    (folder / "scp-889.v2.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    keys = [t.key for t in yearly_report.available_templates()]
    assert "scp-889@2" in keys and "ha-tinh-3210-annual@1" in keys and "moit-1819@1" in keys
    chosen = yearly_report.find_template("scp-889")
    assert [s.key for s in chosen.sections] == ["indicators", "next_year_plan"]
    record = yearly_report.edit_report(store, 2026, template="scp-889@2").value
    assert record.template == "scp-889@2"
    with pytest.raises(TemplateError, match="No report template scp-889@3"):
        yearly_report.find_template("scp-889@3")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"sections": [{"key": "gossip"}]}, "not a section"),
        ({"sections": [{"key": "budget", "columns": ["planned_vnd", "bribes"]}]}, "no column bribes"),
        ({"format": "docx"}, "not a report template"),
        ({"version": "one"}, "version"),
    ],
)
def test_a_bad_template_is_refused_with_the_reason(changes: dict[str, object], message: str) -> None:
    folder = user_data_dir() / "report_templates"
    folder.mkdir(parents=True)
    data = _template_data(id="broken", **changes)
    (folder / "broken.v1.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TemplateError, match=message):
        yearly_report.available_templates()
