"""Reading a small JSON file given by the user (a plan, a report template): a regular file, bounded
in size before it is read, refused with one line whatever is wrong with it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sxsh_desktop.errors import KnownProblem


def read_json_file(path: Path, what: str, max_bytes: int, problem: type[KnownProblem]) -> Any:
    """The JSON value in ``path``; ``problem`` with a one-line message if ``path`` is not a regular
    file of at most ``max_bytes`` holding JSON in UTF-8 (a pipe or a device would be read without end)."""
    try:
        if not path.is_file() or path.stat().st_size > max_bytes:
            raise problem(f"{path} is not a {what} file of at most {max_bytes:,} bytes.")
        return json.loads(path.read_bytes().decode("utf-8"))
    except OSError as error:
        raise problem(f"{path} cannot be read: {error.strerror or error}.") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise problem(f"{path} is not a {what} file (JSON in UTF-8): {error}.") from error
    except RecursionError:  # "[[[[…": Python's parser gives up on deep nesting
        raise problem(f"{path} is not a {what} file: its JSON is nested too deeply.") from None
