"""Peak memory of the office import refusing a large forged package (a measurement, not a test).

    PYTHONPATH=. .venv/bin/python tests/measure_forged_package_memory.py [--mib 900] [--code DIR ...]

Builds, on disk and streaming, a package of a registered consultant's genuine entries plus MIB
of photo entries (random bytes, stored), whose manifest signature is forged, and a second one
signed by an unknown key. Each import runs in a fresh process with the application code of each
``--code`` folder first on its path (default: this checkout), and reports its peak resident memory
(``VmHWM``) above the memory the process had before the import, with the time taken and the
refusal. Give ``--code /path/to/older/checkout`` to compare with another version.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import uuid
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
CHUNK = 4 * 1024 * 1024
PHOTO_MIB = 60  # under the 64 MB limit of an entry

CHILD = r"""
import resource, sys, time
from pathlib import Path
from pyrage import x25519
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import importer


def peak_mib():
    # VmHWM: this process's own peak (ru_maxrss may carry the parent's peak across fork and exec).
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


office, package, identity = sys.argv[1], sys.argv[2], sys.argv[3]
store = Store.open(Path(office))
identities = [x25519.Identity.from_str(Path(identity).read_text().strip())]
before = peak_mib()
started = time.perf_counter()
try:
    importer.import_package(store, Path(package), identities)
    outcome = "imported"
except KnownProblem as problem:
    outcome = f"{type(problem).__name__}: {str(problem)[:60]}"
elapsed = time.perf_counter() - started
print(f"{before:.0f}\t{peak_mib():.0f}\t{elapsed:.2f}\t{outcome}")
"""


def build(root: Path, mib: int) -> tuple[Path, dict[str, Path]]:
    """An office database (with the consultant registered) and the forged packages."""
    sys.path.insert(0, str(HERE))
    import pyrage

    from sxsh_desktop.sync import keys
    from sxsh_desktop.sync.manifest import MANIFEST_NAME, SIGNATURE_NAME, Manifest, sha256_hex
    from tests.hostile_packages import stranger
    from tests.sync_world import World, small_document, unpack

    world = World(root)
    consultant = world.consultant("an")
    small_document(consultant)
    genuine = world.export(consultant)
    entries = unpack(world, genuine)
    (root / "centre.key").write_text(str(world.centre.identity) + "\n")
    signer = keys.device_keys(consultant)
    photos = [f"photos/{uuid.uuid4()}" for _ in range(max(1, mib // PHOTO_MIB))]
    packages = {}
    for label, signing in (("forged signature", None), ("unknown signer", stranger())):
        zipped = root / f"{label}.zip"
        digests = {}
        with zipfile.ZipFile(zipped, "w") as archive:
            payload = {n: d for n, d in entries.items() if n not in (MANIFEST_NAME, SIGNATURE_NAME)}
            for name in photos:
                digest = hashlib.sha256()
                with archive.open(zipfile.ZipInfo(name), "w", force_zip64=True) as stream:
                    for _ in range(PHOTO_MIB * 1024 * 1024 // CHUNK):
                        block = os.urandom(CHUNK)
                        digest.update(block)
                        stream.write(block)
                digests[name] = digest.hexdigest()
            original = Manifest.from_bytes(entries[MANIFEST_NAME])
            key = signing or signer
            manifest = Manifest(
                package_id=original.package_id,
                sender=key.public,
                sequence=original.sequence,
                created_at=original.created_at,
                interchange_version=original.interchange_version,
                entries={**{n: sha256_hex(d) for n, d in payload.items()}, **digests},
            ).to_bytes()
            archive.writestr(MANIFEST_NAME, manifest)
            archive.writestr(SIGNATURE_NAME, os.urandom(64) if signing is None else key.sign(manifest))
            for name, data in payload.items():
                archive.writestr(name, data)
        sealed = root / f"{label}.sxsh"
        pyrage.encrypt_file(str(zipped), str(sealed), [world.centre.identity.to_public()])
        zipped.unlink()
        packages[label] = sealed
    world.close()
    return world.office.path, packages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=900, help="size of the forged payload in MiB")
    parser.add_argument("--code", action="append", type=Path, help="checkouts to measure (default: this one)")
    args = parser.parse_args()
    folders = args.code or [HERE]
    with tempfile.TemporaryDirectory() as folder:
        office, packages = build(Path(folder), args.mib)
        print("code\tpackage\tsize MiB\tRSS before MiB\tpeak RSS MiB\tseconds\toutcome")
        for code in folders:
            for label, path in packages.items():
                copy = Path(folder) / f"office {uuid.uuid4()}.sqlite3"
                copy.write_bytes(office.read_bytes())
                env = {**os.environ, "PYTHONPATH": str(code)}
                result = subprocess.run(
                    [sys.executable, "-c", CHILD, str(copy), str(path), str(Path(folder) / "centre.key")],
                    env=env,
                    cwd=folder,  # not this checkout: "-c" puts the working folder first on the path
                    capture_output=True,
                    text=True,
                    check=False,
                )
                line = result.stdout.strip() or f"failed: {result.stderr.strip().splitlines()[-1:]}"
                size = path.stat().st_size / 1024 / 1024
                print(f"{code}\t{label}\t{size:.0f}\t{line}")


if __name__ == "__main__":
    main()
