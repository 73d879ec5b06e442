"""Write an output file completely or not at all.

The file is written to a temporary file in the target folder and moved over the target only once
it is complete, so that a crash, a full disk or a bug never leaves a half-written report behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from sxsh_desktop.errors import KnownProblem


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# mkstemp creates files readable by their owner only; the finished file gets the usual mode.
_FILE_MODE = 0o666 & ~_current_umask()


class OutputError(KnownProblem):
    """An output file that was not written; ``reason`` (one of ``OUTPUT_REASONS``) lets the UI
    say why in the user's language, ``path`` names the file."""

    code = "output_not_written"

    def __init__(self, message: str, *, path: Path, reason: str) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


OUTPUT_REASONS = ("disk_full", "no_permission", "no_folder", "is_folder", "other")


def _problem(path: Path, error: OSError) -> OutputError:
    if error.errno == errno.ENOSPC:
        message = f"The disk is full: {path} was not written. Free some space and try again."
        return OutputError(message, path=path, reason="disk_full")
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        message = f"{path} cannot be written: no permission, or the folder is read-only."
        return OutputError(message, path=path, reason="no_permission")
    if isinstance(error, FileNotFoundError) or error.errno == errno.ENOENT:
        message = f"{path} cannot be written: the folder {path.parent} does not exist."
        return OutputError(message, path=path, reason="no_folder")
    if isinstance(error, IsADirectoryError):
        return OutputError(f"{path} is a folder; give a file name.", path=path, reason="is_folder")
    return OutputError(f"{path} cannot be written: {error.strerror or error}.", path=path, reason="other")


def write_atomically(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)``, then move the result to ``path``; clean up on any error.

    OS errors (no permission, missing folder, disk full, file open in another program) become an
    ``OutputError`` with a clear message; other exceptions propagate after the clean-up.
    """
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target} is a folder; give a file name.", path=target, reason="is_folder")
    try:
        handle, temporary_name = tempfile.mkstemp(
            prefix=f".{target.stem[:40]}-", suffix=".part", dir=target.parent
        )
    except OSError as error:
        raise _problem(target, error) from error
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        write(temporary)
        os.chmod(temporary, _FILE_MODE)
        os.replace(temporary, target)
    except OSError as error:
        _remove(temporary)
        raise _problem(target, error) from error
    except BaseException:
        _remove(temporary)
        raise
    return target


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
