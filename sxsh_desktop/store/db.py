"""Opening the database: file checks, migrations (with a backup first), the device id.

``Database`` hands out short transactions (``with db.begin() as conn``); nothing keeps a connection
or a session between two use cases.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError, OperationalError

from sxsh_desktop.store import schema, sqlite
from sxsh_desktop.store.errors import NewerDatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DEVICE_ID_KEY = "device_id"

# The newest migration's revision. A database already at it opens without loading Alembic at all,
# which is most of the start-up time saved; a test checks this equals Alembic's head.
SCHEMA_REVISION = "0005"


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


class Database:
    """An open database file, migrated to the schema of this version."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.backup_path: Path | None = None
        self._device_id: str | None = None

    @classmethod
    def open(cls, path: Path | str, *, migrate: bool = True) -> Database:
        path = Path(path)
        sqlite.check_file(path)
        engine = sqlite.create_sqlite_engine(path)
        database = cls(path, engine)
        try:
            if migrate:
                database._migrate()
        except DBAPIError as exc:
            engine.dispose()
            raise sqlite.translate(exc, path) from exc
        except BaseException:
            engine.dispose()
            raise
        return database

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """One short transaction: committed on success, rolled back on any error."""
        try:
            with self.engine.begin() as connection:
                yield connection
        except (OperationalError, DBAPIError) as exc:
            raise sqlite.translate(exc, self.path) from exc

    # --- schema ---------------------------------------------------------------------------

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            has_version = connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).first()
            if not has_version:
                return None
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()

    def _migrate(self) -> None:
        if self.current_revision() == SCHEMA_REVISION:
            return
        from alembic import command
        from alembic.script import ScriptDirectory

        config = _alembic_config()
        scripts = ScriptDirectory.from_config(config)
        current = self.current_revision()
        head = scripts.get_current_head()
        if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
            raise NewerDatabaseError(str(self.path), current)
        if current == head:
            return
        if current is not None:
            sqlite.check_integrity(self.path)  # never migrate (and back up) a damaged file
            self.backup_path = sqlite.backup(self.path, f"before-{head}")
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    # --- installation facts -----------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        with self.begin() as connection:
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
