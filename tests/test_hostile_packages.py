"""Hostile packages (tests/hostile_packages.py): each is refused with one clear line, quickly and within
bounded memory, and leaves the database exactly as it was; the odd but valid ones import sanely."""

from __future__ import annotations

import io
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from sxsh_desktop.cli import main
from sxsh_desktop.interchange import jsonformat
from sxsh_desktop.interchange.jsonformat import InterchangeError, JsonLimits, parse_json_bytes
from sxsh_desktop.store.setup import ensure_reference
from sxsh_desktop.sync import history, package
from sxsh_desktop.sync import reference_install as install
from sxsh_desktop.sync import reference_package as refpack
from sxsh_desktop.sync.errors import DamagedPackageError, SyncError
from sxsh_desktop.sync.history import SequenceGaps
from sxsh_desktop.sync.manifest import MANIFEST_NAME, SIGNATURE_NAME
from tests import hostile_packages as hostile
from tests.hostile_packages import CASES, REFERENCE_CASES, Case, Reference, ReferenceCase, Sender
from tests.sync_world import World, dump, small_document

POSIX = os.name == "posix"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    opened = World(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def sender(world: World) -> Sender:
    consultant = world.consultant("an")
    small_document(consultant)
    return Sender(world, consultant, world.export(consultant))


@pytest.fixture
def entries_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the archive entries the import reads, in order."""
    names: list[str] = []
    original = package.CheckedArchive.read

    def read(self: package.CheckedArchive, name: str) -> bytes:
        names.append(name)
        return original(self, name)

    monkeypatch.setattr(package.CheckedArchive, "read", read)
    return names


def _one_clear_line(error: SyncError) -> None:
    text = str(error)
    assert text and "\n" not in text and "Traceback" not in text
    assert len(text) < 600, text  # whatever the file holds, the message stays short


def _skip_if_unsupported(case: Case | ReferenceCase) -> None:
    if case.posix_only and not POSIX:
        pytest.skip("pipes and /dev/zero are POSIX")


# --- the office import ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_hostile_package_is_refused_and_changes_nothing(world: World, sender: Sender, case: Case) -> None:
    _skip_if_unsupported(case)
    path = case.build(sender)
    before = world.dump()
    with pytest.raises(case.error, match=case.match) as refused:
        world.import_(path)
    assert world.dump() == before
    _one_clear_line(refused.value)
    with pytest.raises(case.error, match=case.match):
        world.import_(path, dry_run=True)
    assert world.dump() == before


@pytest.mark.parametrize(
    "build",
    [hostile.a_forged_signature, hostile.an_unknown_signer, hostile.a_signature_of_other_bytes],
    ids=["forged signature", "unknown signer", "signature of other bytes"],
)
def test_an_unauthenticated_package_is_refused_before_its_entries_are_read(
    world: World, sender: Sender, entries_read: list[str], build: object
) -> None:
    path = build(sender)  # type: ignore[operator]
    entries_read.clear()
    with pytest.raises(SyncError):
        world.import_(path)
    assert sorted(entries_read) == [MANIFEST_NAME, SIGNATURE_NAME]


def test_a_genuine_package_reads_each_entry_once_after_the_signature(
    world: World, sender: Sender, entries_read: list[str]
) -> None:
    world.import_(sender.package)
    assert entries_read[:2] == [SIGNATURE_NAME, MANIFEST_NAME]
    payload = entries_read[2:]
    assert len(payload) == len(set(payload)) == len(sender.entries()) - 2


def test_odd_but_valid_sequence_numbers_import_and_their_gaps_are_ranges(
    world: World, sender: Sender
) -> None:
    million = hostile.accepted_sequence(1_000_000)(sender)
    preview = world.import_(million)
    assert preview.missing_sequences == SequenceGaps([(1, 999_999)])
    assert len(preview.missing_sequences) == 999_999 and 500_000 in preview.missing_sequences
    assert str(preview.missing_sequences) == "1–999999"
    assert preview.to_json()["missing_sequences"] == [[1, 999_999]]
    with sqlite3.connect(world.office.path) as connection:
        [stored] = connection.execute("SELECT missing_sequences FROM sync_import").fetchone()
    assert json.loads(stored) == [[1, 999_999]]  # not 999,999 numbers

    consultant = sender.consultant
    small_document(consultant, "Đánh giá thứ hai")
    second = Sender(world, consultant, world.export(consultant))
    largest = hostile.accepted_sequence(2**63 - 1)(second)
    preview = world.import_(largest)
    assert preview.missing_sequences == SequenceGaps([(1, 999_999), (1_000_001, 2**63 - 2)])
    log = history.import_log(world.office)
    assert [r.sequence for r in log] == [2**63 - 1, 1_000_000]
    assert log[0].missing_sequences.ranges == ((1, 999_999), (1_000_001, 2**63 - 2))


def test_gaps_read_from_an_older_log_of_plain_numbers() -> None:
    gaps = SequenceGaps.from_json([2, 3, 4, 7])
    assert gaps.ranges == ((2, 4), (7, 7)) and gaps == (2, 3, 4, 7) and str(gaps) == "2–4, 7"
    assert list(gaps) == [2, 3, 4, 7] and gaps[3] == 7 and gaps[-1] == 7 and gaps != (2, 3, 4)
    assert SequenceGaps.between([1, 5, 3]) == (2, 4) and not SequenceGaps.between([1, 2])


def test_a_surrogate_pair_is_one_character_and_imports(world: World, sender: Sender) -> None:
    world.import_(hostile.an_emoji_title(sender))
    with sqlite3.connect(world.office.path) as connection:
        titles = [row[0] for row in connection.execute("SELECT title FROM assessment")]
    assert titles == ["Lò gạch \U0001f642"]


def test_nineteen_recipients_are_still_a_package(world: World, sender: Sender) -> None:
    # 19 recipients and the library's grease stanza: the 20 stanzas a package may have.
    assert world.import_(hostile.recipients(19)(sender)).counts["new"] == 8


# --- the bounds themselves, without allocating what they refuse ---------------------------------


class _Counting(io.RawIOBase):
    """A file that counts the bytes read from it or written to it."""

    def __init__(self, data: bytes = b"") -> None:
        self.inner, self.read_count, self.written = io.BytesIO(data), 0, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.inner.seek(offset, whence)

    def tell(self) -> int:
        return self.inner.tell()

    def read(self, size: int = -1) -> bytes:
        data = self.inner.read(size)
        self.read_count += len(data)
        return data

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.written += len(data)
        return len(data)


def test_decryption_stops_at_its_output_bound(world: World) -> None:
    sealed = pyrage.encrypt(os.urandom(3 * 1024 * 1024), [hostile.centre_recipient(world)])
    target = _Counting()
    with pytest.raises(DamagedPackageError, match=r"more than 1\.0 MB once decrypted"):
        package.decrypt_bounded(
            io.BytesIO(sealed),
            [world.centre.identity],
            "x.sxsh",
            max_input=len(sealed),
            max_output=1024 * 1024,
            target=target,  # type: ignore[arg-type]
        )
    assert target.written <= 1024 * 1024


def test_decryption_stops_reading_at_its_input_bound(world: World) -> None:
    sealed = pyrage.encrypt(os.urandom(3 * 1024 * 1024), [hostile.centre_recipient(world)])
    source = _Counting(sealed)
    with pytest.raises(DamagedPackageError, match="larger than a package may be"):
        package.decrypt_bounded(
            source,  # type: ignore[arg-type]
            [world.centre.identity],
            "x.sxsh",
            max_input=1024 * 1024,
            max_output=10 * 1024 * 1024,
        )
    assert source.read_count <= 1024 * 1024 + 2 * package._CHUNK + package.MAX_AGE_HEADER_BYTES


@pytest.mark.parametrize(
    ("data", "limits", "words"),
    [
        (b"[" * 17 + b"]" * 17, JsonLimits(), "nested more than 16 levels"),
        (b'{"a":' * 5 + b"1" + b"}" * 5, JsonLimits(max_depth=4), "nested more than 4 levels"),
        (b"[" + b"1," * 100 + b"1]", JsonLimits(max_values=100), "more than 100 values"),
        (b'["' + b"x" * 101 + b'"]', JsonLimits(max_string=100), "text of 101 characters"),
        (b'{"' + b"k" * 101 + b'":1}', JsonLimits(max_string=100), "text of 101 characters"),
        (b"[9223372036854775808]", JsonLimits(), "beyond 64 bits"),
        (b"[-9223372036854775809]", JsonLimits(), "beyond 64 bits"),
        (b"[" + b"1" * 41 + b"]", JsonLimits(), "too long"),
        (b"[1e400]", JsonLimits(), "too large"),
        (b"[-1e400]", JsonLimits(), "too large"),
        (b'["\\udc00"]', JsonLimits(), "lone surrogate"),
        (b'{"\\ud800x":1}', JsonLimits(), "lone surrogate"),
    ],
)
def test_json_beyond_its_limits_is_refused(data: bytes, limits: JsonLimits, words: str) -> None:
    with pytest.raises(InterchangeError, match=words):
        parse_json_bytes(data, limits=limits)


def test_json_within_its_limits_is_read() -> None:
    assert parse_json_bytes(b"[9223372036854775807, -9223372036854775808]") == [2**63 - 1, -(2**63)]
    assert parse_json_bytes(b'["\\ud83d\\ude42", "\\\\ud800"]') == ["\U0001f642", "\\ud800"]
    assert parse_json_bytes(b"[1e300]", limits=jsonformat.DOCUMENT_LIMITS) == [1e300]
    assert parse_json_bytes(b"[" * 16 + b"]" * 16) is not None


@pytest.mark.parametrize(
    ("field", "raw", "words"),
    [
        ("start_date", '"0001-01-01"', "years 1900 to 2100"),
        ("updated_at", '"9999-12-31T23:59:59-05:00"', "years 1900 to 2100"),
        ("created_at", '"0001-01-01T00:00:00+05:00"', "years 1900 to 2100"),
        ("revision", "9" * 5000, "too long"),
        ("revision", str(2**64), "beyond 64 bits"),
        ("title", '"\\ud800"', "lone surrogate"),
    ],
)
def test_an_interchange_file_beyond_its_limits_is_refused(field: str, raw: str, words: str) -> None:
    from tests.documents import small_document as plain_document

    text = jsonformat.dumps(plain_document()).decode()
    edited = hostile.record_value(field, raw)(text)
    with pytest.raises(InterchangeError, match=words):
        jsonformat.loads(edited.encode())


# --- the command line: exit 2, one line, nothing changed ------------------------------------------


@pytest.mark.parametrize(
    "case",
    [
        c
        for c in CASES
        if c.name
        in {
            "a pipe (FIFO)",
            "2,400 recipients",
            "sequence 2**64",
            "manifest nested 100,000 deep",
            "a lone high surrogate in a title",
        }
    ],
    ids=lambda case: case.name,
)
def test_the_command_line_refuses_with_exit_2_and_one_line(
    world: World, sender: Sender, case: Case, capsys: pytest.CaptureFixture[str]
) -> None:
    _skip_if_unsupported(case)
    path = case.build(sender)
    identity = world.root / "centre.key"
    identity.write_text(str(world.centre.identity) + "\n", encoding="utf-8")
    ensure_reference(world.office)  # as the command does for a database without reference data
    world.close()  # the command opens the database itself
    before = dump(world.office)
    code = main(["--db", str(world.office.path), "import", str(path), "--identity", str(identity)])
    captured = capsys.readouterr()
    assert code == 2
    assert len(captured.err.strip().splitlines()) == 1 and "Traceback" not in captured.err
    assert dump(world.office) == before


def test_the_command_line_shows_gaps_as_ranges(
    world: World, sender: Sender, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hostile.accepted_sequence(1_000_000)(sender)
    identity = world.root / "centre.key"
    identity.write_text(str(world.centre.identity) + "\n", encoding="utf-8")
    world.close()  # the command opens the database itself
    code = main(["--db", str(world.office.path), "import", str(path), "--identity", str(identity)])
    out = capsys.readouterr().out
    assert code == 0 and "Missing earlier packages from this sender: 1–999999" in out and len(out) < 2000


# --- reference packages, installed by a consultant ------------------------------------------------


@pytest.fixture
def reference(world: World) -> Reference:
    ensure_reference(world.office)
    consultant = world.consultant("an")
    ensure_reference(consultant)
    small_document(world.office)  # an enterprise in the registry to send
    path = world.root / "tham chiếu.sxshref"
    refpack.export_reference_package(
        world.office, path, world.centre, kinds=["units", "grid_factors"], enterprises="all"
    )
    return Reference(world, consultant, path)


@pytest.mark.parametrize("case", REFERENCE_CASES, ids=[case.name for case in REFERENCE_CASES])
def test_a_hostile_reference_package_is_refused_and_changes_nothing(
    reference: Reference, case: ReferenceCase
) -> None:
    _skip_if_unsupported(case)
    path = case.build(reference)
    store = reference.consultant
    store.device_id  # noqa: B018 - made before the comparison, as in every real installation
    before = dump(store)
    with pytest.raises(case.error, match=case.match) as refused:
        install.import_reference_package(store, path)
    assert dump(store) == before
    _one_clear_line(refused.value)


def test_a_forged_reference_package_is_refused_before_its_entries_are_read(
    reference: Reference, entries_read: list[str]
) -> None:
    path = hostile.ref_forged(reference)
    entries_read.clear()
    with pytest.raises(refpack.ForeignSignerError):
        install.import_reference_package(reference.consultant, path)
    assert sorted(entries_read) == [MANIFEST_NAME, SIGNATURE_NAME]


def test_the_genuine_reference_package_installs(reference: Reference) -> None:
    preview = install.import_reference_package(reference.consultant, reference.package)
    assert preview.applied
