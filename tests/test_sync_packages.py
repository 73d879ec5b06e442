"""Export and import of encrypted packages: the standard formats, merging, history."""

from __future__ import annotations

import gc
import io
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyrage
import pytest
from pyrage import passphrase as age_passphrase
from sqlalchemy import update

from sxsh_desktop.demo import load_demo
from sxsh_desktop.domain import model
from sxsh_desktop.store import schema
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import conflicts, export, history, importer, keys, merge, owners
from sxsh_desktop.sync.errors import AlreadyImportedError, KeyProblem, SyncError, UnknownSenderError
from sxsh_desktop.sync.merge import ChangeKind
from tests.sync_world import PASSPHRASE, World, small_document


@pytest.fixture
def world(tmp_path: Path, db_location: Path | str) -> Iterator[World]:
    opened = World(tmp_path, db_location)
    yield opened
    opened.close()


def test_the_package_opens_with_the_age_tool_and_holds_a_plain_zip(world: World, tmp_path: Path) -> None:
    consultant = world.consultant("an")
    small_document(consultant)
    package = world.export(consultant)
    # The Centre's stored identity is a standard passphrase-encrypted age file holding an identity file.
    sealed_identity = keys.centre_identity_file(world.office)
    assert sealed_identity.startswith(b"age-encryption.org/v1\n-> scrypt ")
    identity_file = tmp_path / "centre.key"
    identity_file.write_bytes(age_passphrase.decrypt(sealed_identity, PASSPHRASE))
    result = subprocess.run(
        ["age", "--decrypt", "-i", str(identity_file), str(package)], capture_output=True, check=True
    )
    with zipfile.ZipFile(io.BytesIO(result.stdout)) as archive:
        names = archive.namelist()
    assert {"manifest.json", "manifest.sig", "tombstones.json"} <= set(names)
    assert any(name.startswith("records/") for name in names)
    assert any(name.startswith("photos/") for name in names)


def test_the_consultant_can_open_their_own_package(world: World) -> None:
    consultant = world.consultant("an")
    small_document(consultant)
    package = world.export(consultant)
    assert zipfile.is_zipfile(
        io.BytesIO(pyrage.decrypt(package.read_bytes(), [keys.device_keys(consultant).identity]))
    )


def test_demo_assessments_arrive_with_every_field_and_photo(world: World) -> None:
    consultant = world.consultant("an")
    ids = load_demo(consultant)
    preview = world.import_(world.export(consultant))
    assert preview.applied and preview.counts["new"] == preview.counts["new"] > 0
    assert preview.counts["conflict"] == preview.counts["updated"] == 0
    for assessment_id in ids:
        document = consultant.load_document(assessment_id)
        assert world.office.load_document(assessment_id) == document
        for photo in document.photos:
            assert world.office.photo_data(photo.id) == consultant.photo_data(photo.id)
        # Imported enterprises are found by the office's registry search.
        found = world.office.search_enterprises(document.enterprise.name)
        assert document.enterprise.id in {e.id for e in found}


def test_a_dry_run_shows_the_preview_and_writes_nothing(world: World) -> None:
    consultant = world.consultant("an")
    document = small_document(consultant)
    before = world.dump()
    preview = world.import_(world.export(consultant), dry_run=True)
    assert not preview.applied
    assert preview.counts["new"] == 8 and len(preview.of_kind(ChangeKind.NEW)) == 8
    assert {c.assessment_id for c in preview.changes if c.entity != "enterprise"} == {document.assessment.id}
    assert world.dump() == before


def test_an_unknown_sender_is_refused_then_approved_after_comparing_fingerprints(world: World) -> None:
    consultant = world.consultant("bình", registered=False)
    small_document(consultant)
    package = world.export(consultant)
    before = world.dump()
    with pytest.raises(UnknownSenderError) as refused:
        world.import_(package)
    assert refused.value.sender.fingerprint == keys.device_keys(consultant).public.fingerprint
    assert refused.value.sender.fingerprint in str(refused.value)
    assert world.dump() == before
    preview = world.import_(package, approve_new_key=True)
    assert preview.sender_is_new and preview.counts["new"] == 8
    assert [k.public.name for k in keys.trusted_keys(world.office)] == ["bình"]


def test_importing_the_same_package_again_changes_nothing(world: World) -> None:
    consultant = world.consultant("an")
    small_document(consultant)
    package = world.export(consultant)
    world.import_(package)
    before = world.dump()
    with pytest.raises(AlreadyImportedError, match="already imported"):
        world.import_(package)
    assert world.dump() == before


def test_the_cycle_collector_resumes_after_an_import_with_what_it_keeps_in_the_oldest_generation(
    world: World,
) -> None:
    consultant = world.consultant("an")
    small_document(consultant)
    package = world.export(consultant)
    gc.enable()  # paused during each test of the suite
    try:
        preview = world.import_(package)
        assert gc.isenabled() and gc.get_freeze_count() == 0
        oldest = {id(found) for found in gc.get_objects(generation=2)}
        assert id(preview) in oldest and id(preview.changes[0].incoming) in oldest
        with pytest.raises(AlreadyImportedError):
            world.import_(package)
        assert gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.disable()


