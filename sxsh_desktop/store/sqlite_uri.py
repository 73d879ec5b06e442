"""The URI that opens a SQLite file read-only, in a module that loads neither SQLAlchemy nor the store
(the registry preview reads with it before they are loaded)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote


def read_only_uri(path: Path) -> str:
    """A URI opening ``path`` read-only. In a folder nobody may write to, a WAL database whose
    shared-memory file is gone cannot be opened even for reading: it is then read as immutable
    (safe, since its write-ahead log is empty and nothing can write there)."""
    uri = f"file:{quote(path.absolute().as_posix())}?mode=ro"
    if not shm_possible(path):
        uri += "&immutable=1"
    return uri


def shm_possible(path: Path) -> bool:
    shm = path.with_name(path.name + "-shm")
    wal = path.with_name(path.name + "-wal")
    if shm.exists():
        return True
    if os.access(path.parent, os.W_OK):
        return True
    return wal.exists() and wal.stat().st_size > 0  # a log to read: never skipped silently
