"""``sxsh assessment list|show|export-json|import-json``."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from enum import Enum
from pathlib import Path
from typing import Any

from sxsh_desktop.atomic import write_atomically
from sxsh_desktop.calc import AssessmentFigures, ConsumptionFigures, SolutionTotals, unit_symbol
from sxsh_desktop.cli.context import CommandError, open_store, print_json, print_table
from sxsh_desktop.cli.formatting import MISSING, shorten, vn_date, vn_number, vn_percent, vn_significant
from sxsh_desktop.cli.ids import resolve_id
from sxsh_desktop.domain import numbers
from sxsh_desktop.domain.model import Assessment, AssessmentDocument, Enterprise
from sxsh_desktop.interchange.jsonformat import MAX_JSON_BYTES, loads, record_to_json
from sxsh_desktop.services import interchange, outputs


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("assessment", help="list, show, export and import assessments")
    commands = parser.add_subparsers(dest="assessment_command", metavar="ACTION", parser_class=type(parser))
    commands.required = True

    listing = commands.add_parser("list", help="the assessments, newest first")
    listing.add_argument("--enterprise", metavar="ID", help="only this enterprise's (an id or its start)")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help="an assessment with its computed figures")
    show.add_argument("id", metavar="ID", help="assessment id, or its first characters")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(handler=run_show)

    export = commands.add_parser("export-json", help="write an assessment as interchange JSON")
    export.add_argument("id", metavar="ID", help="assessment id, or its first characters")
    export.add_argument("-o", "--output", metavar="FILE", help="file to write (default: standard output)")
    export.set_defaults(handler=run_export)

    importing = commands.add_parser("import-json", help="add or update an assessment from interchange JSON")
    importing.add_argument("file", metavar="FILE", help="a file written by export-json")
    importing.set_defaults(handler=run_import)


# --- list ------------------------------------------------------------------------------------


def run_list(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        enterprise_id = None
        if args.enterprise is not None:
            enterprise_id = resolve_id(store, Enterprise, args.enterprise, "enterprise", "--enterprise")
        assessments = store.assessments(enterprise_id)
        names = {e_id: store.get(Enterprise, e_id).name for e_id in {a.enterprise_id for a in assessments}}
    finally:
        store.close()
    if args.json:
        print_json(
            [
                {
                    "id": a.id,
                    "enterprise_id": a.enterprise_id,
                    "enterprise": names[a.enterprise_id],
                    "title": a.title,
                    "status": a.status,
                    "start_date": a.start_date.isoformat() if a.start_date else None,
                    "end_date": a.end_date.isoformat() if a.end_date else None,
                    "baseline_year": a.baseline_year,
                    "updated_at": record_to_json(a)["updated_at"],
                }
                for a in assessments
            ]
        )
        return 0
    if not assessments:
        print("No assessments yet. `sxsh demo` adds a sample.")
        return 0
    print_table(
        ["ID", "Enterprise", "Title", "Status", "Dates"],
        [
            [
                a.id[:8],
                shorten(names[a.enterprise_id], 40),
                shorten(a.title, 50),
                a.status,
                f"{vn_date(a.start_date)}–{vn_date(a.end_date)}",
            ]
            for a in assessments
        ],
    )
    return 0


# --- show ------------------------------------------------------------------------------------


def run_show(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        document, figures = outputs.assessment_figures(
            store, resolve_id(store, Assessment, args.id, "assessment")
        )
    finally:
        store.close()
    if args.json:
        print_json(
            {
                "enterprise": record_to_json(document.enterprise),
                "assessment": record_to_json(document.assessment),
                "figures": _plain(dataclasses.asdict(figures)),
            }
        )
    else:
        _print_assessment(document, figures)
    return 0


def _plain(value: Any) -> Any:
    """JSON-ready values: enums as their values, tuples as lists."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    return value


