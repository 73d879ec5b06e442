"""The office's use cases: activities, follow-ups, reviews, CP status and overrides, the registry facts,
and what each refuses (with the database left exactly as it was)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert

from sxsh_desktop.domain import model
from sxsh_desktop.domain.office import (
    Activity,
    ActivityParticipant,
    FollowUp,
    FollowUpResult,
    Period,
    SizeClass,
    size_class_of,
    vsic_section,
)
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services import activities, cp_status, followups, registry, reviews
from sxsh_desktop.services.activities import AttachedFile, UnknownEnterpriseError
from sxsh_desktop.services.followups import UnknownSolutionError
from sxsh_desktop.services.indicators import NoOfficeDataError, compute_indicators
from sxsh_desktop.store import schema
from sxsh_desktop.store.errors import NotFoundError
from sxsh_desktop.store.repository import Store
from tests.office_world import OfficeWorld, build_office_world
from tests.sync_world import dump


@pytest.fixture
def world(store: Store) -> OfficeWorld:
    return build_office_world(store)


def _training(**fields: object) -> Activity:
    values: dict[str, object] = {
        "task_code": "2.1",
        "kind": "training",
        "held_on": date(2026, 5, 5),
        "title": "Tập huấn",
    }
    values.update(fields)
    return Activity(**values)  # type: ignore[arg-type]


# --- activities --------------------------------------------------------------------------------


def test_an_activity_naming_an_unknown_enterprise_is_refused_and_nothing_is_written(
    world: OfficeWorld,
) -> None:
    before = dump(world.store)
    people = [
        ActivityParticipant(enterprise_id=world.id("E1")),
        ActivityParticipant(enterprise_id="00000000-0000-4000-8000-000000000000"),
    ]
    with pytest.raises(UnknownEnterpriseError, match="Participant 2: no enterprise with id 00000000"):
        activities.add_activity(world.store, _training(), people, [AttachedFile("list.pdf", b"%PDF")])
    assert dump(world.store) == before


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"task_code": "6.1"}, "task_code"),
        ({"kind": "party"}, "kind"),
        ({"held_on": None}, "held_on"),
        ({"title": "  "}, "title"),
        ({"cost_vnd": -5.0}, "cost_vnd"),
    ],
)
def test_an_activity_with_a_bad_field_is_refused_naming_it(
    world: OfficeWorld, fields: dict[str, object], field: str
) -> None:
    before = dump(world.store)
    with pytest.raises(ValidationError) as refused:
        activities.add_activity(world.store, _training(**fields))
    assert refused.value.field == field
    assert dump(world.store) == before


def test_an_activity_is_listed_edited_and_deleted_with_its_participants_and_files(world: OfficeWorld) -> None:
    store = world.store
    added = activities.add_activity(
        store,
        _training(commune="  Xã   Can Lộc "),
        [
            ActivityParticipant(enterprise_id=world.id("H5"), positive_feedback=True),
            ActivityParticipant(person_name="Lê Văn Tám"),
        ],
        [AttachedFile("C:\\Danh sách\\diem danh.xlsx", b"PK\x03\x04 data")],
    ).value
    assert added.commune == "Xã Can Lộc"
    _, people, files = activities.get_activity(store, added.id)
    assert len(people) == 2
    assert (files[0].name, files[0].size_bytes) == ("diem danh.xlsx", 9)
    assert activities.attached_file_data(store, files[0].id) == b"PK\x03\x04 data"
    listed = activities.list_activities(store, Period.plan_year(2026), task_code="2.1")
    summary = next(s for s in listed if s.activity.id == added.id)
    assert (summary.participants, summary.enterprises, summary.files) == (2, 1, 1)
    # H5 now has evidence: informed and aware on 05/05/2026.
    status = cp_status.cp_status(store, world.id("H5"), date(2026, 12, 14))
    assert (status.informed_on, status.aware_on, status.known) == (date(2026, 5, 5), date(2026, 5, 5), True)
    activities.edit_activity(
        store, added.id, _training(held_on=date(2026, 5, 6)), [ActivityParticipant(person_name="Lê Văn Tám")]
    )
    assert cp_status.cp_status(store, world.id("H5"), date(2026, 12, 14)).known is False
    activities.delete_activity(store, added.id)
    with pytest.raises(NotFoundError):
        activities.get_activity(store, added.id)
    assert activities.list_activities(store, task_code="2.1", enterprise_id=world.id("H5")) == []


def test_a_file_too_large_to_attach_is_refused(world: OfficeWorld, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(activities, "MAX_FILE_BYTES", 8)
    before = dump(world.store)
    with pytest.raises(ValidationError, match=r"photo\.jpg is larger than"):
        activities.add_activity(world.store, _training(), files=[AttachedFile("photo.jpg", b"123456789")])
    assert dump(world.store) == before


# --- follow-ups ---------------------------------------------------------------------------------


def test_a_follow_up_for_a_deleted_solution_is_refused_and_nothing_is_written(world: OfficeWorld) -> None:
    store = world.store
    store.delete(model.Solution, world.id("sol2"))
    before = dump(store)
    visit = FollowUp(assessment_id=world.id("S1"), held_on=date(2026, 11, 2))
    results = [
        FollowUpResult(solution_id=world.id("sol1"), outcome="done"),
        FollowUpResult(solution_id=world.id("sol2"), outcome="abandoned"),
    ]
    with pytest.raises(
        UnknownSolutionError, match=f"Result 2: solution {world.id('sol2')} is not in this assessment"
    ):
        followups.record_follow_up(store, visit, results)
    # A solution of another assessment is refused alike.
    with pytest.raises(UnknownSolutionError):
        followups.record_follow_up(
            store, visit, [FollowUpResult(solution_id=world.id("sol4"), outcome="done")]
        )
    assert dump(store) == before


def test_the_results_of_a_deleted_solution_stay_recorded(world: OfficeWorld) -> None:
    store = world.store
    store.delete(model.Solution, world.id("sol1"))
    ((_, results),) = [v for v in followups.follow_ups_of(store, world.id("S1")) if v[0].id == world.id("F1")]
    assert {r.solution_id for r in results} == {world.id("sol1"), world.id("sol2")}
    table = compute_indicators(store, Period.plan_year(2026))
    assert table.get("E1-savings_vnd-done").numerator == 0  # no facility to count it for any more


@pytest.mark.parametrize(
    ("visit", "result", "field"),
    [
        ({"held_on": None}, {}, "held_on"),
        ({"held_on": date(2025, 12, 31)}, {}, "held_on"),  # before the assessment started
        ({"output_after": -1.0}, {}, "output_after"),
        ({}, {"outcome": "finished"}, "outcome"),
        ({}, {"outcome": "abandoned", "actual_kwh": 5.0}, "actual_kwh"),
    ],
)
def test_a_follow_up_with_a_bad_value_is_refused(
    world: OfficeWorld, visit: dict[str, object], result: dict[str, object], field: str
) -> None:
    before = dump(world.store)
    values: dict[str, object] = {"assessment_id": world.id("S1"), "held_on": date(2026, 10, 1)}
    values.update(visit)
    outcome: dict[str, object] = {"solution_id": world.id("sol1"), "outcome": "done"}
    outcome.update(result)
    with pytest.raises(ValidationError) as refused:
        followups.record_follow_up(world.store, FollowUp(**values), [FollowUpResult(**outcome)])  # type: ignore[arg-type]
    assert refused.value.field == field
    assert dump(world.store) == before


def test_follow_ups_are_due_about_six_months_after_an_assessment(store: Store) -> None:
    enterprise = store.insert(model.Enterprise(name="Công ty Gạch Đồng Lộc", commune="Xã Đồng Lộc"))
    assessment = store.insert(
        model.Assessment(
            enterprise_id=enterprise.id,
            title="Lò gạch",
            start_date=date(2026, 1, 5),
            end_date=date(2026, 1, 20),
            status="completed",
        )
    )
    store.insert(model.Assessment(enterprise_id=enterprise.id, title="Nháp", start_date=date(2026, 1, 5)))
    # Due on 21/07/2026 (182 days after 20/01): listed from a month before.
    assert followups.follow_ups_due(store, date(2026, 6, 20)) == []
    (due,) = followups.follow_ups_due(store, date(2026, 6, 21))
    assert (due.assessment_id, due.due_on, due.overdue_days) == (assessment.id, date(2026, 7, 21), -30)
    assert followups.follow_ups_due(store, date(2026, 8, 1))[0].overdue_days == 11
    followups.record_follow_up(store, FollowUp(assessment_id=assessment.id, held_on=date(2026, 7, 25)))
    assert followups.follow_ups_due(store, date(2026, 8, 1)) == []


# --- reviews ------------------------------------------------------------------------------------


def test_a_review_moves_through_its_states_with_comments_and_keeps_its_history(world: OfficeWorld) -> None:
    store = world.store
    s1 = world.id("S1")
    with store.transaction() as connection:  # S1 came in a consultant's package
        connection.execute(
            insert(schema.sync_assessment_owner).values(
                assessment_id=s1, device_id="consultant-1", role="owner", since=model.utc_now()
            )
        )
    assert [(w.assessment_id, w.state) for w in reviews.awaiting_review(store)] == [(s1, "received")]
    before = dump(store)
    with pytest.raises(ValidationError, match="needs a comment"):
        reviews.set_review_state(store, s1, "has_issues", "  ")
    with pytest.raises(ValidationError, match="not one of"):
        reviews.set_review_state(store, s1, "done")
    assert dump(store) == before
    reviews.set_review_state(store, s1, "has_issues", "Thiếu số liệu nước", author="Trần Thị Bình")
    assert reviews.review_state(store, s1) == "has_issues"
    assert [w.state for w in reviews.awaiting_review(store)] == ["has_issues"]
    reviews.set_review_state(store, s1, "approved", author="Trần Thị Bình")
    assert reviews.awaiting_review(store) == []
    history = reviews.review_history(store, s1)
    assert [(h.state, h.comment) for h in history] == [("has_issues", "Thiếu số liệu nước"), ("approved", "")]


# --- CP status -----------------------------------------------------------------------------------


def test_every_status_links_to_its_evidence(world: OfficeWorld) -> None:
    status = cp_status.cp_status(world.store, world.id("E1"), date(2026, 12, 14))
    assert [(e.step, e.kind, e.record_id, e.on) for e in status.evidence] == [
        ("informed", "assessment", world.id("S1"), date(2026, 1, 10)),
        ("aware", "assessment", world.id("S1"), date(2026, 1, 20)),
        ("applying", "follow_up", world.id("F1"), date(2026, 7, 20)),
    ]
    # Before the follow-up, E1 was not applying yet.
    assert cp_status.cp_status(world.store, world.id("E1"), date(2026, 7, 19)).applying_on is None
    e3 = cp_status.cp_status(world.store, world.id("E3"), date(2026, 12, 14))
    assert [(e.step, e.kind) for e in e3.evidence] == [
        ("informed", "activity"),
        ("aware", "activity"),
        ("applying", "override"),
    ]
    assert e3.evidence[2].note.startswith("Báo cáo SXSH")
    assert cp_status.cp_status(world.store, world.id("H5")).known is False


def test_an_override_needs_a_reason_and_the_ladder_holds(world: OfficeWorld) -> None:
    store = world.store
    before = dump(store)
    with pytest.raises(ValidationError, match="needs a reason"):
        cp_status.override_status(store, world.id("H5"), "aware", date(2026, 3, 1), "   ")
    with pytest.raises(ValidationError, match="Unknown CP step"):
        cp_status.override_status(store, world.id("H5"), "expert", date(2026, 3, 1), "x")
    assert dump(store) == before
    override = cp_status.override_status(
        store, world.id("H5"), "aware", date(2026, 3, 1), "Biên bản làm việc"
    ).value
    status = cp_status.cp_status(store, world.id("H5"), date(2026, 12, 14))
    assert (status.informed_on, status.aware_on, status.known) == (date(2026, 3, 1), date(2026, 3, 1), True)
    assert status.evidence[0].note == "ladder"  # informed is carried down from aware
    # "Not reached" overrides the evidence of the study tour for E3.
    cp_status.override_status(store, world.id("E3"), "aware", None, "Phiếu phản hồi ghi nhầm")
    e3 = cp_status.cp_status(store, world.id("E3"), date(2026, 12, 14))
    assert e3.aware_on == date(2026, 9, 1)  # the applying override carries it down
    cp_status.clear_override(store, override.id)
    assert cp_status.cp_status(store, world.id("H5")).known is False


# --- the registry --------------------------------------------------------------------------------


def test_size_classes_follow_decree_80_2021() -> None:
    assert size_class_of(10, 3.0, None) is SizeClass.MICRO
    assert size_class_of(11, 3.0, None) is SizeClass.SMALL
    assert size_class_of(100, None, 20.0) is SizeClass.SMALL
    assert size_class_of(150, 120.0, None) is SizeClass.MEDIUM
    assert size_class_of(150, 250.0, 100.0) is SizeClass.MEDIUM  # capital within
    assert size_class_of(150, 250.0, 150.0) is SizeClass.LARGE
    assert size_class_of(201, 1.0, 1.0) is SizeClass.LARGE
    assert size_class_of(150, 250.0, None) is None  # the capital could still make it medium
    assert size_class_of(None, 1.0, 1.0) is None
    assert size_class_of(50, 90.0, None, industry=False) is SizeClass.SMALL


def test_vsic_sections() -> None:
    assert [vsic_section(c) for c in ("0810", "1020", "10204", "3511", "3811", "4711", "", "xx")] == [
        "B",
        "C",
        "C",
        "D",
        "E",
        "G",
        None,
        None,
    ]


def test_registry_facts_are_checked_and_kept_apart_from_the_enterprise(world: OfficeWorld) -> None:
    store = world.store
    before = dump(store)
    with pytest.raises(ValidationError) as refused:
        registry.set_registry_entry(store, world.id("H5"), legal_form="company")
    assert refused.value.field == "legal_form"
    with pytest.raises(ValidationError):
        registry.set_registry_entry(
            store, world.id("H5"), active_from=date(2026, 1, 1), active_to=date(2025, 1, 1)
        )
    assert dump(store) == before
    assert registry.registry_entry_of(store, world.id("H5")).legal_form == "household"  # from its ownership
    registry.set_registry_entry(
        store, world.id("H5"), active_to=date(2026, 3, 1), assigned_to=" Lê  Văn Cường "
    )
    entry = registry.registry_entry_of(store, world.id("H5"))
    assert (entry.active_to, entry.assigned_to) == (date(2026, 3, 1), "Lê Văn Cường")
    assert compute_indicators(store, Period.plan_year(2026)).facilities_in_scope == 7
    # Deleting an enterprise takes its registry facts and its attendances with it.
    store.delete(model.Enterprise, world.id("H1"))
    table = compute_indicators(store, Period.plan_year(2026))
    assert (table.get("I1").numerator, table.get("I1").denominator) == (6, 6)
    assert table.get("O1.1-par").numerator == 3


def test_a_period_with_nothing_to_count_says_so(store: Store, world: OfficeWorld) -> None:
    with pytest.raises(NoOfficeDataError, match="Nothing to count for 15/12/1999 – 14/12/2000"):
        compute_indicators(world.store, Period.plan_year(2000))


def test_an_empty_database_has_no_indicators_to_show(tmp_path: Path) -> None:
    from sxsh_desktop.store.setup import ensure_reference

    empty = Store.open(tmp_path / "empty.sqlite3")
    ensure_reference(empty)
    try:
        with pytest.raises(NoOfficeDataError):
            compute_indicators(empty, Period.plan_year(2026))
    finally:
        empty.close()
