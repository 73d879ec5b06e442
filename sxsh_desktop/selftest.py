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


def _check_search(folder: Path) -> None:
    # Needs SQLite with FTS5, which the bundled sqlite3 library must provide.
    from sxsh_desktop.domain.model import Enterprise
    from sxsh_desktop.store.repository import Store

    store = Store.open(folder / "search.sqlite3")
    try:
        store.insert(Enterprise(name="Công ty TNHH Gạch Tuynel Đồng Lộc"))
        assert store.count_search("dong loc") == 1, "search without diacritics found nothing"
    finally:
        store.close()


def _check_age(folder: Path) -> None:
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    sealed = pyrage.encrypt(b"sxsh", [identity.to_public()])
    assert pyrage.decrypt(sealed, [identity]) == b"sxsh"


def _check_interchange(folder: Path) -> None:
    from sxsh_desktop.demo import demo_documents
    from sxsh_desktop.interchange.jsonformat import dumps, loads, schema_path

    document, _photos = demo_documents()[0]
    assert loads(dumps(document)) == document, "interchange JSON round trip changed the sample"
    assert schema_path().is_file(), f"JSON Schema missing: {schema_path()}"


def _check_photos(folder: Path) -> None:
    from sxsh_desktop.ui.photo_import import self_check

    self_check(folder)


CHECKS: list[tuple[str, Check]] = [
    ("database and migrations", _check_store),
    ("registry search", _check_search),
    ("age encryption", _check_age),
    ("interchange JSON and sample data", _check_interchange),
    ("photo formats (JPEG)", _check_photos),
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
