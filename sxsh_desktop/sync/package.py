"""The package file: a zip inside a standard age file, written atomically, read defensively.

Reading trusts nothing before the signature is checked and reads nothing without a bound: only a
regular file of limited size is opened, its encryption header may name few recipients, the
decrypted size is limited, the number of entries, each entry's name, size and compression ratio
are limited, duplicate names are refused, and an entry is read only up to its limit whatever its
header claims. Only the manifest and its signature are read before the signature is checked.
"""

from __future__ import annotations

import io
import os
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, BinaryIO, Protocol

import pyrage
from pyrage import x25519

from sxsh_desktop.sync.errors import BadSignatureError, DamagedPackageError, SyncError, WrongKeyError
from sxsh_desktop.sync.files import MiB, open_regular_file
from sxsh_desktop.sync.files import size_text as _size
from sxsh_desktop.sync.keys import KeyPair
from sxsh_desktop.sync.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    PHOTOS_PATTERN,
    RECORDS_PATTERN,
    SIGNATURE_NAME,
    TOMBSTONES_NAME,
    Manifest,
    claimed_sender,
    sha256_hex,
)

PACKAGE_SUFFIX = ".sxsh"
MAX_PACKAGE_BYTES = 1024 * MiB
MAX_TOTAL_BYTES = 1024 * MiB  # all entries together, uncompressed
MAX_ENTRIES = 100_000
MAX_RATIO = 100  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1 * MiB
SIGNATURE_BYTES = 64
_CHUNK = 256 * 1024


def max_entry_bytes(name: str) -> int:
    if name == MANIFEST_NAME:
        return MAX_MANIFEST_BYTES
    if name == SIGNATURE_NAME:
        return SIGNATURE_BYTES
    if name == TOMBSTONES_NAME:
        return 16 * MiB
    if RECORDS_PATTERN.fullmatch(name):
        return 64 * MiB
    if PHOTOS_PATTERN.fullmatch(name):
        return 64 * MiB
    return 0


# --- writing -----------------------------------------------------------------------------------


class SignedManifest(Protocol):
    """What ``seal`` needs of a manifest (an assessment package's or another kind's)."""

    @property
    def created_at(self) -> datetime: ...

    def to_bytes(self) -> bytes: ...


def seal(
    manifest: SignedManifest,
    entries: dict[str, bytes],
    signer: KeyPair,
    recipients: list[x25519.Recipient],
) -> bytes:
    """The encrypted package: a zip of the manifest, its signature and the entries, age-encrypted."""
    manifest_bytes = manifest.to_bytes()
    buffer = io.BytesIO()
    stamp = manifest.created_at.timetuple()[:6]
    with zipfile.ZipFile(buffer, "w") as archive:
        _add(archive, MANIFEST_NAME, manifest_bytes, zipfile.ZIP_DEFLATED, stamp)
        _add(archive, SIGNATURE_NAME, signer.sign(manifest_bytes), zipfile.ZIP_STORED, stamp)
        for name, data in sorted(entries.items()):
            # Photos are JPEG/PNG already: compressing them again costs time and saves nothing.
            method = zipfile.ZIP_STORED if PHOTOS_PATTERN.fullmatch(name) else zipfile.ZIP_DEFLATED
            _add(archive, name, data, method, stamp)
    sealed: bytes = pyrage.encrypt(buffer.getvalue(), recipients)
    return sealed


def _add(archive: zipfile.ZipFile, name: str, data: bytes, method: int, stamp: tuple[int, ...]) -> None:
    info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
    info.compress_type = method
    archive.writestr(info, data, compresslevel=6 if method == zipfile.ZIP_DEFLATED else None)


# --- reading -----------------------------------------------------------------------------------
#
# Nothing is trusted before the signature is checked, and nothing is read without a bound: the file
# must be a regular file of limited size; the age header may name few recipients; the decrypted
# archive is written to a temporary file (spilling to disk past a few MB) and stops at its limit;
# only the manifest and its signature are read from it until the signature and the sender are
# checked; each other entry is then read up to its limit and compared with its hash before anything
# parses it.

MAX_AGE_HEADER_BYTES = 4 * 1024  # a package is encrypted to two recipients: about 200 bytes
MAX_AGE_STANZAS = 20  # recipient stanzas, the one "grease" stanza the age library adds included
MAX_CENTRAL_DIRECTORY = 32 * MiB  # 100,000 entries of about 100 bytes each
_AGE_MAGIC = b"age-encryption.org/v1"
_AGE_COLUMNS = 64
_SPOOL_BYTES = 16 * MiB  # decrypted archives up to this size stay in memory


