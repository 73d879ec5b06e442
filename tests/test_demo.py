"""The sample data: complete, realistic, valid, and loaded only once."""

from __future__ import annotations

from pathlib import Path

from sxsh_desktop.calc import compute_assessment
from sxsh_desktop.demo import demo_documents, demo_folder, load_demo
from sxsh_desktop.domain.model import Assessment
from sxsh_desktop.domain.pngimage import png_size
from sxsh_desktop.domain.reference_files import load_reference_files
from sxsh_desktop.domain.taxcode import is_valid_tax_code
from sxsh_desktop.domain.validation import validate_document
from sxsh_desktop.interchange.importer import ImportOutcome, import_document
from sxsh_desktop.interchange.jsonformat import loads
from sxsh_desktop.store.repository import Store
from tests.documents import snapshot


def test_three_enterprises_of_different_sectors_in_ha_tinh_communes() -> None:
    reference = load_reference_files()
    communes = {unit.name for unit in reference.admin_units if unit.level in ("ward", "commune")}
    documents = [document for document, _ in demo_documents()]
    assert len(documents) >= 3
    assert len({d.enterprise.sector_code for d in documents}) == len(documents)
    for document in documents:
        enterprise = document.enterprise
        assert enterprise.province == "Hà Tĩnh"
        assert enterprise.commune in communes
        assert reference.sector(enterprise.sector_code) is not None


def test_tax_codes_are_valid_hà_tĩnh_codes() -> None:
    for document, _ in demo_documents():
        code = document.enterprise.tax_code
        assert is_valid_tax_code(code) and code.startswith("30"), code


def test_every_assessment_is_complete() -> None:
    reference = load_reference_files()
    for document, images in demo_documents():
        assert validate_document(document, reference) == []
        assert document.main_product() is not None and document.team
        assert 3 <= len(document.steps) <= 6
        assert all(document.flows_of(step.id) for step in document.steps)
        kinds = {c.kind for c in document.consumptions}
        assert {"raw_material", "electricity", "fuel", "water"} <= kinds
        assert all(c.unit_price and c.unit_price > 0 for c in document.consumptions)
        assert all(reference.fuel(c.fuel_code) for c in document.consumptions if c.kind == "fuel")
        assert document.waste_streams and all(document.causes_of(w.id) for w in document.waste_streams)
        assert len(document.solutions) >= 5
        for solution in document.solutions:
            assert solution.technique and document.savings_of(solution.id)
        assert sum(s.cost_class in ("no_cost", "low") for s in document.solutions) >= 4
        for photo in document.photos:
            assert png_size(images[photo.id]) == (photo.width, photo.height)


def test_figures_are_of_the_order_seen_in_cp_demonstrations() -> None:
    reference = load_reference_files()
    for document, _ in demo_documents():
        figures = compute_assessment(document, reference)
        assert not figures.warnings, figures.warnings
        totals = figures.counted
        assert totals.net_yearly_savings > 0 and totals.fossil_co2_t > 0
        assert 2 <= totals.resource_savings_pct <= 30
        assert all(
            c.saved_pct is None or c.saved_pct <= 30 for c in figures.per_consumption if c.saved_quantity
        )


def test_vietnamese_text_is_in_precomposed_form() -> None:
    import unicodedata

    for document, _ in demo_documents():
        for text in (document.enterprise.name, *(s.title for s in document.solutions)):
            assert unicodedata.normalize("NFC", text) == text


def test_loading_twice_adds_nothing_the_second_time(store: Store) -> None:
    ids = load_demo(store)
    assert len(store.assessments()) == len(ids) == 3
    before = snapshot(store)
    assert load_demo(store) == ids
    assert snapshot(store) == before
    for (document, images), assessment_id in zip(demo_documents(), ids, strict=True):
        stored = store.load_document(assessment_id)
        assert len(stored.solutions) == len(document.solutions)
        for photo_id, data in images.items():
            assert store.photo_data(photo_id) == data


def test_the_sample_is_interchange_files_that_the_json_import_reads(tmp_path: Path) -> None:
    # The files are what `sxsh assessment export-json` writes, and the photos are named by id.
    files = sorted(demo_folder().glob("*.json"))
    assert len(files) == 3
    for path, (document, images) in zip(files, demo_documents(), strict=True):
        assert loads(path.read_bytes()) == document
        assert {p.name for p in (demo_folder() / "photos").glob("*")} >= {f"{i}.png" for i in images}
    # Importing the files one by one as real data gives the same database as the sample command.
    by_hand, by_demo = Store.open(tmp_path / "hand.sqlite3"), Store.open(tmp_path / "demo.sqlite3")
    try:
        for document, images in demo_documents():
            assert import_document(by_hand, document, images).outcome is ImportOutcome.ADDED
        load_demo(by_demo)
        for document, _ in demo_documents():
            assessment_id = document.assessment.id
            assert by_hand.load_document(assessment_id) == by_demo.load_document(assessment_id)
    finally:
        by_hand.close()
        by_demo.close()


def test_loading_again_keeps_what_the_user_changed_in_a_sample_assessment(store: Store) -> None:
    ids = load_demo(store)
    renamed = store.update(Assessment, ids[0], title="Đánh giá của tôi")
    before = snapshot(store)
    assert load_demo(store) == ids
    assert snapshot(store) == before
    assert store.get(Assessment, ids[0]).title == renamed.title == "Đánh giá của tôi"
