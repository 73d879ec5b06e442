"""The command modules; each has ``register(subparsers)`` and sets ``handler`` on its parsers."""

from __future__ import annotations

from sxsh_desktop.cli import basic, sync_commands

MODULES = [basic, sync_commands]