def check_age_header(
    head: bytes, file_name: str, *, max_bytes: int = MAX_AGE_HEADER_BYTES, max_stanzas: int = MAX_AGE_STANZAS
) -> int:
    """The length of the age header that ``head`` (the file's first bytes) starts with, checked.

    The header is an intro line, one stanza per recipient (a ``-> TYPE ARGS`` line and base64 body
    lines of 64 columns, the last shorter) and a ``--- MAC`` line. Reading a header costs time for
    every stanza, so a header with more than ``max_stanzas`` recipients or over ``max_bytes`` is
    refused before the decryption library sees it."""
    damaged = DamagedPackageError(f"{file_name} is damaged: its encryption header cannot be read.")
    lines = _lines(head[: max_bytes + 1])
    if next(lines, (b"", 0))[0] != _AGE_MAGIC:
        raise DamagedPackageError(f"{file_name} is not an SXSH package (not an age-encrypted file).")
    stanzas = 0
    in_body = False
    for line, end in lines:
        if in_body:
            if len(line) > _AGE_COLUMNS:
                raise damaged
            in_body = len(line) == _AGE_COLUMNS
        elif line.startswith(b"-> "):
            stanzas += 1
            if stanzas > max_stanzas:
                raise DamagedPackageError(
                    f"{file_name} is encrypted to more than {max_stanzas} recipients (stanzas in its "
                    "header); an SXSH package has three. Refused."
                )
            in_body = True
        elif line.startswith(b"--- ") and stanzas:
            return end
        else:
            raise damaged
    if len(head) > max_bytes:
        raise DamagedPackageError(
            f"{file_name} has an encryption header over {_size(max_bytes)}; an SXSH package's is far "
            "smaller. Refused."
        )
    raise damaged


def _lines(data: bytes) -> Iterator[tuple[bytes, int]]:
    """Each complete line of ``data`` (without its newline) and the position after it."""
    start = 0
    while (end := data.find(b"\n", start)) >= 0:
        yield data[start:end], end + 1
        start = end + 1


class _TooLarge(Exception):
    """Raised by a bounded sink or source to stop the decryption."""


class _InputTooLarge(Exception):
    """Raised by the bounded source: the file grew past its limit while it was read."""


class _NotWritten(Exception):
    """The temporary file of the decrypted archive cannot be written (the disk is full)."""


class _BoundedReader:
    """The file for the decryption library, which stops reading past ``limit`` bytes."""

    def __init__(self, handle: BinaryIO, limit: int) -> None:
        self._handle, self._left = handle, limit

    def read(self, size: int = -1) -> bytes:
        data = self._handle.read(_CHUNK if size < 0 else min(size, _CHUNK))
        self._left -= len(data)
        if self._left < 0:
            raise _InputTooLarge
        return data


class _BoundedWriter:
    """Where the decryption library writes, which refuses more than ``limit`` bytes."""

    def __init__(self, target: IO[bytes], limit: int) -> None:
        self._target, self._left = target, limit

    def write(self, data: bytes) -> int:
        self._left -= len(data)
        if self._left < 0:
            raise _TooLarge
        try:
            return self._target.write(data)
        except OSError as exc:
            raise _NotWritten(exc.strerror or str(exc)) from exc

    def flush(self) -> None:
        self._target.flush()


def decrypt_bounded(
    source: BinaryIO,
    identities: list[x25519.Identity],
    file_name: str,
    *,
    max_input: int,
    max_output: int,
    max_stanzas: int = MAX_AGE_STANZAS,
    max_header: int = MAX_AGE_HEADER_BYTES,
    target: IO[bytes] | None = None,
) -> IO[bytes]:
    """Decrypt an age file read from ``source`` (positioned at its start) into ``target`` (by default
    a temporary file that stays in memory while small), rewound; every size is bounded."""
    start = source.tell()
    check_age_header(source.read(max_header + 1), file_name, max_bytes=max_header, max_stanzas=max_stanzas)
    source.seek(start)
    plain = target if target is not None else tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)  # noqa: SIM115
    try:
        pyrage.decrypt_io(_BoundedReader(source, max_input), _BoundedWriter(plain, max_output), identities)
    except _TooLarge as exc:
        plain.close()
        raise DamagedPackageError(
            f"{file_name} holds more than {_size(max_output)} once decrypted; refused."
        ) from exc
    except _InputTooLarge as exc:
        plain.close()
        raise DamagedPackageError(
            f"{file_name} is larger than a package may be ({_size(max_input)})."
        ) from exc
    except _NotWritten as exc:
        plain.close()
        raise SyncError(
            f"Cannot decrypt {file_name} into a temporary file: {exc}. Free some disk space and try again.",
            reason="not_readable",
            path=file_name,
        ) from exc
    except (pyrage.DecryptError, OSError) as exc:  # the library reports a cut or changed stream as OSError
        plain.close()
        if isinstance(exc, pyrage.DecryptError) and "no matching keys" in str(exc).lower():
            raise WrongKeyError(file_name) from exc
        raise DamagedPackageError(
            f"{file_name} is damaged (cut short or changed after it was made): it cannot be decrypted. "
            "Nothing was imported."
        ) from exc
    plain.seek(0)
    return plain


