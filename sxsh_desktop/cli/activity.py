"""``sxsh activity add | list | import | delete``: awareness events, trainings, study tours and
demonstrations, with their participants and files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sxsh_desktop.cli.context import CommandError, open_store, print_json, print_table
from sxsh_desktop.cli.formatting import shorten, vn_date, vn_number
from sxsh_desktop.cli.office import add_period_arguments, parse_day, period_of
from sxsh_desktop.domain.model import Enterprise
from sxsh_desktop.domain.office import TASK_CODES, Activity, ActivityParticipant, ActivityType


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("activity", help="the office's activities: events, trainings, study tours")
    commands = parser.add_subparsers(dest="activity_command", metavar="ACTION", parser_class=type(parser))
    commands.required = True

    add = commands.add_parser("add", help="record an activity with its participants; prints its id")
    _activity_arguments(add)
    add.add_argument(
        "--enterprise", action="append", default=[], metavar="ID", help="a facility that attended"
    )
    add.add_argument("--person", action="append", default=[], metavar="NAME", help="a person who attended")
    add.add_argument(
        "--file", action="append", default=[], metavar="PATH", help="attach a file (list, photo)"
    )
    add.add_argument("--json", action="store_true", help="print the new record as JSON")
    add.set_defaults(handler=run_add)

    listing = commands.add_parser("list", help="activities, newest first")
    add_period_arguments(listing)
    listing.add_argument("--all", action="store_true", help="every period")
    listing.add_argument("--task", choices=TASK_CODES)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)

    importing = commands.add_parser(
        "import",
        help="record an activity with the attendees of an attendance spreadsheet (.xlsx)",
        description="Facilities are matched by tax code, else by exact name. A row naming a facility that "
        "is not in the registry stops the import, unless --as-persons.",
    )
    importing.add_argument("file", type=Path)
    _activity_arguments(importing)
    importing.add_argument(
        "--as-persons", action="store_true", help="keep unknown facilities' attendees as persons"
    )
    importing.add_argument(
        "--dry-run", action="store_true", help="show what would be recorded; write nothing"
    )
    importing.set_defaults(handler=run_import)

    delete = commands.add_parser("delete", help="delete an activity with its participants and files")
    delete.add_argument("id")
    delete.set_defaults(handler=run_delete)


def _activity_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--task", required=True, choices=TASK_CODES, help="the plan's task code")
    parser.add_argument("--type", dest="kind", required=True, choices=[k.value for k in ActivityType])
    parser.add_argument("--date", required=True, metavar="DD/MM/YYYY")
    parser.add_argument("--title", required=True)
    parser.add_argument("--commune", default="")
    parser.add_argument("--organiser", default="")
    parser.add_argument("--cost", type=float, default=None, metavar="VND")
    parser.add_argument("--funding", default="", help="funding source")
    parser.add_argument("--notes", default="")


def activity_from_args(args: argparse.Namespace) -> Activity:
    return Activity(
        task_code=args.task,
        kind=args.kind,
        held_on=parse_day(args.date, "--date"),
        title=args.title,
        commune=args.commune,
        organiser=args.organiser,
        cost_vnd=args.cost,
        funding_source=args.funding,
        notes=args.notes,
    )


def run_add(args: argparse.Namespace) -> int:
    from sxsh_desktop.cli.ids import resolve_id
    from sxsh_desktop.services.activities import AttachedFile, add_activity, check_activity

    activity = check_activity(activity_from_args(args))  # before the database is opened
    files = []
    for name in args.file:
        path = Path(name)
        if not path.is_file():
            raise CommandError(f"--file: {name} is not a file")
        files.append(AttachedFile(path.name, path.read_bytes()))
    store = open_store(args)
    try:
        people = [
            ActivityParticipant(
                enterprise_id=resolve_id(store, Enterprise, text, "enterprise", "--enterprise")
            )
            for text in args.enterprise
        ]
        people += [ActivityParticipant(person_name=name) for name in args.person]
        added = add_activity(store, activity, people, files).value
    finally:
        store.close()
    if args.json:
        from dataclasses import asdict

        print_json(asdict(added))
    else:
        print(added.id)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.activities import list_activities

    period = None if args.all else period_of(args)
    store = open_store(args)
    try:
        summaries = list_activities(store, period, task_code=args.task)
    finally:
        store.close()
    if args.json:
        from dataclasses import asdict

        print_json([asdict(s) for s in summaries])
        return 0
    print_table(
        ["Id", "Date", "Task", "Type", "Title", "Commune", "People", "Facilities", "Cost (VND)"],
        [
            [
                s.activity.id[:8],
                vn_date(s.activity.held_on),
                s.activity.task_code,
                s.activity.kind,
                shorten(s.activity.title, 40),
                shorten(s.activity.commune, 24),
                s.participants,
                s.enterprises,
                vn_number(s.activity.cost_vnd),
            ]
            for s in summaries
        ],
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.activities import check_activity
    from sxsh_desktop.services.attendance_import import import_attendance, read_attendance

    activity = check_activity(activity_from_args(args))
    store = open_store(args)
    try:
        if args.dry_run:
            preview = read_attendance(store, args.file)
            columns = ", ".join(preview.columns.values())
            print(f"Sheet {preview.sheet!r}, header on row {preview.header_row}: {columns}")
            print(f"{len(preview.rows)} attendees, {preview.matched} matched to facilities of the registry")
            for row in preview.unknown:
                print(f"  row {row.row}: {row.enterprise_text or row.tax_code} is not in the registry")
            return 0
        added = import_attendance(store, args.file, activity, keep_unknown_as_persons=args.as_persons).value
    finally:
        store.close()
    print(added.id)
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.activities import activity_ids_starting_with, delete_activity

    store = open_store(args)
    try:
        matches = activity_ids_starting_with(store, args.id)
        if len(matches) != 1:
            raise CommandError(
                f"ID: no activity has an id starting with {args.id!r}"
                if not matches
                else f"ID: several activities have ids starting with {args.id!r}; type more of it"
            )
        delete_activity(store, matches[0])
    finally:
        store.close()
    print(f"Deleted activity {matches[0]}")
    return 0
