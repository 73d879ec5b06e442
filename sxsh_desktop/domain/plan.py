"""Plans, their actions and budget, the rules of support, and the yearly report's states.

A plan document (Decision 3210/QĐ-UBND of 2011, Plan 484/KH-UBND of 2020 …) is kept as printed:
its budget cells, and what the document itself states about them (row totals, column totals, the
total in words, the numbers it cites). The application computes its own sums and says where the
document disagrees with itself (``plan_findings``); it never assumes a stated total is the sum of
the sources.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Source(StrEnum):
    """Funding sources of a budget cell (3210 §IV)."""

    CENTRAL = "central"  # ngân sách trung ương (TW)
    LOCAL = "local"  # ngân sách địa phương (ĐP)
    ENTERPRISES = "enterprises"  # doanh nghiệp (DN)
    AID = "aid"  # viện trợ, tài trợ, nguồn khác


SOURCE_LABELS = {
    Source.CENTRAL: ("Ngân sách trung ương", "Central budget"),
    Source.LOCAL: ("Ngân sách địa phương", "Local budget"),
    Source.ENTERPRISES: ("Doanh nghiệp", "Enterprises"),
    Source.AID: ("Viện trợ, nguồn khác", "Aid and other"),
}


class ReportState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    RETURNED = "returned"


LOCKING_STATES = frozenset({ReportState.SUBMITTED, ReportState.ACCEPTED})


@dataclass(frozen=True)
class PlanDocument:
    id: str  # short stable key, e.g. "HT-3210-2011"
    number: str  # "3210/QĐ-UBND"
    title: str
    issuer: str
    issued_on: date | None
    period_start: date
    period_end: date
    unit_vnd: int  # the printed amounts' unit in VND (1 000 000: "ĐVT: Triệu đồng")
    source: str  # where the text came from
    loaded_at: datetime


@dataclass(frozen=True)
class PlanAction:
    id: str
    plan_id: str
    code: str  # "1.1" … ; a task group is its own number ("1")
    task_group: str  # "1" … "5"
    title: str
    content: str = ""
    expected_result: str = ""
    lead: str = ""
    partners: str = ""
    start_on: date | None = None
    end_on: date | None = None
    position: int = 0


@dataclass(frozen=True)
class BudgetCell:
    """One amount of a plan's budget: item (action or task group) × year × source.

    Amounts are VND; ``year`` None means the plan's whole period. ``printed`` keeps the planned
    amount exactly as the document prints it ("1.390"), in the document's unit."""

    id: str
    plan_id: str
    item: str
    year: int | None
    source: str
    planned: float | None = None
    allocated: float | None = None
    spent: float | None = None
    document_number: str = ""
    printed: str = ""
    note: str = ""


class StatementKind(StrEnum):
    ROW_TOTAL = "row_total"  # key: the item; number: the stated total of its sources
    COLUMN_TOTAL = "column_total"  # key: the source; number: the stated sum over items
    GRAND_TOTAL = "grand_total"  # key: ""; number: the stated total of the table
    TOTAL_IN_WORDS = "total_in_words"  # key: ""; text: the total written in words
    CITED_NUMBER = "cited_number"  # key: where; text: the decision number printed there


@dataclass(frozen=True)
class PlanStatement:
    """Something the document states about its own figures, as printed."""

    id: str
    plan_id: str
    kind: str
    key: str
    number: float | None  # VND
    text: str
    printed: str
    place: str  # where in the document


@dataclass(frozen=True)
class Finding:
    """A place where a document disagrees with itself, or a rule is broken."""

    code: str
    message: str
    place: str = ""
    stated: float | str | None = None
    computed: float | str | None = None


# --- the document's own sums -----------------------------------------------------------------------


def _close(a: float, b: float) -> bool:
    return abs(a - b) < 0.5  # VND


