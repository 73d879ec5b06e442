"""The local database: migrations, durability facts, known problems, records and documents."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Table, insert

from sxsh_desktop.domain import model
from sxsh_desktop.store import schema
from sxsh_desktop.store.db import Database, head_revision
from sxsh_desktop.store.errors import DamagedDatabaseError, NewerDatabaseError, NotFoundError
from sxsh_desktop.store.records import insert_rows, to_row
from sxsh_desktop.store.repository import Store, records_of
from sxsh_desktop.store.search import INDEX_TABLES
from tests.documents import small_document


def _declared_in_metadata(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # The registry's full-text index is SQLite-only and lives outside the declared schema.
    return not (type_ == "table" and name in INDEX_TABLES)


def test_migrating_an_empty_file_gives_exactly_the_declared_schema(db_path: Path) -> None:
    database = Database.open(db_path)
    assert database.current_revision() == head_revision()
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": _declared_in_metadata})
        differences = compare_metadata(context, schema.metadata)
    assert differences == []
    database.close()


def test_database_runs_in_wal_mode_with_foreign_keys(db_path: Path) -> None:
    database = Database.open(db_path)
    with database.begin() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    database.close()


def test_a_database_from_a_newer_version_is_refused_and_left_unchanged(db_path: Path) -> None:
    Database.open(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        Database.open(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_and_left_unchanged(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)
    before = db_path.read_bytes()
    with pytest.raises(DamagedDatabaseError):
        Database.open(db_path)
    assert db_path.read_bytes() == before


def test_an_older_database_is_backed_up_then_migrated_keeping_its_data(db_path: Path) -> None:
    from alembic import command

    from sxsh_desktop.store.db import _alembic_config
    from sxsh_desktop.store.sqlite import create_sqlite_engine

    first = "0001"
    if head_revision() == first:
        pytest.skip("only one schema revision so far")
    db_path.parent.mkdir(parents=True)
    engine = create_sqlite_engine(db_path)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, first)
        connection.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('kept', 'dữ liệu cũ')")
    engine.dispose()
    database = Database.open(db_path)
    assert database.current_revision() == head_revision()
    assert database.get_meta("kept") == "dữ liệu cũ"
    assert database.backup_path is not None and database.backup_path.exists()
    with sqlite3.connect(database.backup_path) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)
    database.close()


def test_local_edits_stamp_revision_time_and_device(store: Store) -> None:
    enterprise = store.insert(model.Enterprise(name="Công ty CP Thủy sản Hà Tĩnh"))
    assert enterprise.revision == 1 and enterprise.device_id == store.device_id
    changed = store.update(model.Enterprise, enterprise.id, short_name="Thủy sản HT")
    assert changed.revision == 2
    assert changed.updated_at >= enterprise.updated_at
    assert store.get(model.Enterprise, enterprise.id).short_name == "Thủy sản HT"
    with pytest.raises(ValueError):
        store.update(model.Enterprise, enterprise.id, revision=7)


def test_an_update_as_the_first_local_edit_of_a_new_database_is_saved(db_path: Path) -> None:
    store = Store.open(db_path)  # no device id made yet: a document from elsewhere does not need one
    enterprise = model.Enterprise(name="Công ty CP Gạch Hồng Lĩnh")
    document = model.AssessmentDocument(enterprise, model.Assessment(enterprise_id=enterprise.id))
    store.save_document(document)
    assert store.update(model.Enterprise, enterprise.id, employees=40).revision == 2
    store.close()


def test_the_device_id_is_kept_across_openings(db_path: Path) -> None:
    first = Store.open(db_path)
    device = first.device_id
    first.close()
    again = Store.open(db_path)
    assert again.device_id == device
    again.close()


def _small_document(store: Store) -> model.AssessmentDocument:
    enterprise = store.insert(model.Enterprise(name="Công ty Gạch Tuynel Đồng Lộc"))
    assessment = store.insert(model.Assessment(enterprise_id=enterprise.id, title="Đánh giá nhanh 2026"))
    step = store.insert(model.ProcessStep(assessment_id=assessment.id, name="Nung gạch"))
    store.insert(model.StepFlow(step_id=step.id, name="Than cám", quantity=1200, unit="t"))
    waste = store.insert(
        model.WasteStream(assessment_id=assessment.id, step_id=step.id, name="Nhiệt thất thoát")
    )
    store.insert(model.Cause(waste_stream_id=waste.id, description="Lò hở", category="EQP"))
    coal = store.insert(
        model.Consumption(assessment_id=assessment.id, kind="fuel", name="Than", fuel_code="coal_cam_3_4")
    )
    solution = store.insert(
        model.Solution(assessment_id=assessment.id, title="Bảo ôn lò", waste_stream_id=waste.id)
    )
    store.insert(model.SolutionSaving(solution_id=solution.id, consumption_id=coal.id, quantity=60))
    store.add_photo(
        model.Photo(assessment_id=assessment.id, owner_kind="step", owner_id=step.id), b"\x89PNG..."
    )
    return store.load_document(assessment.id)


def test_a_document_holds_every_record_of_its_assessment(store: Store) -> None:
    document = _small_document(store)
    assert [len(getattr(document, name)) for name, _ in model.DOCUMENT_COLLECTIONS] == [
        0,
        0,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
    ]
    assert document.enterprise.name == "Công ty Gạch Tuynel Đồng Lộc"


def test_saving_a_loaded_document_changes_nothing(store: Store) -> None:
    document = _small_document(store)
    store.save_document(document)
    assert store.load_document(document.assessment.id) == document


def test_saving_a_document_removes_the_records_it_no_longer_holds(store: Store) -> None:
    document = _small_document(store)
    document.causes = []
    store.save_document(document)
    assert store.load_document(document.assessment.id).causes == []


def test_deleting_a_step_removes_its_flows_and_leaves_a_tombstone(store: Store) -> None:
    document = _small_document(store)
    store.delete(model.ProcessStep, document.steps[0].id)
    after = store.load_document(document.assessment.id)
    assert after.steps == [] and after.flows == []
    assert after.waste_streams[0].step_id is None  # the waste stream stays, unlinked
    [tombstone] = store.tombstones()
    assert tombstone["record_id"] == document.steps[0].id
    assert tombstone["assessment_id"] == document.assessment.id


def test_a_delete_may_be_the_first_write_of_a_session(db_path: Path) -> None:
    # A document saved as it came (a package, the demo) stamps no device: the delete that follows
    # is the first to need this installation's id.
    from sxsh_desktop.demo import demo_documents

    first = Store.open(db_path)
    document, photos = demo_documents()[0]
    first.save_document(document, photo_data=photos)
    first.close()
    store = Store.open(db_path)
    try:
        store.delete(model.StepFlow, document.flows[0].id)
        [tombstone] = store.tombstones()
        assert tombstone["record_id"] == document.flows[0].id
        assert tombstone["device_id"] == store.device_id
    finally:
        store.close()


def test_duplicating_an_assessment_copies_everything_under_new_ids(store: Store) -> None:
    document = _small_document(store)
    copy = store.load_document(store.duplicate_assessment(document.assessment.id, title="Bản sao").id)
    assert copy.assessment.title == "Bản sao"
    old_ids = {r.id for name, _ in model.DOCUMENT_COLLECTIONS for r in getattr(document, name)}
    new_ids = {r.id for name, _ in model.DOCUMENT_COLLECTIONS for r in getattr(copy, name)}
    assert not old_ids & new_ids
    assert copy.flows[0].step_id == copy.steps[0].id
    assert copy.savings[0].consumption_id == copy.consumptions[0].id
    assert store.photo_data(copy.photos[0].id) == b"\x89PNG..."


def test_a_photo_and_its_bytes_are_stored_together(store: Store) -> None:
    document = _small_document(store)
    photo = document.photos[0]
    assert store.photo_data(photo.id) == b"\x89PNG..."
    store.delete(model.Photo, photo.id)
    with pytest.raises(NotFoundError):
        store.photo_data(photo.id)


def test_reference_data_is_installed_and_read_back_equal(store: Store) -> None:
    from sxsh_desktop.domain.reference_files import load_reference_files

    shipped = load_reference_files()
    installed = store.reference()
    for field in dataclasses.fields(installed):
        assert sorted(map(repr, getattr(installed, field.name))) == sorted(
            map(repr, getattr(shipped, field.name))
        )


def test_every_committed_edit_survives_a_killed_process(db_path: Path) -> None:
    """A writer killed with SIGKILL right after its last edit loses nothing it had saved."""
    import os
    import signal
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        f"""
        import os, signal
        from sxsh_desktop.domain import model
        from sxsh_desktop.store.repository import Store
        store = Store.open({str(db_path)!r})
        enterprise = store.insert(model.Enterprise(name="Cơ sở nước mắm Cẩm Nhượng"))
        for index in range(20):
            store.update(model.Enterprise, enterprise.id, notes=f"lần sửa {{index}}")
        print(enterprise.id, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=Path(__file__).parent.parent
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    enterprise_id = result.stdout.strip()
    reopened = Store.open(db_path)
    enterprise = reopened.get(model.Enterprise, enterprise_id)
    assert (enterprise.notes, enterprise.revision) == ("lần sửa 19", 21)
    reopened.close()
    assert os.path.exists(db_path)


@pytest.mark.sqlite_only  # a full disk made with SQLite's max_page_count
def test_a_full_disk_is_a_clear_problem_and_leaves_the_document_as_it_was(store: Store) -> None:
    from sxsh_desktop.store.errors import DiskFullError

    document = _small_document(store)
    with store.database.begin() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    # SQLite reports "database or disk is full" once it may not grow: the same path as a full disk.
    store.database.engine.dispose()

    from sqlalchemy import event

    @event.listens_for(store.database.engine, "connect")
    def _cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    # Each within the field rules (20,000 characters), together 2 MB.
    large = [
        model.WasteStream(assessment_id=document.assessment.id, characteristics="x" * 20_000)
        for _ in range(100)
    ]
    with pytest.raises(DiskFullError, match="full"):
        store.insert_many(large)
    assert store.load_document(document.assessment.id) == document


def test_the_declared_schema_revision_is_the_newest_migration() -> None:
    from sxsh_desktop.store.db import SCHEMA_REVISION

    assert head_revision() == SCHEMA_REVISION


def test_opening_an_up_to_date_database_does_not_load_the_migration_machinery(db_path: Path) -> None:
    import subprocess
    import sys

    Database.open(db_path).close()
    code = (
        "import sys\nfrom sxsh_desktop.store.repository import Store\n"
        f"store = Store.open({str(db_path)!r})\nstore.count_enterprises()\n"
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parent.parent
    )
    assert result.stdout.strip() == "False", result.stderr


def test_a_damaged_page_stops_a_migration_before_anything_is_written(db_path: Path) -> None:
    from alembic import command

    from sxsh_desktop.store.db import _alembic_config
    from sxsh_desktop.store.sqlite import create_sqlite_engine

    db_path.parent.mkdir(parents=True)
    engine = create_sqlite_engine(db_path)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql("CREATE TABLE filler (x TEXT)")
        connection.exec_driver_sql("INSERT INTO filler VALUES (hex(randomblob(3000)))")
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        root = connection.exec_driver_sql("SELECT rootpage FROM sqlite_master WHERE name = 'filler'").scalar()
    engine.dispose()
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[(root - 1) * page_size] = 0x01  # not a valid b-tree page type: the table's root page is damaged
    db_path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError):
        Database.open(db_path)
    assert bytes(data) == db_path.read_bytes()
    assert not list(db_path.parent.glob("*.backup-*"))


