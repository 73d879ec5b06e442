"""Indicator definitions are data, checked when loaded: a bad file is refused naming the item."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sxsh_desktop.domain.indicator_definitions import (
    IndicatorDefinitionError,
    load_indicator_definitions,
    parse_indicator_definitions,
)


def _file(**changes: Any) -> dict[str, Any]:
    item = {
        "code": "I1",
        "name_vi": "Tỷ lệ cơ sở được phổ biến",
        "name_en": "Facilities informed",
        "kind": "rate",
        "scope": "stock",
        "numerator": "informed",
        "denominator": "registry",
        "factor": 100,
        "unit": "%",
        "version": "1",
        "targets": [{"year": 2015, "value": 100, "source": "Quyết định 3210/QĐ-UBND"}],
    }
    item.update(changes)
    return {"kind": "indicators", "version": 1, "items": [item]}


def test_the_shipped_definitions_load_with_every_plan_indicator() -> None:
    definitions = load_indicator_definitions()
    codes = {d.code for d in definitions.definitions}
    assert {
        "I1",
        "I2",
        "I3",
        "I4a-ante",
        "I4a-post",
        "I4b-5",
        "I5",
        "I6",
        "I7",
        "O1.1-act",
        "O-assess",
    } <= codes
    assert {
        f"E1-{f}-{b}"
        for f in ("investment", "toe", "kwh", "water_m3", "co2_fossil_t")
        for b in ("ante", "done")
    } <= codes
    assert definitions.registry.legal_forms == {"enterprise", "cooperative", "household"}
    assert definitions.registry.vsic_sections == {"B", "C"}
    for d in definitions.definitions:
        assert all(t.source for t in d.targets), d.code
        assert d.basis in ("", "ex_ante", "achieved")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"numerator": "happiness"}, "item 1: I1: unknown numerator rule 'happiness'"),
        ({"numerator": "activities:9.9"}, "unknown numerator rule 'activities:9.9'"),
        ({"denominator": "population"}, "unknown denominator rule 'population'"),
        ({"denominator": "none"}, "a rate needs a denominator"),
        ({"kind": "ratio"}, "kind 'ratio' is not one of"),
        ({"factor": 0}, "factor must be a positive number"),
        ({"name_en": ""}, '"name_en" must be a non-empty text'),
        ({"targets": [{"year": 2015, "value": 100}]}, "needs a year, a number and its source document"),
        (
            {"kind": "total", "denominator": "none", "numerator": "total:toe:ex_ante", "basis": "achieved"},
            "basis 'achieved' differs",
        ),
    ],
)
def test_a_bad_definition_is_refused_naming_it(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(IndicatorDefinitionError, match=r"indicators\.json") as refused:
        parse_indicator_definitions(json.dumps(_file(**changes)))
    assert message in str(refused.value)


def test_a_bad_file_is_refused_as_a_whole(tmp_path: Path) -> None:
    with pytest.raises(IndicatorDefinitionError, match="not valid JSON"):
        parse_indicator_definitions("{")
    with pytest.raises(IndicatorDefinitionError, match="unknown file version 2"):
        parse_indicator_definitions(json.dumps({**_file(), "version": 2}))
    twice = _file()
    twice["items"] = twice["items"] * 2
    with pytest.raises(IndicatorDefinitionError, match="code 'I1' is defined twice"):
        parse_indicator_definitions(json.dumps(twice))
    with pytest.raises(IndicatorDefinitionError, match=r"registry\.vsic_sections"):
        parse_indicator_definitions(json.dumps({**_file(), "registry": {"vsic_sections": ["C", "Z9"]}}))
    with pytest.raises(IndicatorDefinitionError, match="cannot be read"):
        load_indicator_definitions(tmp_path / "missing.json")
