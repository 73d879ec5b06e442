"""Files from outside, opened defensively: only a regular file of bounded size is read.

A pipe would block the reading and a device (``/dev/zero``) never ends: both are refused before a
byte is read, and the file opened is checked again (it may have been replaced in between).
Packages, reference packages, public key files and identity files are all read through here.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from sxsh_desktop.sync.errors import DamagedPackageError, SyncError

MiB = 1024 * 1024


def size_text(count: int) -> str:
    return f"{count / MiB:.1f} MB" if count >= MiB else f"{count} bytes"


def open_regular_file(
    path: Path,
    max_bytes: int,
    *,
    what: str = "package",
    problem: type[SyncError] = DamagedPackageError,
    reason: str | None = None,
    unreadable: type[SyncError] = SyncError,
) -> BinaryIO:
    """``path`` opened for reading if it is a regular file of at most ``max_bytes``; otherwise
    ``problem`` (with ``reason``), whose message calls the file a ``what``, or ``unreadable`` when
    the system cannot open it."""
    path = Path(path)

    def check(status: os.stat_result) -> None:
        if not stat.S_ISREG(status.st_mode):
            raise problem(
                f"{path.name} is not a file (it is a folder, a device or a pipe); a {what} is a file. "
                "Nothing was imported.",
                reason=reason,
            )
        if status.st_size > max_bytes:
            raise problem(
                f"{path.name} is {size_text(status.st_size)}, larger than a {what} may be "
                f"({size_text(max_bytes)}).",
                reason=reason,
            )

    try:
        check(os.stat(path))
        # O_NONBLOCK: opening a pipe that has no writer must not wait for one.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        descriptor = os.open(path, flags)
    except OSError as exc:
        raise unreadable(
            f"Cannot read {path}: {exc.strerror or exc}.", reason="not_readable", path=str(path)
        ) from exc
    try:
        check(os.fstat(descriptor))
        if flags & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_regular_file(
    path: Path,
    max_bytes: int,
    *,
    what: str = "package",
    problem: type[SyncError] = DamagedPackageError,
    reason: str | None = None,
    unreadable: type[SyncError] = SyncError,
) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``, however much it grows while read."""
    with open_regular_file(
        path, max_bytes, what=what, problem=problem, reason=reason, unreadable=unreadable
    ) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise problem(
            f"{Path(path).name} is larger than a {what} may be ({size_text(max_bytes)}).", reason=reason
        )
    return data
