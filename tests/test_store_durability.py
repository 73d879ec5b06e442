"""The database under stress: another program writing, a full disk, a read-only folder, a migration,
and the window's lock after a crash. Each is either handled or told clearly, never a traceback."""

from __future__ import annotations

import os
import platform
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sxsh_desktop.cli import main
from sxsh_desktop.domain.model import Enterprise
from sxsh_desktop.store import sqlite as sqlite_module
from sxsh_desktop.store.db import head_revision
from sxsh_desktop.store.errors import (
    DatabaseLockedError,
    DiskFullAtStartError,
    DiskFullError,
    ReadOnlyDatabaseError,
)
from sxsh_desktop.store.lockfile import LockFile
from sxsh_desktop.store.repository import Store
from tests.sync_world import dump

ROOT = Path(__file__).resolve().parents[1]


# --- another program holding the write lock ---------------------------------------------------------


class Holder(threading.Thread):
    """Another connection (as another program would) holding the write lock for ``seconds``."""

    def __init__(self, path: Path, seconds: float) -> None:
        super().__init__(daemon=True)
        self.path, self.seconds = path, seconds
        self.locked = threading.Event()
        self.release = threading.Event()

    def run(self) -> None:
        connection = sqlite3.connect(self.path, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("UPDATE meta SET value = value WHERE key = 'device_id'")
            self.locked.set()
            self.release.wait(self.seconds)
            connection.execute("COMMIT")
        finally:
            connection.close()


@pytest.fixture
def registry(db_path: Path) -> Iterator[tuple[Store, Enterprise]]:
    store = Store.open(db_path)
    enterprise = store.insert(Enterprise(name="Công ty Cổ phần Thủy sản Cửa Hội"))
    yield store, enterprise
    store.close()


def test_an_update_waits_for_another_programs_write_and_is_saved(
    registry: tuple[Store, Enterprise],
) -> None:
    store, enterprise = registry
    holder = Holder(store.path, 1.0)
    holder.start()
    assert holder.locked.wait(10)
    # The update reads the record, then writes: it must wait for the lock, not fail at its write.
    updated = store.update(Enterprise, enterprise.id, contact_phone="0238 3821 234")
    holder.join()
    assert updated.revision == 2
    assert store.get(Enterprise, enterprise.id).contact_phone == "0238 3821 234"


def test_a_delete_waits_for_another_programs_write_and_is_saved(
    registry: tuple[Store, Enterprise],
) -> None:
    store, enterprise = registry
    holder = Holder(store.path, 1.0)
    holder.start()
    assert holder.locked.wait(10)
    store.delete(Enterprise, enterprise.id)
    holder.join()
    assert store.count_enterprises() == 0
    assert [t["record_id"] for t in store.tombstones()] == [enterprise.id]


def test_reading_does_not_wait_for_another_programs_write(registry: tuple[Store, Enterprise]) -> None:
    store, enterprise = registry
    holder = Holder(store.path, 30.0)
    holder.start()
    try:
        assert holder.locked.wait(10)
        assert store.get(Enterprise, enterprise.id).name == enterprise.name
        assert store.search_enterprises("cua hoi")[0].id == enterprise.id
    finally:
        holder.release.set()
        holder.join()


def test_a_write_lock_held_beyond_the_busy_timeout_is_a_clear_problem_and_changes_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_module, "BUSY_TIMEOUT_MS", 300)
    store = Store.open(db_path)
    enterprise = store.insert(Enterprise(name="HTX Muối Diêm Điền"))
    before = dump(db_path)
    holder = Holder(db_path, 30.0)
    holder.start()
    try:
        assert holder.locked.wait(10)
        with pytest.raises(DatabaseLockedError, match="busy in another program") as refused:
            store.update(Enterprise, enterprise.id, contact_phone="0227 3861 111")
        assert str(db_path) in str(refused.value)
        with pytest.raises(DatabaseLockedError):
            store.delete(Enterprise, enterprise.id)
    finally:
        holder.release.set()
        holder.join()
    assert dump(db_path) == before
    store.close()


@pytest.fixture
def vietnamese(qapp: object) -> Iterator[None]:
    """The window in Vietnamese, its default language."""
    from sxsh_desktop.ui.i18n import DEFAULT_LANGUAGE, install_language

    assert install_language("vi") == "vi"
    yield
    install_language(DEFAULT_LANGUAGE)


# --- a full disk ------------------------------------------------------------------------------------


