"""``sxsh self-test``: checks that an installation (or a PyInstaller bundle) has all it needs.

Each check is a small function that raises on failure; all are run and reported, one per line.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

Check = Callable[[Path], None]


def _check_store(folder: Path) -> None:
    from sxsh_desktop.store.repository import Store
    from sxsh_desktop.store.setup import ensure_reference

    store = Store.open(folder / "Nguyễn Văn An" / "self test.sqlite3")
    try:
        ensure_reference(store)
        reference = store.reference()
        assert reference.grid_factor() is not None, "no grid emission factor"
        assert reference.catalogue, "empty option catalogue"
    finally:
        store.close()


def _check_age(folder: Path) -> None:
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    sealed = pyrage.encrypt(b"sxsh", [identity.to_public()])
    assert pyrage.decrypt(sealed, [identity]) == b"sxsh"


def _check_package_round_trip(folder: Path) -> None:
    import pyrage
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from sxsh_desktop.domain import model
    from sxsh_desktop.store.repository import Store
    from sxsh_desktop.sync import export, importer, keys

    consultant = Store.open(folder / "consultant.sqlite3")
    office = Store.open(folder / "office.sqlite3")
    try:
        # A Centre key made on the spot: the real one is passphrase-protected, which is slow on purpose.
        centre = pyrage.x25519.Identity.generate()
        verify_key = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
        keys.trust(
            consultant,
            keys.PublicKey(
                keys.ROLE_CENTRE, "self test", office.device_id, str(centre.to_public()), verify_key
            ),
        )
        enterprise = consultant.insert(model.Enterprise(name="Công ty Thủy sản Đức Thọ"))
        assessment = consultant.insert(model.Assessment(enterprise_id=enterprise.id, title="Kiểm tra"))
        package = folder / "self test.sxsh"
        export.export_package(consultant, package)
        preview = importer.import_package(office, package, [centre], approve_new_key=True)
        assert preview.counts["new"] == 2, f"unexpected import: {preview.counts}"
        assert office.load_document(assessment.id) == consultant.load_document(assessment.id)
    finally:
        consultant.close()
        office.close()


CHECKS: list[tuple[str, Check]] = [
    ("database and migrations", _check_store),
    ("age encryption", _check_age),
    ("encrypted package export and import", _check_package_round_trip),
]


def run_self_test() -> list[str]:
    """Run every check, print one line each, return the names of the failed ones."""
    failures = []
    with tempfile.TemporaryDirectory(prefix="sxsh-self-test-") as temporary:
        for name, check in CHECKS:
            try:
                check(Path(temporary))
            except Exception as exc:
                failures.append(name)
                print(f"FAIL  {name}: {type(exc).__name__}: {exc}")
            else:
                print(f"ok    {name}")
    print("self-test passed" if not failures else f"self-test failed: {', '.join(failures)}", file=sys.stdout)
    return failures
