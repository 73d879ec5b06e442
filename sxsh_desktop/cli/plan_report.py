"""``sxsh plan …``, ``sxsh budget …`` and the yearly report's commands under ``sxsh office …``:
``yearly-report``, ``report-status``, ``report-edit``, ``submit``, ``accept``, ``return``,
``unlock`` and ``templates``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sxsh_desktop.cli.context import CommandError, open_store, print_json, print_table


def office_subparsers(subparsers: Any) -> Any:
    """The subcommands of ``sxsh office`` (made here when no other module made it first)."""
    office = subparsers.choices.get("office")
    if office is None:
        office = subparsers.add_parser("office", help="the office: indicators, the yearly report")
        return office.add_subparsers(dest="office_command", required=True, metavar="COMMAND")
    for action in office._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return office.add_subparsers(dest="office_command", required=True, metavar="COMMAND")


def _year(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument(
        "--year", type=int, required=required, help="the plan year (15/12 of the year before – 14/12)"
    )


def register(subparsers: Any) -> None:
    plan = subparsers.add_parser("plan", help="plan documents: load one as printed, list them")
    plan_commands = plan.add_subparsers(dest="plan_command", required=True, metavar="COMMAND")
    load = plan_commands.add_parser(
        "load", help="load a plan file (JSON) as printed; its disagreements are listed"
    )
    load.add_argument(
        "file",
        metavar="FILE",
        help="the plan file; the shipped 2011 plan: resources/plans/ha-tinh-3210-2011.json",
    )
    load.add_argument("--replace", action="store_true", help="replace a plan already loaded")
    load.set_defaults(handler=run_plan_load)
    listing = plan_commands.add_parser("list", help="the plans loaded, with their findings")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_plan_list)
    show = plan_commands.add_parser("show", help="a plan's actions and findings")
    show.add_argument("plan_id", metavar="PLAN")
    show.set_defaults(handler=run_plan_show)

    budget = subparsers.add_parser(
        "budget", help="the budget of a year: planned, allocated, spent, by activities"
    )
    budget_commands = budget.add_subparsers(dest="budget_command", required=True, metavar="COMMAND")
    blist = budget_commands.add_parser("list", help="the budget lines of a year")
    _year(blist)
    blist.add_argument("--json", action="store_true", help="print JSON")
    blist.set_defaults(handler=run_budget_list)
    bset = budget_commands.add_parser("set", help="add or change a budget line (refused in a locked period)")
    bset.add_argument("--plan", required=True, help="the plan's id (sxsh plan list)")
    bset.add_argument("--item", required=True, help="action or task group code: 1.1, 2 …")
    _year(bset)
    bset.add_argument("--source", required=True, choices=("central", "local", "enterprises", "aid"))
    for name in ("planned", "allocated", "spent"):
        bset.add_argument(f"--{name}", metavar="VND", help=f"the {name} amount in VND")
    bset.add_argument("--document", help="the document number (dự toán, quyết định giao…)")
    bset.set_defaults(handler=run_budget_set)
    support = budget_commands.add_parser(
        "check-support", help="check state support for a facility against the rules"
    )
    support.add_argument("--cost", required=True, metavar="VND", help="the consultancy cost")
    support.add_argument("--support", required=True, metavar="VND", help="the state support")
    support.set_defaults(handler=run_check_support)

    office = office_subparsers(subparsers)
    report = office.add_parser(
        "yearly-report", help="write the yearly report: .docx (editable), .pdf or .xlsx"
    )
    _year(report)
    report.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="bao-cao-2026.docx, .pdf or .xlsx"
    )
    report.add_argument(
        "--template", metavar="ID[@VERSION]", help="the report template (sxsh office templates)"
    )
    report.set_defaults(handler=run_yearly_report)
    status = office.add_parser(
        "report-status", help="the year's report: state, deadline, what is missing, history"
    )
    _year(status, required=False)
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler=run_report_status)
    edit = office.add_parser("report-edit", help="the report's number, texts or template")
    _year(edit)
    edit.add_argument("--number", help="số/ký hiệu, e.g. 125/BC-TTKC")
    for name in ("difficulties", "proposals", "next-year-plan"):
        edit.add_argument(f"--{name}", metavar="TEXT", help=f"the {name.replace('-', ' ')} text")
        edit.add_argument(
            f"--{name}-file", metavar="FILE", help=f"the {name.replace('-', ' ')} text from a UTF-8 file"
        )
    edit.add_argument("--template", metavar="ID[@VERSION]")
    edit.set_defaults(handler=run_report_edit)
    for name, helptext, reason in (
        ("submit", "submit the year's report: its period is locked", False),
        ("accept", "accept the submitted report", False),
        ("return", "return the submitted report for correction (unlocks it)", True),
        ("unlock", "unlock a submitted or accepted report (back to draft)", True),
    ):
        move = office.add_parser(name, help=helptext)
        _year(move)
        move.add_argument("--reason", required=reason, default="", help="why (kept in the report's history)")
        move.add_argument("--by", default="", help="who")
        move.set_defaults(handler=run_move, move=name)
    templates = office.add_parser("templates", help="the report templates available")
    templates.set_defaults(handler=run_templates)


def _amount(text: str | None, name: str) -> float | None:
    from sxsh_desktop.domain.numbers import parse_number

    if text is None:
        return None
    try:
        return parse_number(text, "vi", allow_negative=False)
    except Exception as error:  # NumberEntryError: one line for the user
        raise CommandError(f"--{name}: {error}") from None


def run_plan_load(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.plans import load_plan

    store = open_store(args)
    try:
        summary = load_plan(store, Path(args.file), replace=args.replace).value
    finally:
        store.close()
    plan = summary.plan
    print(f"Plan loaded: {plan.id} — {plan.number} ({plan.period_start:%m/%Y} – {plan.period_end:%m/%Y})")
    print(f"{summary.action_count} actions, {summary.cell_count} budget cells")
    _print_findings(summary.findings)
    return 0


def _print_findings(findings: list[Any]) -> None:
    if not findings:
        print("The document agrees with itself.")
        return
    print(f"{len(findings)} disagreements in the document:")
    for finding in findings:
        print(f"  [{finding.code}] {finding.message}")


def run_plan_list(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.plans import list_plans

    store = open_store(args)
    try:
        summaries = list_plans(store)
    finally:
        store.close()
    if args.json:
        print_json(
            [
                {
                    "id": s.plan.id,
                    "number": s.plan.number,
                    "title": s.plan.title,
                    "period": [s.plan.period_start.isoformat(), s.plan.period_end.isoformat()],
                    "actions": s.action_count,
                    "budget_cells": s.cell_count,
                    "findings": [
                        {"code": f.code, "message": f.message, "place": f.place} for f in s.findings
                    ],
                }
                for s in summaries
            ]
        )
        return 0
    if not summaries:
        print("No plan is loaded. Load one with: sxsh plan load FILE")
        return 0
    print_table(
        ["id", "number", "period", "actions", "cells", "findings"],
        [
            [
                s.plan.id,
                s.plan.number,
                f"{s.plan.period_start:%m/%Y}–{s.plan.period_end:%m/%Y}",
                s.action_count,
                s.cell_count,
                len(s.findings),
            ]
            for s in summaries
        ],
    )
    return 0


def run_plan_show(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.plans import list_plans, plan_actions

    store = open_store(args)
    try:
        summary = next((s for s in list_plans(store) if s.plan.id == args.plan_id), None)
        if summary is None:
            raise CommandError(f"No plan {args.plan_id} is loaded (sxsh plan list).")
        actions = plan_actions(store, args.plan_id)
    finally:
        store.close()
    print(f"{summary.plan.number}: {summary.plan.title}")
    print_table(["code", "action", "lead"], [[a.code, a.title[:70], a.lead[:30]] for a in actions])
    _print_findings(summary.findings)
    return 0


def run_budget_list(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.plans import budget_of_year

    store = open_store(args)
    try:
        budget = budget_of_year(store, args.year)
    finally:
        store.close()
    if args.json:
        print_json(
            {
                "year": budget.year,
                "lines": [
                    {
                        "plan": line.cell.plan_id,
                        "item": line.cell.item,
                        "source": line.cell.source,
                        "planned": line.cell.planned,
                        "allocated": line.cell.allocated,
                        "spent": line.cell.spent,
                        "spent_by_activities": line.spent_by_activities,
                        "document_number": line.cell.document_number,
                        "locked": line.locked_by,
                    }
                    for line in budget.lines
                ],
                "unbudgeted": [
                    {"item": k[0], "source": k[1], "spent": v} for k, v in sorted(budget.unbudgeted.items())
                ],
                "unknown_source": {"count": budget.unknown_source_count, "cost": budget.unknown_source_cost},
            }
        )
        return 0
    if not budget.lines:
        print(f"No budget line for {args.year}.")
    else:
        print_table(
            ["plan", "item", "source", "planned", "allocated", "spent", "by activities", "document"],
            [
                [
                    line.cell.plan_id,
                    line.cell.item,
                    line.cell.source,
                    _vnd(line.cell.planned),
                    _vnd(line.cell.allocated),
                    _vnd(line.cell.spent),
                    _vnd(line.spent_by_activities),
                    line.cell.document_number,
                ]
                for line in budget.lines
            ],
        )
        if budget.lines[0].locked_by:
            print(budget.lines[0].locked_by)
    for (item, source), amount in sorted(budget.unbudgeted.items()):
        print(f"Spent on {item} ({source}) with no budget line: {_vnd(amount)} VND")
    if budget.unknown_source_count:
        print(
            f"{budget.unknown_source_count} activities name no known funding source "
            f"({_vnd(budget.unknown_source_cost)} VND)"
        )
    return 0


def _vnd(value: float | None) -> str:
    from sxsh_desktop.domain import numbers

    return numbers.vnd(value, "vi")


def run_budget_set(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.plans import set_budget_cell

    amounts = {name: _amount(getattr(args, name), name) for name in ("planned", "allocated", "spent")}
    store = open_store(args)
    try:
        cell = set_budget_cell(
            store, args.plan, args.item, args.year, args.source, document_number=args.document, **amounts
        ).value
    finally:
        store.close()
    print(
        f"Budget line {cell.plan_id} {cell.item} {cell.year} {cell.source}: planned {_vnd(cell.planned)}, "
        f"allocated {_vnd(cell.allocated)}, spent {_vnd(cell.spent)} VND"
    )
    return 0


def run_check_support(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.plans import check_support, support_rules

    cost = _amount(args.cost, "cost") or 0.0
    support = _amount(args.support, "support") or 0.0
    findings = check_support(cost, support)
    if not findings:
        sources = "; ".join(rule.source for rule in support_rules() if rule.applies_to == "cp_assessment")
        print(f"Within the rules ({sources}).")
        return 0
    for finding in findings:
        print(finding.message)
    return 0


def run_yearly_report(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.report_content import write_yearly_report

    path = Path(args.output)
    store = open_store(args)
    try:
        write_yearly_report(store, args.year, path, template=args.template)
    finally:
        store.close()
    print(f"Yearly report written: {path}")
    return 0


def run_report_status(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.yearly_report import reminder, report_history

    store = open_store(args)
    try:
        due = reminder(store, year=args.year)
        history = report_history(store, due.year)
    finally:
        store.close()
    if args.json:
        print_json(
            {
                "year": due.year,
                "period": [due.period.start.isoformat(), due.period.end.isoformat()],
                "deadline": due.deadline.isoformat(),
                "days_left": due.days_left,
                "state": due.state,
                "missing": due.missing,
                "history": [
                    {"at": e.at.isoformat(), "action": e.action, "reason": e.reason, "by": e.by}
                    for e in history
                ],
            }
        )
        return 0
    print(f"Report {due.year} ({due.period.start:%d/%m/%Y} – {due.period.end:%d/%m/%Y}): {due.state}")
    print(f"Due before {due.deadline:%d/%m/%Y}: {due.days_left} days left")
    for line in due.missing:
        print(f"  missing: {line}")
    for event in history:
        print(f"  {event.at:%d/%m/%Y %H:%M}  {event.action}" + (f" — {event.reason}" if event.reason else ""))
    return 0


def _text_option(args: argparse.Namespace, name: str) -> str | None:
    attribute = name.replace("-", "_")
    text = getattr(args, attribute)
    file_name = getattr(args, f"{attribute}_file")
    if text is not None and file_name is not None:
        raise CommandError(f"give --{name} or --{name}-file, not both")
    if file_name is not None:
        try:
            return str(Path(file_name).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"--{name}-file: cannot read {file_name}: {error}") from None
    return str(text) if text is not None else None


def run_report_edit(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.yearly_report import edit_report

    texts = {
        name.replace("-", "_"): _text_option(args, name)
        for name in ("difficulties", "proposals", "next-year-plan")
    }
    store = open_store(args)
    try:
        record = edit_report(store, args.year, number=args.number, template=args.template, **texts).value
    finally:
        store.close()
    print(f"Report {record.year} saved ({record.state}, template {record.template}).")
    return 0


def run_move(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import yearly_report

    functions = {
        "submit": lambda store: yearly_report.submit_report(store, args.year, by=args.by, note=args.reason),
        "accept": lambda store: yearly_report.accept_report(store, args.year, by=args.by, note=args.reason),
        "return": lambda store: yearly_report.return_report(store, args.year, args.reason, by=args.by),
        "unlock": lambda store: yearly_report.unlock_report(store, args.year, args.reason, by=args.by),
    }
    store = open_store(args)
    try:
        record = functions[args.move](store).value
    finally:
        store.close()
    print(
        f"Report {record.year}: {record.state}" + (f" ({record.lock_reason})" if record.lock_reason else "")
    )
    return 0


def run_templates(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.yearly_report import available_templates

    print_table(["template", "name", "file"], [[t.key, t.name, t.path] for t in available_templates()])
    return 0
