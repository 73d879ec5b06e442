"""``sxsh reference export-package`` (the Centre) and ``sxsh reference import-package`` (a consultant)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Literal

from sxsh_desktop.cli.context import CommandError, open_store, print_json
from sxsh_desktop.cli.ids import resolve_id
from sxsh_desktop.cli.sync_commands import PASSPHRASE_ENV_VAR, _passphrase
from sxsh_desktop.domain import model
from sxsh_desktop.services import packages
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync.keys import ROLE_CONSULTANT, PublicKey
from sxsh_desktop.sync.reference_package import ALL, KIND_GROUPS, KIND_LABELS, KINDS, parse_kinds


def register(commands: Any) -> None:
    """Add the two commands to the ``reference`` command's sub-commands."""
    kinds = ", ".join((*KINDS, *KIND_GROUPS))
    export = commands.add_parser(
        "export-package",
        help=f"write a signed reference package for consultants (the Centre; passphrase: prompt or "
        f"${PASSPHRASE_ENV_VAR})",
    )
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.sxshref")
    export.add_argument(
        "--kinds",
        default=ALL,
        metavar="KINDS",
        help=f"comma-separated, from: {kinds}; or all, none (default: all)",
    )
    export.add_argument(
        "--enterprises",
        nargs="+",
        metavar="ID",
        help="enterprises assigned to consultants: 'all', or ids (or their first characters)",
    )
    export.add_argument(
        "--to",
        action="append",
        metavar="KEY",
        help="a consultant key (id, fingerprint or name) that may read the enterprises; repeat for "
        "several (default: every registered consultant)",
    )
    export.set_defaults(handler=run_export_package)

    install = commands.add_parser("import-package", help="install a reference package from the Centre")
    install.add_argument("file", type=Path, metavar="FILE.sxshref")
    install.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    install.add_argument("--json", action="store_true", help="print the preview as JSON")
    install.set_defaults(handler=run_import_package)


def _enterprises(store: Store, given: list[str] | None) -> list[str] | Literal["all"] | None:
    if given is None:
        return None
    if ALL in given:
        if len(given) > 1:
            raise CommandError("--enterprises: give 'all' or ids, not both")
        return ALL
    return [resolve_id(store, model.Enterprise, text, "enterprise", "--enterprises") for text in given]


def _recipients(store: Store, given: list[str] | None) -> list[PublicKey] | None:
    if given is None:
        return None
    chosen = []
    for text in given:
        found = packages.find_key(store, text)
        if found.revoked:
            raise CommandError(f"--to: the key of {found.public.name} was revoked")
        if found.public.role != ROLE_CONSULTANT:
            raise CommandError(f"--to: {found.public.name} is not a consultant's key")
        chosen.append(found.public)
    return chosen


def run_export_package(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        # Every argument is checked before the passphrase is asked for.
        kinds = parse_kinds(args.kinds)
        enterprises = _enterprises(store, args.enterprises)
        if args.to and enterprises is None:
            raise CommandError("--to chooses who may read the enterprises; give --enterprises too")
        recipients = _recipients(store, args.to)
        if not packages.has_centre_key(store):
            raise CommandError(
                "This installation has no Centre key: reference packages are made at the office "
                "('sxsh keys init-centre')."
            )
        passphrase = _passphrase("Passphrase of the Centre's key: ")
        result = packages.export_reference_package(
            store, args.output, passphrase, kinds=kinds, enterprises=enterprises, recipients=recipients
        ).value
    finally:
        store.close()
    sent = ", ".join(f"{KIND_LABELS[kind]} {count}" for kind, count in result.item_counts.items())
    print(f"Reference package {result.sequence} written to {result.path}: {sent or 'no reference data'}")
    if result.enterprise_count:
        readers = ", ".join(key.name for key in result.recipients)
        print(f"{result.enterprise_count} enterprises, readable by: {readers}")
    return 0


def run_import_package(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        preview = packages.install_reference_package(store, args.file, dry_run=args.dry_run).value
    finally:
        store.close()
    if args.json:
        print_json(preview.to_json())
        return 0
    for line in preview.lines():
        print(line)
    if preview.conflicts and preview.applied:
        print("Enterprises changed at both ends keep the copy here; review them with 'sxsh conflicts list'.")
    print("Installed." if preview.applied else "Dry run: nothing was written.")
    return 0
