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
    from sxsh_desktop.services.enterprises import register_enterprise
    from sxsh_desktop.store.repository import Store

    store = Store.open(folder / "search.sqlite3")
    try:
        register_enterprise(store, Enterprise(name="Công ty TNHH Gạch Tuynel Đồng Lộc"))
        assert store.count_search("dong loc") == 1, "search without diacritics found nothing"
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
    from sxsh_desktop.services import packages
    from sxsh_desktop.services.assessments import NewAssessment, start_assessment
    from sxsh_desktop.services.enterprises import register_enterprise
    from sxsh_desktop.store.repository import Store
    from sxsh_desktop.sync import keys

    consultant = Store.open(folder / "consultant.sqlite3")
    office = Store.open(folder / "office.sqlite3")
    try:
        # A Centre key made on the spot: the real one is passphrase-protected, which is slow on purpose.
        centre = pyrage.x25519.Identity.generate()
        verify_key = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
        packages.trust_key(
            consultant,
            keys.PublicKey(
                keys.ROLE_CENTRE, "self test", office.device_id, str(centre.to_public()), verify_key
            ),
        )
        enterprise = register_enterprise(consultant, model.Enterprise(name="Công ty Thủy sản Đức Thọ")).value
        assessment = start_assessment(consultant, enterprise.id, NewAssessment(title="Kiểm tra")).value
        package = folder / "self test.sxsh"
        # A signer made on the spot too: the device key would go into this computer's keychain.
        signer = keys.KeyPair.generate(keys.ROLE_CONSULTANT, "self test", consultant.device_id)
        packages.export_packages(consultant, package, signer=signer)
        preview = packages.import_package(office, package, [centre], approve_new_key=True).value
        assert preview.counts["new"] == 2, f"unexpected import: {preview.counts}"
        assert office.load_document(assessment.id) == consultant.load_document(assessment.id)
    finally:
        consultant.close()
        office.close()


def _check_translations(folder: Path) -> None:
    from sxsh_desktop.paths import resource

    for name in ("sxsh_vi.qm", "sxsh_en.qm", "qt_vi.qm"):
        catalogue = resource("translations", name)
        assert catalogue.is_file() and catalogue.stat().st_size > 16, f"missing or empty {name}"


def _check_interchange(folder: Path) -> None:
    from sxsh_desktop.demo import demo_documents
    from sxsh_desktop.interchange.jsonformat import dumps, loads, schema_path

    document, _photos = demo_documents()[0]
    assert loads(dumps(document)) == document, "interchange JSON round trip changed the sample"
    assert schema_path().is_file(), f"JSON Schema missing: {schema_path()}"


def _write_report(path: Path) -> Path:
    """A short report with Vietnamese text."""
    from sxsh_desktop.domain.model import Assessment, AssessmentDocument, Enterprise, ProcessStep
    from sxsh_desktop.domain.reference import ReferenceData
    from sxsh_desktop.services.outputs import Output, OutputJob, write_output

    document = AssessmentDocument(Enterprise(name="Công ty Nước mắm Đồng Lộc"), Assessment())
    document.steps = [ProcessStep(name="Ủ chượp trong thùng gỗ")]
    return write_output(OutputJob(Output.PDF, document, ReferenceData(), path))


def _check_report(folder: Path) -> None:
    """A PDF with Vietnamese text: proves the report fonts are found and embedded (in a bundle too)."""
    data = _write_report(folder / "báo cáo.pdf").read_bytes()
    assert data.startswith(b"%PDF") and b"/FontFile2" in data, "report fonts not embedded"


def _check_pdf_rendering(folder: Path) -> None:
    """PDFium's native library (print preview and printing) loads and renders a report's page."""
    import pypdfium2
    import pypdfium2.raw

    document = pypdfium2.PdfDocument(_write_report(folder / "trang in.pdf"))
    try:
        page = document[0]
        bitmap = page.render(scale=50 / 72, force_bitmap_format=pypdfium2.raw.FPDFBitmap_Gray)
        darkest = min(bytes(bitmap.buffer))
        bitmap.close()
        page.close()
    finally:
        document.close()
    assert darkest < 128, "the rendered page is blank"


def _check_photos(folder: Path) -> None:
    from sxsh_desktop.ui.photo_import import self_check

    self_check(folder)


CHECKS: list[tuple[str, Check]] = [
    ("database and migrations", _check_store),
    ("registry search", _check_search),
    ("age encryption", _check_age),
    ("encrypted package export and import", _check_package_round_trip),
    ("interchange JSON and sample data", _check_interchange),
    ("window translations", _check_translations),
    ("PDF report with Vietnamese fonts", _check_report),
    ("PDF pages rendered for printing", _check_pdf_rendering),
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