def test_a_later_package_brings_only_the_changes(world: World) -> None:
    consultant = world.consultant("an")
    document = small_document(consultant)
    world.import_(world.export(consultant))
    consultant.update(model.Solution, document.solutions[0].id, investment=57_000_000.0)
    consultant.delete(model.Cause, document.causes[0].id)
    preview = world.import_(world.export(consultant))
    assert preview.counts["updated"] == 1 and preview.counts["deleted"] == 1
    assert preview.counts["conflict"] == 0
    assert world.office.load_document(document.assessment.id) == consultant.load_document(
        document.assessment.id
    )


def _made_yesterday(store: Store) -> None:
    """Changes made in the same second as an export count as changed (they may be): move them away."""
    yesterday = datetime.now(UTC) - timedelta(days=1)
    with store.database.begin() as connection:
        for _cls, table in schema.RECORD_TABLES.values():
            connection.execute(update(table).values(updated_at=yesterday))


def test_export_without_choice_sends_only_what_changed_since_the_last_export(world: World) -> None:
    consultant = world.consultant("an")
    first = small_document(consultant, "Lò gạch số 1")
    second = small_document(consultant, "Lò gạch số 2")
    _made_yesterday(consultant)
    world.export(consultant)
    consultant.update(model.Assessment, second.assessment.id, conclusions="Đã hoàn thành")
    result = export.export_package(consultant, world.root / "changes.sxsh")
    assert result.assessment_ids == (second.assessment.id,)
    assert first.assessment.id not in result.assessment_ids
    assert [r.sequence for r in export.export_history(consultant)] == [2, 1]
    _made_yesterday(consultant)
    with pytest.raises(SyncError, match="Nothing has changed"):
        export.export_package(consultant, world.root / "nothing.sxsh")
    assert not (world.root / "nothing.sxsh").exists()


def test_export_choices_mark_what_changed_and_each_assessment_keeps_its_history(world: World) -> None:
    consultant = world.consultant("an")
    first = small_document(consultant, "Lò gạch số 1")
    second = small_document(consultant, "Lò gạch số 2")
    assert all(choice.changed for choice in export.export_choices(consultant))
    _made_yesterday(consultant)
    world.export(consultant, [first.assessment.id])
    world.export(consultant, [first.assessment.id, second.assessment.id])
    consultant.update(model.Assessment, second.assessment.id, conclusions="Đã hoàn thành")
    choices = {choice.assessment_id: choice for choice in export.export_choices(consultant)}
    assert (choices[first.assessment.id].changed, choices[second.assessment.id].changed) == (False, True)
    assert choices[second.assessment.id].title == "Lò gạch số 2"
    assert [r.sequence for r in export.export_history(consultant, first.assessment.id)] == [2, 1]
    assert [r.sequence for r in export.export_history(consultant, second.assessment.id)] == [2]


def test_export_needs_the_centres_key(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "alone.sqlite3")
    small_document(store)
    with pytest.raises(KeyProblem, match="Centre's public key is not installed"):
        export.export_package(store, tmp_path / "p.sxsh")
    assert not (tmp_path / "p.sxsh").exists()
    store.close()


def test_an_edit_at_both_ends_is_one_conflict_kept_with_both_versions(world: World) -> None:
    consultant = world.consultant("an")
    document = small_document(consultant)
    world.import_(world.export(consultant))
    solution_id = document.solutions[0].id
    world.office.update(model.Solution, solution_id, investment=40_000_000.0)
    consultant.update(model.Solution, solution_id, investment=57_000_000.0)
    preview = world.import_(world.export(consultant))
    assert preview.counts["conflict"] == 1 and preview.counts["updated"] == 0
    assert world.office.get(model.Solution, solution_id).investment == 40_000_000.0  # not overwritten
    [conflict] = conflicts.conflicts(world.office)
    assert conflict.record_id == solution_id and conflict.sender_name == "an"
    assert conflict.differences() == [("investment", 40_000_000.0, 57_000_000.0)]
    conflicts.resolve_conflict(world.office, conflict.id, "incoming")
    assert world.office.get(model.Solution, solution_id).investment == 57_000_000.0
    assert conflicts.conflicts(world.office) == []
    # The consultant's next package, based on the version now at the office, merges cleanly.
    consultant.update(model.Solution, solution_id, responsible="Ông Nguyễn Văn Đức")
    assert world.import_(world.export(consultant)).counts["updated"] == 1


