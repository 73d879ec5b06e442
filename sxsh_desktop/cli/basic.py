"""``sxsh init``, ``sxsh self-test``."""

from __future__ import annotations

import argparse
from typing import Any

from sxsh_desktop.cli.context import open_store


def register(subparsers: Any) -> None:
    init = subparsers.add_parser("init", help="create or migrate the database and load reference data")
    init.add_argument(
        "--no-backup",
        action="store_true",
        help="PostgreSQL: migrate without the pg_dump backup (after making one yourself)",
    )
    init.set_defaults(handler=run_init)
    self_test = subparsers.add_parser("self-test", help="check that this installation works")
    self_test.set_defaults(handler=run_self_test)


def run_init(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        print(f"Database ready: {store.location}")
    finally:
        store.close()
    return 0


def run_self_test(args: argparse.Namespace) -> int:
    from sxsh_desktop.selftest import run_self_test as run

    failures = run()
    return 1 if failures else 0
