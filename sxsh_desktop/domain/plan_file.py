"""Reading a plan file (``resources/plans/*.json``, ``sxsh plan load FILE``): the plan as printed.

The file is outside input: its size, counts and texts are bounded, every amount is read from its
printed form ("1.390" in millions), and a bad file is refused with one clear line naming the place.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sxsh_desktop.domain.json_file import read_json_file
from sxsh_desktop.domain.plan import (
    BudgetCell,
    PlanAction,
    PlanDocument,
    PlanStatement,
    Source,
    StatementKind,
    SupportRule,
)
from sxsh_desktop.errors import KnownProblem

MAX_FILE_BYTES = 2_000_000
MAX_ITEMS = 5_000
MAX_TEXT = 10_000
PLAN_FORMAT = "sxsh-plan"
RULES_FORMAT = "sxsh-support-rules"


class PlanFileError(KnownProblem):
    code = "plan_file"


@dataclass(frozen=True)
class LoadedPlan:
    plan: PlanDocument
    actions: list[PlanAction]
    cells: list[BudgetCell]
    statements: list[PlanStatement]
    task_groups: dict[str, str]


def read_json(path: Path, what: str) -> Any:
    return read_json_file(path, what, MAX_FILE_BYTES, PlanFileError)


def _text(data: dict[str, Any], key: str, place: str, *, required: bool = False) -> str:
    value = data.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise PlanFileError(f"{place}: “{key}” must be a text of at most {MAX_TEXT} characters.")
    if required and not value.strip():
        raise PlanFileError(f"{place}: “{key}” is required.")
    return value.strip()


def _date(value: Any, place: str, *, end: bool = False) -> date | None:
    """A date "2011-10-04", or a month "2011-01" (its first day; its last day for an end)."""
    if value in (None, ""):
        return None
    if isinstance(value, str):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        elif re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            if 1 <= month <= 12:
                if not end:
                    return date(year, month, 1)
                following = date(year + month // 12, month % 12 + 1, 1)
                return date.fromordinal(following.toordinal() - 1)
    raise PlanFileError(f"{place}: “{value}” is not a date (YYYY-MM-DD or YYYY-MM).")


def printed_amount(printed: Any, place: str) -> float | None:
    """A printed Vietnamese amount: "1.390" is 1390, "2,5" is 2.5, "" or "-" is none."""
    if printed is None:
        return None
    if isinstance(printed, bool):
        raise PlanFileError(f"{place}: “{printed}” is not an amount.")
    if isinstance(printed, int | float):
        return float(printed)
    if not isinstance(printed, str) or len(printed) > 40:
        raise PlanFileError(f"{place}: “{printed}” is not an amount.")
    text = printed.strip().replace(" ", "").replace("\u00a0", "")
    if text in ("", "-", "–", "—"):
        return None
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", text):
        raise PlanFileError(f"{place}: “{printed}” is not an amount as printed (e.g. 1.390 or 2,5).")
    return float(text.replace(".", "").replace(",", "."))


def _vnd(printed: Any, unit: int, place: str) -> float | None:
    amount = printed_amount(printed, place)
    return None if amount is None else round(amount * unit, 3)


def _source(value: Any, place: str) -> str:
    try:
        return Source(value).value
    except ValueError:
        sources = ", ".join(s.value for s in Source)
        raise PlanFileError(f"{place}: “{value}” is not a funding source ({sources}).") from None


def _list(data: dict[str, Any], key: str, place: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise PlanFileError(f"{place}: “{key}” must be a list of at most {MAX_ITEMS} entries.")
    return value


def _dict(value: Any, place: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PlanFileError(f"{place} must be an object.")
    return value


def parse_plan(data: Any, *, now: datetime | None = None) -> LoadedPlan:
    """The plan of a plan file's JSON, every printed figure kept as printed beside its value."""
    data = _dict(data, "The plan file")
    if data.get("format") != PLAN_FORMAT or data.get("format_version") != 1:
        raise PlanFileError(f"This is not a plan file (format “{PLAN_FORMAT}”, version 1).")
    plan_id = _text(data, "id", "The plan", required=True)
    if not re.fullmatch(r"[A-Za-z0-9._-]{1,30}", plan_id):
        raise PlanFileError("The plan: “id” must be 1–30 letters, digits, dots, dashes or underscores.")
    unit_data = _dict(data.get("unit", {"vnd": 1}), "The plan's unit")
    unit = unit_data.get("vnd", 1)
    if not isinstance(unit, int) or isinstance(unit, bool) or not 1 <= unit <= 1_000_000_000:
        raise PlanFileError("The plan's unit: “vnd” must be a whole number of VND (1 … 1 000 000 000).")
    period = _dict(data.get("period"), "The plan's period")
    start = _date(period.get("start"), "The plan's period start")
    end = _date(period.get("end"), "The plan's period end", end=True)
    if start is None or end is None or end < start:
        raise PlanFileError("The plan's period needs a start and an end on or after it.")
    plan = PlanDocument(
        id=plan_id,
        number=_text(data, "number", "The plan", required=True),
        title=_text(data, "title", "The plan", required=True),
        issuer=_text(data, "issuer", "The plan"),
        issued_on=_date(data.get("issued_on"), "The plan's issue date"),
        period_start=start,
        period_end=end,
        unit_vnd=unit,
        source=_text(data, "source", "The plan"),
        loaded_at=now or datetime.now(UTC),
    )
    groups_data = _dict(data.get("task_groups", {}), "The plan's task groups")
    task_groups = {str(k): str(v)[:MAX_TEXT] for k, v in groups_data.items()}
    actions = []
    codes: set[str] = set()
    for index, entry in enumerate(_list(data, "actions", "The plan")):
        place = f"Action {index + 1}"
        entry = _dict(entry, place)
        code = _text(entry, "code", place, required=True)
        if len(code) > 20:
            raise PlanFileError(f"{place}: the code {code[:20]}… is longer than 20 characters.")
        if code in codes:
            raise PlanFileError(f"{place}: the code {code} appears twice.")
        codes.add(code)
        actions.append(
            PlanAction(
                id=f"{plan_id}:{code}",
                plan_id=plan_id,
                code=code,
                task_group=_text(entry, "task_group", place) or code.split(".")[0],
                title=_text(entry, "title", place, required=True),
                content=_text(entry, "content", place),
                expected_result=_text(entry, "expected_result", place),
                lead=_text(entry, "lead", place),
                partners=_text(entry, "partners", place),
                start_on=_date(entry.get("start"), f"{place} start"),
                end_on=_date(entry.get("end"), f"{place} end", end=True),
                position=index,
            )
        )
    cells: list[BudgetCell] = []
    statements: list[PlanStatement] = []

    def statement(kind: StatementKind, key: str, printed: Any, text: str, place: str) -> None:
        number = _vnd(printed, unit, place) if kind != StatementKind.TOTAL_IN_WORDS else None
        statements.append(
            PlanStatement(
                id=str(uuid.uuid4()),
                plan_id=plan_id,
                kind=kind.value,
                key=key,
                number=number,
                text=text,
                printed="" if printed is None else str(printed),
                place=place,
            )
        )

    if "budget" in data:
        budget = _dict(data["budget"], "The plan's budget table")
        table_place = _text(budget, "place", "The plan's budget table") or "Budget table"
        columns = [_source(c, "The budget table's columns") for c in _list(budget, "columns", "The budget")]
        for index, row in enumerate(_list(budget, "rows", "The budget table")):
            row = _dict(row, f"Budget row {index + 1}")
            item = _text(row, "item", f"Budget row {index + 1}", required=True)[:20]
            place = f"{table_place}, row {item}"
            row_cells = _dict(row.get("cells", {}), place)
            for source in columns:
                printed = row_cells.get(source)
                cells.append(
                    BudgetCell(
                        id=str(uuid.uuid4()),
                        plan_id=plan_id,
                        item=item,
                        year=None,
                        source=source,
                        planned=_vnd(printed, unit, f"{place}, {source}"),
                        printed="" if printed is None else str(printed),
                        document_number=plan.number,
                    )
                )
            if "total" in row:
                statement(StatementKind.ROW_TOTAL, item, row["total"], "", place)
        if "total_row" in budget:
            total_row = _dict(budget["total_row"], "The budget's total row")
            place = f"{table_place}, total row"
            if "total" in total_row:
                statement(StatementKind.GRAND_TOTAL, "", total_row["total"], "", place)
            for source, printed in _dict(total_row.get("cells", {}), place).items():
                statement(StatementKind.COLUMN_TOTAL, _source(source, place), printed, "", place)
        if budget.get("total_in_words"):
            words = _text(budget, "total_in_words", "The budget table")
            statement(StatementKind.TOTAL_IN_WORDS, "", None, words, f"{table_place}, total in words")
        if budget.get("cited_number"):
            cited = _dict(budget["cited_number"], "The budget's cited number")
            text = _text(cited, "text", "The budget's cited number", required=True)
            where = _text(cited, "place", "The budget's cited number") or table_place
            statement(StatementKind.CITED_NUMBER, where, None, text, where)
    for index, entry in enumerate(_list(data, "yearly_budget", "The plan")):
        place = f"Yearly budget line {index + 1}"
        entry = _dict(entry, place)
        year = entry.get("year")
        if not isinstance(year, int) or isinstance(year, bool) or not 1990 <= year <= 2100:
            raise PlanFileError(f"{place}: “year” must be a year (1990 … 2100).")
        cells.append(
            BudgetCell(
                id=str(uuid.uuid4()),
                plan_id=plan_id,
                item=_text(entry, "item", place, required=True)[:20],
                year=year,
                source=_source(entry.get("source"), place),
                planned=_vnd(entry.get("planned"), unit, f"{place}, planned"),
                allocated=_vnd(entry.get("allocated"), unit, f"{place}, allocated"),
                spent=_vnd(entry.get("spent"), unit, f"{place}, spent"),
                document_number=_text(entry, "document_number", place),
                printed="" if entry.get("planned") is None else str(entry.get("planned")),
                note=_text(entry, "note", place),
            )
        )
    return LoadedPlan(plan, actions, cells, statements, task_groups)


