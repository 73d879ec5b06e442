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
    code = "output_not_written"


def _problem(path: Path, error: OSError) -> OutputError:
    if error.errno == errno.ENOSPC:
        return OutputError(f"The disk is full: {path} was not written. Free some space and try again.")
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(f"{path} cannot be written: no permission, or the folder is read-only.")
    if isinstance(error, FileNotFoundError) or error.errno == errno.ENOENT:
        return OutputError(f"{path} cannot be written: the folder {path.parent} does not exist.")
    if isinstance(error, IsADirectoryError):
        return OutputError(f"{path} is a folder; give a file name.")
    return OutputError(f"{path} cannot be written: {error.strerror or error}.")


def write_atomically(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)``, then move the result to ``path``; clean up on any error.

    OS errors (no permission, missing folder, disk full, file open in another program) become an
    ``OutputError`` with a clear message; other exceptions propagate after the clean-up.
    """
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target} is a folder; give a file name.")
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
