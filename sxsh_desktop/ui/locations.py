"""Where the window keeps its files: Qt's per-user application data folder, unless overridden.

``SXSH_DATA_DIR`` overrides the folder and ``--db`` / ``SXSH_DB`` / the database path in the
settings override the database file, in that order.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from sxsh_desktop.paths import DATA_DIR_ENV_VAR, DB_ENV_VAR, DB_FILE_NAME, is_database_url


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def use_data_dir() -> None:
    """Make the non-Qt parts (crash logs) write to the same folder as the window."""
    os.environ.setdefault(DATA_DIR_ENV_VAR, str(data_dir()))


def default_database_path() -> Path:
    return data_dir() / DB_FILE_NAME


def database_path(command_line: str | None, configured: str) -> Path | str:
    """The database to open: the command line, then ``SXSH_DB``, then the settings, then the default.
    An office's PostgreSQL database is its URL (a string); a file is a path."""
    for candidate in (command_line, os.environ.get(DB_ENV_VAR), configured):
        if candidate:
            return candidate if is_database_url(candidate) else Path(candidate).expanduser()
    return default_database_path()
