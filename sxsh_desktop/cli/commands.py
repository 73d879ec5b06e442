"""The command modules; each has ``register(subparsers)`` and sets ``handler`` on its parsers."""

from __future__ import annotations

from sxsh_desktop.cli import basic, enterprise, report

MODULES = [basic, enterprise, report]