def _print_assessment(document: AssessmentDocument, figures: AssessmentFigures) -> None:
    a, e = document.assessment, document.enterprise
    base = figures.baseline
    print(e.name)
    print(a.title or "(untitled assessment)")
    print(
        f"Assessment {a.id}  ·  {a.status}  ·  {vn_date(a.start_date)}–{vn_date(a.end_date)}"
        f"  ·  baseline year {a.baseline_year or MISSING}"
    )
    if a.consultants:
        print(f"Consultants: {a.consultants}")
    if base.main_product_name:
        print(
            f"Main product: {base.main_product_name}, "
            f"{vn_number(base.yearly_output)} {unit_symbol(base.main_product_unit)}/year"
        )
    print()
    print("Baseline consumption (yearly)")
    print_table(
        ["Line", "Quantity", "Unit", "Cost (VND)", "Specific", "Saved"],
        [
            [
                shorten(c.name, 40),
                vn_number(c.yearly_quantity),
                unit_symbol(c.unit),
                vn_number(c.yearly_cost),
                _specific(c),
                vn_percent(c.saved_pct),
            ]
            for c in figures.per_consumption
        ],
    )
    print(
        f"Energy: {vn_number(base.total_toe, 1)} TOE a year"
        f"{'' if base.total_toe_complete else ' (some lines unknown)'} "
        f"(fossil fuels and electricity {vn_number(base.fossil_toe, 1)}, "
        f"renewable {vn_number(base.renewable_toe, 1)}); "
        f"fossil CO2 {vn_number(base.fossil_co2_t, 1)} t a year (biogenic CO2, apart: "
        f"{vn_number(base.biogenic_co2_t, 1)} t)"
    )
    for line in _obligations(figures):
        print(line)
    print()
    print("Solutions")
    print_table(
        [
            "#",
            "Solution",
            "Tech.",
            "Cost",
            "Decision",
            "Investment (VND)",
            "Net savings/yr (VND)",
            "Payback (yr)",
            "NPV (VND)",
            "IRR",
            "Fossil CO2 (t/yr)",
            "Biogenic CO2 (t/yr)",
        ],
        [
            [
                index,
                shorten(s.title, 42),
                s.technique,
                s.cost_class,
                s.decision,
                vn_number(s.investment),
                vn_number(s.net_yearly_savings),
                numbers.years(s.payback_years, "vi", 2) if s.payback_years is not None else "no payback",
                vn_number(s.npv),
                numbers.rate(s.irr, "vi"),
                vn_number(s.fossil_co2_t, 1),
                vn_number(s.biogenic_co2_t, 1),
            ]
            for index, s in enumerate(figures.per_solution, 1)
        ],
    )
    switches = [(i, s) for i, s in enumerate(figures.per_solution, 1) if s.is_fuel_switch]
    for index, s in switches:
        print(
            f"Fuel switch #{index}: fossil energy replaced {vn_number(s.fossil_toe_saved, 1)} TOE, "
            f"renewable energy added {vn_number(s.renewable_toe_added, 1)} TOE, "
            f"net {vn_number(s.toe_saved, 1)} TOE a year; {_fuels(s.fuel_t_by_fuel, document)}"
        )
    print()
    _print_totals("All solutions not rejected", figures.counted, figures, document)
    _print_totals("Implement now", figures.implement_now, figures, document)
    print(
        f"Waste streams cost {vn_number(figures.waste_total_cost)} VND a year "
        f"(lost material {vn_number(figures.waste_lost_material_cost)}, "
        f"treatment {vn_number(figures.waste_treatment_cost)})"
    )
    if figures.warnings:
        print()
        print("Warnings")
        for warning in figures.warnings:
            print(f"- {warning.message}")


