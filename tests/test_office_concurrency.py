"""Several staff on one office database at once (both dialects): a stale edit is refused and loses
nothing; two imports at the same time both land; the same package imported twice at once lands once."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sxsh_desktop.domain import model
from sxsh_desktop.services import editing
from sxsh_desktop.store.errors import StaleRecordError
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import history, importer
from sxsh_desktop.sync.errors import AlreadyImportedError
from tests.sync_world import World, small_document


@pytest.fixture
def world(tmp_path: Path, db_location: Path | str) -> Iterator[World]:
    opened = World(tmp_path, db_location)
    yield opened
    opened.close()


def test_an_edit_made_on_a_version_someone_else_has_since_saved_is_refused_and_theirs_kept(
    store: Store, db_location: Path | str
) -> None:
    enterprise = store.insert(model.Enterprise(name="Công ty CP Thép Hà Tĩnh"))
    colleague = Store.open(db_location)
    try:
        seen = store.get(model.Enterprise, enterprise.id)  # Mai opens the record (revision 1)
        colleague.update(model.Enterprise, enterprise.id, seen_revision=1, employees=120)  # Lan saves first
        with pytest.raises(StaleRecordError, match=r"changed by someone else at .* reload it"):
            store.update(model.Enterprise, enterprise.id, seen_revision=seen.revision, employees=95)
        kept = colleague.get(model.Enterprise, enterprise.id)
        assert (kept.employees, kept.revision) == (120, 2)
        # Reloaded, Mai's edit goes through on the version she now sees.
        assert store.update(model.Enterprise, enterprise.id, seen_revision=2, employees=95).revision == 3
    finally:
        colleague.close()


def test_a_stale_edit_of_several_fields_writes_none_of_them(store: Store, db_location: Path | str) -> None:
    enterprise = store.insert(model.Enterprise(name="HTX Mây tre đan Thạch Hà"))
    assessment = store.insert(model.Assessment(enterprise_id=enterprise.id, title="Đánh giá nhanh"))
    colleague = Store.open(db_location)
    try:
        colleague.update(model.Assessment, assessment.id, title="Đánh giá lại")
        edits: list[editing.FieldEdit] = [
            (model.Enterprise, enterprise.id, {"employees": 12}),
            (model.Assessment, assessment.id, {"title": "Đánh giá của Mai"}),
        ]
        seen = {enterprise.id: 1, assessment.id: assessment.revision}
        with pytest.raises(StaleRecordError):
            store.update_many(edits, seen=seen)
        assert store.get(model.Enterprise, enterprise.id).employees is None
        assert store.get(model.Assessment, assessment.id).title == "Đánh giá lại"
    finally:
        colleague.close()


def _at_once(*calls: Callable[[], Any]) -> list[Any]:
    """Run the calls in threads started together; each one's result, or the exception it raised."""
    results: list[Any] = [None] * len(calls)
    barrier = threading.Barrier(len(calls))

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = calls[index]()
        except Exception as exc:  # the test looks at it
            results[index] = exc

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    return results


def _import_from_own_connection(world: World, path: Path) -> Callable[[], Any]:
    """A member of staff's import, from a store (and so connections) of their own."""

    def run() -> Any:
        store = Store.open(world.office_db)
        try:
            return importer.import_package(store, path, [world.centre.identity])
        finally:
            store.close()

    return run


def test_two_staff_importing_different_packages_at_the_same_time_both_land(world: World) -> None:
    an, binh = world.consultant("an"), world.consultant("bình")
    first = small_document(an, "Đánh giá lò gạch")
    second = small_document(binh, "Đánh giá lò vôi")
    packages = [world.export(an), world.export(binh)]
    results = _at_once(*(_import_from_own_connection(world, path) for path in packages))
    assert all(not isinstance(result, Exception) for result in results), results
    assert {r.counts["new"] for r in results} == {len(list(_records(first)))}
    titles = {a.title for a in world.office.assessments()}
    assert titles == {"Đánh giá lò gạch", "Đánh giá lò vôi"}
    assert {row.sender_name for row in history.import_log(world.office)} == {"an", "bình"}
    assert second.assessment.id in {a.id for a in world.office.assessments()}


def test_the_same_package_imported_twice_at_the_same_time_lands_once(world: World) -> None:
    an = world.consultant("an")
    document = small_document(an)
    package = world.export(an)
    results = _at_once(*(_import_from_own_connection(world, package) for _ in range(2)))
    landed = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(landed) == 1 and landed[0].applied
    assert len(refused) == 1 and isinstance(refused[0], AlreadyImportedError), refused
    assert [a.id for a in world.office.assessments()] == [document.assessment.id]
    assert len(history.import_log(world.office)) == 1
    assert len(world.office.load_document(document.assessment.id).steps) == len(document.steps)


def _records(document: model.AssessmentDocument) -> Iterator[object]:
    from sxsh_desktop.store.repository import records_of

    return records_of([document])