def parse_rules(data: Any) -> list[SupportRule]:
    data = _dict(data, "The rules file")
    if data.get("format") != RULES_FORMAT or data.get("format_version") != 1:
        raise PlanFileError(f"This is not a support rules file (format “{RULES_FORMAT}”, version 1).")
    rules = []
    for index, entry in enumerate(_list(data, "rules", "The rules file")):
        place = f"Rule {index + 1}"
        entry = _dict(entry, place)
        share = entry.get("max_share")
        amount = entry.get("max_amount_vnd")
        for name, value in (("max_share", share), ("max_amount_vnd", amount)):
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float) or value < 0
            ):
                raise PlanFileError(f"{place}: “{name}” must be a number ≥ 0.")
        rules.append(
            SupportRule(
                code=_text(entry, "code", place, required=True),
                applies_to=_text(entry, "applies_to", place, required=True),
                max_share=None if share is None else float(share),
                max_amount_vnd=None if amount is None else float(amount),
                per=_text(entry, "per", place) or "facility",
                source=_text(entry, "source", place, required=True),
                valid_from=_date(entry.get("valid_from"), f"{place} valid from"),
                valid_to=_date(entry.get("valid_to"), f"{place} valid to"),
                note=_text(entry, "note", place),
            )
        )
    return rules
