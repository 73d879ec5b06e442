"""Write a file completely or not at all: every file the application writes goes through here.

The data is written to a temporary file in the target folder, flushed to the disk, and moved over
the target only once it is complete; the folder is then flushed too, so that the new name survives a
power cut. A crash, a full disk or a bug never leaves a half-written report, workbook, package or
key file behind: the target is either the old file or the whole new one.

A file that replaces another keeps that file's permissions; a new file gets the usual ones (read and
write for its owner, read for others as the umask allows), not the owner-only mode of a temporary
file. Operating-system errors become an ``OutputError`` that says why (disk full, no permission,
missing folder, a folder given as the file) in a clear sentence.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from sxsh_desktop.errors import KnownProblem


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# mkstemp creates files readable by their owner only; a new finished file gets the usual mode.
_FILE_MODE = 0o666 & ~_current_umask()


class OutputError(KnownProblem):
    """A file that was not written; ``reason`` (one of ``OUTPUT_REASONS``) lets the UI say why in
    the user's language, ``path`` names the file."""

    code = "output_not_written"

    def __init__(self, message: str, *, path: Path, reason: str) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


OUTPUT_REASONS = ("disk_full", "no_permission", "no_folder", "is_folder", "other")


def _problem(path: Path, error: OSError) -> OutputError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
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


def write_atomically(path: Path | str, content: bytes | Callable[[Path], None]) -> Path:
    """Write ``content`` to ``path``: bytes, or a function ``write(temporary_path)`` that writes the
    file (a PDF or workbook library saving to a path). Returns the path written.

    OS errors become an ``OutputError`` with a clear message; other exceptions propagate. Either way
    the temporary file is removed and the target is left as it was.
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
    temporary = Path(temporary_name)
    try:
        if isinstance(content, bytes):
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
        else:
            os.close(handle)
            content(temporary)
        _flush(temporary)
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
        _flush_folder(target.parent)
    except OSError as error:
        _remove(temporary)
        raise _problem(target, error) from error
    except BaseException:
        _remove(temporary)
        raise
    return target


def _mode_for(target: Path) -> int:
    """The permissions of the file being replaced, or the usual ones for a new file."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return _FILE_MODE


def _flush(path: Path) -> None:
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())


def _flush_folder(folder: Path) -> None:
    """Make the rename durable; a system that cannot open a folder (Windows) is skipped."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems do not sync folders; the file itself is on the disk
    finally:
        os.close(descriptor)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
