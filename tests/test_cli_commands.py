"""The command table: every command listed runs its own module, and the cheap ones load nothing heavy."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from sxsh_desktop.cli import build_parser, main
from sxsh_desktop.cli.commands import BY_NAME, COMMANDS


def _registered(module_names: list[str]) -> dict[str, str]:
    """The commands the modules add, loaded in this order into one parser, with their summaries."""
    subparsers = argparse.ArgumentParser().add_subparsers()
    for module_name in module_names:
        importlib.import_module(f"sxsh_desktop.cli.{module_name}").register(subparsers)
    return {action.dest: action.help or "" for action in subparsers._choices_actions}


def test_the_table_lists_exactly_what_the_modules_register_with_the_same_summaries() -> None:
    modules = list(dict.fromkeys(command.module for command in COMMANDS))
    assert _registered(modules) == {name: command.summary for name, command in BY_NAME.items()}
    for module in modules:  # each module alone makes the commands listed for it
        assert set(_registered([module])) == {c.name for c in COMMANDS if c.module == module}, module


def test_every_command_parses_with_only_its_own_module_loaded() -> None:
    for command in COMMANDS:
        parser = build_parser([command.name, "--help"])
        chosen = parser._subparsers._group_actions[0].choices[command.name]  # type: ignore[union-attr]
        # The loaded command has its own arguments (at least -h and a handler); the rest are summaries.
        assert chosen.get_default("handler") is not None or chosen._subparsers is not None, command.name


@pytest.mark.parametrize("arguments", [["--version"], ["--help"], ["enterprise", "--help"]])
def test_version_and_help_do_not_load_the_database_layer(arguments: list[str]) -> None:
    probe = (
        "import sys\n"
        "from sxsh_desktop.cli import main\n"
        f"try:\n    main({arguments!r})\nexcept SystemExit:\n    pass\n"
        "watched = ('sqlalchemy', 'sxsh_desktop.store.repository', 'PySide6')\n"
        "heavy = sorted(m for m in watched if m in sys.modules)\n"
        "print('loaded:', heavy, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    expected_heavy = (
        "[]" if arguments[0].startswith("--") else "['sqlalchemy', 'sxsh_desktop.store.repository']"
    )
    assert f"loaded: {expected_heavy}" in result.stderr


def test_an_unknown_command_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["nonsense"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("sxsh: argument COMMAND: invalid choice: 'nonsense'")
    assert "\n" not in error
