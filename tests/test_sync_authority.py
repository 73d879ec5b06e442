"""Authority, not only authenticity: what a signed package from a registered consultant may change.

Two consultants (An and Bình) and the office. Each hostile package is either refused whole (the
office database dump is unchanged, the message names the record) or its change is kept as a
conflict for ``sxsh conflicts`` (checked exactly), with the preview counting what the import does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sxsh_desktop.cli import main
from sxsh_desktop.domain import model
from sxsh_desktop.store import schema
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import conflicts, keys, merge, owners
from sxsh_desktop.sync.errors import RecordIdentityError
from sxsh_desktop.sync.importer import ImportPreview
from sxsh_desktop.sync.merge import ChangeKind
from sxsh_desktop.sync.payload import Payload, Tombstone
from tests.sync_world import PASSPHRASE, World, reseal, small_document, unpack


@pytest.fixture
def world(tmp_path: Path, db_location: Path | str) -> Iterator[World]:
    opened = World(tmp_path, db_location)
    yield opened
    opened.close()


@pytest.fixture
def team(world: World) -> tuple[Store, Store, model.AssessmentDocument]:
    """An's assessment, imported at the office; Bình, another registered consultant."""
    an, binh = world.consultant("an"), world.consultant("bình")
    document = small_document(an)
    world.import_(world.export(an))
    return an, binh, document


def _records(world: World) -> list[str]:
    """The office dump without the sync bookkeeping (import log, bases, conflicts, owners)."""
    return [line for line in world.dump() if '"sync_' not in line]


def _import(world: World, path: Path) -> ImportPreview:
    """Import after a dry run; the preview counts exactly what the import then does."""
    preview = world.import_(path, dry_run=True)
    applied = world.import_(path)
    assert [(c.kind, c.record_id) for c in preview.changes] == [
        (c.kind, c.record_id) for c in applied.changes
    ]
    assert preview.counts == applied.counts
    return applied


def _refused(world: World, path: Path, match: str) -> RecordIdentityError:
    before = world.dump()
    with pytest.raises(RecordIdentityError, match=match) as refused:
        world.import_(path)
    assert world.dump() == before
    assert "\n" not in str(refused.value) and "Nothing was imported" in str(refused.value)
    return refused.value


def _own_assessment(
    store: Store, enterprise: model.Enterprise, *extra: model.SyncFields
) -> model.AssessmentDocument:
    """An assessment of ``store``'s own under ``enterprise``, holding the ``extra`` records."""
    device = store.device_id
    assessment = model.Assessment(enterprise_id=enterprise.id, title="Đánh giá của Bình", device_id=device)
    document = model.AssessmentDocument(enterprise=enterprise, assessment=assessment)
    for record in extra:
        record.device_id = device
        if hasattr(record, "assessment_id"):
            record.assessment_id = assessment.id  # type: ignore[attr-defined]
        collection = next(name for name, cls in model.DOCUMENT_COLLECTIONS if isinstance(record, cls))
        getattr(document, collection).append(record)
    store.save_document(document)
    return document


def _count(store: Store) -> int:
    with store.database.begin() as connection:
        return sum(
            connection.execute(select(func.count()).select_from(table)).scalar_one()
            for _, table in schema.RECORD_TABLES.values()
        )


# --- an id belongs to one kind and one parent for life --------------------------------------------


def test_a_step_moved_into_another_assessment_by_reusing_its_id_is_refused(
    world: World, team: tuple[Store, Store, model.AssessmentDocument]
) -> None:
    _, binh, document = team
    step_id = document.steps[0].id
    _own_assessment(binh, document.enterprise, model.ProcessStep(id=step_id, name="Nung gạch"))
    error = _refused(world, world.export(binh), "moves process step")
    assert step_id in str(error) and document.assessment.id in str(error)


