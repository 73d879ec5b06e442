"""The table of commands: each top-level command, the module that implements it, and its summary.

A command's module is imported only when that command runs, so that ``sxsh --help``, ``--version``
and every command load only what they use (SQLAlchemy alone takes longer than Python's start).
Each module has ``register(subparsers)``, which adds its commands and sets ``handler`` on them; a
command that several modules add subcommands to (``office``) has a row for each, the first one's
summary shown. A test checks this table against what the modules register.
"""

from __future__ import annotations

from typing import NamedTuple


class Command(NamedTuple):
    """One top-level command (a NamedTuple: importing dataclasses would cost more than the rest)."""

    name: str
    module: str  # under sxsh_desktop.cli
    summary: str  # the line of ``sxsh --help``; the same as the module's own help


COMMANDS: tuple[Command, ...] = (
    Command("init", "basic", "create or migrate the database and load reference data"),
    Command("self-test", "basic", "check that this installation works"),
    Command("enterprise", "enterprise", "the registry of enterprises and facilities"),
    Command(
        "demo",
        "sample",
        "add a realistic sample: three Hà Tĩnh enterprises, each with a complete rapid assessment",
    ),
    Command("assessment", "assessment", "list, show, export and import assessments"),
    Command("reference", "reference", "show reference data; send and install reference packages"),
    Command("report", "report", "write the assessment report for the enterprise (PDF)"),
    Command("workbook", "report", "write the assessment as an Excel workbook (.xlsx)"),
    Command("keys", "sync_commands", "keys of encrypted packages"),
    Command(
        "export",
        "sync_commands",
        "write an encrypted package (default: everything changed since the last export)",
    ),
    Command("import", "sync_commands", "import an encrypted package at the office"),
    Command("conflicts", "sync_commands", "records changed at both ends"),
    Command(
        "share", "sync_commands", "let another registered consultant change an assessment the office received"
    ),
    Command("check", "check", "list stored values that break a field rule, with how to fix each"),
    Command("office", "office", "the office: the plan's indicators, CP status, sample data"),
    Command("activity", "activity", "the office's activities: events, trainings, study tours"),
    Command("followup", "followup", "follow-ups of assessments: what became of each solution"),
    Command("review", "review", "review imported assessments: received, has issues, approved"),
    Command("registry", "registry", "import facility lists (xlsx, xls, csv) into the registry"),
    Command("admin-units", "registry", "administrative units with vintages (before and after 2025)"),
    Command("plan", "plan_report", "plan documents: load one as printed, list them"),
    Command("budget", "plan_report", "the budget of a year: planned, allocated, spent, by activities"),
    Command("office", "plan_report", "the office: indicators, the yearly report"),
    Command("rollup", "rollup", "yearly roll-ups from province offices to the ministry"),
    Command("office-merge", "rollup", "merge the office of a merged-away province into its successor's"),
    Command("office", "office_database", "the office's shared database, staff and data"),
)

BY_NAME = {command.name: command for command in reversed(COMMANDS)}  # the first row of each name
