"""``sxsh enterprise list | add | show``: the registry of facilities."""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date, datetime
from typing import Any

from sxsh_desktop.cli.context import open_store, print_json, print_table
from sxsh_desktop.cli.ids import resolve_id
from sxsh_desktop.domain.model import Enterprise, Ownership
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services import enterprises

DEFAULT_LIMIT = 50
# ``enterprise edit``'s options and the fields they change.
_EDITABLE = {
    "--name": "name",
    "--short-name": "short_name",
    "--tax-code": "tax_code",
    "--street": "street",
    "--commune": "commune",
    "--province": "province",
    "--sector": "sector_code",
    "--ownership": "ownership",
    "--employees": "employees",
    "--contact-name": "contact_name",
    "--phone": "contact_phone",
    "--email": "contact_email",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("enterprise", help="the registry of enterprises and facilities")
    commands = parser.add_subparsers(dest="enterprise_command", metavar="ACTION", parser_class=type(parser))
    commands.required = True

    listing = commands.add_parser("list", help="list or search enterprises, best matches first")
    listing.add_argument("--search", metavar="TEXT", default="", help="name, short name, tax code or commune")
    listing.add_argument(
        "--limit",
        metavar="N",
        type=int,
        default=DEFAULT_LIMIT,
        help=f"at most N (default {DEFAULT_LIMIT}, 0: all)",
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)

    add = commands.add_parser("add", help="add an enterprise; prints its id")
    add.add_argument("--name", required=True)
    add.add_argument("--short-name", default="")
    add.add_argument("--tax-code", default="", help="10 digits, or 10 + '-' + 3 for a branch")
    add.add_argument("--street", default="")
    add.add_argument("--commune", default="", help="commune or ward (xã / phường)")
    add.add_argument("--province", default="Hà Tĩnh")
    add.add_argument("--sector", default="", help="VSIC code")
    add.add_argument("--ownership", default=Ownership.NON_STATE.value, choices=[o.value for o in Ownership])
    add.add_argument("--employees", default=None, metavar="N")
    add.add_argument("--contact-name", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.add_argument("--json", action="store_true", help="print the new record as JSON")
    add.set_defaults(handler=run_add)

    edit = commands.add_parser("edit", help="change fields of an enterprise (those given; '' clears one)")
    edit.add_argument("id", help="the enterprise's id, or its first characters")
    for option, field in _EDITABLE.items():
        edit.add_argument(option, dest=field, default=None)
    edit.add_argument("--json", action="store_true", help="print the changed record as JSON")
    edit.set_defaults(handler=run_edit)

    delete = commands.add_parser("delete", help="remove an enterprise that has no assessments")
    delete.add_argument("id", help="the enterprise's id, or its first characters")
    delete.set_defaults(handler=run_delete)

    show = commands.add_parser("show", help="one enterprise")
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=run_show)


def as_json(enterprise: Enterprise) -> dict[str, Any]:
    return {
        name: value.isoformat() if isinstance(value, date | datetime) else value
        for name, value in dataclasses.asdict(enterprise).items()
    }


def run_list(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise ValidationError("--limit must be 0 (all) or more.", field="limit")
    store = open_store(args)
    try:
        found = store.search_enterprises(args.search, limit=args.limit or None)
        total = store.count_search(args.search)
    finally:
        store.close()
    if args.json:
        print_json([as_json(enterprise) for enterprise in found])
        return 0
    print_table(
        ["ID", "Name", "Tax code", "Commune"],
        [[e.id, e.name, e.tax_code, e.commune] for e in found],
    )
    print(f"{len(found)} of {total} enterprises")
    return 0


def enterprise_from_args(args: argparse.Namespace) -> Enterprise:
    """The new enterprise the options describe, checked by the registry's rules (ValidationError
    naming the first bad field)."""
    employees = _employees(args.employees) if args.employees is not None else None
    return enterprises.checked_enterprise(
        Enterprise(
            name=args.name,
            short_name=args.short_name,
            tax_code=args.tax_code,
            street=args.street,
            commune=args.commune,
            province=args.province,
            sector_code=args.sector,
            ownership=args.ownership,
            employees=employees,
            contact_name=args.contact_name,
            contact_phone=args.phone,
            contact_email=args.email,
        )
    )


def run_add(args: argparse.Namespace) -> int:
    enterprise = enterprise_from_args(args)  # before the database is opened: bad input touches nothing
    store = open_store(args)
    try:
        added = enterprises.register_enterprise(store, enterprise).value
    finally:
        store.close()
    if args.json:
        print_json(as_json(added))
    else:
        print(added.id)
    return 0


def _employees(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValidationError(
            f"Employees must be a whole number of people, not {text!r} (--employees).", field="employees"
        ) from None


def run_edit(args: argparse.Namespace) -> int:
    given = {field: getattr(args, field) for field in _EDITABLE.values() if getattr(args, field) is not None}
    if not given:
        raise ValidationError("Give at least one field to change, e.g. --email NAME@EXAMPLE.VN.")
    if "employees" in given:
        given["employees"] = _employees(given["employees"])
    store = open_store(args)
    try:
        enterprise_id = resolve_id(store, Enterprise, args.id, "enterprise")
        current = store.get(Enterprise, enterprise_id)
        saved = enterprises.edit_enterprise(store, enterprise_id, dataclasses.replace(current, **given)).value
    finally:
        store.close()
    if args.json:
        print_json(as_json(saved))
    else:
        print(saved.id)
    return 0


def run_delete(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        enterprise_id = resolve_id(store, Enterprise, args.id, "enterprise")
        enterprises.delete_enterprise(store, enterprise_id)
    finally:
        store.close()
    print(enterprise_id)
    return 0


def run_show(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        enterprise = store.get(Enterprise, args.id)
    finally:
        store.close()
    if args.json:
        print_json(as_json(enterprise))
        return 0
    width = max(len(f.name) for f in dataclasses.fields(Enterprise))
    for name, value in as_json(enterprise).items():
        print(f"{name.ljust(width)}  {'' if value is None else value}")
    return 0
