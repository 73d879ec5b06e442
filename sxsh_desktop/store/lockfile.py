"""A lock file held through an operating-system lock, which dies with the process that holds it.

Whether a lock is held is never guessed from the process id written in the file (a killed
program's id is soon reused, often by another Python process): it is the lock the operating system
keeps on the open file (``flock`` on Linux and macOS, a byte-range lock on Windows), released when
the holder closes the file, exits or is killed. The file's text (process id, computer, time) only
tells the user who holds it. A lock file left by a killed process is simply taken over.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

APPLICATION = "SXSH Desktop"
# Windows: the locked byte lies far past the text, so that others can still read who holds it.
_WINDOWS_LOCK_OFFSET = 1 << 30
_MAX_TEXT = 4096


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock, as its file tells (0 and "" where the file does not say)."""

    pid: int
    host: str
    since: str = ""


def _os_lock(fd: int) -> bool:
    """Take the operating-system lock on ``fd`` without waiting; False if another holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # EWOULDBLOCK (EAGAIN, or EACCES on some systems): held elsewhere
        return False
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def read_owner(path: Path) -> LockOwner:
    """The holder a lock file names (process id, computer, since when); zeros if it names none."""
    try:
        with path.open("rb") as handle:
            lines = handle.read(_MAX_TEXT).decode("utf-8", "replace").splitlines()
    except OSError:
        return LockOwner(0, "")
    fields = dict(line.split("=", 1) for line in lines if "=" in line)
    try:
        pid = int(fields.get("pid", "0"))
    except ValueError:
        pid = 0
    return LockOwner(pid, fields.get("host", ""), fields.get("since", ""))


class LockFile:
    """``try_lock()`` takes the lock or tells who holds it; ``unlock()`` gives it back."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    @property
    def locked(self) -> bool:
        return self._fd is not None

    def try_lock(self) -> LockOwner | None:
        """None once this object holds the lock; else who holds it. ``OSError`` if the file cannot
        be made at all (read-only folder, full disk)."""
        if self._fd is not None:
            return None
        for _attempt in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
            if not _os_lock(fd):
                os.close(fd)
                return read_owner(self.path)
            if not self._still_at_path(fd):
                # The holder removed the file between our opening and locking it: lock the new one.
                _os_unlock(fd)
                os.close(fd)
                continue
            self._fd = fd
            self._write_owner(fd)
            return None
        raise OSError(f"the lock file {self.path} keeps being replaced")

    def _still_at_path(self, fd: int) -> bool:
        if sys.platform == "win32":
            return True  # an open file cannot be removed there
        try:
            current = os.stat(self.path)
        except FileNotFoundError:
            return False
        opened = os.fstat(fd)
        return (opened.st_dev, opened.st_ino) == (current.st_dev, current.st_ino)

    @staticmethod
    def _write_owner(fd: int) -> None:
        text = (
            f"pid={os.getpid()}\n"
            f"host={platform.node()}\n"
            f"application={APPLICATION}\n"
            f"since={datetime.now(UTC).isoformat(timespec='seconds')}\n"
        )
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, text.encode("utf-8"))
        except OSError:
            pass  # a full disk: the lock holds all the same, only the holder's name is missing

    def unlock(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform == "win32":
            _os_unlock(fd)
            os.close(fd)
            # Another process may have it open to lock it: it then stays, unlocked.
            with contextlib.suppress(OSError):
                self.path.unlink()
            return
        # Removed while still locked: whoever opens the name afterwards makes a new file.
        with contextlib.suppress(OSError):
            self.path.unlink()
        _os_unlock(fd)
        os.close(fd)
