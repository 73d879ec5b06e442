"""``sxsh enterprise list | add | show``: the registry of facilities."""

from __future__ import annotations

import argparse
import dataclasses
import re
from datetime import date, datetime
from typing import Any

from sxsh_desktop.cli.context import open_store, print_json, print_table
from sxsh_desktop.domain.model import Enterprise, Ownership
from sxsh_desktop.domain.taxcode import normalise_tax_code
from sxsh_desktop.errors import ValidationError

DEFAULT_LIMIT = 50
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"\+?[0-9 .()\-]+")


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
    """The new enterprise the options describe, or ValidationError naming the first bad field."""
    name = " ".join(args.name.split())
    if not name:
        raise ValidationError("Name is required (--name).", field="name")
    employees = None
    if args.employees is not None and args.employees.strip():
        text = args.employees.strip()
        if not text.isascii() or not text.isdigit():
            raise ValidationError(
                f"Employees must be a whole number of people, not {text!r} (--employees).", field="employees"
            )
        employees = int(text)
    phone = args.phone.strip()
    if phone and (not _PHONE.fullmatch(phone) or not 8 <= sum(c.isdigit() for c in phone) <= 15):
        raise ValidationError(f"Phone {phone!r} is not a phone number (--phone).", field="contact_phone")
    email = args.email.strip()
    if email and not _EMAIL.fullmatch(email):
        raise ValidationError(f"E-mail {email!r} is not an e-mail address (--email).", field="contact_email")
    sector = args.sector.strip()
    if sector and not (sector.isascii() and sector.isdigit()):
        raise ValidationError(
            f"Sector {sector!r} must be a VSIC code of digits (--sector).", field="sector_code"
        )
    return Enterprise(
        name=name,
        short_name=" ".join(args.short_name.split()),
        tax_code=normalise_tax_code(args.tax_code),
        street=args.street.strip(),
        commune=" ".join(args.commune.split()),
        province=" ".join(args.province.split()),
        sector_code=sector,
        ownership=args.ownership,
        employees=employees,
        contact_name=" ".join(args.contact_name.split()),
        contact_phone=phone,
        contact_email=email,
    )


def run_add(args: argparse.Namespace) -> int:
    enterprise = enterprise_from_args(args)  # before the database is opened: bad input touches nothing
    store = open_store(args)
    try:
        if enterprise.tax_code:
            same = store.search_enterprises(enterprise.tax_code, limit=1)
            if same and same[0].tax_code == enterprise.tax_code:
                raise ValidationError(
                    f"Tax code {enterprise.tax_code} is already registered to {same[0].name} ({same[0].id}).",
                    field="tax_code",
                )
        added = store.insert(enterprise)
    finally:
        store.close()
    if args.json:
        print_json(as_json(added))
    else:
        print(added.id)
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
