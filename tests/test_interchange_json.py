"""The interchange JSON: exact round trip, the schema, and refusal of every kind of bad file."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from sxsh_desktop.demo import demo_documents
from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.interchange.jsonformat import (
    FORMAT_VERSION,
    InterchangeError,
    document_from_json,
    document_to_json,
    dumps,
    loads,
    parse_json_bytes,
    schema_path,
)
from tests.documents import documents, small_document

SCHEMA = json.loads(schema_path().read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
V1_VALIDATOR = jsonschema.Draft202012Validator(
    json.loads(schema_path().with_name("assessment-v1.schema.json").read_text(encoding="utf-8"))
)


def schema_errors(data: dict[str, Any]) -> list[str]:
    return [error.message for error in VALIDATOR.iter_errors(data)]


# --- round trip --------------------------------------------------------------------------------


def test_hand_made_document_round_trips_exactly() -> None:
    document = small_document()
    assert document_from_json(document_to_json(document)) == document
    assert loads(dumps(document)) == document
    # Aware datetimes come back as the same instant, written in UTC.
    data = document_to_json(document)
    assert data["assessment"]["created_at"] == "2025-03-03T22:06:07.891011Z"
    assert data["assessment"]["grid_factor_year"] is None
    assert data["savings"][0]["quantity"] == -0.001


def test_sample_documents_round_trip_and_keep_vietnamese_letters() -> None:
    for document, _photos in demo_documents():
        data = dumps(document)
        assert loads(data) == document
        assert "Hà Tĩnh".encode() in data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_any_valid_document_round_trips_and_matches_the_schema(document: AssessmentDocument) -> None:
    data = document_to_json(document)
    assert document_from_json(data) == document
    assert loads(dumps(document)) == document
    assert schema_errors(json.loads(dumps(document))) == []


def test_schema_is_a_valid_2020_12_schema_and_covers_every_field() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    data = document_to_json(small_document())
    definitions = SCHEMA["$defs"]
    for key in ("enterprise", "assessment"):
        name = SCHEMA["properties"][key]["$ref"].rsplit("/", 1)[1]
        assert set(definitions[name]["required"]) == set(data[key])
    for key, items in data.items():
        if isinstance(items, list):
            name = SCHEMA["properties"][key]["items"]["$ref"].rsplit("/", 1)[1]
            assert set(definitions[name]["required"]) == set(items[0]), key


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("solutions", 0, "investment"), -5),
        (("solutions", 0, "lifetime_years"), 0),
        (("consumptions", 0, "unit_price"), "12"),
        (("assessment", "discount_rate"), 1.5),
        (("assessment", "start_date"), "30/09/2025"),
        (("enterprise", "id"), "not-a-uuid"),
        (("solutions", 0, "decision"), "maybe"),
        (("solutions", 0, "investment"), 1e16),
        (("enterprise", "revision"), 2**64),
    ],
)
def test_schema_refuses_what_the_reader_refuses(path: tuple[Any, ...], value: Any) -> None:
    data = document_to_json(small_document())
    _set(data, path, value)
    assert schema_errors(data)
    with pytest.raises(InterchangeError):
        document_from_json(data)


# --- bad files -----------------------------------------------------------------------------------


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def _refusal(mutate: Any) -> InterchangeError:
    data = copy.deepcopy(document_to_json(small_document()))
    mutate(data)
    with pytest.raises(InterchangeError) as caught:
        document_from_json(data)
    return caught.value


def test_a_newer_version_is_refused_with_the_versions() -> None:
    error = _refusal(lambda d: d.update(format_version=FORMAT_VERSION + 1))
    assert error.field == "format_version"
    assert "newer format version 3; this application reads version 2" in error.message


VERSION_2_FIELDS = {
    "assessment": ("objectives", "scope", "method"),
    "flows": ("fuel_code", "density_t_per_m3", "mass_per_piece_kg", "in_material"),
    "solutions": ("technical_feasibility", "environmental_feasibility", "monitoring"),
}


def _as_version_1(data: dict[str, Any]) -> dict[str, Any]:
    """The document as an installation of format version 1 wrote it."""
    old = copy.deepcopy(data)
    old["format_version"] = 1
    for part, fields in VERSION_2_FIELDS.items():
        for record in old[part] if isinstance(old[part], list) else [old[part]]:
            for name in fields:
                del record[name]
    return old


def test_a_version_1_file_from_an_earlier_installation_is_read_with_the_new_fields_at_their_defaults() -> (
    None
):
    document = demo_documents()[2][0]  # the steel workshop: step flows and solutions
    version_1 = _as_version_1(document_to_json(document))
    assert list(V1_VALIDATOR.iter_errors(version_1)) == []  # what an earlier installation wrote
    read = document_from_json(version_1)
    assert read.assessment.title == document.assessment.title and read.assessment.objectives == ""
    assert len(read.flows) == len(document.flows) > 0
    assert all(flow.fuel_code == "" and flow.density_t_per_m3 is None for flow in read.flows)
    assert all(flow.mass_per_piece_kg is None and flow.in_material is False for flow in read.flows)
    assert [s.title for s in read.solutions] == [s.title for s in document.solutions]
    assert all(solution.monitoring == "" for solution in read.solutions)
    # A field a version 1 writer knew is still required.
    del version_1["assessment"]["title"]
    with pytest.raises(InterchangeError, match=r"assessment\.title: is missing"):
        document_from_json(version_1)


@pytest.mark.parametrize(
    ("mutate", "field", "words"),
    [
        (lambda d: d.update(format="something-else"), "format", "not an SXSH assessment file"),
        (lambda d: d.pop("format"), "format", "not an SXSH assessment file"),
        (lambda d: d.update(format_version="1"), "format_version", "whole number"),
        (lambda d: d.update(format_version=0), "format_version", "unknown format version 0"),
        (lambda d: d.pop("solutions"), "solutions", "is missing"),
        (lambda d: d.update(extra=1), "extra", "unknown field"),
        (lambda d: d.update(solutions={}), "solutions", "must be a list"),
        (lambda d: d["assessment"].pop("title"), "assessment.title", "is missing"),
        (lambda d: d["solutions"][0].update(colour="red"), "solutions[0].colour", "unknown field"),
        (lambda d: d.update(team=["x"]), "team[0]", "must be an object"),
        # wrong types
        (
            lambda d: _set(d, ("solutions", 0, "investment"), "85 triệu"),
            "solutions[0].investment",
            "a number",
        ),
        (lambda d: _set(d, ("assessment", "baseline_year"), 2024.5), "assessment.baseline_year", "whole"),
        (
            lambda d: _set(d, ("waste_streams", 0, "is_focus"), "yes"),
            "waste_streams[0].is_focus",
            "true or false",
        ),
        (lambda d: _set(d, ("enterprise", "name"), 7), "enterprise.name", "a text"),
        (lambda d: _set(d, ("enterprise", "name"), None), "enterprise.name", "is required"),
        (lambda d: _set(d, ("assessment", "revision"), True), "assessment.revision", "whole number"),
        # dates
        (
            lambda d: _set(d, ("solutions", 0, "planned_date"), "20/12/2025"),
            "solutions[0].planned_date",
            "YYYY",
        ),
        (
            lambda d: _set(d, ("solutions", 0, "planned_date"), "2025-02-30"),
            "solutions[0].planned_date",
            "real",
        ),
        (lambda d: _set(d, ("team", 0, "updated_at"), "2025-09-26T09:00:00"), "team[0].updated_at", "Z"),
        # huge text
        (lambda d: _set(d, ("enterprise", "notes"), "x" * 10 * 1024 * 1024), "enterprise.notes", "20,000"),
        # references
        (
            lambda d: _set(d, ("causes", 0, "waste_stream_id"), "7d0c6b0e-2b8f-4c1e-9a4e-0f0e5a1b2c3d"),
            "causes[0].waste_stream_id",
            "waste stream",
        ),
        (
            lambda d: _set(d, ("savings", 0, "consumption_id"), "7d0c6b0e-2b8f-4c1e-9a4e-0f0e5a1b2c3d"),
            "savings[0].consumption_id",
            "consumption line",
        ),
        (
            lambda d: _set(d, ("flows", 0, "step_id"), "7d0c6b0e-2b8f-4c1e-9a4e-0f0e5a1b2c3d"),
            "flows[0].step_id",
            "process step",
        ),
        (
            lambda d: _set(d, ("photos", 0, "owner_id"), "7d0c6b0e-2b8f-4c1e-9a4e-0f0e5a1b2c3d"),
            "photos[0].owner_id",
            "solution",
        ),
        (
            lambda d: _set(d, ("assessment", "enterprise_id"), "7d0c6b0e-2b8f-4c1e-9a4e-0f0e5a1b2c3d"),
            "assessment.enterprise_id",
            "enterprise",
        ),
        (lambda d: _set(d, ("products", 0, "id"), "NOT-A-UUID"), "products[0].id", "UUID"),
        (lambda d: _set(d, ("products", 0, "id"), d["team"][0]["id"]), "products[0].id", "used twice"),
        # negative quantities
        (
            lambda d: _set(d, ("consumptions", 0, "yearly_quantity"), -812.5),
            "consumptions[0].yearly_quantity",
            "negative",
        ),
        (lambda d: _set(d, ("waste_streams", 0, "quantity"), -1), "waste_streams[0].quantity", "negative"),
        (lambda d: _set(d, ("flows", 0, "unit_cost"), -1), "flows[0].unit_cost", "negative"),
        (lambda d: _set(d, ("solutions", 0, "investment"), -5), "solutions[0].investment", "(got -5)"),
        (lambda d: _set(d, ("solutions", 0, "discount_rate"), 1.2), "solutions[0].discount_rate", "fraction"),
    ],
)
def test_bad_documents_are_refused_naming_the_field(mutate: Any, field: str, words: str) -> None:
    error = _refusal(mutate)
    assert error.field == field
    assert error.message.startswith(f"{field}: ")
    assert words in error.message


def test_every_problem_is_listed() -> None:
    def two_problems(d: dict[str, Any]) -> None:
        _set(d, ("solutions", 0, "investment"), -5)
        _set(d, ("products", 0, "yearly_output"), -1)

    error = _refusal(two_problems)
    assert error.message.endswith("(and 1 more problem)")
    assert len(error.problems) == 2


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'{"format": "sxsh-assessment", ', "not valid JSON"),
        (b"", "not valid JSON"),
        ('{"a": "Hà Tĩnh"}'.encode("utf-16"), "not UTF-8"),
        (b'{"format": NaN}', "NaN"),
        (b'{"a": 1, "a": 2}', "appears twice"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
        (b'{"n": ' + b"9" * 5000 + b"}", "not valid JSON"),
    ],
)
def test_unreadable_bytes_are_refused(data: bytes, words: str) -> None:
    with pytest.raises(InterchangeError, match=words):
        parse_json_bytes(data)


def test_the_first_key_repeated_is_named_even_inside_a_list() -> None:
    with pytest.raises(InterchangeError, match="the key 'b' appears twice"):
        parse_json_bytes(b'{"x": [{"a": 1, "b": 2, "b": 3, "a": 4}]}')
    assert parse_json_bytes(b'{"x": [{"a": 1}, {"a": 2}], "a": {}}') == {"x": [{"a": 1}, {"a": 2}], "a": {}}


def test_a_file_over_the_size_cap_is_refused_before_parsing() -> None:
    with pytest.raises(InterchangeError, match="files over 1 MB are refused"):
        parse_json_bytes(b" " * (1024 * 1024 + 1), max_bytes=1024 * 1024)


def test_a_byte_order_mark_is_tolerated() -> None:
    document = small_document()
    assert loads(b"\xef\xbb\xbf" + dumps(document)) == document


def test_the_top_level_must_be_an_object() -> None:
    with pytest.raises(InterchangeError, match="must hold a JSON object"):
        loads(b"[]")


def test_an_invalid_document_is_not_written() -> None:
    document = small_document()
    document.solutions[0].investment = -5
    with pytest.raises(InterchangeError, match=r"solutions\[0\].investment"):
        dumps(document)
