"""The ``sxsh`` command line: a stable contract documented in README.md.

Exit status 0 on success; 2 with one line on stderr for bad input or a known problem (and then
nothing has been written); 1 for a bug, with the details in a log file.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from sxsh_desktop import __version__
from sxsh_desktop.cli.commands import BY_NAME, COMMANDS
from sxsh_desktop.cli.context import CommandError
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.paths import DB_ENV_VAR

EXIT_OK = 0
EXIT_BUG = 1
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments as one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        command = self.prog.removeprefix("sxsh").strip()
        raise CommandError(f"{command}: {message}" if command else message)


def requested_command(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` (after the global options), or None."""
    finder = argparse.ArgumentParser(add_help=False)
    finder.add_argument("--db")
    finder.add_argument("command", nargs="?")
    try:
        known, _ = finder.parse_known_args(list(argv))
    except SystemExit:  # malformed global options: the full parser reports them
        return None
    return known.command if known.command in BY_NAME else None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser, with the requested command's module loaded and the others listed by summary only
    (``argv`` None: every module loaded, as the tests of the whole command set need)."""
    parser = _Parser(prog="sxsh", description="SXSH Desktop — Cleaner Production rapid assessments.")
    parser.add_argument("--version", action="version", version=f"sxsh {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=os.environ.get(DB_ENV_VAR),
        help=f"database file, or an office's postgresql://user@server/db (default: ${DB_ENV_VAR}, "
        "else the user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    wanted = None if argv is None else requested_command(argv)
    # A command may be shared: several modules add their subcommands to it (``sxsh office``).
    to_load = {c.module for c in COMMANDS if argv is None or c.name == wanted}
    loaded: set[str] = set()
    for command in COMMANDS:
        if command.module not in to_load:
            if command.name not in subparsers.choices:
                subparsers.add_parser(command.name, help=command.summary)
        elif command.module not in loaded:  # registers all of the module's commands at once
            importlib.import_module(f"sxsh_desktop.cli.{command.module}").register(subparsers)
            loaded.add(command.module)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Vietnamese output must not fail on a console with a narrow default encoding (Windows cp1252).
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    try:
        arguments = sys.argv[1:] if argv is None else list(argv)
        args = build_parser(arguments).parse_args(arguments)
        return int(args.handler(args) or EXIT_OK)
    except (CommandError, KnownProblem) as problem:
        print(f"sxsh: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader stopped reading (``sxsh enterprise list | head``): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("sxsh: interrupted", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception:
        from sxsh_desktop.crashlog import write_crash_log

        log = write_crash_log()
        print(f"sxsh: internal error; details written to {log}", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
