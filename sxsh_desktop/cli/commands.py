"""The command modules; each has ``register(subparsers)`` and sets ``handler`` on its parsers."""

from __future__ import annotations

from sxsh_desktop.cli import (
    assessment,
    basic,
    check,
    enterprise,
    plan_report,
    reference,
    registry,
    report,
    rollup,
    sample,
    sync_commands,
)

MODULES = [
    basic,
    enterprise,
    registry,
    sample,
    assessment,
    reference,
    report,
    sync_commands,
    check,
    plan_report,
    rollup,
]