class CheckedArchive:
    """A zip whose directory passed the safety checks; entries are read one by one, each bounded.

    ``limit_of(name)`` is an entry's size limit, 0 for a name that is not allowed."""

    def __init__(
        self, source: IO[bytes], file_name: str, limit_of: Callable[[str], int] = max_entry_bytes
    ) -> None:
        self.file_name = file_name
        self.closed = False
        self._source = source
        self._archive: zipfile.ZipFile | None = None
        try:
            _check_directory_size(source, file_name)
            try:
                self._archive = zipfile.ZipFile(source)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
                raise DamagedPackageError(f"{file_name} does not hold a readable archive.") from exc
            self._infos = _checked_infos(self._archive, file_name, limit_of)
        except BaseException:
            self.close()
            raise

    @property
    def names(self) -> set[str]:
        return set(self._infos)

    def read(self, name: str) -> bytes:
        """An entry's bytes, read without trusting its header: no more than its declared size."""
        info = self._infos[name]
        assert self._archive is not None and not self.closed, "read from a closed archive"
        chunks = []
        size = 0
        try:
            with self._archive.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > info.file_size:
                        raise DamagedPackageError(
                            f"The entry {info.filename} of {self.file_name} is larger than declared."
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, OSError) as exc:
            raise DamagedPackageError(f"The entry {info.filename} of {self.file_name} is damaged.") from exc
        return b"".join(chunks)

    def read_all(self) -> dict[str, bytes]:
        return {name: self.read(name) for name in self._infos}

    def close(self) -> None:
        self.closed = True
        if self._archive is not None:
            self._archive.close()
        self._source.close()

    def __enter__(self) -> CheckedArchive:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _check_directory_size(source: IO[bytes], file_name: str) -> None:
    """Refuse an archive whose directory is too large before the zip module reads it whole."""
    source.seek(0, os.SEEK_END)
    length = source.tell()
    source.seek(max(0, length - (22 + 0xFFFF)))  # the end record and its comment
    tail = source.read()
    source.seek(0)
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or len(tail) < end + 22:
        raise DamagedPackageError(f"{file_name} does not hold a readable archive.")
    count, directory_size = struct.unpack("<xxxxxxxxxxHI", tail[end : end + 16])
    if count != 0xFFFF and count > MAX_ENTRIES:
        raise DamagedPackageError(f"{file_name} holds {count} entries, more than {MAX_ENTRIES}.")
    if directory_size != 0xFFFFFFFF and directory_size > MAX_CENTRAL_DIRECTORY:
        raise DamagedPackageError(
            f"{file_name} has an archive directory of {_size(directory_size)}; refused."
        )
    if (
        (count == 0xFFFF or directory_size == 0xFFFFFFFF)
        and end >= 20
        and tail[end - 20 : end - 16] == b"PK\x06\x07"
    ):
        # A zip64 archive (more than 65,535 entries): its own end record holds the real figures.
        (offset,) = struct.unpack("<Q", tail[end - 12 : end - 4])
        if offset > length - 56:
            raise DamagedPackageError(f"{file_name} does not hold a readable archive.")
        source.seek(offset)
        record = source.read(56)
        source.seek(0)
        if record[:4] != b"PK\x06\x06":
            raise DamagedPackageError(f"{file_name} does not hold a readable archive.")
        count, directory_size = struct.unpack("<QQ", record[32:48])
        if count > MAX_ENTRIES or directory_size > MAX_CENTRAL_DIRECTORY:
            raise DamagedPackageError(f"{file_name} has too large an archive directory; refused.")


def _checked_infos(
    archive: zipfile.ZipFile, file_name: str, limit_of: Callable[[str], int]
) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise DamagedPackageError(f"{file_name} holds {len(infos)} entries, more than {MAX_ENTRIES}.")
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        duplicates = sorted({n for n in names if names.count(n) > 1})
        raise DamagedPackageError(f"{file_name} holds duplicate entries: {', '.join(duplicates)}.")
    total = 0
    for info in infos:
        _check_entry(info, file_name, limit_of)
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise DamagedPackageError(
                f"{file_name} would expand to more than {MAX_TOTAL_BYTES // MiB} MB; refused."
            )
    return {info.filename: info for info in infos}


