"""Opening the database: file checks, migrations (with a backup first), the device id.

``Database`` hands out short transactions: ``with db.begin() as conn`` for one that may write (it
takes the write lock at its start, so that it waits for another writer instead of failing), and
``with db.read() as conn`` for one that only reads. Nothing keeps a connection or a session between
two use cases. A database nobody may write to (read-only file, folder or disk) is opened read-only:
everything can be read, and a write is refused as ``ReadOnlyDatabaseError``.

A database is an SQLite file (a path) or, for an office with several staff, a PostgreSQL database
(a ``postgresql://`` URL). What differs between them stays in ``store/sqlite.py`` and
``store/postgres.py``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, select, text
from sqlalchemy.exc import DBAPIError

from sxsh_desktop.store import postgres, schema, sqlite
from sxsh_desktop.store.errors import (
    NeedsAdministratorError,
    NewerDatabaseError,
    NotPermittedError,
    ReadOnlyDatabaseError,
    StoreError,
)
from sxsh_desktop.store.revision import SCHEMA_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DEVICE_ID_KEY = "device_id"


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def backups_dir() -> Path:
    """Where backups of a PostgreSQL database are written before it is migrated."""
    from sxsh_desktop.paths import user_data_dir

    return user_data_dir() / "backups"


class Database:
    """An open database (an SQLite file or a PostgreSQL database), migrated to this version's schema."""

    def __init__(
        self, path: Path, engine: Engine, *, read_only: bool = False, location: str | None = None
    ) -> None:
        # The SQLite file; for PostgreSQL, ``location`` (the URL without its password) is all there is.
        self.path = path
        self.location = location if location is not None else str(path)
        self.engine = engine
        self.read_only = read_only
        # The copy made before this opening migrated the database (None: no migration, or a new one).
        self.backup_path: Path | None = None
        self._device_id: str | None = None
        self._url: str | None = None

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    @classmethod
    def open(cls, location: Path | str, *, migrate: bool = True, backup: bool = True) -> Database:
        """Open (creating or migrating it when ``migrate``) the database at ``location``: a path to an
        SQLite file or a ``postgresql://`` URL. ``backup``: copy it before migrating it (PostgreSQL:
        False when the administrator has just made a backup by hand)."""
        if postgres.is_url(location):
            return cls._open_postgres(str(location), migrate=migrate, backup=backup)
        path = Path(location)
        sqlite.check_file(path)
        existing = path.exists() and path.stat().st_size > 0
        try:
            return cls._open(path, migrate=migrate, read_only=existing and not sqlite.writable(path))
        except ReadOnlyDatabaseError:
            if not existing or not sqlite.writable(path):
                raise
            # Permissions that the file's mode does not show (network shares, Windows ACLs).
            return cls._open(path, migrate=migrate, read_only=True)

    @classmethod
    def _open(cls, path: Path, *, migrate: bool, read_only: bool) -> Database:
        engine = sqlite.create_sqlite_engine(path, read_only=read_only)
        database = cls(path, engine, read_only=read_only)
        try:
            if migrate:
                database._migrate()
        except DBAPIError as exc:
            engine.dispose()
            raise sqlite.translate(exc, path, opening=True) from exc
        except BaseException:
            engine.dispose()
            raise
        return database

    @classmethod
    def _open_postgres(cls, url: str, *, migrate: bool, backup: bool) -> Database:
        engine = postgres.create_postgres_engine(url)
        database = cls(Path(), engine, location=postgres.display(url))
        database._url = url
        try:
            if migrate:
                database._migrate(backup=backup)
        except DBAPIError as exc:
            engine.dispose()
            raise postgres.translate(exc, url, opening=True) from exc
        except BaseException:
            engine.dispose()
            raise
        return database

    def connects_as_owner(self) -> bool:
        """PostgreSQL: whether this login owns the tables (or is a superuser), so that row-level
        security does not apply to it: staff must use logins of their own."""
        if self._url is None:
            return False
        with self.read() as connection:
            return bool(
                connection.execute(
                    text(
                        "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
                        " OR coalesce((SELECT tableowner = current_user FROM pg_tables"
                        " WHERE schemaname = 'public' AND tablename = 'assessment'), false)"
                    )
                ).scalar_one()
            )

    @property
    def url(self) -> str | None:
        """The PostgreSQL URL this database was opened with (with its password); None for SQLite."""
        return self._url

    def translate(self, exc: BaseException, *, opening: bool = False) -> StoreError:
        """A driver error as the known problem it is."""
        if self._url is not None:
            return postgres.translate(exc, self._url, opening=opening)
        return sqlite.translate(exc, self.path, opening=opening)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """One short transaction that may write: committed on success, rolled back on any error.

        It takes the write lock at its start, waiting for another program's write to end (up to the
        busy timeout) rather than failing at its first write."""
        with self._transaction(write=True) as connection:
            yield connection

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """One short transaction that only reads: it never waits for a writer."""
        with self._transaction(write=False) as connection:
            yield connection

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[Connection]:
        try:
            with self._connect(write=write) as connection, connection.begin():
                yield connection
        except DBAPIError as exc:
            raise self.translate(exc) from exc

    def _connect(self, *, write: bool) -> Connection:
        connection = self.engine.connect()
        if write:
            connection.execution_options(**{sqlite.WRITE_TRANSACTION: True})
        return connection

    def erase_old_versions(self) -> None:
        """After a secret was rewritten: no earlier version of it stays in the database's files."""
        if self.read_only:
            return
        if self.is_postgres:
            postgres.erase_old_versions(self.engine)
            return
        try:
            sqlite.erase_old_versions(self.engine)
        except DBAPIError as exc:
            raise sqlite.translate(exc, self.path) from exc

    # --- schema ---------------------------------------------------------------------------

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def _migrate(self, *, backup: bool = True) -> None:
        if self.current_revision() == SCHEMA_REVISION:
            return
        from alembic import command
        from alembic.script import ScriptDirectory

        config = _alembic_config()
        scripts = ScriptDirectory.from_config(config)
        current = self.current_revision()
        head = scripts.get_current_head()
        if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
            raise NewerDatabaseError(self.location, current)
        if current == head:
            return
        if self.read_only:
            raise ReadOnlyDatabaseError(self.location)  # it needs this version's changes to be read
        if self._url is not None:
            self._migrate_postgres(config, current, head, backup=backup)
            return
        if current is not None:
            sqlite.check_integrity(self.path)  # never migrate (and back up) a damaged file
            self.backup_path = sqlite.backup(self.path, f"before-{head}")
        with self._connect(write=True) as connection, connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def _migrate_postgres(
        self, config: Config, current: str | None, head: str | None, *, backup: bool
    ) -> None:
        from alembic import command

        from sxsh_desktop.store import roles

        assert self._url is not None
        with self.engine.connect() as connection:
            if not roles.may_migrate(connection):
                raise NeedsAdministratorError(self.location)
        if current is not None and backup:
            self.backup_path = postgres.backup(self._url, f"before-{head}", backups_dir())
        try:
            with self._connect(write=True) as connection, connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                roles.grant_staff(connection)  # tables added by this version too
        except DBAPIError as exc:
            problem = postgres.translate(exc, self._url, opening=True)
            if isinstance(problem, NotPermittedError):
                raise NeedsAdministratorError(self.location) from exc
            raise problem from exc

    # --- installation facts -----------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        with self.read() as connection:
            return connection.execute(
                select(schema.meta.c.value).where(schema.meta.c.key == key)
            ).scalar_one_or_none()

    def set_meta(self, key: str, value: str) -> None:
        with self.begin() as connection:
            set_meta(connection, key, value)

    @property
    def device_id(self) -> str:
        """This installation's id, made on first use and kept in the database."""
        if self._device_id is None:
            value = self.get_meta(DEVICE_ID_KEY)  # read alone: a read-only database has it too
            if value is None:
                with self.begin() as connection:
                    value = connection.execute(
                        select(schema.meta.c.value).where(schema.meta.c.key == DEVICE_ID_KEY)
                    ).scalar_one_or_none()
                    if value is None:
                        value = str(uuid.uuid4())
                        set_meta(connection, DEVICE_ID_KEY, value)
            self._device_id = value
        return self._device_id


def set_meta(connection: Connection, key: str, value: str) -> None:
    table = schema.meta
    updated = connection.execute(table.update().where(table.c.key == key).values(value=value)).rowcount
    if not updated:
        connection.execute(table.insert().values(key=key, value=value))
