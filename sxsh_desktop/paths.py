"""Where things live on disk, without Qt (the UI may override the data folder with QStandardPaths).

Everything here is ``pathlib``-based so that Windows paths, spaces and Vietnamese characters
(``C:\\Users\\Nguyễn Văn An``) need no special handling anywhere else.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sxsh_desktop import APP_NAME, ORG_NAME

DB_ENV_VAR = "SXSH_DB"
DATA_DIR_ENV_VAR = "SXSH_DATA_DIR"
DB_FILE_NAME = "sxsh.sqlite3"


def user_data_dir() -> Path:
    """The per-user data folder: the same folder as Qt's ``AppDataLocation`` for the window, so the
    command line and the window open the same database (a UI test checks they agree)."""
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / ORG_NAME / APP_NAME


def default_database_path() -> Path:
    """``SXSH_DB`` if set, otherwise the database file in the user data folder."""
    override = os.environ.get(DB_ENV_VAR)
    if override:
        return Path(override)
    return user_data_dir() / DB_FILE_NAME


def is_database_url(location: str | Path) -> bool:
    """Whether ``location`` is a database server's URL (``postgresql://…``) rather than a file."""
    return isinstance(location, str) and location.split(":", 1)[0].split("+", 1)[0].lower() in (
        "postgresql",
        "postgres",
    )


def display_location(location: str | Path) -> str:
    """``location`` as it may be shown: a database URL without its password."""
    if not is_database_url(location):
        return str(location)
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(str(location))
    if parts.password is None:
        return str(location)
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[1]}"))


def database_location(given: str | None = None) -> Path | str:
    """The database to use: ``given`` (``--db``), else ``SXSH_DB``, else the file in the user data
    folder. A PostgreSQL URL stays a string; anything else is a file's path."""
    for candidate in (given, os.environ.get(DB_ENV_VAR)):
        if candidate:
            return candidate if is_database_url(candidate) else Path(candidate).expanduser()
    return user_data_dir() / DB_FILE_NAME


def _bundle_root() -> Path | None:
    """The PyInstaller extraction folder when running frozen."""
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def _locate(installed_name: str, source_name: str) -> Path:
    """Find a data folder in a bundle, an installed wheel, or a source checkout, in that order."""
    package_dir = Path(__file__).resolve().parent
    candidates = []
    bundle = _bundle_root()
    if bundle is not None:
        candidates.append(bundle / source_name)
    candidates += [package_dir / installed_name, package_dir.parent / source_name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"{source_name}/ folder not found (looked in {', '.join(map(str, candidates))})")


def resources_dir() -> Path:
    return _locate("_resources", "resources")


def forms_dir() -> Path:
    return _locate("_forms", "forms")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