def test_an_id_reused_for_another_kind_is_refused_and_the_genuine_update_still_merges(
    world: World, team: tuple[Store, Store, model.AssessmentDocument]
) -> None:
    an, binh, document = team
    step_id = document.steps[0].id
    _own_assessment(binh, document.enterprise, model.Product(id=step_id, name="Gạch đặc"))
    error = _refused(world, world.export(binh), "sends a product")
    assert f"id {step_id}, which the office holds as a process step" in str(error)
    # An's genuine change of the step is an update, not a conflict.
    an.update(model.ProcessStep, step_id, equipment="Lò tuynel")
    preview = _import(world, world.export(an))
    assert preview.counts["updated"] == 1 and preview.counts["conflict"] == 0
    assert world.office.get(model.ProcessStep, step_id).equipment == "Lò tuynel"


def test_an_id_the_office_deleted_as_another_kind_is_refused(
    world: World, team: tuple[Store, Store, model.AssessmentDocument]
) -> None:
    _, binh, document = team
    cause_id = document.causes[0].id
    world.office.delete(model.Cause, cause_id)
    _own_assessment(binh, document.enterprise, model.TeamMember(id=cause_id, name="Lê Văn Tám"))
    error = _refused(world, world.export(binh), "deleted as a cause")
    assert cause_id in str(error)


def _with_tombstones(world: World, path: Path, signer: Store, tombstones: list[dict[str, object]]) -> Path:
    entries = unpack(world, path)
    entries["tombstones.json"] = json.dumps(tombstones).encode()
    return reseal(world, path.with_name("sửa.sxsh"), entries, keys.device_keys(signer))


def _tombstone(record_id: str, entity: str, assessment_id: str | None, device: str) -> dict[str, object]:
    return Tombstone(record_id, entity, assessment_id, datetime.now(UTC), device).to_json()


def test_a_tombstone_naming_another_kind_or_another_assessment_is_refused(
    world: World, team: tuple[Store, Store, model.AssessmentDocument]
) -> None:
    _, binh, document = team
    own = _own_assessment(binh, document.enterprise)
    package = world.export(binh)
    step_id = document.steps[0].id
    as_photo = _with_tombstones(
        world, package, binh, [_tombstone(step_id, "photo", document.assessment.id, binh.device_id)]
    )
    assert step_id in str(_refused(world, as_photo, "sends a photo"))
    elsewhere = _with_tombstones(
        world, package, binh, [_tombstone(step_id, "process_step", own.assessment.id, binh.device_id)]
    )
    assert step_id in str(_refused(world, elsewhere, "moves process step"))