def _millions(value: float, unit_vnd: int) -> str:
    amount = value / unit_vnd
    text = f"{amount:,.0f}" if amount == int(amount) else f"{amount:,.3f}".rstrip("0")
    return text.replace(",", ".")


def plan_findings(
    plan: PlanDocument, cells: list[BudgetCell], statements: list[PlanStatement]
) -> list[Finding]:
    """Where the plan's budget disagrees with itself: stated totals against the application's own
    sums, the total in words against the total in figures, cited decision numbers against the
    plan's own number. Cells of the whole period (year None) are the table the checks read."""
    unit = plan.unit_vnd
    findings: list[Finding] = []
    period = [c for c in cells if c.year is None and c.planned is not None]
    by_item: dict[str, dict[str, float]] = {}
    for cell in period:
        by_item.setdefault(cell.item, {})[cell.source] = by_item.get(cell.item, {}).get(
            cell.source, 0.0
        ) + float(cell.planned or 0.0)
    row_totals = [s for s in statements if s.kind == StatementKind.ROW_TOTAL and s.number is not None]
    grand = next((s for s in statements if s.kind == StatementKind.GRAND_TOTAL), None)
    # Row totals: a stated total that is not the sum of all its sources. When every such row equals
    # the sum without the same source(s), the document leaves that source outside its totals: one
    # finding for the table, naming the rows and the source.
    mismatched: list[tuple[PlanStatement, float, set[str]]] = []
    for statement in row_totals:
        sources = by_item.get(statement.key, {})
        total = sum(sources.values())
        if _close(total, statement.number or 0.0):
            continue
        outside = {
            source
            for source, amount in sources.items()
            if amount and _close(total - amount, statement.number or 0.0)
        }
        mismatched.append((statement, total, outside))
    if grand is not None and grand.number is not None and mismatched:
        all_sources: dict[str, float] = {}
        for sources in by_item.values():
            for source, amount in sources.items():
                all_sources[source] = all_sources.get(source, 0.0) + amount
        total = sum(all_sources.values())
        if not _close(total, grand.number):
            outside = {s for s, a in all_sources.items() if a and _close(total - a, grand.number)}
            mismatched.append((grand, total, outside))
    common = set.intersection(*(m[2] for m in mismatched)) if mismatched else set()
    if mismatched and len(common) == 1:
        (source,) = common
        left_out = sum(by_item.get(m[0].key, {}).get(source, 0.0) for m in mismatched if m[0] is not grand)
        rows = ", ".join(m[0].key or "total" for m in mismatched)
        findings.append(
            Finding(
                "total_excludes_source",
                f"The stated totals leave the {source} column out: in rows {rows} the total is the sum "
                f"of the other sources, so the {source} funding ({left_out:,.0f} VND) is outside the "
                "table's total.",
                place=mismatched[0][0].place,
                stated=grand.number if grand is not None else None,
                computed=sum(sum(v.values()) for v in by_item.values()),
            )
        )
    else:
        for statement, total, _ in mismatched:
            findings.append(
                Finding(
                    "row_total",
                    f"Row {statement.key or 'total'}: the document states "
                    f"{_millions(statement.number or 0, unit)}, its sources add up to "
                    f"{_millions(total, unit)}.",
                    place=statement.place,
                    stated=statement.number,
                    computed=total,
                )
            )
    # Column totals: the stated sum of a source against the sum of its cells.
    for statement in statements:
        if statement.kind != StatementKind.COLUMN_TOTAL or statement.number is None:
            continue
        total = sum(float(c.planned or 0.0) for c in period if c.source == statement.key)
        if not _close(total, statement.number):
            findings.append(
                Finding(
                    "column_total",
                    f"Column {statement.key}: the document states {_millions(statement.number, unit)}, "
                    f"its rows add up to {_millions(total, unit)}.",
                    place=statement.place,
                    stated=statement.number,
                    computed=total,
                )
            )
    # The grand total against the sum of the stated row totals.
    if grand is not None and grand.number is not None and row_totals:
        rows_sum = sum(s.number or 0.0 for s in row_totals)
        if not _close(rows_sum, grand.number):
            findings.append(
                Finding(
                    "grand_total",
                    f"The stated total {_millions(grand.number, unit)} is not the sum of the row totals "
                    f"({_millions(rows_sum, unit)}).",
                    place=grand.place,
                    stated=grand.number,
                    computed=rows_sum,
                )
            )
    # Words against figures.
    for statement in statements:
        if statement.kind != StatementKind.TOTAL_IN_WORDS or grand is None or grand.number is None:
            continue
        in_words = vietnamese_amount(statement.text)
        if in_words is None:
            findings.append(
                Finding(
                    "words_unreadable",
                    f"The total in words cannot be read as an amount: “{statement.text}”.",
                    place=statement.place,
                    stated=statement.text,
                )
            )
        elif not _close(in_words, grand.number):
            findings.append(
                Finding(
                    "words_disagree",
                    f"The total in words “{statement.text}” is {in_words:,.0f} VND "
                    f"({_millions(in_words, unit)}); in figures it is {_millions(grand.number, unit)} "
                    f"({grand.number:,.0f} VND).",
                    place=statement.place,
                    stated=statement.text,
                    computed=in_words,
                )
            )
    # Cited decision numbers against the plan's own.
    for statement in statements:
        if statement.kind != StatementKind.CITED_NUMBER:
            continue
        if _number_key(statement.text) != _number_key(plan.number):
            findings.append(
                Finding(
                    "cited_number",
                    f"{statement.place} cites the decision as “{statement.text}”; the plan is "
                    f"“{plan.number}”.",
                    place=statement.place,
                    stated=statement.text,
                    computed=plan.number,
                )
            )
    return findings


