"""``sxsh office user add/list/disable`` and ``sxsh office move-to-postgres``: an office database on
PostgreSQL shared by several staff.

These run with an administrator's connection (``--db postgresql://admin@server/sxsh``): they create
login roles and copy a whole office, which staff logins may not do.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from getpass import getpass
from pathlib import Path
from typing import Any

from sxsh_desktop.cli.context import CommandError, database_path, print_json, print_table

PASSWORD_ENV_VAR = "SXSH_NEW_USER_PASSWORD"
MIN_PASSWORD_LENGTH = 8


def _office_commands(subparsers: Any) -> Any:
    """The ``office`` command's own subcommands (made here, or joined if another module made them)."""
    office = subparsers.choices.get("office")
    if office is None:
        office = subparsers.add_parser("office", help="the office's shared database, staff and data")
    for action in office._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    commands = office.add_subparsers(dest="office_command", metavar="OFFICE_COMMAND")
    commands.required = True
    return commands


def register(subparsers: Any) -> None:
    commands = _office_commands(subparsers)
    user = commands.add_parser("user", help="staff logins of an office database on PostgreSQL")
    user_commands = user.add_subparsers(dest="user_command", metavar="USER_COMMAND")
    user_commands.required = True
    add = user_commands.add_parser(
        "add", help=f"a login for one member of staff (password: prompt or ${PASSWORD_ENV_VAR})"
    )
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--lead", action="store_true", help="may change every assessment, not only their own")
    add.set_defaults(handler=run_user_add)
    listing = user_commands.add_parser("list", help="staff logins, leads and how many assessments each has")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_user_list)
    disable = user_commands.add_parser("disable", help="the person can no longer log in; their work stays")
    disable.add_argument("login", metavar="LOGIN")
    disable.set_defaults(handler=run_user_disable)
    assign = user_commands.add_parser("assign", help="hand an assessment to another member of staff")
    assign.add_argument("assessment", metavar="ASSESSMENT_ID")
    assign.add_argument("login", metavar="LOGIN")
    assign.set_defaults(handler=run_user_assign)
    move = commands.add_parser(
        "move-to-postgres", help="copy an office's SQLite database completely into a new PostgreSQL database"
    )
    move.add_argument("--from", dest="source", required=True, type=Path, metavar="FILE")
    move.add_argument("--to", dest="target", required=True, metavar="postgresql://…")
    move.add_argument("--owner", metavar="LOGIN", help="the member of staff the moved assessments belong to")
    move.set_defaults(handler=run_move)


def _office_location(args: argparse.Namespace) -> str:
    location = database_path(args)
    if isinstance(location, Path):
        raise CommandError(
            "office user: give the office's PostgreSQL database with an administrator's login: "
            "--db postgresql://admin@server/sxsh"
        )
    return location


def _new_password(login: str) -> str:
    password = os.environ.get(PASSWORD_ENV_VAR)
    if password is None:
        if not sys.stdin.isatty():
            raise CommandError(
                f"office user add: no terminal to ask {login}'s password: set {PASSWORD_ENV_VAR}"
            )
        password = getpass(f"Password for {login}: ")
        if getpass("Again: ") != password:
            raise CommandError("office user add: the two passwords differ")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise CommandError(f"office user add: a password needs at least {MIN_PASSWORD_LENGTH} characters")
    return password


def run_user_add(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import office_database

    password = _new_password(args.login)
    office_database.add_staff(_office_location(args), args.login, password, lead=args.lead)
    print(f"{args.login} may now log in{' as a lead' if args.lead else ''}.")
    return 0


def run_user_list(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import office_database

    members = office_database.list_staff(_office_location(args))
    if args.json:
        print_json([dataclasses.asdict(member) for member in members])
        return 0
    print_table(
        ["login", "role", "can log in", "assessments"],
        [
            [m.login, "lead" if m.lead else "staff", "yes" if m.active else "no", m.assessments]
            for m in members
        ],
    )
    return 0


def run_user_disable(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import office_database

    office_database.disable_staff(_office_location(args), args.login)
    print(f"{args.login} can no longer log in; what they did is kept.")
    return 0


def run_user_assign(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import office_database

    office_database.assign(_office_location(args), args.assessment, args.login)
    print(f"Assessment {args.assessment} now belongs to {args.login}.")
    return 0


def run_move(args: argparse.Namespace) -> int:
    from sxsh_desktop.paths import is_database_url
    from sxsh_desktop.services import office_database

    if not is_database_url(args.target):
        raise CommandError("office move-to-postgres: --to must be a postgresql:// address")
    moved = office_database.move_office(args.source, args.target, owner=args.owner).value
    total = sum(moved.rows.values())
    print(f"Moved {total} rows in {len(moved.rows)} tables from {args.source} to {moved.target}.")
    return 0
