"""``sxsh office indicators | denominator | status | override | sample``: the plan's indicators and the
registry's CP status, for the office."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from sxsh_desktop.cli.context import CommandError, open_store, print_json, print_table
from sxsh_desktop.cli.formatting import vn_date, vn_number, vn_percent
from sxsh_desktop.domain.dates import parse_date
from sxsh_desktop.domain.model import Enterprise
from sxsh_desktop.domain.office import CpStep, Period
from sxsh_desktop.errors import KnownProblem

GROUPINGS = ("commune", "sector", "legal-form", "size")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("office", help="the office: the plan's indicators, CP status, sample data")
    commands = parser.add_subparsers(dest="office_command", metavar="ACTION", parser_class=type(parser))
    commands.required = True

    indicators = commands.add_parser(
        "indicators",
        help="every indicator of the plan for a period",
        description="Stock indicators (I1–I3, I6, I7) are measured on the period's last day, the others over "
        "the period. Coverage is the share of the counted facilities whose status is known.",
    )
    add_period_arguments(indicators)
    indicators.add_argument("--by", choices=GROUPINGS, help="also one row per group")
    indicators.add_argument(
        "--communes",
        choices=("recorded", "today"),
        default="recorded",
        help="communes as recorded or today's",
    )
    indicators.add_argument(
        "--code", action="append", metavar="CODE", help="only these indicators (repeatable)"
    )
    indicators.add_argument("--json", action="store_true", help="print JSON")
    indicators.set_defaults(handler=run_indicators)

    denominator = commands.add_parser("denominator", help="enter an official count a rate is also shown over")
    denominator.add_argument("code", help="indicator code, e.g. I1")
    denominator.add_argument("year", type=int)
    denominator.add_argument("value", type=float)
    denominator.add_argument("--source", required=True, help="the document it comes from")
    denominator.set_defaults(handler=run_denominator)

    status = commands.add_parser("status", help="a facility's CP status and the evidence behind it")
    status.add_argument("id", help="the enterprise's id, or its first characters")
    status.add_argument("--as-of", metavar="DD/MM/YYYY", help="on this day (default today)")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler=run_status)

    override = commands.add_parser("override", help="decide one CP step of a facility by hand, with a reason")
    override.add_argument("id", help="the enterprise's id, or its first characters")
    override.add_argument("step", choices=[s.value for s in CpStep])
    override.add_argument("on", metavar="DD/MM/YYYY|none", help="the day reached, or 'none': not reached")
    override.add_argument("--reason", required=True)
    override.add_argument("--by", default="", help="who decides")
    override.set_defaults(handler=run_override)

    sample = commands.add_parser(
        "sample",
        help="add the office sample: a Hà Tĩnh registry with activities, assessments and follow-ups",
        description="Adds a few thousand facilities (mostly households), zones, activities since 2019, "
        "assessments, follow-ups and reviews. Refused once the sample is there.",
    )
    sample.add_argument("--facilities", type=int, default=3000)
    sample.add_argument("--assessments", type=int, default=150)
    sample.add_argument("--seed", type=int, default=2026)
    sample.set_defaults(handler=run_sample)


def add_period_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--period",
        type=int,
        metavar="YEAR",
        help="plan year YEAR: 15/12 of the year before to 14/12 (default: this year)",
    )
    parser.add_argument(
        "--from", dest="start", metavar="DD/MM/YYYY", help="a period of your own: its first day"
    )
    parser.add_argument("--to", dest="end", metavar="DD/MM/YYYY", help="… and its last day")


def parse_day(text: str, option: str) -> date:
    """A date option's value (DateEntryError, a known problem, for one that is not a date)."""
    try:
        value = parse_date(text)
    except KnownProblem as problem:
        raise CommandError(f"{option}: {problem}") from None
    if value is None:
        raise CommandError(f"{option}: give a date as DD/MM/YYYY")
    return value


def period_of(args: argparse.Namespace) -> Period:
    if args.start or args.end:
        if args.period is not None:
            raise CommandError("give either --period or --from and --to")
        if not (args.start and args.end):
            raise CommandError("a period of your own needs both --from and --to")
        start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
        if end < start:
            raise CommandError("--to comes on or after --from")
        return Period(start, end)
    year = args.period if args.period is not None else date.today().year
    if not 2000 <= year <= 2100:
        raise CommandError(f"--period: {year} is not a plan year")
    return Period.plan_year(year)


def _result_json(result: Any) -> dict[str, Any]:
    from dataclasses import asdict

    data = asdict(result)
    data["as_of"] = result.as_of.isoformat()
    return data