def test_a_refusal_on_the_command_line_is_one_line_and_exit_2(
    world: World,
    team: tuple[Store, Store, model.AssessmentDocument],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, binh, document = team
    _own_assessment(binh, document.enterprise, model.ProcessStep(id=document.steps[0].id, name="Nung"))
    package = world.export(binh)
    monkeypatch.setenv("SXSH_PASSPHRASE", PASSPHRASE)
    assert main(["--db", world.office_db, "keys", "list"]) == 0  # the command line's first start
    capsys.readouterr()
    before = world.dump()
    code = main(["--db", world.office_db, "import", str(package)])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1 and document.steps[0].id in captured.err
    assert world.dump() == before


# --- enterprises are shared; office edits and other consultants' versions are never overwritten ----


def test_another_consultants_enterprise_is_not_overwritten_but_kept_as_a_conflict(
    world: World, team: tuple[Store, Store, model.AssessmentDocument]
) -> None:
    _, binh, document = team
    office_copy = world.office.get(model.Enterprise, document.enterprise.id)
    forged = model.Enterprise(
        **{**vars(office_copy), "name": "Công ty của Bình", "revision": 99, "device_id": binh.device_id}
    )
    own = _own_assessment(binh, forged)
    preview = _import(world, world.export(binh))
    assert preview.counts == {"new": 1, "updated": 0, "unchanged": 0, "deleted": 0, "conflict": 1}
    assert world.office.get(model.Enterprise, document.enterprise.id) == office_copy
    [conflict] = conflicts.conflicts(world.office)
    assert (conflict.record_id, conflict.entity, conflict.sender_name) == (
        document.enterprise.id,
        "enterprise",
        "bình",
    )
    assert conflict.reason == merge.OFFICE_REASONS[merge.Reason.OTHER_SENDER]
    assert conflict.office == office_copy and conflict.incoming == forged
    assert conflict.differences() == [("name", office_copy.name, "Công ty của Bình")]
    # Bình's own assessment arrived and is Bình's.
    assert world.office.get(model.Assessment, own.assessment.id) == own.assessment
    [writer] = owners.assessment_writers(world.office, own.assessment.id)
    assert (writer.device_id, writer.role) == (binh.device_id, "owner")


def test_an_enterprise_edited_at_the_office_is_kept_against_a_consultants_version(
    world: World, team: tuple[Store, Store, model.AssessmentDocument]
) -> None:
    an, _, document = team
    world.office.update(model.Enterprise, document.enterprise.id, employees=250)
    an.update(model.Enterprise, document.enterprise.id, employees=300)
    records = _records(world)
    preview = _import(world, world.export(an))
    assert preview.counts["conflict"] == 1 and preview.counts["updated"] == 0
    assert _records(world) == records
    [conflict] = conflicts.conflicts(world.office)
    assert conflict.differences() == [("employees", 250, 300)]


# --- an assessment belongs to the consultant who sent it first ------------------------------------


def test_changes_to_another_consultants_assessment_are_conflicts_until_the_office_shares_it(
    world: World, team: tuple[Store, Store, model.AssessmentDocument]
) -> None:
    an, binh, document = team
    binh.save_document(
        an.load_document(document.assessment.id), {p.id: an.photo_data(p.id) for p in document.photos}
    )
    binh.update(model.Assessment, document.assessment.id, title="Bình đổi tên")
    binh.delete(model.Solution, document.solutions[0].id)
    records = _records(world)
    preview = _import(world, world.export(binh))
    assert preview.counts["conflict"] == 2 and preview.counts["updated"] == preview.counts["deleted"] == 0
    assert _records(world) == records
    held = {c.record_id: (c.reason, c.sender_name) for c in conflicts.conflicts(world.office)}
    assert held == {
        document.assessment.id: (merge.NOT_OWNER, "bình"),
        document.solutions[0].id: (merge.NOT_OWNER, "bình"),
    }
    # Once the office shares the assessment with Bình, Bình's next change merges.
    assert main(["--db", world.office_db, "share", document.assessment.id, "--with", "bình"]) == 0
    binh.update(model.Assessment, document.assessment.id, notes="tiếp tục")
    preview = _import(world, world.export(binh))
    assert preview.counts["conflict"] == 0
    assert world.office.get(model.Assessment, document.assessment.id).notes == "tiếp tục"
    roles = {(w.device_id, w.role) for w in owners.assessment_writers(world.office, document.assessment.id)}
    assert roles == {(an.device_id, "owner"), (binh.device_id, "shared")}


# --- deletions take what the database deletes with them -------------------------------------------


def test_deleting_an_enterprise_never_deletes_another_consultants_assessment(
    world: World, team: tuple[Store, Store, model.AssessmentDocument]
) -> None:
    an, binh, document = team
    own = _own_assessment(binh, world.office.get(model.Enterprise, document.enterprise.id))
    world.import_(world.export(binh))
    binh.delete(model.Enterprise, document.enterprise.id)
    records = _records(world)
    preview = _import(world, world.export(binh))
    assert preview.counts == {"new": 0, "updated": 0, "unchanged": 0, "deleted": 0, "conflict": 1}
    assert _records(world) == records
    assert world.office.load_document(document.assessment.id) == an.load_document(document.assessment.id)
    assert world.office.get(model.Assessment, own.assessment.id) == own.assessment
    [conflict] = conflicts.conflicts(world.office)
    assert (conflict.record_id, conflict.incoming, conflict.reason) == (
        document.enterprise.id,
        None,
        merge.DELETION_TAKES_OTHERS,
    )


def test_deleting_an_enterprise_whose_assessment_the_office_edited_is_a_conflict(
    world: World, team: tuple[Store, Store, model.AssessmentDocument]
) -> None:
    an, _, document = team
    world.office.update(model.ProcessStep, document.steps[0].id, equipment="Lò vòng")
    an.delete(model.Enterprise, document.enterprise.id)
    records = _records(world)
    preview = _import(world, world.export(an))
    assert preview.counts["deleted"] == 0 and preview.counts["conflict"] == 1
    assert _records(world) == records
    [conflict] = conflicts.conflicts(world.office)
    assert (conflict.record_id, conflict.reason) == (document.enterprise.id, merge.DELETION_TAKES_CHANGED)


def test_deleting_an_assessment_with_a_record_the_office_edited_is_a_conflict(
    world: World, team: tuple[Store, Store, model.AssessmentDocument]
) -> None:
    an, _, document = team
    world.office.update(model.Cause, document.causes[0].id, category="CTRL")
    an.delete(model.Assessment, document.assessment.id)
    records = _records(world)
    preview = _import(world, world.export(an))
    assert [(c.kind, c.record_id) for c in preview.changes] == [(ChangeKind.CONFLICT, document.assessment.id)]
    assert _records(world) == records
    [conflict] = conflicts.conflicts(world.office)
    assert conflict.reason == merge.DELETION_TAKES_CHANGED


def test_deleting_ones_own_enterprise_counts_every_record_it_takes(
    world: World, team: tuple[Store, Store, model.AssessmentDocument]
) -> None:
    an, _, document = team
    an.delete(model.Enterprise, document.enterprise.id)
    before = _count(world.office)
    preview = _import(world, world.export(an))
    taken = before - _count(world.office)
    assert taken == 8 and preview.counts["deleted"] == taken and preview.counts["conflict"] == 0
    with world.office.database.begin() as connection:
        tombstones = set(connection.execute(select(schema.tombstone.c.record_id)).scalars())
        blobs = connection.execute(select(func.count()).select_from(schema.photo_blob)).scalar_one()
    assert tombstones == {c.record_id for c in preview.changes} and blobs == 0
    assert world.office.search_enterprises(document.enterprise.name) == []


def test_a_plan_refused_inside_the_import_transaction_writes_nothing(
    world: World, team: tuple[Store, Store, model.AssessmentDocument]
) -> None:
    """The checks run again inside the write transaction, on a payload built by hand."""
    _, binh, document = team
    payload = Payload(
        documents=[],
        photos={},
        tombstones=[Tombstone(document.steps[0].id, "cause", None, datetime.now(UTC), binh.device_id)],
    )
    before = world.dump()
    with (
        pytest.raises(RecordIdentityError, match="holds as a process step"),
        world.office.database.begin() as connection,
    ):
        merge.plan(connection, payload, binh.device_id, world.office.device_id)
    assert world.dump() == before


def test_a_tombstone_sent_twice_deletes_once(
    world: World, team: tuple[Store, Store, model.AssessmentDocument]
) -> None:
    an, _, document = team
    cause_id = document.causes[0].id
    an.delete(model.Cause, cause_id)
    twice = [_tombstone(cause_id, "cause", document.assessment.id, an.device_id)] * 2
    preview = _import(world, _with_tombstones(world, world.export(an), an, twice))
    assert [(c.kind, c.record_id) for c in preview.changes if c.kind is not ChangeKind.UNCHANGED] == [
        (ChangeKind.DELETED, cause_id)
    ]
    assert world.office.load_document(document.assessment.id).causes == []
