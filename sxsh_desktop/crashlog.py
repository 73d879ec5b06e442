"""Writing the details of an unexpected error to a log file the user can send."""

from __future__ import annotations

import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from sxsh_desktop import __version__
from sxsh_desktop.paths import user_data_dir


def log_dir() -> Path:
    return user_data_dir() / "logs"


def write_crash_log(
    exc_info: tuple[type[BaseException], BaseException, TracebackType | None] | None = None,
) -> Path:
    """Write the current (or given) exception with version facts; returns the file written."""
    info = exc_info or sys.exc_info()
    text = "".join(traceback.format_exception(*info)) if info[0] else "no exception\n"
    header = (
        f"SXSH Desktop {__version__}\nPython {sys.version.split()[0]} on {platform.platform()}\n"
        f"Time {datetime.now().isoformat(timespec='seconds')}\n\n"
    )
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now().strftime('%Y%m%d-%H%M%S')}.log"
        path.write_text(header + text, encoding="utf-8")
    except OSError:
        # Nowhere to write: the temporary folder is the last place a user can still find it.
        import tempfile

        path = Path(tempfile.gettempdir()) / "sxsh-crash.log"
        path.write_text(header + text, encoding="utf-8")
    return path
