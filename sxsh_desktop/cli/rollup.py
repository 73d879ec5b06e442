"""``sxsh rollup …``: a province's yearly roll-up for the ministry, and the ministry's side."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sxsh_desktop.cli.context import open_store, print_json, print_table


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("rollup", help="yearly roll-ups from province offices to the ministry")
    commands = parser.add_subparsers(dest="rollup_command", metavar="ROLLUP_COMMAND")
    commands.required = True

    province = commands.add_parser("set-province", help="the province this office reports for (2025 code)")
    province.add_argument("code", metavar="CODE", help="e.g. 42 for Hà Tĩnh")
    province.add_argument(
        "--former", action="store_true", help="a former province's code (before 1 July 2025)"
    )
    province.set_defaults(handler=run_set_province)
    mode = commands.add_parser("mode", help="show or set this installation's role: province or ministry")
    mode.add_argument("mode", nargs="?", choices=("province", "ministry"))
    mode.set_defaults(handler=run_mode)
    ministry = commands.add_parser("trust-ministry", help="install the ministry's public key (a province)")
    ministry.add_argument("file", type=Path, metavar="FILE")
    ministry.set_defaults(handler=run_trust_ministry)
    trust = commands.add_parser(
        "trust-province", help="register a province office's public key (the ministry)"
    )
    trust.add_argument("file", type=Path, metavar="FILE")
    trust.add_argument("--province", required=True, metavar="CODE", help="the province it reports for")
    trust.add_argument(
        "--former", action="store_true", help="the code is a former province's (before 1 July 2025)"
    )
    trust.set_defaults(handler=run_trust_province)
    listing = commands.add_parser("keys", help="registered roll-up keys")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_keys)

    export = commands.add_parser(
        "export", help="write this office's roll-up for a year (passphrase: prompt or $SXSH_PASSPHRASE)"
    )
    export.add_argument("--year", required=True, type=int)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.sxshroll")
    export.set_defaults(handler=run_export)
    sent = commands.add_parser("sent", help="this office's roll-ups and the ministry's decisions on them")
    sent.add_argument("--json", action="store_true")
    sent.set_defaults(handler=run_sent)
    reply = commands.add_parser("import-reply", help="import the ministry's decision on a roll-up")
    reply.add_argument("file", type=Path, metavar="FILE.sxshreply")
    reply.add_argument("--dry-run", action="store_true")
    reply.set_defaults(handler=run_import_reply)

    importing = commands.add_parser("import", help="import a province's roll-up (the ministry)")
    importing.add_argument("file", type=Path, metavar="FILE.sxshroll")
    importing.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(handler=run_import)
    received = commands.add_parser("list", help="roll-ups received, with their state (the ministry)")
    received.add_argument("--year", type=int)
    received.add_argument("--json", action="store_true")
    received.set_defaults(handler=run_list)
    for name, help_text in (("accept", "accept a roll-up"), ("return", "return a roll-up with comments")):
        decide = commands.add_parser(name, help=f"{help_text} and write the signed reply for the province")
        decide.add_argument(
            "submission", metavar="ID", help="the roll-up's package id (8 characters or more)"
        )
        decide.add_argument("--comment", default="", help="what to correct (required to return)")
        decide.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.sxshreply")
        decide.set_defaults(handler=run_decide, status=name)
    national = commands.add_parser("national", help="national indicators: Σ numerators ÷ Σ denominators")
    national.add_argument("--year", required=True, type=int)
    national.add_argument("--by", choices=("national", "province", "region", "sector"), default="national")
    national.add_argument("--accepted-only", action="store_true", help="only roll-ups accepted")
    national.add_argument("--json", action="store_true")
    national.set_defaults(handler=run_national)
    overview = commands.add_parser("overview", help="every province for a year: received, returned, missing")
    overview.add_argument("--year", required=True, type=int)
    overview.add_argument("--json", action="store_true")
    overview.set_defaults(handler=run_overview)
    register_office_merge(subparsers)


def register_office_merge(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "office-merge", help="merge the office of a merged-away province into its successor's"
    )
    commands = parser.add_subparsers(dest="office_merge_command", metavar="OFFICE_MERGE_COMMAND")
    commands.required = True
    trust = commands.add_parser(
        "trust", help="register the merged-away office's public key (the receiving office)"
    )
    trust.add_argument("file", type=Path, metavar="FILE")
    trust.add_argument("--province", required=True, metavar="CODE", help="its former province's code")
    trust.set_defaults(handler=run_office_trust)
    export = commands.add_parser("export", help="write this whole office for the office it merges into")
    export.add_argument(
        "--to", required=True, type=Path, metavar="KEYFILE", help="the receiving office's public key"
    )
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.sxshoffice")
    export.set_defaults(handler=run_office_export)
    merge = commands.add_parser("import", help="merge another office's export into this one")
    merge.add_argument("file", type=Path, metavar="FILE.sxshoffice")
    merge.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(handler=run_office_import)


def run_office_trust(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    store = open_store(args)
    try:
        key = rollup.register_office_key(store, args.file, args.province).value
    finally:
        store.close()
    assert key.province is not None
    print(f"Registered {key.public.name} (fingerprint {key.public.fingerprint}) for {key.province.name}")
    return 0


def run_office_export(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    store = open_store(args)
    try:
        sent = rollup.export_office(store, args.output, args.to, _passphrase()).value
    finally:
        store.close()
    print(f"The whole office written to {sent.path} (number {sent.sequence})")
    return 0


def run_office_import(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    store = open_store(args)
    try:
        preview = rollup.import_office_export(store, args.file, _passphrase(), dry_run=args.dry_run).value
    finally:
        store.close()
    if args.json:
        print_json(preview.to_json())
        return 0
    counts = ", ".join(f"{kind} {count}" for kind, count in preview.counts.items() if count)
    verb = "Merged" if preview.applied else "Would merge"
    print(f"{verb} the office of {preview.province.name} from {preview.sender.name}: {counts or 'nothing'}")
    for duplicate in preview.duplicates:
        print(
            f"Same tax code {duplicate.office.tax_code}: {duplicate.incoming.name!r} joins "
            f"{duplicate.office.name!r}"
            + (f"; differing: {', '.join(duplicate.differences)}" if duplicate.differences else "")
        )
    if preview.recoded:
        print(f"{len(preview.recoded)} enterprises' province re-coded to the 2025 province.")
    if preview.applied and preview.counts.get("conflict"):
        print("Review the differences with 'sxsh conflicts list'.")
    return 0


def _passphrase() -> str:
    from sxsh_desktop.cli.sync_commands import _passphrase as ask

    return ask("Passphrase of the Centre's key: ")


def run_set_province(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    store = open_store(args)
    try:
        province = rollup.set_office_province(store, args.code, "former" if args.former else "2025").value
    finally:
        store.close()
    print(f"This office reports for {province.name} ({province.code}).")
    return 0


def run_mode(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    store = open_store(args)
    try:
        value = rollup.set_mode(store, args.mode).value if args.mode else rollup.mode(store)
    finally:
        store.close()
    print(f"Mode: {value}")
    return 0


def run_trust_ministry(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    store = open_store(args)
    try:
        key = rollup.install_ministry_key(store, args.file).value
    finally:
        store.close()
    print(f"Ministry key installed: {key.public.name}, fingerprint {key.public.fingerprint}")
    return 0


def run_trust_province(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    store = open_store(args)
    try:
        vintage = "former" if args.former else "2025"
        key = rollup.register_province_key(store, args.file, args.province, vintage).value
    finally:
        store.close()
    assert key.province is not None
    print(
        f"Registered {key.public.name} (fingerprint {key.public.fingerprint}) for {key.province.name} "
        f"({key.province.code})"
    )
    return 0


def run_keys(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    store = open_store(args)
    try:
        found = rollup.rollup_keys(store)
    finally:
        store.close()
    rows = [
        [
            k.role,
            f"{k.province.code} {k.province.name}" if k.province else "",
            k.public.name,
            k.public.fingerprint,
            "revoked" if k.revoked else "",
        ]
        for k in found
    ]
    if args.json:
        print_json(
            [dict(zip(("role", "province", "name", "fingerprint", "state"), r, strict=True)) for r in rows]
        )
    else:
        print_table(["Role", "Province", "Name", "Fingerprint", "State"], rows)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    store = open_store(args)
    try:
        sent = rollup.export_rollup(store, args.year, args.output, _passphrase()).value
    finally:
        store.close()
    print(f"Roll-up {args.year} (number {sent.sequence}) written to {sent.path}")
    return 0


def run_sent(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    store = open_store(args)
    try:
        found = rollup.sent_rollups(store)
    finally:
        store.close()
    rows = [
        [
            s.year,
            s.province.name,
            s.sequence,
            f"{s.created_at:%d/%m/%Y}",
            s.status.value,
            s.comment,
            s.package_id[:8],
        ]
        for s in found
    ]
    if args.json:
        keys = ("year", "province", "sequence", "sent", "status", "comment", "id")
        print_json([dict(zip(keys, r, strict=True)) for r in rows])
    else:
        print_table(["Year", "Province", "No.", "Sent", "State", "Comments", "Id"], rows)
    return 0


def run_import_reply(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    store = open_store(args)
    try:
        preview = rollup.import_reply(store, args.file, _passphrase(), dry_run=args.dry_run).value
    finally:
        store.close()
    reply = preview.reply
    verb = "Recorded" if preview.applied else "Would record"
    print(f"{verb}: the ministry {reply.status.value} the roll-up {reply.year} ({reply.submission_id[:8]})")
    if reply.comment:
        print(f"Comments: {reply.comment}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    store = open_store(args)
    try:
        identities = rollup.ministry_identities(store, _passphrase())
        preview = rollup.import_rollup(store, args.file, identities, dry_run=args.dry_run).value
    finally:
        store.close()
    if args.json:
        print_json(preview.to_json())
        return 0
    verb = "Imported" if preview.applied else "Would import"
    print(
        f"{verb}: roll-up {preview.year} of {preview.province.name} ({preview.province.code}) from "
        f"{preview.sender.name}, number {preview.sequence}: {preview.indicator_rows} indicator rows, "
        f"{preview.enterprise_rows} enterprises"
    )
    if preview.replaces:
        print(f"It replaces the roll-up received before ({preview.replaces[:8]}).")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    store = open_store(args)
    try:
        found = rollup.submissions(store, args.year)
    finally:
        store.close()
    if args.json:
        print_json([s.to_json() for s in found])
        return 0
    rows = [
        [
            s.year,
            f"{s.province.code} {s.province.name}",
            s.sender_name,
            f"{s.received_at:%d/%m/%Y}",
            s.status.value + ("" if s.current else " (replaced)"),
            s.comment,
            s.package_id[:8],
        ]
        for s in found
    ]
    print_table(["Year", "Province", "Sender", "Received", "State", "Comments", "Id"], rows)
    return 0


def run_decide(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    status = "accepted" if args.status == "accept" else "returned"
    store = open_store(args)
    try:
        submission, sent = rollup.decide(
            store, args.submission, status, args.comment, args.output, _passphrase
        ).value
    finally:
        store.close()
    print(
        f"Roll-up {submission.year} of {submission.province.name} {submission.status.value}; the reply for "
        f"the province is {sent.path}"
    )
    return 0


def run_national(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    store = open_store(args)
    try:
        figures = [
            f
            for f in rollup.national_figures(store, args.year, accepted_only=args.accepted_only)
            if f.scope == args.by
        ]
    finally:
        store.close()
    if args.json:
        print_json([f.to_json() for f in figures])
        return 0
    rows = [
        [
            f.key,
            f.code,
            f.definition_version,
            f.basis,
            f.numerator,
            f.denominator,
            "" if f.value is None else f"{f.value:.2f} %",
            "" if f.coverage is None else f"{100 * f.coverage:.0f} %",
            f.provinces,
        ]
        for f in figures
    ]
    print_table(
        ["Key", "Indicator", "Version", "Basis", "Numerator", "Denominator", "Value", "Coverage", "Roll-ups"],
        rows,
    )
    return 0


def run_overview(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import rollup

    store = open_store(args)
    try:
        found = rollup.overview(store, args.year)
    finally:
        store.close()
    if args.json:
        print_json(
            [
                {
                    "province": r.province.code,
                    "name": r.province.name,
                    "parts": [
                        {"code": p.code, "name": p.name, "status": s.status.value if s else "missing"}
                        for p, s in r.parts
                    ],
                    "figures": {code: list(nd) for code, nd in r.figures.items()},
                }
                for r in found
            ]
        )
        return 0
    rows = []
    for r in found:
        states = ", ".join(f"{p.name}: {s.status.value if s else 'missing'}" for p, s in r.parts)
        figures = " ".join(f"{code} {n}/{d}" for code, (n, d) in sorted(r.figures.items()))
        rows.append([r.province.code, r.province.name, states, figures])
    print_table(["Code", "Province", "Roll-ups", "Figures (registry)"], rows)
    return 0
