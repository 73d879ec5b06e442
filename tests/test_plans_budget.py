"""Plans as printed, their own sums checked, budget lines and the rules of support."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sxsh_desktop.domain.plan import Source, source_of_funding, vietnamese_amount
from sxsh_desktop.domain.plan_file import PlanFileError
from sxsh_desktop.services import plans
from sxsh_desktop.store.repository import Store


def test_the_2011_plan_loads_as_printed_with_its_three_disagreements_flagged(store: Store) -> None:
    summary = plans.load_plan(store, plans.shipped_plan_path()).value
    assert summary.plan.number == "3210/QĐ-UBND"
    assert summary.action_count == 12  # 1.1–1.4, 2.1–2.4, 3.1, 3.2, 4, 5
    codes = sorted(f.code for f in summary.findings)
    assert codes == ["cited_number", "total_excludes_source", "words_disagree"]
    by_code = {f.code: f for f in summary.findings}
    # The totals are central + local: 2 040 = 1 390 + 650, and the 370 of enterprises is outside.
    assert "enterprises" in by_code["total_excludes_source"].message
    assert "370,000,000 VND" in by_code["total_excludes_source"].message
    assert by_code["total_excludes_source"].stated == 7_050_000_000
    assert by_code["total_excludes_source"].computed == 7_420_000_000
    # "Bảy tỷ không trăm năm triệu" is 7 005 million, the figure 7 050 million.
    assert by_code["words_disagree"].computed == 7_005_000_000
    assert by_code["cited_number"].stated == "321/QĐ-UBND"
    # Listed again from the database: the same three, the cells kept as printed.
    (listed,) = plans.list_plans(store)
    assert sorted(f.code for f in listed.findings) == codes
    with store.reading() as connection:
        from sxsh_desktop.store import plans as plan_store

        cells = plan_store.cells(connection, plan_id="HT-3210-2011")
    central_1 = next(c for c in cells if c.item == "1" and c.source == "central")
    assert (central_1.printed, central_1.planned) == ("1.390", 1_390_000_000)
    empty = next(c for c in cells if c.item == "3" and c.source == "enterprises")
    assert (empty.printed, empty.planned) == ("", None)


def test_a_plan_is_loaded_again_only_when_asked(store: Store) -> None:
    plans.load_plan(store, plans.shipped_plan_path())
    with pytest.raises(plans.PlanExistsError, match="--replace"):
        plans.load_plan(store, plans.shipped_plan_path())
    plans.set_budget_cell(store, "HT-3210-2011", "2.3", 2013, "local", planned=300_000_000)
    plans.load_plan(store, plans.shipped_plan_path(), replace=True)
    (summary,) = plans.list_plans(store)
    assert summary.cell_count == 16  # the 15 printed cells, and the yearly line typed since


def _plan_file(tmp_path: Path, **changes: object) -> Path:
    data = json.loads(plans.shipped_plan_path().read_text(encoding="utf-8"))
    data.update(changes)
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_consistent_table_has_no_findings(store: Store, tmp_path: Path) -> None:
    data = json.loads(plans.shipped_plan_path().read_text(encoding="utf-8"))
    budget = data["budget"]
    for row in budget["rows"]:
        row["cells"]["enterprises"] = ""
    budget["total_row"]["cells"]["enterprises"] = ""
    budget["total_in_words"] = "Bảy tỷ không trăm năm mươi triệu đồng chẵn"
    budget["cited_number"]["text"] = "3210 /QĐ-UBND"
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert plans.load_plan(store, path).value.findings == []


def test_a_row_total_that_matches_no_source_is_flagged_on_its_row(store: Store, tmp_path: Path) -> None:
    data = json.loads(plans.shipped_plan_path().read_text(encoding="utf-8"))
    data["budget"]["rows"][2]["total"] = "550"  # 250 + 250 = 500
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    findings = plans.load_plan(store, path).value.findings
    rows = [f for f in findings if f.code in ("row_total", "grand_total")]
    assert any("Row 3" in f.message and "550" in f.message and "500" in f.message for f in rows)
    assert any(f.code == "grand_total" for f in rows)  # 7 050 is no longer the sum of the rows


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "something"}, "not a plan file"),
        ({"id": "../../etc"}, "“id”"),
        ({"period": {"start": "2011-01", "end": "2010-12"}}, "period"),
        ({"actions": [{"code": "1.1"}]}, "“title” is required"),
    ],
)
def test_a_bad_plan_file_is_refused_and_nothing_is_written(
    store: Store, tmp_path: Path, change: dict[str, object], message: str
) -> None:
    with pytest.raises(PlanFileError, match=message):
        plans.load_plan(store, _plan_file(tmp_path, **change))
    assert plans.list_plans(store) == []


def test_a_printed_amount_that_is_not_one_is_refused(store: Store, tmp_path: Path) -> None:
    data = json.loads(plans.shipped_plan_path().read_text(encoding="utf-8"))
    data["budget"]["rows"][0]["cells"]["central"] = "1.39O"
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(PlanFileError, match="row 1, central"):
        plans.load_plan(store, path)


@pytest.mark.parametrize(
    ("words", "amount"),
    [
        ("Bảy tỷ không trăm năm triệu đồng chẵn", 7_005_000_000),
        ("Bảy tỷ không trăm năm mươi triệu đồng", 7_050_000_000),
        ("năm mươi triệu đồng", 50_000_000),
        ("một trăm linh năm nghìn đồng", 105_000),
        ("hai mươi mốt triệu năm trăm nghìn", 21_500_000),
        ("mười lăm triệu", 15_000_000),
        ("ba trăm bảy mươi triệu", 370_000_000),
    ],
)
def test_amounts_in_vietnamese_words(words: str, amount: int) -> None:
    assert vietnamese_amount(words) == amount


def test_words_that_are_not_an_amount() -> None:
    assert vietnamese_amount("bảy bảy") is None
    assert vietnamese_amount("đồng chẵn") is None
    assert vietnamese_amount("seven million") is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ngân sách trung ương", Source.CENTRAL),
        ("Khuyến công quốc gia", Source.CENTRAL),
        ("khuyến công địa phương", Source.LOCAL),
        ("Sự nghiệp môi trường tỉnh", Source.LOCAL),
        ("ODA", Source.AID),
        ("Doanh nghiệp đối ứng", Source.ENTERPRISES),
        ("local", Source.LOCAL),
        ("", None),
        ("tiền mặt", None),
    ],
)
def test_the_funding_source_an_activity_names(text: str, source: Source | None) -> None:
    assert source_of_funding(text) == source


def test_the_support_cap_of_circular_221_2012_is_checked_with_its_source() -> None:
    # 80 M consultancy: 40 M (50 %) is the most; 60 M is too much as a share and as an amount.
    assert plans.check_support(80_000_000, 40_000_000) == []
    findings = plans.check_support(80_000_000, 60_000_000)
    assert sorted(f.code for f in findings) == ["support_amount", "support_share"]
    assert all("221/2012" in f.message for f in findings)
    # 120 M consultancy: half is 60 M, but the cap per facility is 50 M.
    (finding,) = plans.check_support(120_000_000, 55_000_000)
    assert finding.code == "support_amount"
    (rule,) = plans.support_rules()
    assert (rule.max_share, rule.max_amount_vnd) == (0.5, 50_000_000)


def test_a_budget_line_needs_a_known_plan_and_source(store: Store) -> None:
    from sxsh_desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="No plan"):
        plans.set_budget_cell(store, "NONE", "1.1", 2026, "local", planned=1)
    plans.load_plan(store, plans.shipped_plan_path())
    with pytest.raises(ValidationError, match="funding source"):
        plans.set_budget_cell(store, "HT-3210-2011", "1.1", 2026, "lottery", planned=1)
    first = plans.set_budget_cell(store, "HT-3210-2011", "1.1", 2013, "local", planned=200_000_000).value
    second = plans.set_budget_cell(
        store, "HT-3210-2011", "1.1", 2013, "local", allocated=150_000_000, document_number="12/QĐ-SCT"
    ).value
    assert second.id == first.id
    assert (second.planned, second.allocated, second.document_number) == (
        200_000_000,
        150_000_000,
        "12/QĐ-SCT",
    )
