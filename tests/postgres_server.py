"""A PostgreSQL server for the tests: one database per test, cloned from a migrated template.

The server is named by ``SXSH_TEST_POSTGRES`` (an administrator's URL such as
``postgresql://postgres:secret@localhost:5432/postgres``) or by the PG* variables that
``pg_virtualenv`` exports. Cloning a template (``CREATE DATABASE … TEMPLATE``) takes a fraction of
the time of running the migrations for each test.
"""

from __future__ import annotations

import itertools
import os
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, make_url, text

ENV_VAR = "SXSH_TEST_POSTGRES"


def admin_url() -> str | None:
    """The administrator's URL of the test server, or None when there is none."""
    explicit = os.environ.get(ENV_VAR)
    if explicit:
        return explicit
    if not (os.environ.get("PGHOST") and os.environ.get("PGPORT")):
        return None
    user = quote(os.environ.get("PGUSER", "postgres"), safe="")
    password = os.environ.get("PGPASSWORD")
    secret = f":{quote(password, safe='')}" if password else ""
    host, port = os.environ["PGHOST"], os.environ["PGPORT"]
    database = os.environ.get("PGDATABASE", "postgres")
    return f"postgresql://{user}{secret}@{host}:{port}/{database}"


def _with_database(url: str, database: str) -> str:
    return make_url(url).set(database=database).render_as_string(hide_password=False)


def admin_engine(url: str) -> Engine:
    return create_engine(
        make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT", poolclass=None
    )


class PostgresServer:
    """Creates and drops the tests' databases on one server."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = admin_engine(url)
        self.prefix = f"sxsh_test_{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self._numbers = itertools.count(1)
        self._template_ready = False

    def _execute(self, sql: str) -> None:
        with self.engine.connect() as connection:
            connection.execute(text(sql))

    def _make_template(self) -> None:
        from sxsh_desktop.store.repository import Store
        from sxsh_desktop.store.setup import ensure_reference

        self._execute(f"DROP DATABASE IF EXISTS {self.template} WITH (FORCE)")
        # C collation: text sorts by code point, as SQLite's does.
        self._execute(f"CREATE DATABASE {self.template} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'")
        store = Store.open(_with_database(self.url, self.template))
        ensure_reference(store)
        with store.database.begin() as connection:  # each clone makes a device id of its own
            connection.execute(text("DELETE FROM meta WHERE key = 'device_id'"))
        store.close()
        self._template_ready = True

    def new_database(self) -> str:
        """A fresh, migrated database with the reference data, and its URL."""
        if not self._template_ready:
            self._make_template()
        name = f"{self.prefix}_{next(self._numbers)}"
        self._execute(f"CREATE DATABASE {name} TEMPLATE {self.template}")
        return _with_database(self.url, name)

    def empty_database(self) -> str:
        """A database with nothing in it (not migrated), and its URL."""
        name = f"{self.prefix}_{next(self._numbers)}"
        self._execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'")
        return _with_database(self.url, name)

    def clone(self, url: str) -> str:
        """A copy of the database at ``url`` (nobody may be connected to it), and its URL."""
        name = f"{self.prefix}_{next(self._numbers)}"
        self._execute(f"CREATE DATABASE {name} TEMPLATE {make_url(url).database}")
        return _with_database(self.url, name)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        if self._template_ready:
            self._execute(f"DROP DATABASE IF EXISTS {self.template} WITH (FORCE)")
        self.engine.dispose()