def test_keeping_the_office_version_leaves_it_and_a_resent_package_is_no_new_conflict(world: World) -> None:
    consultant = world.consultant("an")
    document = small_document(consultant)
    world.import_(world.export(consultant))
    waste_id = document.waste_streams[0].id
    world.office.update(model.WasteStream, waste_id, characteristics="Khí nóng 180 °C")
    consultant.update(model.WasteStream, waste_id, characteristics="Khí thải nóng")
    world.import_(world.export(consultant))
    [conflict] = conflicts.conflicts(world.office)
    conflicts.resolve_conflict(world.office, conflict.id, "office")
    assert world.office.get(model.WasteStream, waste_id).characteristics == "Khí nóng 180 °C"
    preview = world.import_(world.export(consultant, [document.assessment.id]))
    assert preview.counts["conflict"] == 0
    assert world.office.get(model.WasteStream, waste_id).characteristics == "Khí nóng 180 °C"


def test_a_deletion_of_a_record_changed_at_the_office_is_a_conflict(world: World) -> None:
    consultant = world.consultant("an")
    document = small_document(consultant)
    world.import_(world.export(consultant))
    cause_id = document.causes[0].id
    world.office.update(model.Cause, cause_id, category="CTRL")
    consultant.delete(model.Cause, cause_id)
    preview = world.import_(world.export(consultant))
    assert [c.reason for c in preview.conflicts] == ["changed at the office, deleted by the sender"]
    assert world.office.get(model.Cause, cause_id).category == "CTRL"
    [conflict] = conflicts.conflicts(world.office)
    assert conflict.incoming is None
    conflicts.resolve_conflict(world.office, conflict.id, "incoming")
    assert world.office.load_document(document.assessment.id).causes == []


def test_a_new_record_under_a_parent_the_office_deleted_is_held_as_a_conflict(world: World) -> None:
    consultant = world.consultant("an")
    document = small_document(consultant)
    world.import_(world.export(consultant))
    step_id = document.steps[0].id
    world.office.delete(model.ProcessStep, step_id)
    flow = consultant.insert(model.StepFlow(step_id=step_id, name="Điện", quantity=50_000, unit="kWh"))
    before_conflicts = world.dump()
    preview = world.import_(world.export(consultant))
    assert world.dump() != before_conflicts
    held = {c.record_id: c.reason for c in preview.conflicts}
    assert "deleted at the office" in held[flow.id]
    assert world.office.load_document(document.assessment.id).steps == []


def test_a_gap_in_a_senders_sequence_numbers_is_reported_and_logged(world: World) -> None:
    consultant = world.consultant("an")
    document = small_document(consultant)
    first = world.export(consultant)
    consultant.update(model.Assessment, document.assessment.id, notes="lần 2")
    second = world.export(consultant)
    consultant.update(model.Assessment, document.assessment.id, notes="lần 3")
    third = world.export(consultant)
    world.import_(first)
    preview = world.import_(third)
    assert preview.missing_sequences == (2,)
    # The older package arriving late does not take the record back to its older version.
    late = world.import_(second)
    assert late.missing_sequences == ()
    assert world.office.get(model.Assessment, document.assessment.id).notes == "lần 3"
    log = history.import_log(world.office)
    assert [(r.sequence, r.missing_sequences) for r in log] == [(2, ()), (3, (2,)), (1, ())]
    assert {r.sender_name for r in log} == {"an"}


def test_any_error_while_applying_leaves_the_database_exactly_as_it_was(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    consultant = world.consultant("an")
    small_document(consultant)
    package = world.export(consultant)
    before = world.dump()

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk failed in the middle")

    monkeypatch.setattr(merge, "_remember_bases", broken)  # after every record was written
    with pytest.raises(OSError):
        world.import_(package)
    assert world.dump() == before


def test_two_consultants_editing_different_records_merge_cleanly(world: World) -> None:
    an, binh = world.consultant("an"), world.consultant("bình")
    document = small_document(an)
    world.import_(world.export(an))
    binh.save_document(document, {p.id: an.photo_data(p.id) for p in document.photos})  # handed over
    owners.share_assessment(world.office, document.assessment.id, keys.find_key(world.office, "bình"))
    an.update(model.Solution, document.solutions[0].id, investment=12_000_000.0)
    binh.update(model.Cause, document.causes[0].id, category="CTRL")
    assert world.import_(world.export(an)).counts["conflict"] == 0
    preview = world.import_(world.export(binh))
    assert preview.counts["conflict"] == 0 and preview.counts["updated"] == 1
    merged = world.office.load_document(document.assessment.id)
    assert merged.solutions[0].investment == 12_000_000.0 and merged.causes[0].category == "CTRL"


def test_the_preview_explains_itself_as_json(world: World) -> None:
    consultant = world.consultant("an")
    small_document(consultant)
    preview = world.import_(world.export(consultant), dry_run=True)
    data = preview.to_json()
    assert data["sender"]["name"] == "an" and data["counts"]["new"] == 8
    assert {c["entity"] for c in data["changes"]} >= {"enterprise", "assessment", "photo"}
    assert importer.ImportPreview is type(preview)
