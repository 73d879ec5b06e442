"""``sxsh check``: stored values that break a field rule, and where to fix each."""

from __future__ import annotations

import argparse
from typing import Any

from sxsh_desktop.cli.context import open_store, print_json, print_table
from sxsh_desktop.services.checks import records_breaking_rules


def register(subparsers: Any) -> None:
    check = subparsers.add_parser(
        "check", help="list stored values that break a field rule, with how to fix each"
    )
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        breaks = records_breaking_rules(store)
    finally:
        store.close()
    if args.json:
        print_json([found.to_json() for found in breaks])
    elif not breaks:
        print("Every stored value keeps the field rules.")
    else:
        print_table(
            ["enterprise", "assessment", "record", "problem"],
            [
                [b.enterprise_name, b.assessment_title, f"{b.entity} {b.record_id[:8]}", b.problem]
                for b in breaks
            ],
        )
        print(f"{len(breaks)} value(s) to fix. Enterprises: 'sxsh enterprise edit ID --email …' or the")
        print("window (File ▸ Records to fix); assessments: open them in the window.")
    return 0  # a finding is an answer, not a failure: 1 stays for internal errors, 2 for bad input
