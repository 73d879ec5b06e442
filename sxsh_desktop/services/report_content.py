"""The yearly report's content, read from the database for one plan year, and its three outputs.

Every figure comes from where the rest of the application computes it: the indicator table from
``compute_indicators`` (the same rows as ``sxsh office indicators``), the enterprise figures from
``calc`` (the assessment's own figures) and the follow-ups, spending from the recorded activities,
the budget from the plan's budget cells. The template (versioned data) decides the order, titles
and columns.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sxsh_desktop.domain import numbers
from sxsh_desktop.domain.plan import SOURCE_LABELS, ReportState, Source, YearlyReport
from sxsh_desktop.domain.report_template import COLUMNS, ReportTemplate, TemplateSection, fill
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.reports.tables import Column, DataTable
from sxsh_desktop.reports.yearly import KINDS, Section, YearlyContent, date_line

if TYPE_CHECKING:
    from sxsh_desktop.calc.indicators import IndicatorResult
    from sxsh_desktop.domain.office import Period
    from sxsh_desktop.services.indicators import IndicatorTable
    from sxsh_desktop.store.repository import Store

OUTPUT_SUFFIXES = (".docx", ".pdf", ".xlsx")
LOW_COVERAGE = 0.7  # a rate whose coverage is below this is printed with a mark (§1.2)
GROUP_NAMES = {
    "1": "Nâng cao nhận thức và năng lực áp dụng sản xuất sạch hơn",
    "2": "Hỗ trợ kỹ thuật về áp dụng sản xuất sạch hơn tại các cơ sở sản xuất công nghiệp",
    "3": "Hoàn thiện mạng lưới tổ chức hỗ trợ sản xuất sạch hơn",
    "4": "Xây dựng và vận hành cơ sở dữ liệu về sản xuất sạch hơn",
    "5": "Hoàn thiện các cơ chế, chính sách thúc đẩy áp dụng sản xuất sạch hơn",
}


@dataclass(frozen=True)
class ReportInputs:
    """What the report is made of, before it is laid out: also what tests compare."""

    year: int
    period: Period
    report: YearlyReport | None
    template: ReportTemplate
    indicators: IndicatorTable | None
    indicator_problem: str  # why there is no indicator table ("" when there is one)


def _table(template_section: TemplateSection, lang: str, rows: list[dict[str, Any]]) -> DataTable:
    catalogue = COLUMNS[template_section.key]
    columns = [
        Column(
            catalogue[key][1] if lang == "vi" else catalogue[key][2],
            KINDS[catalogue[key][0]],
        )
        for key in template_section.columns
    ]
    return DataTable(columns, [[row.get(key) for key in template_section.columns] for row in rows])


# --- sections ------------------------------------------------------------------------------------------


def _indicator_rows(table: IndicatorTable | None, lang: str) -> tuple[list[dict[str, Any]], list[str]]:
    if table is None:
        return [], []
    rows = []
    notes = []
    for result in table.results:
        if result.code.startswith("O"):  # output counts go to the results by action
            continue
        rows.append(_indicator_row(result, lang))
        if result.coverage is not None and result.coverage < LOW_COVERAGE:
            notes.append(
                f"(*) {result.code}: độ phủ số liệu {numbers.percent(result.coverage * 100, lang)} "
                f"(dưới {numbers.percent(LOW_COVERAGE * 100, lang, 0)}): kết quả cần thận trọng."
                if lang == "vi"
                else f"(*) {result.code}: data coverage {numbers.percent(result.coverage * 100, lang)} "
                f"(below {numbers.percent(LOW_COVERAGE * 100, lang, 0)}): read with care."
            )
    return rows, notes


def indicator_value_text(result: IndicatorResult, lang: str) -> str:
    """The value as the report prints it: a rate with %, a count or total with its unit."""
    if result.value is None:
        return numbers.MISSING
    if result.unit == "%":
        return numbers.percent(result.value, lang)
    if result.unit.startswith("VND"):
        return f"{numbers.number(result.value, lang, 0)} {result.unit}"
    return f"{numbers.quantity(result.value, lang)} {result.unit}"


def _indicator_row(result: IndicatorResult, lang: str) -> dict[str, Any]:
    target = ""
    if result.target is not None:
        unit = " %" if result.unit == "%" else f" {result.unit}"
        target = f"{numbers.quantity(result.target, lang)}{unit} ({result.target_year})"
        if result.target_source:
            target += f"; {result.target_source}"
    coverage = ""
    if result.coverage is not None:
        coverage = numbers.percent(result.coverage * 100, lang)
        if result.coverage < LOW_COVERAGE:
            coverage += " (*)"
    denominator_source = ""
    if result.denominator is not None:
        denominator_source = "Sổ đăng ký cơ sở" if lang == "vi" else "Registry"
    if result.official_denominator is not None:
        official = numbers.quantity(result.official_denominator, lang)
        value = numbers.percent(result.official_value, lang) if result.official_value is not None else ""
        denominator_source += (
            f"; số chính thức {official} ({result.official_source}): {value}"
            if lang == "vi"
            else f"; official count {official} ({result.official_source}): {value}"
        )
    return {
        "code": result.code,
        "name": result.name_vi if lang == "vi" else result.name_en,
        "target": target,
        "value": indicator_value_text(result, lang),
        "numerator": result.numerator,
        "denominator": result.denominator,
        "denominator_source": denominator_source,
        "coverage": coverage,
        "as_of": result.as_of,
        "version": result.definition_version,
    }


def _results_rows(
    store: Store, year: int, period: Period, indicators: IndicatorTable | None, lang: str
) -> tuple[list[dict[str, Any]], frozenset[int], list[str]]:
    """One row per plan action (task groups as heading rows): planned budget of the year against
    activities held, people and facilities reached, and their spending."""
    from sxsh_desktop.services import plans
    from sxsh_desktop.services.activities import list_activities

    plan = plans.plan_for_year(store, year)
    actions = plans.plan_actions(store, plan.id) if plan is not None else []
    summaries = list_activities(store, period)
    by_code: dict[str, list[Any]] = defaultdict(list)
    for summary in summaries:
        by_code[summary.activity.task_code].append(summary)
    budget = plans.budget_of_year(store, year)
    planned: dict[str, float] = defaultdict(float)
    for line in budget.lines:
        planned[line.cell.item] += line.cell.planned or 0.0
    counts = {r.code: r.numerator for r in indicators.results} if indicators is not None else {}
    codes = [a.code for a in actions] or sorted(by_code)
    for code in sorted(by_code):
        if code not in codes:
            codes.append(code)
    titles = {a.code: a for a in actions}
    rows: list[dict[str, Any]] = []
    headings: set[int] = set()
    group = None
    for code in codes:
        this_group = code.split(".")[0]
        if this_group != group:
            group = this_group
            name = GROUP_NAMES.get(group, "")
            headings.add(len(rows))
            rows.append(
                {COLUMNS_FIRST: f"{'Nhóm nhiệm vụ' if lang == 'vi' else 'Task group'} {group}. {name}"}
            )
        held = by_code.get(code, [])
        action = titles.get(code)
        rows.append(
            {
                "code": code,
                "action": action.title if action is not None else "",
                "expected_result": action.expected_result if action is not None else "",
                "planned_vnd": planned.get(code) if code in planned else None,
                "activities": counts.get(f"O{code}-act", len(held)),
                "participants": counts.get(f"O{code}-par", sum(s.participants for s in held)),
                "enterprises": sum(s.enterprises for s in held),
                "assessments": None,
                "spent_vnd": _known_sum(s.activity.cost_vnd for s in held),
            }
        )
    notes = []
    if plan is None:
        notes.append(
            "Chưa nạp kế hoạch nào: các nhiệm vụ lấy theo mã của hoạt động đã ghi nhận."
            if lang == "vi"
            else "No plan is loaded: the actions are the task codes of the recorded activities."
        )
    elif plan.period_end < period.start:
        notes.append(
            f"Kế hoạch {plan.number} đã kết thúc ngày {plan.period_end:%d/%m/%Y}; "
            "nhiệm vụ được liệt kê theo kế hoạch này."
            if lang == "vi"
            else f"Plan {plan.number} ended on {plan.period_end:%d/%m/%Y}; its actions are listed."
        )
    else:
        notes.append(
            f"Theo {plan.number}: {plan.title}." if lang == "vi" else f"After {plan.number}: {plan.title}."
        )
    return rows, frozenset(headings), notes


def _known_sum(values: Any) -> float | None:
    """The sum of the values that are known; None when none is."""
    known = [v for v in values if v is not None]
    return sum(known) if known else None


COLUMNS_FIRST = "code"  # a heading row's text goes in the table's first column, whatever it is


def enterprise_table(store: Store, period: Period) -> list[dict[str, Any]]:
    """The report's enterprise table (section III) as plain rows; the roll-up to the ministry carries it."""
    return _enterprise_rows(store, period, "vi")[0]


