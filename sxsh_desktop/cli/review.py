"""``sxsh review set | list | history``: the office's review of imported assessments."""

from __future__ import annotations

import argparse
from typing import Any

from sxsh_desktop.cli.context import open_store, print_json, print_table
from sxsh_desktop.cli.formatting import shorten, vn_date
from sxsh_desktop.domain.model import Assessment
from sxsh_desktop.domain.office import ReviewState


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "review", help="review imported assessments: received, has issues, approved"
    )
    commands = parser.add_subparsers(dest="review_command", metavar="ACTION", parser_class=type(parser))
    commands.required = True

    set_state = commands.add_parser("set", help="set an assessment's review state, with a comment")
    set_state.add_argument("id", help="the assessment's id, or its first characters")
    set_state.add_argument("state", choices=[s.value for s in ReviewState])
    set_state.add_argument("--comment", default="", help="required for has_issues and rejected")
    set_state.add_argument("--author", default="")
    set_state.set_defaults(handler=run_set)

    listing = commands.add_parser("list", help="assessments awaiting review")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)

    history = commands.add_parser("history", help="an assessment's review steps and comments")
    history.add_argument("id")
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(handler=run_history)


def run_set(args: argparse.Namespace) -> int:
    from sxsh_desktop.cli.ids import resolve_id
    from sxsh_desktop.services.reviews import set_review_state

    store = open_store(args)
    try:
        assessment_id = resolve_id(store, Assessment, args.id, "assessment")
        saved = set_review_state(store, assessment_id, args.state, args.comment, author=args.author).value
    finally:
        store.close()
    print(f"{saved.assessment_id}: {saved.state}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from sxsh_desktop.services.reviews import awaiting_review

    store = open_store(args)
    try:
        waiting = awaiting_review(store)
    finally:
        store.close()
    if args.json:
        from dataclasses import asdict

        print_json([asdict(w) for w in waiting])
        return 0
    print_table(
        ["Assessment", "Enterprise", "Title", "State", "Since"],
        [
            [
                w.assessment_id[:8],
                shorten(w.enterprise_name, 40),
                shorten(w.title, 30),
                w.state,
                vn_date(w.since.date()) if w.since else "",
            ]
            for w in waiting
        ],
    )
    return 0


def run_history(args: argparse.Namespace) -> int:
    from sxsh_desktop.cli.ids import resolve_id
    from sxsh_desktop.services.reviews import review_history

    store = open_store(args)
    try:
        steps = review_history(store, resolve_id(store, Assessment, args.id, "assessment"))
    finally:
        store.close()
    if args.json:
        from dataclasses import asdict

        print_json([asdict(s) for s in steps])
        return 0
    for step in steps:
        print(f"{vn_date(step.made_at.date())}  {step.state:10} {step.author}  {step.comment}")
    return 0
