"""Starting, duplicating and deleting an assessment; its figures and outputs from the store."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from sxsh_desktop.domain import model
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services import assessments, outputs
from sxsh_desktop.services.assessments import NewAssessment
from sxsh_desktop.store.errors import NotFoundError
from sxsh_desktop.store.repository import Store
from tests.report_fixtures import brick_kiln
from tests.sync_world import dump, small_document


def test_start_an_assessment_with_the_consultants_defaults(store: Store) -> None:
    enterprise = store.insert(model.Enterprise(name="Công ty TNHH Thép Kỳ Anh"))
    defaults = NewAssessment(
        title="  Đánh giá   nhanh SXSH 2026 ",
        consultants="KS. Nguyễn Văn An",
        grid_factor_year=2023,
        discount_rate=0.12,
        start_date=date(2026, 3, 10),
    )
    outcome = assessments.start_assessment(store, enterprise.id, defaults)
    started = outcome.value
    assert (started.title, started.baseline_year, started.status) == (
        "Đánh giá nhanh SXSH 2026",
        2025,
        "draft",
    )
    assert (started.grid_factor_year, started.discount_rate) == (2023, 0.12)
    assert store.assessments(enterprise.id) == [started]
    assert outcome.changes.touches("assessment") and outcome.changes.touches_assessment(started.id)


def test_starting_refuses_a_bad_default_and_an_enterprise_that_is_gone(store: Store, db_path: Path) -> None:
    enterprise = store.insert(model.Enterprise(name="Công ty TNHH Thép Kỳ Anh"))
    before = dump(store)
    with pytest.raises(ValidationError, match=r"^Discount rate must be a fraction"):
        assessments.start_assessment(store, enterprise.id, NewAssessment(title="Đánh giá", discount_rate=10))
    with pytest.raises(NotFoundError):
        assessments.start_assessment(store, model.new_id(), NewAssessment(title="Đánh giá"))
    assert dump(store) == before


def test_duplicate_then_delete(store: Store) -> None:
    document = small_document(store)
    copy = assessments.duplicate_assessment(store, document.assessment.id, "Bản sao").value
    assert copy.id != document.assessment.id and copy.title == "Bản sao" and copy.status == "draft"
    copied = store.load_document(copy.id)
    assert [s.name for s in copied.steps] == [s.name for s in document.steps]
    assert store.photo_data(copied.photos[0].id) == store.photo_data(document.photos[0].id)

    outcome = assessments.delete_assessment(store, document.assessment.id)
    assert outcome.changes.touches("assessment", "photo")
    assert [a.id for a in store.assessments()] == [copy.id]
    assert {t["record_id"] for t in store.tombstones()} >= {document.assessment.id}


def test_outputs_are_written_from_the_stored_assessment(store: Store, tmp_path: Path) -> None:
    doc, photos = brick_kiln()
    store.save_document(dataclasses.replace(doc, photos=[]))
    for photo in doc.photos:
        store.add_photo(photo, photos[photo.id])
    document, figures = outputs.assessment_figures(store, doc.assessment.id)
    assert document.assessment == doc.assessment
    assert figures == outputs.compute_figures(document, store.reference())

    pdf = outputs.write_report(store, doc.assessment.id, tmp_path / "báo cáo.pdf")
    reader = PdfReader(pdf)
    assert "Công ty Cổ phần Gạch Tuynel Đức Thọ" in reader.pages[0].extract_text()
    assert sum(len(page.images) for page in reader.pages) == len(photos)  # read from the store
    xlsx = outputs.write_workbook(store, doc.assessment.id, tmp_path / "đánh giá.xlsx", "en")
    assert load_workbook(xlsx).sheetnames[0] == "Enterprise"
