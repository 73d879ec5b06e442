"""``sxsh report ID -o FILE.pdf`` and ``sxsh workbook ID -o FILE.xlsx``: the assessment's outputs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sxsh_desktop.cli.context import CommandError, open_store
from sxsh_desktop.cli.ids import resolve_id
from sxsh_desktop.domain.model import Assessment
from sxsh_desktop.reports.labels import LANGUAGES


def register(subparsers: Any) -> None:
    report = subparsers.add_parser("report", help="write the assessment report for the enterprise (PDF)")
    _arguments(report, ".pdf")
    report.set_defaults(handler=run_report)
    workbook = subparsers.add_parser("workbook", help="write the assessment as an Excel workbook (.xlsx)")
    _arguments(workbook, ".xlsx")
    workbook.set_defaults(handler=run_workbook)


def _arguments(parser: argparse.ArgumentParser, suffix: str) -> None:
    parser.add_argument("assessment_id", metavar="ID", help="the assessment's id, or its first characters")
    parser.add_argument("-o", "--output", metavar=f"FILE{suffix}", required=True, help="file to write")
    parser.add_argument("--lang", choices=LANGUAGES, default="vi", help="report language (default: vi)")


def _output(args: argparse.Namespace, suffix: str) -> Path:
    path = Path(args.output)
    if path.suffix.lower() != suffix:
        raise CommandError(f"the output file must end in {suffix}: {path}")
    return path


def run_report(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import outputs

    path = _output(args, ".pdf")
    store = open_store(args)
    try:
        assessment_id = resolve_id(store, Assessment, args.assessment_id, "assessment")
        outputs.write_report(store, assessment_id, path, args.lang)
    finally:
        store.close()
    print(f"Report written: {path}")
    return 0


def run_workbook(args: argparse.Namespace) -> int:
    from sxsh_desktop.services import outputs

    path = _output(args, ".xlsx")
    store = open_store(args)
    try:
        assessment_id = resolve_id(store, Assessment, args.assessment_id, "assessment")
        outputs.write_workbook(store, assessment_id, path, args.lang)
    finally:
        store.close()
    print(f"Workbook written: {path}")
    return 0