def _enterprise_rows(store: Store, period: Period, lang: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Facilities assessed in the period, or followed up in it, with the assessment's figures
    (expected, ex-ante) and the follow-ups' (achieved, ex-post) in separate columns."""
    from sxsh_desktop.calc import compute_assessment

    reference = store.reference()
    rows = []
    for fact in _assessment_facts(store, period, lang):
        document = store.load_document(fact.assessment_id)
        figures = compute_assessment(document, reference)
        fact = _with_document(fact, document, figures)
        counted = figures.counted
        change = -counted.energy_savings_pct if counted.energy_savings_pct is not None else None
        enterprise = document.enterprise
        rows.append(
            {
                "name": enterprise.name,
                "tax_code": enterprise.tax_code,
                "commune": enterprise.commune,
                "sector": enterprise.sector_code,
                "legal_form": fact.legal_form,
                "assessment": fact.label,
                "options_found": counted.solution_count,
                "options_done": fact.options_done,
                "investment_vnd": counted.investment,
                "savings_vnd": counted.yearly_savings_vnd,
                "achieved_savings_vnd": fact.achieved_savings_vnd,
                "toe": counted.toe_saved,
                "water_m3": counted.water_m3_saved,
                "material_t": counted.material_t_saved,
                "co2_t": counted.fossil_co2_t,
                "specific_change_pct": change,
                "specific_change_done_pct": fact.specific_change_done_pct,
            }
        )
    notes = [
        "Số liệu “dự kiến” theo báo cáo đánh giá (các giải pháp không bị loại); "
        "số liệu “đạt được” theo các lần theo dõi sau đánh giá. Hai loại số liệu không cộng lẫn."
        if lang == "vi"
        else "“Expected” figures are the assessment's (solutions not rejected); “achieved” ones come from "
        "the follow-ups. The two are never added together."
    ]
    return rows, notes


@dataclass(frozen=True)
class _AssessmentFact:
    assessment_id: str
    legal_form: str
    label: str
    options_done: int | None
    achieved_savings_vnd: float | None
    toe_after: float | None  # the latest follow-up's yearly energy and output, for the ex-post
    output_after: float | None  # change in specific consumption
    specific_change_done_pct: float | None = None


def _assessment_facts(store: Store, period: Period, lang: str) -> list[_AssessmentFact]:
    """Assessments of the period (dated by their end, else their start) and those followed up in it,
    with what their follow-ups up to the period's end report."""
    from sxsh_desktop.store import office_queries

    with store.reading() as connection:
        assessments = office_queries.assessments(connection)
        follow_ups = office_queries.follow_up_facts(connection)
        results = office_queries.follow_up_results(connection)
        legal_forms = {row.id: row.legal_form or "" for row in office_queries.facilities(connection)}
    followed: dict[str, list[Any]] = defaultdict(list)
    for row in follow_ups:
        if row.held_on is not None and row.held_on <= period.end:
            followed[row.assessment_id].append(row)
    assessment_of_follow_up = {row.id: row.assessment_id for row in follow_ups}
    latest: dict[str, Any] = {}  # solution id → its latest result up to the period's end
    for row in results:
        if row.held_on is None or row.held_on > period.end:
            continue
        current = latest.get(row.solution_id)
        if current is None or row.held_on >= current.held_on:
            latest[row.solution_id] = row
    by_assessment: dict[str, list[Any]] = defaultdict(list)
    for row in latest.values():
        assessment_id = assessment_of_follow_up.get(row.follow_up_id)
        if assessment_id is not None:
            by_assessment[assessment_id].append(row)
    facts = []
    for row in sorted(assessments, key=lambda r: (r.end_date or r.start_date or date.min, r.id)):
        on = row.end_date or row.start_date
        assessed = on is not None and period.start <= on <= period.end
        followed_now = [f for f in followed.get(row.id, []) if period.start <= f.held_on <= period.end]
        if not assessed and not followed_now:
            continue
        done = [r for r in by_assessment.get(row.id, []) if r.outcome == "done"]
        reported = by_assessment.get(row.id, [])
        savings = sum(r.actual_savings_vnd or 0.0 for r in done) if reported else None
        last = max(followed.get(row.id, []), key=lambda f: f.held_on, default=None)
        if assessed and on is not None:
            label = f"{on:%d/%m/%Y}"
        else:
            label = "theo dõi" if lang == "vi" else "follow-up"
            if followed_now:
                label += f" {max(f.held_on for f in followed_now):%d/%m/%Y}"
        facts.append(
            _AssessmentFact(
                assessment_id=row.id,
                legal_form=legal_forms.get(row.enterprise_id, ""),
                label=label,
                options_done=len(done) if reported else None,
                achieved_savings_vnd=savings,
                toe_after=last.energy_toe_after if last is not None else None,
                output_after=last.output_after if last is not None else None,
            )
        )
    return facts


def _with_document(fact: _AssessmentFact, document: Any, figures: Any) -> _AssessmentFact:
    """The fact completed from the assessment: solutions marked done when no follow-up reports
    them, and the ex-post change in specific energy consumption against the baseline."""
    import dataclasses

    options_done = fact.options_done
    if options_done is None:
        marked = sum(1 for s in document.solutions if s.implementation_status == "done")
        options_done = marked or None
    change = None
    baseline = figures.baseline
    if (
        fact.toe_after is not None
        and fact.output_after
        and baseline.total_toe_complete
        and baseline.total_toe
        and baseline.yearly_output
    ):
        before = baseline.total_toe / baseline.yearly_output
        after = fact.toe_after / fact.output_after
        change = (after / before - 1.0) * 100.0
    return dataclasses.replace(fact, options_done=options_done, specific_change_done_pct=change)


def _budget_rows(store: Store, year: int, lang: str) -> tuple[list[dict[str, Any]], list[str]]:
    from sxsh_desktop.services import plans

    budget = plans.budget_of_year(store, year)
    rows = []
    for line in budget.lines:
        cell = line.cell
        label = SOURCE_LABELS.get(Source(cell.source), (cell.source, cell.source))
        rows.append(
            {
                "plan": cell.plan_id,
                "item": cell.item,
                "source": label[0] if lang == "vi" else label[1],
                "planned_vnd": cell.planned,
                "allocated_vnd": cell.allocated,
                "spent_vnd": cell.spent,
                "activities_vnd": line.spent_by_activities,
                "document_number": cell.document_number,
            }
        )
    notes = []
    for (item, source_code), amount in sorted(budget.unbudgeted.items()):
        names = SOURCE_LABELS.get(Source(source_code), (source_code, source_code))
        source = names[0].lower() if lang == "vi" else names[1].lower()
        notes.append(
            f"Chi {numbers.vnd(amount, lang)} đồng cho nhiệm vụ {item} ({source}) "
            f"chưa có dòng kinh phí năm {year}."
            if lang == "vi"
            else f"{numbers.vnd(amount, lang)} VND spent on {item} ({source}) has no budget line for {year}."
        )
    if budget.unknown_source_count:
        notes.append(
            f"{budget.unknown_source_count} hoạt động ({numbers.vnd(budget.unknown_source_cost, lang)} đồng) "
            "chưa ghi rõ nguồn kinh phí."
            if lang == "vi"
            else f"{budget.unknown_source_count} activities "
            f"({numbers.vnd(budget.unknown_source_cost, lang)} VND) name no known funding source."
        )
    for case in plans.support_of_year(store, year):
        notes += [finding.text(lang) for finding in case.findings]
    for summary in plans.list_plans(store):
        for finding in summary.findings:
            notes.append(f"{summary.plan.number}: {finding.text(lang)}")
    return rows, notes


def _annex_tables(store: Store, inputs: ReportInputs, lang: str) -> list[tuple[str, DataTable]]:
    from sxsh_desktop.domain.indicator_definitions import load_indicator_definitions

    vi = lang == "vi"
    tables: list[tuple[str, DataTable]] = []
    definitions = load_indicator_definitions()
    rows = [
        [d.code, d.name_vi if vi else d.name_en, d.numerator, d.denominator or "—", d.unit, d.version]
        for d in definitions.definitions
    ]
    heads: tuple[str, ...] = (
        ("Mã", "Chỉ tiêu", "Tử số (quy tắc)", "Mẫu số (quy tắc)", "Đơn vị", "Phiên bản")
        if vi
        else ("Code", "Indicator", "Numerator (rule)", "Denominator (rule)", "Unit", "Version")
    )
    tables.append(
        (
            "1. Định nghĩa các chỉ tiêu" if vi else "1. Indicator definitions",
            DataTable([Column(h) for h in heads], rows),
        )
    )
    reference = store.reference()
    used_years, used_fuels = _factors_used(store, inputs.period)
    official = [g for g in reference.grid_factors if not g.provisional]
    if official:
        used_years.add(max(g.factor_year for g in official))  # the default of an assessment
    factor_rows: list[list[Any]] = []
    for grid in sorted(reference.grid_factors, key=lambda g: g.factor_year):
        if grid.factor_year not in used_years:
            continue
        factor_rows.append(
            [
                f"EF lưới điện {grid.factor_year}" if vi else f"Grid EF {grid.factor_year}",
                numbers.factor(grid.t_co2_per_mwh, lang),
                "tCO₂/MWh",
                grid.source,
            ]
        )
    toe_kwh = next(
        (c for c in reference.constants if "toe" in c.code.lower() and "kwh" in c.code.lower()), None
    )
    if toe_kwh is not None:
        factor_rows.append(
            [
                toe_kwh.name_vi if vi else toe_kwh.name_en,
                numbers.factor(toe_kwh.value, lang),
                toe_kwh.unit,
                toe_kwh.source,
            ]
        )
    for fuel in reference.fuels:
        if fuel.code not in used_fuels:
            continue
        name = fuel.name_vi if vi else fuel.name_en
        if fuel.toe_per_t is not None:
            factor_rows.append(
                [f"TOE – {name}", numbers.factor(fuel.toe_per_t, lang), "TOE/t", fuel.toe_source]
            )
        if fuel.co2_t_per_t is not None:
            factor_rows.append(
                [f"CO₂ – {name}", numbers.factor(fuel.co2_t_per_t, lang), "tCO₂/t", fuel.source]
            )
    heads = ("Hệ số", "Giá trị", "Đơn vị", "Nguồn") if vi else ("Factor", "Value", "Unit", "Source")
    tables.append(
        (
            "2. Hệ số đã dùng" if vi else "2. Factors used",
            DataTable([Column(h) for h in heads], factor_rows),
        )
    )
    coverage_rows: list[list[Any]] = []
    if inputs.indicators is not None:
        table = inputs.indicators
        coverage_rows.append(
            [
                "Cơ sở trong phạm vi tại ngày cuối kỳ" if vi else "Facilities in scope at the period's end",
                str(table.facilities_in_scope),
            ]
        )
        for result in table.results:
            if result.coverage is not None and result.code.startswith("I"):
                coverage_rows.append(
                    [
                        f"{result.code}: {'độ phủ' if vi else 'coverage'}",
                        f"{numbers.percent(result.coverage * 100, lang)} "
                        f"({result.unknown} {'chưa rõ trong' if vi else 'unknown of'} {result.population})",
                    ]
                )
    else:
        coverage_rows.append(["—", inputs.indicator_problem])
    for batch in _imports_in_period(store, inputs.period):
        coverage_rows.append(batch)
    heads = ("Nội dung", "Giá trị") if vi else ("Item", "Value")
    tables.append(
        (
            "3. Độ phủ số liệu và các gói dữ liệu đã nhập"
            if vi
            else "3. Data coverage and packages imported",
            DataTable([Column(h) for h in heads], coverage_rows),
        )
    )
    return tables


def _factors_used(store: Store, period: Period) -> tuple[set[int], set[str]]:
    """The grid factor years and fuels of the assessments of the period's enterprise table."""
    from sqlalchemy import select

    from sxsh_desktop.store import schema

    ids = [fact.assessment_id for fact in _assessment_facts(store, period, "vi")]
    years: set[int] = set()
    fuels: set[str] = set()
    if not ids:
        return years, fuels
    a, c = schema.assessment, schema.consumption
    with store.reading() as connection:
        for year in connection.execute(select(a.c.grid_factor_year).where(a.c.id.in_(ids))).scalars():
            if year is not None:
                years.add(year)
        query = select(c.c.fuel_code).where(c.c.assessment_id.in_(ids), c.c.kind == "fuel")
        fuels = {code for code in connection.execute(query).scalars() if code}
    return years, fuels


def _imports_in_period(store: Store, period: Period) -> list[list[Any]]:
    from sxsh_desktop.sync.history import import_log

    rows = []
    for entry in import_log(store):
        day = entry.imported_at.date()
        if period.start <= day <= period.end:
            rows.append([f"Gói {entry.file_name}", f"{entry.sender_name}, {day:%d/%m/%Y}"])
    return rows


# --- the whole report ----------------------------------------------------------------------------------


def gather_inputs(store: Store, year: int, *, template: str | None = None) -> ReportInputs:
    from sxsh_desktop.domain.office import Period
    from sxsh_desktop.services.indicators import NoOfficeDataError, compute_indicators
    from sxsh_desktop.services.yearly_report import find_template, period_of, report_of_year

    period_of(year)
    period = Period.plan_year(year)
    report = report_of_year(store, year)
    chosen = find_template(template or (report.template if report is not None else None))
    try:
        indicators: IndicatorTable | None = compute_indicators(store, period)
        problem = ""
    except NoOfficeDataError as error:
        indicators, problem = None, error.message
    return ReportInputs(year, period, report, chosen, indicators, problem)


def build_content(store: Store, inputs: ReportInputs, *, today: date | None = None) -> YearlyContent:
    template = inputs.template
    lang = template.language
    period = inputs.period
    report = inputs.report
    values = {
        "year": str(inputs.year),
        "next_year": str(inputs.year + 1),
        "start": f"{period.start:%d/%m/%Y}",
        "end": f"{period.end:%d/%m/%Y}",
    }
    texts = {
        "difficulties": report.difficulties if report else "",
        "proposals": report.proposals if report else "",
        "next_year_plan": report.next_year_plan if report else "",
    }
    builders: dict[str, Callable[[TemplateSection], Section]] = {}

    def results(ts: TemplateSection) -> Section:
        rows, headings, notes = _results_rows(store, inputs.year, period, inputs.indicators, lang)
        # A heading row's text sits in the first column the template shows.
        first = ts.columns[0]
        for index in headings:
            rows[index] = {first: rows[index][COLUMNS_FIRST]}
        return Section(
            ts.key,
            ts.kind,
            fill(ts.title, values),
            table=_table(ts, lang, rows),
            heading_rows=headings,
            notes=notes,
            landscape=ts.landscape,
        )

    def indicators(ts: TemplateSection) -> Section:
        rows, notes = _indicator_rows(inputs.indicators, lang)
        if inputs.indicators is None:
            notes = [inputs.indicator_problem]
        return Section(
            ts.key,
            ts.kind,
            fill(ts.title, values),
            table=_table(ts, lang, rows),
            notes=notes,
            landscape=ts.landscape,
        )

    def enterprises(ts: TemplateSection) -> Section:
        rows, notes = _enterprise_rows(store, period, lang)
        return Section(
            ts.key,
            ts.kind,
            fill(ts.title, values),
            table=_table(ts, lang, rows),
            notes=notes,
            landscape=ts.landscape,
        )

    def budget(ts: TemplateSection) -> Section:
        rows, notes = _budget_rows(store, inputs.year, lang)
        return Section(
            ts.key,
            ts.kind,
            fill(ts.title, values),
            table=_table(ts, lang, rows),
            notes=notes,
            landscape=ts.landscape,
        )

    def annex(ts: TemplateSection) -> Section:
        return Section(ts.key, ts.kind, fill(ts.title, values), tables=_annex_tables(store, inputs, lang))

    builders.update(
        results=results, indicators=indicators, enterprises=enterprises, budget=budget, annex=annex
    )
    sections = []
    for ts in template.sections:
        if ts.key in builders:
            sections.append(builders[ts.key](ts))
        else:
            text = texts.get(ts.key, "") or fill(ts.text, values)
            if ts.key in texts and not text:
                text = "(Chưa nhập nội dung.)" if lang == "vi" else "(Not written yet.)"
            sections.append(Section(ts.key, "text", fill(ts.title, values), text=text))
    number = report.number if report is not None and report.number else ""
    number_line = f"Số: {number}" if number else f"Số:        {template.number_suffix}"
    return YearlyContent(
        lang=lang,
        year=inputs.year,
        period_start=period.start,
        period_end=period.end,
        state=report.state if report is not None else ReportState.DRAFT.value,
        template_key=template.key,
        issuer=template.issuer,
        number_line=number_line,
        place_date=date_line(template.place, today or date.today(), lang),
        title=template.title,
        subtitle=fill(template.subtitle, values),
        addressee=template.addressee,
        recipients=template.recipients,
        signature=template.signature,
        sections=sections,
    )


def write_yearly_report(
    store: Store, year: int, path: Path, *, template: str | None = None, today: date | None = None
) -> Path:
    """Write the year's report to ``path``: .docx (editable), .pdf or .xlsx. Writing it changes
    nothing in the database."""
    suffix = path.suffix.lower()
    if suffix not in OUTPUT_SUFFIXES:
        raise ValidationError(
            f"The report file must end in {', '.join(OUTPUT_SUFFIXES)}: {path.name}", field="output"
        )
    content = build_content(store, gather_inputs(store, year, template=template), today=today)
    if suffix == ".docx":
        from sxsh_desktop.reports.yearly_docx import build_docx

        return build_docx(content, path)
    if suffix == ".pdf":
        from sxsh_desktop.reports.yearly_pdf import build_pdf

        return build_pdf(content, path)
    from sxsh_desktop.reports.yearly_xlsx import build_xlsx

    return build_xlsx(content, path)


# --- what is missing -------------------------------------------------------------------------------------


def missing_for_report(store: Store, year: int, report: YearlyReport | None) -> list[str]:
    """What the year's report still lacks, in words the overview shows."""
    from sxsh_desktop.domain.office import Period
    from sxsh_desktop.services import plans
    from sxsh_desktop.services.activities import list_activities

    period = Period.plan_year(year)
    missing: list[str] = []
    if report is None:
        missing.append(f"The {year} report has not been started.")
    else:
        if not report.number:
            missing.append("The report has no document number yet.")
        for name, label in (
            ("difficulties", "difficulties"),
            ("next_year_plan", f"plan for {year + 1}"),
        ):
            if not getattr(report, name).strip():
                missing.append(f"The {label} text is empty.")
        if report.state == ReportState.RETURNED.value:
            missing.append("The report was returned: correct it and submit it again.")
    if plans.plan_for_year(store, year) is None:
        missing.append("No plan is loaded (sxsh plan load FILE).")
    activities = list_activities(store, period)
    if not activities:
        missing.append(f"No activity is recorded between {period.start:%d/%m/%Y} and {period.end:%d/%m/%Y}.")
    no_cost = [s for s in activities if s.activity.cost_vnd is None]
    if no_cost:
        missing.append(f"{len(no_cost)} activities have no cost.")
    no_source = [s for s in activities if s.activity.cost_vnd and not s.activity.funding_source.strip()]
    if no_source:
        missing.append(f"{len(no_source)} activities with a cost name no funding source.")
    budget = plans.budget_of_year(store, year)
    if not budget.lines:
        missing.append(f"No budget line for {year}.")
    elif any(line.cell.allocated is None for line in budget.lines):
        count = sum(1 for line in budget.lines if line.cell.allocated is None)
        missing.append(f"{count} budget lines of {year} have no allocated amount.")
    return missing