def _core_insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    connection.execute(insert(table), rows)


def test_rows_inserted_in_bulk_are_stored_exactly_as_sqlalchemy_stores_them(tmp_path: Path) -> None:
    document = small_document()
    # On the whole second, where SQLite's own datetime adapter would drop the microseconds.
    document.assessment.created_at = datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)
    document.team.append(dataclasses.replace(document.team[0], id=model.new_id(), name="Trần Văn Bình"))
    rows: dict[str, list[dict[str, Any]]] = {}
    for record in records_of([document]):
        rows.setdefault(schema.entity_of(type(record)), []).append(to_row(record))
    stored = []
    writers: list[Callable[[Connection, Table, list[dict[str, Any]]], None]] = [_core_insert, insert_rows]
    for number, write in enumerate(writers):
        database = Database.open(tmp_path / f"{number}.sqlite3")
        with database.begin() as connection:
            for entity, entity_rows in rows.items():
                write(connection, schema.RECORD_TABLES[entity][1], entity_rows)
        database.close()
        raw = sqlite3.connect(tmp_path / f"{number}.sqlite3")
        stored.append(
            {entity: raw.execute(f"SELECT * FROM {entity} ORDER BY id").fetchall() for entity in rows}
        )
        raw.close()
    assert stored[0] == stored[1]
    assert len(stored[1]["team_member"]) == 2
    assert "2025-03-04 05:06:07.000000" in stored[1]["assessment"][0]