def _print_totals(
    label: str, totals: SolutionTotals, figures: AssessmentFigures, document: AssessmentDocument
) -> None:
    payback = (
        numbers.years(totals.payback_years, "vi", 2) if totals.payback_years is not None else "no payback"
    )
    target = (
        f"{vn_number(figures.target_min_pct)}–{vn_number(figures.target_max_pct)} %"
        if figures.target_min_pct is not None and figures.target_max_pct is not None
        else MISSING
    )
    print(f"{label}: {totals.solution_count} solutions")
    print(
        f"  investment {vn_number(totals.investment)} VND; "
        f"net savings {vn_number(totals.net_yearly_savings)} VND/year; payback {payback} years; "
        f"NPV {vn_number(totals.npv)} VND"
    )
    print(
        f"  fossil CO2 avoided {vn_number(totals.fossil_co2_t, 1)} t/year "
        f"(biogenic CO2, apart: {vn_number(totals.biogenic_co2_t, 1)} t/year); "
        f"energy: fossil {vn_number(totals.fossil_toe_saved, 1)} TOE saved, "
        f"renewable {vn_number(totals.renewable_toe_added, 1)} TOE added, "
        f"net {vn_number(totals.toe_saved, 1)} TOE"
    )
    if totals.fuel_t_by_fuel:
        print(f"  fuels: {_fuels(totals.fuel_t_by_fuel, document)}")
    print(
        f"  savings per unit product: total energy {vn_percent(totals.energy_savings_pct)} "
        f"(target: {totals.energy_target_status.value}), "
        f"materials {vn_percent(totals.material_savings_pct)} "
        f"(target: {totals.material_target_status.value}); "
        f"fossil energy {vn_percent(totals.fossil_energy_savings_pct)}, "
        f"water {vn_percent(totals.water_savings_pct)} "
        f"— target {target} ({figures.target_name_en or MISSING})"
    )


def _specific(c: ConsumptionFigures) -> str:
    if c.specific_consumption is None:
        return MISSING
    per = f"{vn_number(c.specific_per)} " if c.specific_per != 1 else ""
    unit, _, product = c.specific_unit.partition("/")
    return f"{vn_significant(c.specific_shown, 3)} {unit}/{per}{product}".strip()


def _fuels(by_fuel: dict[str, float], document: AssessmentDocument) -> str:
    """Tonnes per fuel, each on its own: "than_cam_3_4 200 t saved, rice_husk 350 t added"."""
    parts = []
    for code, tonnes in by_fuel.items():
        verb = "saved" if tonnes >= 0 else "added"
        parts.append(f"{code or 'fuel'} {vn_number(abs(tonnes), 1)} t {verb}")
    return ", ".join(parts)


def _obligations(figures: AssessmentFigures) -> list[str]:
    base = figures.baseline
    lines = []
    if base.is_key_energy_user:
        lines.append(
            "Key energy user (≥ 1,000 TOE a year): energy manager, yearly report, audit every 3 years"
        )
    if base.ghg_inventory_required:
        lines.append("Greenhouse-gas inventory required (Decree 06/2022/NĐ-CP, amended by 119/2025/NĐ-CP)")
    return lines


# --- export / import -------------------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    output = Path(args.output) if args.output else None
    if output is not None and not output.parent.is_dir():
        raise CommandError(f"-o: the folder {output.parent} does not exist")
    if output is not None and output.is_dir():
        raise CommandError(f"-o: {output} is a folder; give a file name")
    store = open_store(args)
    try:
        data = interchange.assessment_json(store, resolve_id(store, Assessment, args.id, "assessment"))
    finally:
        store.close()
    if output is None:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    write_atomically(output, data)
    print(f"Wrote {output} ({vn_number(len(data) / 1024, 1)} KB)", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from sxsh_desktop.interchange.importer import ImportOutcome

    path = Path(args.file)
    if not path.is_file():
        raise CommandError(f"FILE: {path} does not exist or is not a file")
    size = path.stat().st_size
    if size > MAX_JSON_BYTES:
        raise CommandError(
            f"FILE: {path} is {vn_number(size / 1024 / 1024, 1)} MB; "
            f"files over {MAX_JSON_BYTES // 1024 // 1024} MB are refused"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"FILE: cannot read {path}: {exc.strerror}") from None
    document = loads(data)
    store = open_store(args)
    try:
        result = interchange.import_assessment(store, document).value
    finally:
        store.close()
    done = {
        ImportOutcome.ADDED: "Added",
        ImportOutcome.REPLACED: "Updated",
        ImportOutcome.UNCHANGED: "Already up to date, nothing changed:",
    }[result.outcome]
    print(
        f"{done} assessment {result.assessment_id} — {document.enterprise.name}: {document.assessment.title}"
    )
    if result.enterprise_kept:
        print("The enterprise's details in the database are newer than the file's and were kept.")
    if result.photos_left_out:
        print(
            f"{result.photos_left_out} photo(s) left out: the file carries no images "
            "(images travel in packages)."
        )
    return 0