@dataclass(frozen=True)
class OpenedPackage:
    """A decrypted package whose manifest is signed by the key it names.

    Its other entries are read by ``verify_entries``, once the importer has checked that the
    sender is trusted: a forged package is refused before they are decompressed."""

    file_name: str
    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    entries: dict[str, bytes] = field(default_factory=dict)  # filled by verify_entries
    archive: CheckedArchive | None = field(default=None, repr=False, compare=False)

    def verify_entries(self) -> None:
        """Every entry is listed in the (signed) manifest with its hash, and nothing else is there;
        each entry is read within its limit and compared with its hash before anything parses it."""
        # Once read, the entries are checked again from memory (the archive is closed by then).
        archive = self.archive if self.archive is not None and not self.archive.closed else None
        try:
            present = archive.names - {MANIFEST_NAME, SIGNATURE_NAME} if archive else set(self.entries)
            listed = set(self.manifest.entries)
            if present - listed:
                unlisted = ", ".join(sorted(present - listed))
                raise DamagedPackageError(
                    f"The package holds entries its manifest does not list: {unlisted}."
                )
            if listed - present:
                raise DamagedPackageError(
                    f"The package lacks entries its manifest lists: {', '.join(sorted(listed - present))}."
                )
            for name in sorted(present):
                data = archive.read(name) if archive else self.entries[name]
                if sha256_hex(data) != self.manifest.entries[name]:
                    raise DamagedPackageError(f"The entry {name} does not match the hash in the manifest.")
                self.entries[name] = data
        finally:
            self.close()

    def close(self) -> None:
        """Let go of the decrypted archive (the entries read stay)."""
        if self.archive is not None:
            self.archive.close()


def open_sealed_file(path: Path, identities: list[x25519.Identity]) -> OpenedPackage:
    """Decrypt a package file and read its signed manifest, within bounds; the signature is checked
    against the key the manifest names before the manifest is read for anything else."""
    path = Path(path)
    return _open_archive(decrypt_archive(path, identities), path.name)


def decrypt_archive(
    path: Path,
    identities: list[x25519.Identity],
    limit_of: Callable[[str], int] = max_entry_bytes,
    *,
    max_bytes: int = MAX_PACKAGE_BYTES,
) -> CheckedArchive:
    """The zip inside an age-encrypted package file (of any kind), decrypted and checked within
    bounds; ``limit_of`` gives the entries that kind may hold and their size limits."""
    path = Path(path)
    source = open_regular_file(path, max_bytes)
    try:
        if source.read(len(_AGE_MAGIC) + 1) != _AGE_MAGIC + b"\n":
            raise DamagedPackageError(f"{path.name} is not an SXSH package (not an age-encrypted file).")
        source.seek(0)
        plain = decrypt_bounded(
            source, identities, path.name, max_input=max_bytes, max_output=MAX_TOTAL_BYTES + 64 * MiB
        )
    finally:
        source.close()
    return CheckedArchive(plain, path.name, limit_of)


def _open_archive(archive: CheckedArchive, file_name: str) -> OpenedPackage:
    try:
        manifest_bytes, signature = read_signed_manifest(archive)
        sender = claimed_sender(manifest_bytes, what="package")
        if not sender.verifies(signature, manifest_bytes):
            raise BadSignatureError()
        manifest = Manifest.from_bytes(manifest_bytes)
    except BaseException:
        archive.close()
        raise
    return OpenedPackage(file_name, manifest, manifest_bytes, signature, archive=archive)


def read_signed_manifest(archive: CheckedArchive) -> tuple[bytes, bytes]:
    """The manifest's raw bytes and its signature, each read within its limit."""
    names = archive.names
    if MANIFEST_NAME not in names or SIGNATURE_NAME not in names:
        raise DamagedPackageError(f"{archive.file_name} has no signed manifest.")
    signature = archive.read(SIGNATURE_NAME)
    if len(signature) != SIGNATURE_BYTES:
        raise DamagedPackageError(f"{archive.file_name} has a malformed signature.")
    return archive.read(MANIFEST_NAME), signature


def _check_entry(info: zipfile.ZipInfo, file_name: str, limit_of: Callable[[str], int]) -> None:
    name = info.filename
    limit = limit_of(name)
    if limit <= 0:
        # Covers '../', absolute paths, drive letters, backslashes and anything unexpected.
        shown = repr(name) if len(name) <= 200 else f"{name[:200]!r}…"
        raise DamagedPackageError(f"{file_name} holds an entry with a name that is not allowed: {shown}.")
    if info.flag_bits & 0x1:
        raise DamagedPackageError(f"{file_name} holds an encrypted zip entry ({name}).")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise DamagedPackageError(f"{file_name} uses an unsupported compression for {name}.")
    if info.file_size > limit:
        raise DamagedPackageError(
            f"The entry {name} of {file_name} is {_size(info.file_size)}, more than the "
            f"{_size(limit)} allowed."
        )
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise DamagedPackageError(
            f"The entry {name} of {file_name} expands {info.file_size // max(info.compress_size, 1)} times "
            "(a decompression bomb); refused."
        )
