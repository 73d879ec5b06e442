"""``sxsh reference list KIND``: the reference data the calculations and forms use."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from sxsh_desktop.cli import reference_package
from sxsh_desktop.cli.context import open_store, print_json, print_table
from sxsh_desktop.cli.formatting import shorten, vn_number
from sxsh_desktop.domain.reference import ReferenceData

KINDS = tuple(f.name for f in dataclasses.fields(ReferenceData))

# The columns a table shows for each kind; --json gives every field.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "techniques": ("code", "name_vi", "name_en"),
    "cause_categories": ("code", "name_vi", "name_en", "typical_techniques"),
    "grid_factors": ("factor_year", "t_co2_per_mwh", "provisional", "source"),
    "fuels": ("code", "name_vi", "co2_t_per_t", "biogenic", "toe_per_t", "toe_per_1000_l"),
    "constants": ("code", "value", "unit", "name_en"),
    "units": ("code", "name_vi", "dimension", "factor"),
    "admin_units": ("code", "name", "level", "parent_code"),
    "sectors": ("code", "name_vi"),
    "catalogue": ("code", "technique", "cost_class", "cause_category", "sector_codes", "title_vi"),
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "reference", help="show reference data; send and install reference packages"
    )
    commands = parser.add_subparsers(dest="reference_command", metavar="ACTION", parser_class=type(parser))
    commands.required = True
    listing = commands.add_parser("list", help="list one kind of reference data")
    listing.add_argument("kind", metavar="KIND", choices=KINDS, help=f"one of: {', '.join(KINDS)}")
    listing.add_argument("--json", action="store_true", help="machine-readable output, every field")
    listing.set_defaults(handler=run_list)
    reference_package.register(commands)


def _cell(value: Any) -> str:
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float):
        # Every digit of a factor as stored, with the Vietnamese decimal comma.
        decimals = len(repr(value).partition(".")[2]) if "e" not in repr(value) else 10
        return vn_number(value, min(decimals, 10) if not value.is_integer() else 0)
    return shorten(str(value), 60) if value is not None else ""


def run_list(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        items = getattr(store.reference(), args.kind)
    finally:
        store.close()
    if args.json:
        print_json([dataclasses.asdict(item) for item in items])
        return 0
    columns = _COLUMNS[args.kind]
    print_table(list(columns), [[_cell(getattr(item, c)) for c in columns] for item in items])
    return 0
