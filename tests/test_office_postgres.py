"""The office on PostgreSQL: staff logins and row ownership, moving an office from its SQLite file,
the schema, backups before a migration and the known problems. Needs a server (see README)."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, make_url, select, text

from sxsh_desktop.cli import main
from sxsh_desktop.domain import model
from sxsh_desktop.services import office_database
from sxsh_desktop.store import postgres, roles, schema
from sxsh_desktop.store.db import Database, head_revision
from sxsh_desktop.store.errors import (
    DatabaseLockedError,
    DatabaseLoginError,
    DiskFullError,
    NeedsAdministratorError,
    NotPermittedError,
)
from sxsh_desktop.store.move import TargetNotEmptyError
from sxsh_desktop.store.repository import Store
from sxsh_desktop.store.search import INDEX_TABLES
from sxsh_desktop.store.setup import ensure_reference
from tests.postgres_server import PostgresServer
from tests.sync_world import World, small_document

pytestmark = pytest.mark.postgres

PASSWORD = "mật khẩu dài đủ"
_logins = itertools.count(1)


@pytest.fixture
def office(postgres_server: PostgresServer) -> Iterator[str]:
    """A migrated office database (its administrator's URL)."""
    url = postgres_server.new_database()
    yield url
    postgres_server.drop_database(url)


@pytest.fixture
def staff(office: str, postgres_server: PostgresServer) -> Iterator[Callable[..., str]]:
    """Adds a member of staff to ``office`` and gives the URL they log in with; their roles are
    dropped after the test (roles belong to the whole server)."""
    made: list[str] = []

    def add(name: str, *, lead: bool = False) -> str:
        login = f"{name}_{os.getpid()}_{next(_logins)}"
        office_database.add_staff(office, login, PASSWORD, lead=lead)
        made.append(login)
        return make_url(office).set(username=login, password=PASSWORD).render_as_string(hide_password=False)

    yield add
    engine = create_engine(
        make_url(office).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    with engine.connect() as connection:
        for login in made:
            connection.execute(text(f'DROP OWNED BY "{login}"'))
            connection.execute(text(f'DROP ROLE "{login}"'))
    engine.dispose()


def _as(url: str) -> Store:
    store = Store.open(url)
    ensure_reference(store)
    return store


# --- ownership -------------------------------------------------------------------------------------


def test_staff_change_only_their_own_assessments_and_a_lead_changes_all(
    office: str, staff: Callable[..., str]
) -> None:
    mai, lan, lead = _as(staff("mai")), _as(staff("lan")), _as(staff("truong", lead=True))
    try:
        # Staff logins are not the tables' owner (row security would not bind it); the window warns
        # whoever opens the office with the administrator's.
        assert not any(s.database.connects_as_owner() for s in (mai, lan, lead))
        admin = Store.open(office)
        assert admin.database.connects_as_owner()
        admin.close()
        enterprise = mai.insert(model.Enterprise(name="Công ty CP Gạch ngói Đồng Lộc"))
        mine = mai.insert(model.Assessment(enterprise_id=enterprise.id, title="Đánh giá của Mai"))
        step = mai.insert(model.ProcessStep(assessment_id=mine.id, name="Nung gạch"))
        # Lan reads it, but may neither change, extend nor delete it.
        assert lan.get(model.Assessment, mine.id).title == "Đánh giá của Mai"
        with pytest.raises(NotPermittedError, match="belongs to another member of staff"):
            lan.update(model.Assessment, mine.id, title="Lan sửa")
        with pytest.raises(NotPermittedError):
            lan.update(model.ProcessStep, step.id, name="Lan sửa")
        with pytest.raises(NotPermittedError):
            lan.insert(model.ProcessStep(assessment_id=mine.id, name="Bước của Lan"))
        with pytest.raises(NotPermittedError):
            lan.delete(model.Assessment, mine.id)
        document = mai.load_document(mine.id)
        assert (document.assessment.title, document.assessment.revision) == ("Đánh giá của Mai", 1)
        assert [s.name for s in document.steps] == ["Nung gạch"]
        assert mai.tombstones() == []
        # Her own work she changes; the lead changes anyone's.
        own = lan.insert(model.Assessment(enterprise_id=enterprise.id, title="Đánh giá của Lan"))
        assert lan.update(model.Assessment, own.id, title="Lan sửa của mình").revision == 2
        assert lead.update(model.Assessment, mine.id, title="Trưởng phòng sửa").revision == 2
        assert mai.get(model.Assessment, mine.id).title == "Trưởng phòng sửa"
        lead.delete(model.ProcessStep, step.id)
        assert mai.load_document(mine.id).steps == []
    finally:
        for store in (mai, lan, lead):
            store.close()


def test_a_lead_hands_an_assessment_on_and_the_new_owner_may_change_it(
    office: str, staff: Callable[..., str]
) -> None:
    mai_url, lan_url = staff("mai"), staff("lan")
    mai, lan = _as(mai_url), _as(lan_url)
    try:
        enterprise = mai.insert(model.Enterprise(name="HTX Nước mắm Cẩm Nhượng"))
        assessment = mai.insert(model.Assessment(enterprise_id=enterprise.id, title="Đánh giá"))
        lan_login = make_url(lan_url).username
        assert lan_login is not None
        office_database.assign(office, assessment.id, lan_login)
        assert lan.update(model.Assessment, assessment.id, title="Của Lan").revision == 2
        with pytest.raises(NotPermittedError):
            mai.update(model.Assessment, assessment.id, title="Của Mai")
    finally:
        mai.close()
        lan.close()


def test_office_user_commands_add_list_and_disable_logins(
    office: str,
    staff: Callable[..., str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lan_url = staff("lan")  # made through the same use case, dropped after the test
    lan = make_url(lan_url).username
    lead = f"truong_{os.getpid()}_{next(_logins)}"
    monkeypatch.setenv("SXSH_NEW_USER_PASSWORD", PASSWORD)
    assert main(["--db", office, "office", "user", "add", lead, "--lead"]) == 0
    try:
        assert main(["--db", office, "office", "user", "list", "--json"]) == 0
        capsys.readouterr()
        assert main(["--db", office, "office", "user", "list"]) == 0
        listing = capsys.readouterr().out.splitlines()
        assert any(line.split()[:3] == [lead, "lead", "yes"] for line in listing)
        assert any(line.split()[:3] == [lan, "staff", "yes"] for line in listing)
        assert main(["--db", office, "office", "user", "add", lead]) == 2  # already there
        assert f"already a login called {lead}" in capsys.readouterr().err
        assert main(["--db", office, "office", "user", "disable", str(lan)]) == 0
        with pytest.raises(DatabaseLoginError):
            Store.open(lan_url)
        # A member of staff's login cannot create staff.
        lead_url = (
            make_url(office).set(username=lead, password=PASSWORD).render_as_string(hide_password=False)
        )
        assert main(["--db", lead_url, "office", "user", "add", f"x_{os.getpid()}"]) == 2
    finally:
        engine = create_engine(
            make_url(office).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
        )
        with engine.connect() as connection:
            connection.execute(text(f'DROP OWNED BY "{lead}"'))
            connection.execute(text(f'DROP ROLE "{lead}"'))
        engine.dispose()


def test_a_member_of_staff_cannot_migrate_and_is_told_to_ask_an_administrator(
    office: str, staff: Callable[..., str]
) -> None:
    lan_url = staff("lan")
    admin = create_engine(make_url(office).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:  # as if the database were of an earlier version
        connection.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    admin.dispose()
    with pytest.raises(NeedsAdministratorError, match="by an administrator"):
        Store.open(lan_url)


# --- the schema, backups and known problems ----------------------------------------------------------


def _declared(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    if (type_ == "table" and name in INDEX_TABLES) or (
        type_ == "index" and name in roles.POSTGRES_ONLY_INDEXES
    ):
        return False
    table = getattr(getattr(obj, "table", None), "name", None)
    return not (type_ == "column" and (table, name) in roles.POSTGRES_ONLY_COLUMNS)


def test_sxsh_init_creates_an_office_database_and_never_prints_its_password(
    postgres_server: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = postgres_server.empty_database()
    try:
        assert main(["--db", url, "init"]) == 0
        out = capsys.readouterr().out
        password = make_url(url).password
        assert out.startswith("Database ready: postgresql://") and (not password or password not in out)
        assert main(["--db", url, "init"]) == 0  # again: nothing to do
        store = Store.open(url)
        assert store.has_reference() and store.database.current_revision() == head_revision()
        store.close()
    finally:
        postgres_server.drop_database(url)


def test_migrating_an_empty_database_gives_exactly_the_declared_schema(
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.empty_database()
    try:
        database = Database.open(url)
        assert database.current_revision() == head_revision()
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_object": _declared})
            assert compare_metadata(context, schema.metadata) == []
        database.close()
    finally:
        postgres_server.drop_database(url)


@pytest.mark.skipif(shutil.which("pg_restore") is None, reason="pg_restore is not installed")
def test_an_older_database_is_backed_up_with_pg_dump_then_migrated(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    from alembic import command

    from sxsh_desktop.store.db import _alembic_config

    url = postgres_server.empty_database()
    try:
        engine = postgres.create_postgres_engine(url)
        config = _alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0005")
            connection.execute(text("INSERT INTO meta (key, value) VALUES ('kept', 'dữ liệu cũ')"))
        engine.dispose()
        database = Database.open(url)
        assert database.current_revision() == head_revision()
        assert database.get_meta("kept") == "dữ liệu cũ"
        backup = database.backup_path
        assert backup is not None and backup.parent == Path(os.environ["SXSH_DATA_DIR"]) / "backups"
        listing = subprocess.run(
            ["pg_restore", "--list", str(backup)], capture_output=True, text=True, check=True
        )
        assert "TABLE DATA public meta" in listing.stdout
        database.close()
    finally:
        postgres_server.drop_database(url)


def test_a_row_another_member_of_staff_is_writing_is_reported_busy(
    office: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(postgres, "LOCK_TIMEOUT_MS", 200)
    store = _as(office)
    enterprise = store.insert(model.Enterprise(name="Công ty TNHH Bao bì Hà Tĩnh"))
    store.close()
    other = create_engine(make_url(office).set(drivername="postgresql+psycopg"))
    store = _as(office)
    try:
        with other.begin() as connection:
            connection.execute(
                text("SELECT 1 FROM enterprise WHERE id = :id FOR UPDATE"), {"id": enterprise.id}
            )
            with pytest.raises(DatabaseLockedError, match="busy"):
                store.update(model.Enterprise, enterprise.id, employees=30)
        assert store.get(model.Enterprise, enterprise.id).employees is None
    finally:
        store.close()
        other.dispose()


def test_a_full_disk_on_the_server_is_the_known_problem() -> None:
    import psycopg.errors

    problem = postgres.translate(
        psycopg.errors.DiskFull("could not extend file: No space left on device"), "postgresql://x@h/sxsh"
    )
    assert isinstance(problem, DiskFullError) and "postgresql://x@h/sxsh" in str(problem)


def test_an_unreachable_server_is_a_clear_problem() -> None:
    from sxsh_desktop.store.errors import DatabaseUnreachableError

    with pytest.raises(DatabaseUnreachableError, match="cannot be reached"):
        Store.open("postgresql://nobody:secret@127.0.0.1:9/sxsh")


# --- moving an office from SQLite ------------------------------------------------------------------


def _every_table(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    with store.reading() as connection:
        return {
            table.name: sorted((tuple(row) for row in connection.execute(select(table))), key=repr)
            for table in schema.metadata.sorted_tables
        }


def test_moving_an_office_to_postgresql_copies_every_table(
    tmp_path: Path, postgres_server: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    world = World(tmp_path)  # an office on SQLite with imports, conflicts, keys and photos
    an, binh = world.consultant("an"), world.consultant("bình")
    document = small_document(an)
    small_document(binh, "Đánh giá lò vôi")
    world.import_(world.export(an))
    world.import_(world.export(binh))
    an.update(model.Enterprise, document.enterprise.id, employees=48)
    world.office.update(model.Enterprise, document.enterprise.id, employees=50)
    world.import_(world.export(an))  # a conflict, held at the office
    world.office.delete(model.Solution, document.solutions[0].id)  # a tombstone
    source = world.office.path
    before = _every_table(world.office)
    searched = [e.id for e in world.office.search_enterprises("dong loc")]
    world.close()
    assert all(before[name] for name in ("sync_conflict", "tombstone", "photo_blob", "sync_own_key", "meta"))

    target = postgres_server.empty_database()
    try:
        assert main(["office", "move-to-postgres", "--from", str(source), "--to", target]) == 0
        assert "Moved" in capsys.readouterr().out
        moved = Store.open(target)
        try:
            assert _every_table(moved) == before
            assert [e.id for e in moved.search_enterprises("dong loc")] == searched
            assert moved.device_id == dict(before["meta"])["device_id"]  # still the same office
        finally:
            moved.close()
        # A second move into the same database is refused and changes nothing.
        with pytest.raises(TargetNotEmptyError):
            office_database.move_office(source, target)
        moved = Store.open(target)
        assert _every_table(moved) == before
        moved.close()
    finally:
        postgres_server.drop_database(target)
