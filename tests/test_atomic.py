"""The one file writer: whole file or the old one, sensible permissions, clear known problems."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest

from sxsh_desktop import atomic
from sxsh_desktop.atomic import OutputError, write_atomically


def test_bytes_replace_the_file_and_leave_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "gói.sxsh"
    write_atomically(target, b"first")
    write_atomically(target, b"second version")
    assert target.read_bytes() == b"second version"
    assert [p.name for p in tmp_path.iterdir()] == ["gói.sxsh"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_new_file_is_readable_as_usual_and_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    fresh = tmp_path / "report.pdf"
    write_atomically(fresh, b"pdf")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~_umask()  # not mkstemp's owner-only 0600
    private = tmp_path / "identity.json"
    private.write_bytes(b"old")
    private.chmod(0o600)
    write_atomically(private, b"new")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600


def test_the_file_and_its_folder_reach_the_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(descriptor).st_mode) else "file")
        real_fsync(descriptor)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    write_atomically(tmp_path / "x.xlsx", lambda temporary: temporary.write_bytes(b"book"))
    assert synced == ["file", "folder"] or (sys.platform == "win32" and synced == ["file"])


@pytest.mark.parametrize(
    ("error", "reason", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk_full", "disk is full"),
        (PermissionError(errno.EACCES, "Permission denied"), "no_permission", "no permission"),
        (OSError(errno.EROFS, "Read-only file system"), "no_permission", "read-only"),
    ],
)
def test_disk_and_permission_errors_are_known_problems_and_keep_the_old_file(
    tmp_path: Path, error: OSError, reason: str, words: str
) -> None:
    target = tmp_path / "khoá.json"
    target.write_bytes(b"old key")

    def failing(temporary: Path) -> None:
        temporary.write_bytes(b"half")
        raise error

    with pytest.raises(OutputError, match=words) as caught:
        write_atomically(target, failing)
    assert caught.value.reason == reason and caught.value.path == target
    assert target.read_bytes() == b"old key"
    assert [p.name for p in tmp_path.iterdir()] == ["khoá.json"]


def test_a_missing_folder_is_a_known_problem(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist") as caught:
        write_atomically(tmp_path / "không có" / "gói.sxsh", b"data")
    assert caught.value.reason == "no_folder"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