def _mount_tmpfs(folder: Path, size: str) -> bool:
    if platform.system() != "Linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=False)
    return done.returncode == 0


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB disk of its own (a tmpfs; Linux, as root), unmounted afterwards."""
    folder = tmp_path / "thẻ nhớ"
    if not _mount_tmpfs(folder, "4m"):
        pytest.skip("a small disk of its own needs Linux and the right to mount a tmpfs")
    yield folder
    _unmount(folder)


def _fill(folder: Path) -> None:
    """Write until the disk refuses even the last small block."""
    for name, block in (("đầy.bin", 65536), ("đầy 2.bin", 512)):
        fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT)
        try:
            while True:
                os.write(fd, b"\0" * block)
        except OSError:
            pass
        finally:
            os.close(fd)


def test_a_disk_full_at_start_is_told_as_a_full_disk(small_disk: Path, vietnamese: None) -> None:
    from sxsh_desktop.ui.problems import problem_text
    from sxsh_desktop.ui.session import lock_path, open_session

    existing = small_disk / "sxsh.sqlite3"
    store = Store.open(existing)
    store.insert(Enterprise(name="Công ty Gạch Hồng Lĩnh"))
    store.close()
    _fill(small_disk)
    before = existing.read_bytes()
    for path in (existing, small_disk / "mới.sqlite3", small_disk / "thư mục mới" / "mới.sqlite3"):
        with pytest.raises(DiskFullError) as refused:
            Store.open(path)
        assert isinstance(refused.value, DiskFullAtStartError), refused.value
        assert "full" in str(refused.value) and "read-only" not in str(refused.value)
        with pytest.raises(DiskFullAtStartError) as refused_in_window:
            open_session(path)
        text = problem_text(refused_in_window.value, path)
        assert "đã đầy" in text and "chỉ cho phép đọc" not in text and str(path) in text
        assert not lock_path(path).exists() or path == existing  # no lock left where none was
    assert existing.read_bytes() == before


# --- a read-only folder -----------------------------------------------------------------------------


@pytest.fixture
def read_only_database(tmp_path: Path) -> Iterator[Path]:
    """A database (one enterprise) in a folder nobody may write to, closed cleanly beforehand."""
    folder = tmp_path / "chỉ đọc"
    mounted = _mount_tmpfs(folder, "16m")
    if not mounted:
        if os.name == "nt" or os.geteuid() == 0:
            pytest.skip("a read-only folder needs a user without root rights, or the right to mount")
        folder.mkdir()
    path = folder / "văn phòng.sqlite3"
    store = Store.open(path)
    store.insert(Enterprise(name="Công ty TNHH Dệt may Hồng Lĩnh", commune="Phường Bắc Hồng"))
    store.close()
    if mounted:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        path.chmod(0o444)
        folder.chmod(0o555)
    yield path
    if mounted:
        _unmount(folder)
    else:
        folder.chmod(0o755)


def test_a_database_in_a_read_only_folder_can_be_read_and_refuses_edits_clearly(
    read_only_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = read_only_database.read_bytes()
    store = Store.open(read_only_database)
    try:
        assert store.database.read_only
        [enterprise] = store.enterprises()
        assert store.search_enterprises("det may")[0].id == enterprise.id
        with pytest.raises(ReadOnlyDatabaseError, match="cannot be written"):
            store.update(Enterprise, enterprise.id, contact_phone="0239 3831 000")
    finally:
        store.close()

    assert main(["--db", str(read_only_database), "enterprise", "list"]) == 0
    captured = capsys.readouterr()
    assert "Dệt may Hồng Lĩnh" in captured.out
    assert "read-only" in captured.err and "changes cannot be saved" in captured.err
    assert main(["--db", str(read_only_database), "enterprise", "add", "--name", "Công ty mới"]) == 2
    captured = capsys.readouterr()
    assert "cannot be written" in captured.err and "Traceback" not in captured.err
    assert len(captured.err.strip().splitlines()) == 2  # the read-only note, then the one-line refusal
    assert read_only_database.read_bytes() == before


def test_the_window_opens_a_read_only_database_and_says_edits_cannot_be_saved(
    read_only_database: Path, vietnamese: None
) -> None:
    from sxsh_desktop.ui.dialogs import ScriptedDialogs, install_dialogs
    from sxsh_desktop.ui.session import open_session, tell_notices

    scripted = ScriptedDialogs()
    previous = install_dialogs(scripted)
    try:
        session = open_session(read_only_database)
        try:
            assert session.read_only
            assert session.store.count_enterprises() == 1
            tell_notices(None, session)
        finally:
            session.close()
    finally:
        install_dialogs(previous)
    [(kind, _title, text)] = scripted.asked
    assert kind == "warn"
    assert str(read_only_database) in text and "chế độ chỉ đọc" in text
    assert "không lưu được chỉnh sửa" in text


# --- migrations are announced ------------------------------------------------------------------------


def _older_database(path: Path) -> None:
    from alembic import command

    from sxsh_desktop.store.db import _alembic_config

    path.parent.mkdir(parents=True, exist_ok=True)
    engine = sqlite_module.create_sqlite_engine(path)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()


def test_the_command_line_names_the_backup_made_before_a_migration_once(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert head_revision() != "0001"
    _older_database(db_path)
    assert main(["--db", str(db_path), "enterprise", "list"]) == 0
    [line] = capsys.readouterr().err.strip().splitlines()
    [backup] = db_path.parent.glob("*.backup-*")
    assert str(backup) in line and "previous one was kept" in line
    assert main(["--db", str(db_path), "enterprise", "list"]) == 0
    assert capsys.readouterr().err == ""  # said once: the next opening migrates nothing


def test_the_window_shows_the_backup_made_before_a_migration_once(db_path: Path, qapp: object) -> None:
    from sxsh_desktop.ui.dialogs import ScriptedDialogs, install_dialogs
    from sxsh_desktop.ui.session import open_session, tell_notices

    _older_database(db_path)
    scripted = ScriptedDialogs()
    previous = install_dialogs(scripted)
    try:
        for _ in range(2):
            session = open_session(db_path)
            tell_notices(None, session)
            session.close()
    finally:
        install_dialogs(previous)
    [backup] = db_path.parent.glob("*.backup-*")
    [(kind, _title, text)] = scripted.asked
    assert kind == "inform" and str(backup) in text


# --- the window's lock ------------------------------------------------------------------------------


HOLD_LOCK = """
    import sys, time
    from sxsh_desktop.store.lockfile import LockFile
    lock = LockFile(sys.argv[1])
    print("free" if lock.try_lock() is None else "held", flush=True)
    time.sleep(60)