def run_indicators(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.indicators import compute_indicators

    period = period_of(args)
    store = open_store(args)
    try:
        table = compute_indicators(store, period, by=args.by, communes=args.communes)
    finally:
        store.close()
    results = [r for r in table.results if not args.code or r.code in args.code]
    if args.code and len(results) < len(set(args.code)):
        known = {r.code for r in table.results}
        raise CommandError(f"--code: no indicator {sorted(set(args.code) - known)[0]!r}")
    if args.json:
        print_json(
            {
                "period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
                "as_of": table.as_of.isoformat(),
                "by": args.by,
                "communes": args.communes,
                "facilities_in_scope": table.facilities_in_scope,
                "indicators": [_result_json(r) for r in results],
            }
        )
        return 0
    print(
        f"Period {period.label}; registry in scope on {vn_date(period.end)}: "
        f"{table.facilities_in_scope} facilities"
    )
    rows = []
    for r in results:
        rows.append(_row(r.code, r.name_en, r, r.unit))
        for group in r.groups:
            rows.append(_row("", f"  {group.key}", group.figure, r.unit))
    print_table(
        ["Code", "Indicator", "Value", "Numerator", "Denominator", "Coverage", "Target", "Official"],
        [
            [*row, _target(r) if row[0] else "", _official(r) if row[0] else ""]
            for row, r in zip(rows, _owners(results), strict=True)
        ],
    )
    return 0


def _owners(results: list[Any]) -> list[Any]:
    owners = []
    for r in results:
        owners.append(r)
        owners.extend([r] * len(r.groups))
    return owners


def _amount(value: float | None) -> str:
    """Whole numbers without decimals (counts), others with two."""
    return vn_number(value, 0 if value is None or float(value).is_integer() else 2)


def _row(code: str, name: str, figure: Any, unit: str) -> list[Any]:
    value = vn_percent(figure.value) if unit == "%" else f"{_amount(figure.value)} {unit}"
    coverage = vn_percent(figure.coverage * 100 if figure.coverage is not None else None)
    return [code, name, value, _amount(figure.numerator), _amount(figure.denominator), coverage]


def _target(r: Any) -> str:
    return f"{vn_number(r.target, 1)} ({r.target_year})" if r.target is not None else ""


def _official(r: Any) -> str:
    if r.official_value is None:
        return ""
    return f"{vn_percent(r.official_value, 2)} of {vn_number(r.official_denominator)}"


def run_denominator(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.indicators import set_official_denominator

    store = open_store(args)
    try:
        saved = set_official_denominator(store, args.code, args.year, args.value, args.source).value
    finally:
        store.close()
    print(f"{saved.indicator_code} {saved.year}: {vn_number(saved.value)} ({saved.source})")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from sxsh_desktop.cli.ids import resolve_id
    from sxsh_desktop.services.cp_status import RULE_VERSION, cp_status

    as_of = parse_day(args.as_of, "--as-of") if args.as_of else None
    store = open_store(args)
    try:
        enterprise_id = resolve_id(store, Enterprise, args.id, "enterprise")
        status = cp_status(store, enterprise_id, as_of)
    finally:
        store.close()
    if args.json:
        from dataclasses import asdict

        print_json(asdict(status))
        return 0
    print(f"Rule {RULE_VERSION}; status {'known' if status.known else 'unknown (no evidence)'}")
    for step in CpStep:
        evidence = [e for e in status.evidence if e.step == step.value]
        why = ", ".join(f"{e.kind} {e.record_id[:8]}" + (f" ({e.note})" if e.note else "") for e in evidence)
        print(f"{step.value:9} {vn_date(status.on(step.value)):12} {why}")
    return 0


def run_override(args: argparse.Namespace) -> int:
    from sxsh_desktop.cli.ids import resolve_id
    from sxsh_desktop.services.cp_status import override_status

    on = None if args.on.strip().lower() == "none" else parse_day(args.on, "ON")
    store = open_store(args)
    try:
        enterprise_id = resolve_id(store, Enterprise, args.id, "enterprise")
        saved = override_status(store, enterprise_id, args.step, on, args.reason, made_by=args.by).value
    finally:
        store.close()
    print(saved.id)
    return 0


def run_sample(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.office_samples import load_office_sample

    store = open_store(args)
    try:
        size = load_office_sample(
            store, facilities=args.facilities, assessments=args.assessments, seed=args.seed
        ).value
    finally:
        store.close()
    print(
        f"Office sample ready: {size.facilities} facilities, {size.zones} zones, "
        f"{size.activities} activities ({size.participants} participants), "
        f"{size.assessments} assessments ({size.solutions} solutions), "
        f"{size.follow_ups} follow-ups, {size.reviews} reviews"
    )
    return 0
