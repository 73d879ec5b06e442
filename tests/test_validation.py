"""Field rules shared by the forms and the imports: each names the field in plain English."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from sxsh_desktop.domain import model, validation
from sxsh_desktop.domain.reference_files import load_reference_files
from sxsh_desktop.domain.validation import (
    check_document,
    check_record,
    field_problem,
    validate_document,
    validate_record,
)
from sxsh_desktop.errors import ValidationError
from tests.documents import assessment_photo, small_document

ASSESSMENT_ID = "0b7d7a4e-1d7c-4a3f-9f1e-8f3f3c1d2e4a"


def messages(record: model.SyncFields, path: str = "") -> list[str]:
    return [error.message for error in validate_record(record, path)]


def test_a_valid_record_has_no_problems() -> None:
    solution = model.Solution(assessment_id=ASSESSMENT_ID, title="Bảo ôn lò", investment=85e6)
    assert validate_record(solution) == []


def test_messages_name_the_field_with_its_path() -> None:
    solution = model.Solution(assessment_id=ASSESSMENT_ID, investment=-5)
    errors = validate_record(solution, "solutions[2]")
    assert [e.field for e in errors] == ["solutions[2].investment"]
    assert errors[0].message == "solutions[2].investment: must not be negative (got -5)"
    with pytest.raises(ValidationError, match=r"^investment: must not be negative"):
        check_record(solution)


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (model.Consumption(assessment_id=ASSESSMENT_ID, yearly_quantity=-1.0), "yearly_quantity"),
        (model.Consumption(assessment_id=ASSESSMENT_ID, unit_price=-0.5), "unit_price"),
        (model.Product(assessment_id=ASSESSMENT_ID, yearly_output=-3.0), "yearly_output"),
        (model.WasteStream(assessment_id=ASSESSMENT_ID, treatment_cost=-1.0), "treatment_cost"),
        (model.Solution(assessment_id=ASSESSMENT_ID, added_operating_cost=-1.0), "added_operating_cost"),
        (model.Enterprise(name="A", employees=-2), "employees"),
    ],
)
def test_negative_amounts_that_make_no_sense_are_refused(record: model.SyncFields, field: str) -> None:
    assert [e.field for e in validate_record(record)] == [field]


def test_a_saving_may_be_negative_for_a_consumption_that_grows() -> None:
    saving = model.SolutionSaving(solution_id=ASSESSMENT_ID, consumption_id=ASSESSMENT_ID, quantity=-6000)
    assert validate_record(saving) == []


@pytest.mark.parametrize(("years", "ok"), [(0, False), (1, True), (50, True), (51, False)])
def test_lifetime_is_one_to_fifty_years(years: int, ok: bool) -> None:
    problem = field_problem(model.Solution, "lifetime_years", years)
    assert (problem is None) is ok


@pytest.mark.parametrize(
    ("rate", "ok"), [(-0.01, False), (0.0, True), (0.10, True), (0.999, True), (1.0, False)]
)
def test_discount_rate_is_a_fraction_below_one(rate: float, ok: bool) -> None:
    problem = field_problem(model.Assessment, "discount_rate", rate)
    assert (problem is None) is ok
    if not ok:
        assert "0.10 for 10 %" in problem


def test_long_texts_are_refused_with_the_limit() -> None:
    assert field_problem(model.Solution, "title", "x" * 300) is None
    assert field_problem(model.Solution, "title", "x" * 301) == "must be at most 300 characters (got 301)"
    assert field_problem(model.Solution, "description", "x" * 20_000) is None
    huge = "đ" * 10 * 1024 * 1024
    assert "at most 20,000 characters" in field_problem(model.Assessment, "conclusions", huge)


def test_tax_codes_follow_the_check_digit_rule_in_standard_form() -> None:
    assert field_problem(model.Enterprise, "tax_code", "") is None
    assert field_problem(model.Enterprise, "tax_code", "3001065326") is None
    assert field_problem(model.Enterprise, "tax_code", "3001065326-001") is None
    assert "check digit" in field_problem(model.Enterprise, "tax_code", "3001065327")
    assert "standard form '3001065326'" in field_problem(model.Enterprise, "tax_code", "3001 065 326")


def test_enumerations_list_the_allowed_values() -> None:
    problem = field_problem(model.Solution, "decision", "maybe")
    assert problem == "must be one of undecided, implement_now, study_further, reject (got 'maybe')"


def test_types_are_checked() -> None:
    assert field_problem(model.Solution, "investment", "abc") == "must be a number (got 'abc')"
    assert field_problem(model.Solution, "lifetime_years", 2.5) == "must be a whole number (got 2.5)"
    assert field_problem(model.Solution, "investment", True) == "must be a number (got True)"
    assert field_problem(model.Solution, "investment", float("nan")) == "must be a finite number (got nan)"
    assert field_problem(model.WasteStream, "is_focus", "yes") == "must be true or false (got 'yes')"


def test_dates_and_times() -> None:
    assert field_problem(model.Solution, "planned_date", datetime(2025, 1, 1)) is not None
    assert field_problem(model.Solution, "planned_date", date(1850, 1, 1)) is not None
    naive = datetime(2025, 1, 1, 8, 0)
    assert "time zone" in field_problem(model.Solution, "updated_at", naive)
    assessment = model.Assessment(
        enterprise_id=ASSESSMENT_ID, start_date=date(2025, 9, 10), end_date=date(2025, 9, 8)
    )
    assert [e.field for e in validate_record(assessment)] == ["end_date"]


def test_required_fields() -> None:
    assert messages(model.Enterprise(name="  ")) == ["name: is required"]
    assert messages(model.Assessment()) == ["enterprise_id: is required"]
    assert messages(model.Cause(waste_stream_id="")) == ["waste_stream_id: is required"]


def test_ids_must_be_uuids_and_optional_links_may_be_none() -> None:
    assert messages(model.Solution(id="abc", assessment_id=ASSESSMENT_ID)) == [
        "id: must be a UUID (got 'abc')"
    ]
    assert messages(model.Solution(assessment_id=ASSESSMENT_ID, step_id=None)) == []
    assert messages(model.Solution(assessment_id=ASSESSMENT_ID, step_id="")) == [
        "step_id: must be a UUID or null (got an empty text)"
    ]
    assert messages(model.Solution(assessment_id=ASSESSMENT_ID.upper())) != []


def test_flow_kind_must_suit_its_direction() -> None:
    flow = model.StepFlow(step_id=ASSESSMENT_ID, direction="input", kind="wastewater")
    assert [e.field for e in validate_record(flow)] == ["kind"]


def test_reference_codes_are_checked_only_against_given_reference_data() -> None:
    reference = load_reference_files()
    solution = model.Solution(assessment_id=ASSESSMENT_ID, technique="XYZ")
    assert validate_record(solution) == []
    assert [e.message for e in validate_record(solution, reference=reference)] == [
        "technique: is not in the reference data (got 'XYZ')"
    ]


def test_a_valid_document_passes_and_links_are_checked() -> None:
    document = small_document()
    check_document(document, load_reference_files())
    document.causes[0].waste_stream_id = ASSESSMENT_ID
    document.savings[0].consumption_id = "11111111-1111-4111-8111-111111111111"
    fields = [e.field for e in validate_document(document)]
    assert "causes[0].waste_stream_id" in fields
    assert "savings[0].consumption_id" in fields


def test_duplicate_ids_in_a_document_are_refused() -> None:
    document = small_document()
    document.team[0].id = document.products[0].id
    assert [e.field for e in validate_document(document)] == ["products[0].id"]


# The quick test of each field passes only what the full rule accepts: edge values of every kind.
_EDGE_VALUES: list[object] = [
    None,
    "",
    "x",
    "a\x00b",
    "x" * 301,
    "x" * 20_001,
    "0f8fad5b-d9cb-469f-a165-70867728950e",
    "0F8FAD5B-D9CB-469F-A165-70867728950E",
    "input",
    "draft",
    "image/png",
    "giamdoc@congty.vn",
    "giamdoc@congty",
    "0239 3855 123",
    "0912 345 678 (anh Hùng)",
    "12345",
    "0100109106",
    "0100109107",
    "2392",
    "23a",
    "ab" * 32,
    "AB" * 32,
    True,
    False,
    0,
    -1,
    1,
    4,
    5,
    51,
    367,
    1899,
    2024,
    2101,
    2**63,
    -(2**63),
    0.0,
    -0.5,
    0.1,
    1.0,
    1e15,
    1e16,
    -1e15,
    -1e16,
    float("nan"),
    float("inf"),
    date(2024, 5, 1),
    date(1800, 1, 1),
    datetime(2024, 5, 1, 8, tzinfo=UTC),
    datetime(2024, 5, 1, 8),
    datetime(2024, 5, 1, 8, tzinfo=timezone(timedelta(hours=7))),
    datetime(1850, 5, 1, 8, tzinfo=UTC),
]


@pytest.mark.parametrize(
    "record_class", [model.Enterprise, model.Assessment, *dict(model.DOCUMENT_COLLECTIONS).values()]
)
def test_quick_field_tests_pass_only_what_the_full_rules_accept(record_class: type) -> None:
    rules = validation._rules_to_validate(record_class).fields
    for rule, accepts in rules:
        for value in [*_EDGE_VALUES, *(rule.allowed or ())]:
            if accepts(value):
                assert validation._problem(rule, value) is None, (record_class.__name__, rule.name, value)


def _one_of_each_class() -> dict[type, model.SyncFields]:
    """A valid record of every class, from a valid document (a photo made up beside it)."""
    document = small_document()
    records: list[model.SyncFields] = [document.enterprise, document.assessment]
    for name, _cls in model.DOCUMENT_COLLECTIONS:
        records += getattr(document, name)
    # Times in UTC, as records read from a package hold them (the document's are at +07:00).
    found: dict[type, model.SyncFields] = {
        type(record): dataclasses.replace(
            record, created_at=record.created_at.astimezone(UTC), updated_at=record.updated_at.astimezone(UTC)
        )
        for record in records
    }
    found.setdefault(model.Photo, assessment_photo(document))
    return found


@pytest.mark.parametrize(
    "record_class", [model.Enterprise, model.Assessment, *dict(model.DOCUMENT_COLLECTIONS).values()]
)
def test_a_records_joined_quick_test_passes_exactly_when_each_fields_does(record_class: type) -> None:
    record = _one_of_each_class()[record_class]
    rules = validation._rules_to_validate(record_class)
    valid = rules.values_of(record)
    for index, (rule, _test) in enumerate(rules.fields):
        for value in [*_EDGE_VALUES, *(rule.allowed or ())]:
            values = (*valid[:index], value, *valid[index + 1 :])
            each = all(test(v) for (_, test), v in zip(rules.fields, values, strict=True))
            assert rules.all_accepted(values) is each, (record_class.__name__, rule.name, value)
            if each:  # then the full rules find no problem with any field
                assert all(
                    validation._problem(r, v) is None for (r, _), v in zip(rules.fields, values, strict=True)
                )


def test_a_discount_rate_passes_the_quick_test_only_below_one() -> None:
    rules = validation._rules_to_validate(model.Solution)
    rule, accepts = next(pair for pair in rules.fields if pair[0].name == "discount_rate")
    assert [accepts(v) for v in (0.0, 0.1, 0.999, 1.0, -0.01, 0, None)] == [
        True,
        True,
        True,
        False,
        False,
        False,
        True,
    ]
    assert validation._problem(rule, 1.0) is not None


def test_a_flows_kind_must_suit_its_direction_even_when_each_field_passes_alone() -> None:
    flow = _one_of_each_class()[model.StepFlow]
    assert flow.direction == "output" and validate_record(flow) == []
    wrong = dataclasses.replace(flow, kind="water")
    assert [e.message for e in validate_record(wrong)] == [
        "kind: must be one of product, by_product, solid_waste, wastewater, air_emission, heat_loss, noise "
        "for an output (got 'water')"
    ]


@pytest.mark.parametrize(
    "record_class", [model.Enterprise, model.Assessment, *dict(model.DOCUMENT_COLLECTIONS).values()]
)
def test_a_record_passing_quickly_has_no_problem_by_the_full_rules(record_class: type) -> None:
    record = _one_of_each_class()[record_class]
    assert validate_record(record) == []
    assert list(validation._field_problems(record, None)) == []


def _across_field_cases() -> list[model.SyncFields]:
    records = _one_of_each_class()
    flow, assessment, enterprise = (
        records[model.StepFlow],
        records[model.Assessment],
        records[model.Enterprise],
    )
    days = (None, date(2025, 9, 8), date(2025, 9, 10))
    return [
        *(
            dataclasses.replace(flow, direction=direction.value, kind=kind.value)
            for direction in model.FlowDirection
            for kind in model.FlowKind
        ),
        *(dataclasses.replace(assessment, start_date=start, end_date=end) for start in days for end in days),
        *(dataclasses.replace(enterprise, name=name) for name in ("", " ", "\u3000", "Gạch Hồng Lĩnh")),
    ]


@pytest.mark.parametrize("record", _across_field_cases(), ids=repr)
def test_the_quick_rules_over_several_fields_pass_exactly_the_records_without_problems(
    record: model.SyncFields,
) -> None:
    rules = validation._rules_to_validate(type(record))
    full = list(validation._field_problems(record, None))
    if rules.all_accepted(rules.values_of(record)):
        assert validation._passes_quickly(record) is (full == [])
    else:  # an enterprise's texts with rules of their own go the full way
        assert not validation._passes_quickly(record)


def test_link_problems_are_named_with_their_places_in_the_documents_order() -> None:
    document = small_document()
    document.team[0].id = document.products[0].id
    document.causes[0].waste_stream_id = "11111111-1111-4111-8111-111111111111"
    document.flows[0].step_id = "22222222-2222-4222-8222-222222222222"
    assert [e.message for e in validate_document(document)] == [
        "products[0].id: 00000000-0000-4000-8000-000000000004 is used twice (also by team[0])",
        "flows[0].step_id: refers to process step 22222222-2222-4222-8222-222222222222, "
        "which is not in this assessment",
        "causes[0].waste_stream_id: refers to waste stream 11111111-1111-4111-8111-111111111111, "
        "which is not in this assessment",
        "solutions[0].cause_id: refers to a cause of another waste stream than the solution's "
        "(00000000-0000-4000-8000-000000000008)",
    ]
