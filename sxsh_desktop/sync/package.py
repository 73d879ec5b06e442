"""The package file: a zip inside a standard age file, written atomically, read defensively.

Reading trusts nothing before the signature is checked: the file size, the number of entries, each
entry's name, size and compression ratio are limited, duplicate names are refused, and an entry is
read only up to its limit whatever its header claims.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyrage
from pyrage import x25519

from sxsh_desktop.sync.errors import DamagedPackageError, SyncError, WrongKeyError
from sxsh_desktop.sync.keys import KeyPair
from sxsh_desktop.sync.manifest import (
    MANIFEST_NAME,
    PHOTOS_PATTERN,
    RECORDS_PATTERN,
    SIGNATURE_NAME,
    TOMBSTONES_NAME,
    Manifest,
    sha256_hex,
)

PACKAGE_SUFFIX = ".sxsh"
MiB = 1024 * 1024
MAX_PACKAGE_BYTES = 1024 * MiB
MAX_TOTAL_BYTES = 1024 * MiB  # all entries together, uncompressed
MAX_ENTRIES = 100_000
MAX_RATIO = 100  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1 * MiB
SIGNATURE_BYTES = 64
_CHUNK = 256 * 1024


def max_entry_bytes(name: str) -> int:
    if name == MANIFEST_NAME:
        return 32 * MiB
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


def seal(
    manifest: Manifest, entries: dict[str, bytes], signer: KeyPair, recipients: list[x25519.Recipient]
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
    return pyrage.encrypt(buffer.getvalue(), recipients)


def _add(archive: zipfile.ZipFile, name: str, data: bytes, method: int, stamp: tuple[int, ...]) -> None:
    info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
    info.compress_type = method
    archive.writestr(info, data, compresslevel=6 if method == zipfile.ZIP_DEFLATED else None)


# --- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenedPackage:
    """A decrypted package whose archive passed the safety checks; not yet authenticated."""

    file_name: str
    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    entries: dict[str, bytes]

    def verify_entries(self) -> None:
        """Every entry is listed in the (signed) manifest with its hash, and nothing else is there."""
        listed = set(self.manifest.entries)
        present = set(self.entries)
        if present - listed:
            unlisted = ", ".join(sorted(present - listed))
            raise DamagedPackageError(f"The package holds entries its manifest does not list: {unlisted}.")
        if listed - present:
            raise DamagedPackageError(
                f"The package lacks entries its manifest lists: {', '.join(sorted(listed - present))}."
            )
        for name, data in self.entries.items():
            if sha256_hex(data) != self.manifest.entries[name]:
                raise DamagedPackageError(f"The entry {name} does not match the hash in the manifest.")


def read_sealed_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_PACKAGE_BYTES:
            raise DamagedPackageError(
                f"{path.name} is {size // MiB} MB, larger than a package may be "
                f"({MAX_PACKAGE_BYTES // MiB} MB)."
            )
        return path.read_bytes()
    except OSError as exc:
        raise SyncError(
            f"Cannot read {path}: {exc.strerror or exc}.", reason="not_readable", path=str(path)
        ) from exc


def open_sealed(data: bytes, identities: list[x25519.Identity], file_name: str) -> OpenedPackage:
    """Decrypt and unpack a package, checking the archive's structure and limits."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise DamagedPackageError(f"{file_name} is larger than a package may be.")
    if not data.startswith(b"age-encryption.org/v1\n"):
        raise DamagedPackageError(f"{file_name} is not an SXSH package (not an age-encrypted file).")
    try:
        plain = pyrage.decrypt(data, identities)
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise WrongKeyError(file_name) from exc
        raise DamagedPackageError(
            f"{file_name} is damaged (cut short or changed after it was made): it cannot be decrypted. "
            "Nothing was imported."
        ) from exc
    entries = unzip_checked(plain, file_name)
    manifest_bytes = entries.pop(MANIFEST_NAME, None)
    signature = entries.pop(SIGNATURE_NAME, None)
    if manifest_bytes is None or signature is None:
        raise DamagedPackageError(f"{file_name} has no signed manifest.")
    if len(signature) != SIGNATURE_BYTES:
        raise DamagedPackageError(f"{file_name} has a malformed signature.")
    manifest = Manifest.from_bytes(manifest_bytes)
    return OpenedPackage(file_name, manifest, manifest_bytes, signature, entries)


def unzip_checked(
    plain: bytes, file_name: str, limit_of: Callable[[str], int] = max_entry_bytes
) -> dict[str, bytes]:
    """The entries of a zip, checked; ``limit_of(name)`` is an entry's size limit, 0 if not allowed."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(plain))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise DamagedPackageError(f"{file_name} does not hold a readable archive.") from exc
    with archive:
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
        return {info.filename: _read_entry(archive, info, file_name) for info in infos}


def _check_entry(info: zipfile.ZipInfo, file_name: str, limit_of: Callable[[str], int]) -> None:
    name = info.filename
    limit = limit_of(name)
    if limit <= 0:
        # Covers '../', absolute paths, drive letters, backslashes and anything unexpected.
        raise DamagedPackageError(f"{file_name} holds an entry with a name that is not allowed: {name!r}.")
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


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file_name: str) -> bytes:
    """Read an entry without trusting its header: stop as soon as it passes its declared size."""
    chunks = []
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > info.file_size:
                    raise DamagedPackageError(
                        f"The entry {info.filename} of {file_name} is larger than declared."
                    )
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
        raise DamagedPackageError(f"The entry {info.filename} of {file_name} is damaged.") from exc
    return b"".join(chunks)


def _size(count: int) -> str:
    return f"{count / MiB:.1f} MB" if count >= MiB else f"{count} bytes"
