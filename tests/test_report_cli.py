"""``sxsh report`` and ``sxsh workbook``: files from the database, clear messages for bad input."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from sxsh_desktop.cli import main
from sxsh_desktop.store.repository import Store
from tests.report_fixtures import brick_kiln


def _db(store: Store) -> str:
    """The store's database as ``--db`` takes it (a file, or a PostgreSQL URL)."""
    return store.database.url or str(store.path)


@pytest.fixture
def saved(store: Store) -> tuple[Store, str]:
    doc, photos = brick_kiln()
    stored_photos = doc.photos
    store.save_document(dataclasses.replace(doc, photos=[]))
    for photo in stored_photos:
        store.add_photo(photo, photos[photo.id])
    return store, doc.assessment.id


def test_report_and_workbook_from_the_database(saved: tuple[Store, str], tmp_path: Path) -> None:
    store, assessment_id = saved
    pdf = tmp_path / "Báo cáo Gạch Đức Thọ.pdf"
    assert main(["--db", _db(store), "report", assessment_id[:8], "-o", str(pdf)]) == 0
    reader = PdfReader(pdf)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Công ty Cổ phần Gạch Tuynel Đức Thọ" in text
    assert sum(len(page.images) for page in reader.pages) == 3  # the photos came from the store
    english = tmp_path / "report.pdf"
    assert main(["--db", _db(store), "report", assessment_id, "-o", str(english), "--lang", "en"]) == 0
    assert "CLEANER PRODUCTION" in PdfReader(english).pages[0].extract_text()
    xlsx = tmp_path / "đánh giá.xlsx"
    assert main(["--db", _db(store), "workbook", assessment_id, "-o", str(xlsx)]) == 0
    assert load_workbook(xlsx).sheetnames[0] == "Doanh nghiệp"


def test_bad_input_gives_one_line_and_writes_nothing(
    saved: tuple[Store, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, assessment_id = saved
    db = _db(store)
    out = tmp_path / "out"
    out.mkdir()
    cases = [
        (["report", "ffff0000", "-o", str(out / "a.pdf")], "no assessment has an id starting with"),
        (["workbook", "no-such-id", "-o", str(out / "a.xlsx")], "is not an id"),
        (["report", assessment_id, "-o", str(out / "a.txt")], "must end in .pdf"),
        (["workbook", assessment_id, "-o", str(out / "a.pdf")], "must end in .xlsx"),
        (["report", assessment_id, "-o", str(out / "missing" / "a.pdf")], "does not exist"),
        (["report", assessment_id, "-o", str(out / "a.pdf"), "--lang", "fr"], "invalid choice"),
    ]
    for arguments, message in cases:
        assert main(["--db", db, *arguments]) == 2
        error = capsys.readouterr().err
        assert message in error and error.count("\n") == 1, error
    assert list(out.iterdir()) == []
