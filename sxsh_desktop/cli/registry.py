"""``sxsh registry import | batches | undo | communes | decide`` and ``sxsh admin-units load |
today``: facility lists from spreadsheets, and administrative units with vintages."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sxsh_desktop.cli.context import open_store, print_json, print_table
from sxsh_desktop.errors import ValidationError

# How many rows of a kind the text preview lists (all of them with --json).
SHOWN = 40


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "registry", help="import facility lists (xlsx, xls, csv) into the registry"
    )
    commands = parser.add_subparsers(dest="registry_command", metavar="ACTION", parser_class=type(parser))
    commands.required = True

    importing = commands.add_parser(
        "import", help="import a facility list; --dry-run shows what it would do and writes nothing"
    )
    importing.add_argument("file", help=".xlsx, .xls or .csv")
    importing.add_argument("--sheet", action="append", default=None, help="import this sheet (repeatable)")
    importing.add_argument("--profile", default=None, help="use and remember the column mapping under NAME")
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="TITLE=FIELD",
        help="map the column titled TITLE to FIELD ('' to skip it); overrides what was detected",
    )
    importing.add_argument(
        "--overwrite",
        action="append",
        default=[],
        metavar="FIELD",
        help="replace a registered value of FIELD that differs (default: only fill empty fields)",
    )
    importing.add_argument(
        "--encoding", default=None, help="a CSV file's encoding when it has no byte-order mark"
    )
    importing.add_argument(
        "--legacy",
        choices=["guess", "none"],
        default=None,
        help="cells that look like TCVN3/VNI text but have no font (CSV): convert as the preview "
        "shows (guess) or keep as they are (none)",
    )
    importing.add_argument("--include-hidden-sheets", action="store_true")
    importing.add_argument(
        "--rejects", metavar="FILE.xlsx", default=None, help="write the rejected rows there"
    )
    importing.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    importing.add_argument("--json", action="store_true", help="print JSON")
    importing.set_defaults(handler=run_import)

    listing = commands.add_parser("batches", help="the imports made, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_batches)

    undo = commands.add_parser("undo", help="take a whole import batch back")
    undo.add_argument("batch", help="the batch id (or its first characters)")
    undo.add_argument("--json", action="store_true")
    undo.set_defaults(handler=run_undo)

    queue = commands.add_parser("communes", help="enterprises whose commune of today is still to be decided")
    queue.add_argument("--json", action="store_true")
    queue.set_defaults(handler=run_communes)

    decide = commands.add_parser("decide", help="choose today's commune for an enterprise in the queue")
    decide.add_argument("enterprise", help="the enterprise's id (or its first characters)")
    decide.add_argument("code", help="the code of today's commune or ward")
    decide.set_defaults(handler=run_decide)

    units = subparsers.add_parser(
        "admin-units", help="administrative units with vintages (before and after 2025)"
    )
    unit_commands = units.add_subparsers(dest="units_command", metavar="ACTION", parser_class=type(units))
    unit_commands.required = True
    load = unit_commands.add_parser("load", help="install a province's old units and old → new mapping")
    load.add_argument(
        "file", help="an admin_vintages JSON file (see resources/reference/admin_vintages_42.json)"
    )
    load.set_defaults(handler=run_load_units)
    today = unit_commands.add_parser("today", help="which unit of today a recorded commune is")
    today.add_argument("name", help="the commune as recorded, e.g. 'Xã Kỳ Lợi'")
    today.add_argument("--district", default="", help="the district of the old address")
    today.add_argument("--code", default="", help="the statistics-office code as recorded")
    today.add_argument("--json", action="store_true")
    today.set_defaults(handler=run_today)


def _options(args: argparse.Namespace) -> Any:
    from sxsh_desktop.services.registry_import import ImportOptions

    mapping: dict[str, str | None] = {}
    for item in args.map:
        if "=" not in item:
            raise ValidationError(f"--map {item!r}: write TITLE=FIELD.", field="map")
        title, chosen = item.rsplit("=", 1)
        mapping[title.strip()] = chosen.strip() or None
    return ImportOptions(
        sheets=args.sheet,
        profile=args.profile,
        mapping=mapping,
        policies={name: "overwrite" for name in args.overwrite},
        encoding=args.encoding,
        legacy=args.legacy,
        include_hidden_sheets=args.include_hidden_sheets,
    )


def preview_json(preview: Any) -> dict[str, Any]:
    return {
        "file": preview.file_name,
        "sha256": preview.sha256,
        "kind": preview.kind,
        "encoding": preview.encoding,
        "date_1904": preview.date_1904,
        "profile": preview.profile,
        "counts": preview.counts,
        "warnings": preview.warnings,
        "sheets": [
            {
                "name": s.name,
                "hidden": s.hidden,
                "imported": s.imported,
                "reason": s.reason,
                "header_rows": s.header_rows,
                "numbering_row": s.numbering_row,
                "columns": [{"column": c, "title": t, "field": f} for c, t, f in s.columns],
                "hidden_rows": s.hidden_rows,
                "hidden_columns": s.hidden_columns,
                "sections": [{"row": r, "label": label} for r, label in s.sections],
                "subtotal_rows": s.subtotals,
            }
            for s in preview.sheets
        ],
        "conversions": [
            {
                "sheet": c.sheet,
                "row": c.row,
                "column": c.column,
                "encoding": c.encoding,
                "before": c.before,
                "after": c.after,
                "guessed": c.guessed,
                "applied": c.applied,
            }
            for c in preview.conversions
        ],
        "rows": [
            {
                "sheet": r.sheet,
                "row": r.row,
                "status": r.status,
                "reason": r.reason,
                "name": r.name,
                "tax_code": r.tax_code,
                "enterprise_id": r.enterprise_id,
                "changes": {
                    k: [str(a) if a is not None else None, str(b)] for k, (a, b) in r.changes.items()
                },
                "kept": {k: [str(a), str(b)] for k, (a, b) in r.kept.items()},
                "notes": r.notes,
                "commune": {
                    "status": r.commune_status,
                    "as_recorded": r.commune_recorded,
                    "today": r.commune_today,
                    "candidates": r.commune_candidates,
                },
            }
            for r in preview.rows
        ],
    }


def _print_preview(preview: Any) -> None:
    counts = preview.counts
    print(f"{preview.file_name} ({preview.kind}, SHA-256 {preview.sha256[:16]}…)")
    if preview.profile:
        print(f"Column mapping: profile {preview.profile!r}")
    for warning in preview.warnings:
        print(f"Note: {warning}")
    for sheet in preview.sheets:
        if not sheet.imported:
            print(f"Sheet {sheet.name!r}: not imported ({sheet.reason})")
            continue
        first, last = sheet.header_rows
        print(f"Sheet {sheet.name!r}: header on rows {first}–{last}", end="")
        print(f", column numbers on row {sheet.numbering_row}" if sheet.numbering_row else "")
        for column, title, chosen in sheet.columns:
            print(f"  column {column:>2} {title!r} → {chosen or '(not imported)'}")
        if sheet.hidden_rows:
            print(f"  hidden rows (imported, marked): {', '.join(map(str, sheet.hidden_rows[:20]))}")
        if sheet.hidden_columns:
            print(f"  hidden columns: {', '.join(map(str, sheet.hidden_columns))}")
        if sheet.sections:
            print(f"  sections: {'; '.join(f'row {r} {label}' for r, label in sheet.sections[:12])}")
        if sheet.subtotals:
            print(f"  subtotal rows skipped: {', '.join(map(str, sheet.subtotals[:20]))}")
    if preview.conversions:
        print(f"Legacy Vietnamese text ({len(preview.conversions)} cells), before → after:")
        for c in preview.conversions[:SHOWN]:
            how = (
                "guessed, NOT converted yet"
                if c.guessed and not c.applied
                else ("guessed" if c.guessed else "font")
            )
            print(f"  {c.sheet}!{c.row}:{c.column} [{c.encoding}, {how}] {c.before!r} → {c.after!r}")
        if len(preview.conversions) > SHOWN:
            print(f"  … and {len(preview.conversions) - SHOWN} more (--json lists all)")
    shown = 0
    for row in preview.rows:
        if row.status == "unchanged" or shown >= SHOWN:
            continue
        shown += 1
        detail = row.reason or ", ".join(f"{k}: {a!r} → {b!r}" for k, (a, b) in row.changes.items() if a)
        if row.commune_status == "auto":
            row.notes.append(f"commune {row.commune_recorded} → today {row.commune_today}")
        notes = f" [{'; '.join(row.notes)}]" if row.notes else ""
        print(f"  {row.sheet}!{row.row} {row.status:<9} {row.name or '—'} {detail}{notes}")
    queue = preview.communes_to_decide
    if queue:
        print(f"Communes to decide ({len(queue)}): the old commune was split or is not known")
        for row in queue[:SHOWN]:
            options = ", ".join(row.commune_candidates) or "no candidate"
            print(f"  {row.sheet}!{row.row} {row.name}: {row.commune_recorded} → {options}")
    print(
        f"{counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged, "
        f"{counts['rejected']} rejected"
    )


def run_import(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import registry_import

    options = _options(args)
    path = Path(args.file)
    store = open_store(args)
    try:
        preview = registry_import.preview_import(store, path, options)
        batch = None
        if not args.dry_run:
            batch = registry_import.apply_import(store, path, options, preview=preview).value
    finally:
        store.close()
    if args.rejects and preview.count("rejected"):
        registry_import.write_rejects(preview, Path(args.rejects))
    if args.json:
        result = preview_json(preview)
        result["batch"] = batch.id if batch else None
        print_json(result)
        return 0
    _print_preview(preview)
    if batch is not None:
        print(f"Imported as batch {batch.id} (undo: sxsh registry undo {batch.id[:8]})")
    else:
        print("Dry run: nothing was written.")
    if args.rejects and preview.count("rejected"):
        print(f"Rejected rows written to {args.rejects}")
    return 0


def run_batches(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import registry_import

    store = open_store(args)
    try:
        found = registry_import.list_batches(store)
    finally:
        store.close()
    if args.json:
        print_json(found)
        return 0
    print_table(
        ["Batch", "When", "File", "New", "Updated", "Rejected", "Undone"],
        [
            [
                b["id"][:8],
                b["created_at"],
                b["file_name"],
                b["new_count"],
                b["updated_count"],
                b["rejected_count"],
                b["undone_at"] or "",
            ]
            for b in found
        ],
    )
    return 0


def run_undo(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import registry_import

    store = open_store(args)
    try:
        report = registry_import.undo_batch(store, args.batch).value
    finally:
        store.close()
    if args.json:
        print_json({"batch": report.batch_id, "removed": report.removed, "restored": report.restored})
    else:
        print(f"Batch {report.batch_id} undone: {report.removed} removed, {report.restored} restored")
    return 0


def run_communes(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import registry_import

    store = open_store(args)
    try:
        queue = registry_import.commune_queue(store)
    finally:
        store.close()
    if args.json:
        print_json(queue)
        return 0
    print_table(
        ["Enterprise", "Name", "As recorded", "District", "Status", "Choose from"],
        [
            [
                q["enterprise_id"][:8],
                q["enterprise_name"],
                q["recorded_name"],
                q["recorded_district"],
                q["status"],
                ", ".join(f"{n} ({c})" for n, c in zip(q["candidate_names"], q["candidates"], strict=False)),
            ]
            for q in queue
        ],
    )
    return 0


def run_decide(args: argparse.Namespace) -> int:
    from sxsh_desktop.cli.ids import resolve_id
    from sxsh_desktop.domain.model import Enterprise
    from sxsh_desktop.services import registry_import

    store = open_store(args)
    try:
        enterprise_id = resolve_id(store, Enterprise, args.enterprise, "enterprise")
        saved = registry_import.decide_commune(store, enterprise_id, args.code).value
    finally:
        store.close()
    print(f"{saved.name}: commune {saved.commune}")
    return 0


def run_load_units(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import registry_import

    store = open_store(args)
    try:
        province, units, rows = registry_import.load_admin_units(store, Path(args.file)).value
    finally:
        store.close()
    print(f"Province {province}: {units} old units and {rows} mapping rows installed")
    return 0


def run_today(args: argparse.Namespace) -> int:
    from sxsh_desktop.domain.admin_vintages import Recorded
    from sxsh_desktop.services import registry_import

    store = open_store(args)
    try:
        found = registry_import.today_unit(store, Recorded(args.name, args.district, args.code))
    finally:
        store.close()
    result = {
        "status": found.status.value,
        "as_then": found.recorded.name if found.recorded else None,
        "as_then_key": found.recorded.key if found.recorded else None,
        "today": found.today.name if found.today else None,
        "today_code": found.today.code if found.today else None,
        "candidates": [{"code": u.code, "name": u.name} for u in found.candidates],
        "note": found.note,
    }
    if args.json:
        print_json(result)
        return 0
    print(f"As then: {result['as_then'] or '—'} ({result['as_then_key'] or 'not found'})")
    print(f"Today:   {result['today'] or '— (to be decided)'} [{result['status']}]")
    for unit in found.candidates:
        print(f"  candidate {unit.code} {unit.name}")
    if found.note:
        print(found.note)
    return 0