"""


def _python(code: str, *args: str) -> subprocess.Popen[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


def test_a_lock_file_naming_a_running_python_process_is_taken_over_when_nobody_holds_it(
    tmp_path: Path,
) -> None:
    # As an older version (and Qt's QLockFile) left it after a crash: the killed program's id now
    # belongs to another running Python process, which must not block the start.
    other_python = _python("import time; time.sleep(60)")
    try:
        path = tmp_path / "sxsh.sqlite3.lock"
        path.write_text(f"{other_python.pid}\npython3.11\n{platform.node()}\n", encoding="utf-8")
        lock = LockFile(path)
        assert lock.try_lock() is None
        assert f"pid={os.getpid()}" in path.read_text(encoding="utf-8")
        lock.unlock()
        assert not path.exists()
    finally:
        other_python.kill()
        other_python.wait()


def test_a_lock_held_by_a_live_process_is_refused_naming_it_and_taken_after_a_kill(tmp_path: Path) -> None:
    path = tmp_path / "sxsh.sqlite3.lock"
    holder = _python(HOLD_LOCK, str(path))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "free"
        owner = LockFile(path).try_lock()
        assert owner is not None and owner.pid == holder.pid and owner.host == platform.node()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert path.exists()  # left behind by the killed process
    lock = LockFile(path)
    assert lock.try_lock() is None
    lock.unlock()


def test_two_locks_on_one_file_in_one_process_exclude_each_other(tmp_path: Path) -> None:
    path = tmp_path / "sxsh.sqlite3.lock"
    first, second = LockFile(path), LockFile(path)
    assert first.try_lock() is None
    owner = second.try_lock()
    assert owner is not None and owner.pid == os.getpid()
    first.unlock()
    assert second.try_lock() is None
    second.unlock()
    assert not path.exists()


def test_many_processes_racing_for_one_lock_leave_exactly_one_holder(tmp_path: Path) -> None:
    path = tmp_path / "sxsh.sqlite3.lock"
    racers = [_python(HOLD_LOCK, str(path)) for _ in range(6)]
    try:
        answers = [racer.stdout.readline().strip() for racer in racers if racer.stdout is not None]
    finally:
        for racer in racers:
            racer.kill()
            racer.wait()
    assert sorted(answers) == ["free"] + ["held"] * 5


def test_a_busy_write_from_the_store_waits_in_a_real_second_process(db_path: Path) -> None:
    """The same as the first test, with the writer a separate program (as the office CLI would be)."""
    store = Store.open(db_path)
    enterprise = store.insert(Enterprise(name="Công ty Bia Hà Tĩnh"))
    writer = _python(
        """
        import sqlite3, sys, time
        connection = sqlite3.connect(sys.argv[1], isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE enterprise SET contact_phone = '1' WHERE id = ?", (sys.argv[2],))
        print("locked", flush=True)
        time.sleep(1)
        connection.execute("COMMIT")
        """,
        str(db_path),
        enterprise.id,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "locked"
        started = time.monotonic()
        store.update(Enterprise, enterprise.id, contact_phone="0239 3855 555")
        waited = time.monotonic() - started
    finally:
        writer.wait(30)
    assert writer.returncode == 0, writer.stderr.read() if writer.stderr else ""
    assert store.get(Enterprise, enterprise.id).contact_phone == "0239 3855 555"  # written after the other
    print(f"waited {waited:.2f} s for the other program's write")
    store.close()