def _number_key(number: str) -> str:
    """A document number compared without spaces and case: "3210 /QĐ-UBND" is "3210/QĐ-UBND"."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", number)).casefold()


# --- amounts in Vietnamese words ------------------------------------------------------------------

_DIGITS = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
_SCALES = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}
_IGNORED = {"đồng", "chẵn", "vnđ", "vnd", "và", "linh", "lẻ"}  # "một trăm linh năm": 105


def vietnamese_amount(text: str) -> float | None:
    """The amount written in Vietnamese words ("Bảy tỷ không trăm năm triệu đồng chẵn" is
    7 005 000 000), or None when the words are not a number."""
    words = [w for w in re.split(r"[\s,.;]+", unicodedata.normalize("NFC", text).casefold()) if w]
    words = [w for w in words if w not in _IGNORED]
    if not words:
        return None
    total = 0  # completed groups above the current scale
    group = 0  # the current group below 1000
    current = 0  # the digit waiting for its place
    pending = False
    seen_number = False
    for word in words:
        if word in _DIGITS:
            if pending:
                return None  # two digits in a row
            current = _DIGITS[word]
            pending = True
            seen_number = True
        elif word == "trăm":
            group += (current if pending else 1) * 100
            current, pending = 0, False
        elif word in ("mươi", "mười"):
            group += (current if pending and word == "mươi" else 1) * 10
            current, pending = 0, False
        elif word in _SCALES:
            scale = _SCALES[word]
            group += current if pending else 0
            current, pending = 0, False
            if scale == 1_000_000_000:
                total = (total + group) * scale
            else:
                total += (group or 1) * scale
            group = 0
        else:
            return None
    if not seen_number:
        return None
    return float(total + group + (current if pending else 0))


# --- rules of support -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SupportRule:
    """A cap on state support for one facility, with the document that sets it."""

    code: str
    applies_to: str  # what it caps, e.g. "cp_assessment"
    max_share: float | None  # of the cost (0.5: at most 50 %)
    max_amount_vnd: float | None
    per: str  # "facility"
    source: str
    valid_from: date | None = None
    valid_to: date | None = None
    note: str = ""


def support_findings(rule: SupportRule, cost: float, support: float, *, place: str = "") -> list[Finding]:
    """Whether ``support`` (VND of state money) for a cost of ``cost`` keeps to the rule."""
    findings: list[Finding] = []
    if rule.max_share is not None and support > rule.max_share * cost + 0.5:
        findings.append(
            Finding(
                "support_share",
                f"{place}: support of {support:,.0f} VND is {support / cost * 100 if cost else 100:.0f} % of "
                f"the cost {cost:,.0f} VND; {rule.source} allows at most {rule.max_share * 100:.0f} %.",
                place=place,
                stated=support,
                computed=rule.max_share * cost,
            )
        )
    if rule.max_amount_vnd is not None and support > rule.max_amount_vnd + 0.5:
        findings.append(
            Finding(
                "support_amount",
                f"{place}: support of {support:,.0f} VND is above the {rule.max_amount_vnd:,.0f} VND "
                f"per {rule.per} that {rule.source} allows.",
                place=place,
                stated=support,
                computed=rule.max_amount_vnd,
            )
        )
    return findings


# --- the yearly report ----------------------------------------------------------------------------


@dataclass(frozen=True)
class YearlyReport:
    id: str
    year: int
    period_start: date
    period_end: date
    template: str  # "<template id>@<version>"
    state: str = ReportState.DRAFT.value
    number: str = ""  # số/ký hiệu, e.g. "125/BC-TTKC"
    difficulties: str = ""
    proposals: str = ""
    next_year_plan: str = ""
    lock_reason: str = ""  # why its records are locked (empty when not locked)
    updated_at: datetime | None = None

    @property
    def locks(self) -> bool:
        return self.state in LOCKING_STATES

    def covers(self, day: date) -> bool:
        return self.period_start <= day <= self.period_end


@dataclass(frozen=True)
class ReportEvent:
    id: str
    report_id: str
    at: datetime
    action: str  # "created", "submitted", "accepted", "returned", "unlocked", "edited"
    reason: str = ""
    by: str = ""


@dataclass(frozen=True)
class ReportPeriod:
    start: date
    end: date
    deadline: date


def report_period(year: int, cut_day: int = 15, cut_month: int = 12) -> ReportPeriod:
    """The yearly report's period: from the cut-off day of ``year - 1`` to the day before it in
    ``year`` (15/12/N-1 – 14/12/N by default); the report is due before the cut-off day of ``year``."""
    start = date(year - 1, cut_month, cut_day)
    deadline = date(year, cut_month, cut_day)
    return ReportPeriod(start, date.fromordinal(deadline.toordinal() - 1), deadline)


_SOURCE_WORDS: tuple[tuple[Source, tuple[str, ...]], ...] = (
    (Source.ENTERPRISES, ("enterprise", "doanh nghiệp", "dn", "cơ sở sản xuất", "own funds", "vốn tự có")),
    (Source.AID, ("oda", "aid", "viện trợ", "tài trợ", "donor", "other", "khác")),
    (Source.CENTRAL, ("central", "trung ương", "tw", "quốc gia", "national")),
    (Source.LOCAL, ("local", "địa phương", "đp", "tỉnh", "province", "khuyến công", "sự nghiệp")),
)


def source_of_funding(text: str) -> Source | None:
    """The budget source an activity's funding source names ("Ngân sách TW", "khuyến công quốc
    gia", "ODA" …), or None when it names none. National khuyến công money is central; the
    province's (khuyến công, sự nghiệp môi trường / KH&CN) is local."""
    folded = unicodedata.normalize("NFC", text).casefold().strip()
    if not folded:
        return None
    try:
        return Source(folded)
    except ValueError:
        pass
    words = set(re.split(r"[^\w]+", folded))
    for source, keys in _SOURCE_WORDS:
        for key in keys:
            if (" " in key and key in folded) or key in words:
                return source
    return None
