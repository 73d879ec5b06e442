"""The command modules; each has ``register(subparsers)`` and sets ``handler`` on its parsers."""

from __future__ import annotations

from sxsh_desktop.cli import (
    assessment,
    basic,
    check,
    enterprise,
    office_database,
    reference,
    report,
    sample,
    sync_commands,
)

MODULES = [basic, enterprise, sample, assessment, reference, report, sync_commands, check, office_database]
