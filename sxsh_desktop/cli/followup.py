"""``sxsh followup due | record | show``: what became of each solution, about six months after an
assessment."""

from __future__ import annotations

import argparse
from typing import Any

from sxsh_desktop.cli.context import CommandError, open_store, print_json, print_table
from sxsh_desktop.cli.formatting import shorten, vn_date, vn_number
from sxsh_desktop.cli.office import parse_day
from sxsh_desktop.domain.model import Assessment, Solution
from sxsh_desktop.domain.office import FollowUp, FollowUpOutcome, FollowUpResult

# --result keys and the fields they fill
_ACTUALS = {
    "savings": "actual_savings_vnd",
    "toe": "actual_toe",
    "kwh": "actual_kwh",
    "water": "actual_water_m3",
    "material": "actual_material_t",
    "co2": "actual_co2_t",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("followup", help="follow-ups of assessments: what became of each solution")
    commands = parser.add_subparsers(dest="followup_command", metavar="ACTION", parser_class=type(parser))
    commands.required = True

    due = commands.add_parser("due", help="assessments whose follow-up is due (about six months after)")
    due.add_argument("--today", metavar="DD/MM/YYYY", help="as on this day (default today)")
    due.add_argument("--json", action="store_true", help="print JSON")
    due.set_defaults(handler=run_due)

    record = commands.add_parser(
        "record",
        help="record a follow-up of an assessment; prints its id",
        description="Each --result is SOLUTION_ID=OUTCOME, then optional measured yearly savings as "
        "KEY=VALUE separated by commas: savings (VND), toe, kwh, water (m³), material (t), co2 (t). "
        "Example: --result 3f2a=done,savings=180000000,kwh=90000",
    )
    record.add_argument("id", help="the assessment's id, or its first characters")
    record.add_argument("--date", required=True, metavar="DD/MM/YYYY")
    record.add_argument("--result", action="append", default=[], metavar="SOLUTION=OUTCOME[,KEY=VALUE…]")
    record.add_argument("--by", default="", help="who followed up")
    record.add_argument("--energy-toe-after", type=float, default=None, help="yearly energy use since, TOE")
    record.add_argument("--water-after", type=float, default=None, help="yearly water use since, m³")
    record.add_argument(
        "--output-after", type=float, default=None, help="yearly output of the main product since"
    )
    record.add_argument("--notes", default="")
    record.set_defaults(handler=run_record)

    show = commands.add_parser("show", help="an assessment's follow-ups")
    show.add_argument("id", help="the assessment's id, or its first characters")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=run_show)


def run_due(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.followups import follow_ups_due

    today = parse_day(args.today, "--today") if args.today else None
    store = open_store(args)
    try:
        due = follow_ups_due(store, today)
    finally:
        store.close()
    if args.json:
        from dataclasses import asdict

        print_json([asdict(d) for d in due])
        return 0
    print_table(
        ["Assessment", "Enterprise", "Commune", "Assessed", "Due", "Overdue (days)", "Solutions"],
        [
            [
                d.assessment_id[:8],
                shorten(d.enterprise_name, 40),
                shorten(d.commune, 24),
                vn_date(d.assessed_on),
                vn_date(d.due_on),
                d.overdue_days,
                d.solutions,
            ]
            for d in due
        ],
    )
    return 0


def _result(text: str) -> tuple[str, str, dict[str, float]]:
    head, *rest = [part.strip() for part in text.split(",")]
    solution, separator, outcome = head.partition("=")
    outcomes = [o.value for o in FollowUpOutcome]
    if not separator or outcome not in outcomes:
        raise CommandError(
            f"--result {text!r}: give SOLUTION_ID=OUTCOME with OUTCOME one of {', '.join(outcomes)}"
        )
    actuals: dict[str, float] = {}
    for part in rest:
        key, separator, value = part.partition("=")
        if not separator or key not in _ACTUALS:
            raise CommandError(
                f"--result {text!r}: {part!r} is not KEY=VALUE with KEY one of {', '.join(_ACTUALS)}"
            )
        try:
            actuals[_ACTUALS[key]] = float(value)
        except ValueError:
            raise CommandError(f"--result {text!r}: {value!r} is not a number") from None
    return solution.strip(), outcome, actuals


def run_record(args: argparse.Namespace) -> int:
    from sxsh_desktop.cli.ids import resolve_id
    from sxsh_desktop.services.followups import record_follow_up

    held_on = parse_day(args.date, "--date")
    parsed = [_result(text) for text in args.result]  # before the database is opened
    store = open_store(args)
    try:
        assessment_id = resolve_id(store, Assessment, args.id, "assessment")
        results = [
            FollowUpResult(
                solution_id=resolve_id(store, Solution, solution, "solution", "--result"),
                outcome=outcome,
                **actuals,
            )
            for solution, outcome, actuals in parsed
        ]
        visit = FollowUp(
            assessment_id=assessment_id,
            held_on=held_on,
            by=args.by,
            energy_toe_after=args.energy_toe_after,
            water_m3_after=args.water_after,
            output_after=args.output_after,
            notes=args.notes,
        )
        added = record_follow_up(store, visit, results).value
    finally:
        store.close()
    print(added.id)
    return 0


def run_show(args: argparse.Namespace) -> int:
    from sxsh_desktop.cli.ids import resolve_id
    from sxsh_desktop.services.followups import follow_ups_of

    store = open_store(args)
    try:
        visits = follow_ups_of(store, resolve_id(store, Assessment, args.id, "assessment"))
    finally:
        store.close()
    if args.json:
        from dataclasses import asdict

        print_json(
            [{"follow_up": asdict(v), "results": [asdict(r) for r in results]} for v, results in visits]
        )
        return 0
    for visit, results in visits:
        print(f"{vn_date(visit.held_on)}  {visit.by}  ({visit.id[:8]})")
        for r in results:
            print(f"  {r.solution_id[:8]}  {r.outcome:12} {vn_number(r.actual_savings_vnd)} VND/year")
    return 0
