"""PostgreSQL staff roles and row ownership (row-level security) for an office with several staff.

Everyone logs in with a role of their own. Two group roles hold what they may do:

* ``sxsh_staff``: read everything, add records, change the registry and the office's own tables,
  and change or delete only *their own* assessments (and everything that belongs to them);
* ``sxsh_lead``: a member of staff who may change every assessment.

An assessment belongs to the member of staff who added it (imported its package, typed it or
copied it): the column ``assessment.staff_owner`` on PostgreSQL, filled by the server with the login
(``current_user``); a lead may hand it to someone else. The tables are owned by whoever created the
database (an administrator): the table owner passes row-level security by, so the application is
used with the staff members' own logins, never the owner's.

Nothing here applies to SQLite: one office PC, one person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from sxsh_desktop.errors import KnownProblem

STAFF = "sxsh_staff"
LEAD = "sxsh_lead"
OWNER_COLUMN = "staff_owner"
# What exists on PostgreSQL only, beside the declared schema (``store/schema.py``).
POSTGRES_ONLY_COLUMNS = {("assessment", OWNER_COLUMN)}
POSTGRES_ONLY_INDEXES = {f"ix_assessment_{OWNER_COLUMN}"}

_MINE = f"({OWNER_COLUMN} = current_user OR pg_has_role('{LEAD}', 'member'))"
_PARENT_MINE = (
    f"EXISTS (SELECT 1 FROM assessment a WHERE a.id = {{column}} "
    f"AND (a.{OWNER_COLUMN} = current_user OR pg_has_role('{LEAD}', 'member')))"
)
# Each table of the assessment family and how a row finds its assessment.
_OWNED_BY_ASSESSMENT = {
    "team_member": "assessment_id",
    "product": "assessment_id",
    "consumption": "assessment_id",
    "process_step": "assessment_id",
    "waste_stream": "assessment_id",
    "solution": "assessment_id",
    "photo": "assessment_id",
    "step_flow": "(SELECT s.assessment_id FROM process_step s WHERE s.id = step_id)",
    "cause": "(SELECT w.assessment_id FROM waste_stream w WHERE w.id = waste_stream_id)",
    "solution_saving": "(SELECT s.assessment_id FROM solution s WHERE s.id = solution_id)",
    "photo_blob": "(SELECT p.assessment_id FROM photo p WHERE p.id = photo_id)",
}
RLS_TABLES = ("assessment", *_OWNED_BY_ASSESSMENT)
# Only read by staff: the schema's version is changed by an administrator's migration.
_READ_ONLY_TABLES = ("alembic_version",)
_LOGIN = re.compile(r"[a-z_][a-z0-9_]{0,62}")


class RoleError(KnownProblem):
    code = "office_user"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def install(connection: Connection) -> None:
    """Group roles, grants and the row-level security policies (migration 0011, on PostgreSQL)."""
    for role in (STAFF, LEAD):
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
        if exists is None:
            connection.execute(text(f"CREATE ROLE {role} NOLOGIN"))
    connection.execute(text(f"GRANT {STAFF} TO {LEAD}"))
    connection.execute(
        text(f"ALTER TABLE assessment ADD COLUMN {OWNER_COLUMN} TEXT NOT NULL DEFAULT current_user")
    )
    connection.execute(text(f"CREATE INDEX ix_assessment_{OWNER_COLUMN} ON assessment ({OWNER_COLUMN})"))
    for table in RLS_TABLES:
        mine = _MINE if table == "assessment" else _PARENT_MINE.format(column=_OWNED_BY_ASSESSMENT[table])
        connection.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        connection.execute(text(f"CREATE POLICY sxsh_read ON {table} FOR SELECT USING (true)"))
        connection.execute(text(f"CREATE POLICY sxsh_add ON {table} FOR INSERT WITH CHECK {_wrap(mine)}"))
        connection.execute(
            text(
                f"CREATE POLICY sxsh_change ON {table} FOR UPDATE"
                f" USING {_wrap(mine)} WITH CHECK {_wrap(mine)}"
            )
        )
        connection.execute(text(f"CREATE POLICY sxsh_remove ON {table} FOR DELETE USING {_wrap(mine)}"))
    grant_staff(connection)


def _wrap(condition: str) -> str:
    return condition if condition.startswith("(") and condition.endswith(")") else f"({condition})"


def uninstall(connection: Connection) -> None:
    for table in RLS_TABLES:
        for policy in ("sxsh_read", "sxsh_add", "sxsh_change", "sxsh_remove"):
            connection.execute(text(f"DROP POLICY IF EXISTS {policy} ON {table}"))
        connection.execute(text(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY"))
    connection.execute(text(f"ALTER TABLE assessment DROP COLUMN {OWNER_COLUMN}"))


def installed(connection: Connection) -> bool:
    return (
        connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": STAFF}).first()
        is not None
    )


def grant_staff(connection: Connection) -> None:
    """Staff may read and write every table of the schema (row security narrows it), and read the
    schema's version; run after every migration, so that tables added later are granted too."""
    if not installed(connection):
        return
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {STAFF}"))
    connection.execute(
        text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {STAFF}")
    )
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {STAFF}"))
    for table in _READ_ONLY_TABLES:
        connection.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON {table} FROM {STAFF}"))


def may_migrate(connection: Connection) -> bool:
    """Whether this login may create or update the schema: a superuser, or one that may create
    roles and owns the schema's tables (or there are none yet)."""
    row = connection.execute(
        text(
            "SELECT r.rolsuper, r.rolcreaterole, has_schema_privilege('public', 'CREATE'),"
            " (SELECT tableowner FROM pg_tables"
            " WHERE schemaname = 'public' AND tablename = 'alembic_version')"
            " FROM pg_roles r WHERE r.rolname = current_user"
        )
    ).one()
    superuser, create_role, create_in_schema, owner = row
    if superuser:
        return True
    user = connection.execute(text("SELECT current_user")).scalar_one()
    return bool(create_role and create_in_schema and (owner is None or owner == user))


# --- people -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffMember:
    login: str
    lead: bool
    active: bool
    assessments: int


def _check_login(login: str) -> str:
    if not _LOGIN.fullmatch(login) or login.startswith("pg_") or login in (STAFF, LEAD):
        raise RoleError(
            f"'{login}' cannot be a login: use lower-case letters, digits and _ (not starting with a digit "
            "or pg_), at most 63 characters."
        )
    return login


def add_user(connection: Connection, login: str, password: str, *, lead: bool = False) -> None:
    """A login role for one person, member of staff (and of the leads when ``lead``)."""
    if not installed(connection):
        raise RoleError("This database has no staff roles: it is not a PostgreSQL office database.")
    login = _check_login(login)
    if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).first():
        raise RoleError(f"There is already a login called {login}.")
    # CREATE ROLE takes no bound parameters: the server quotes the name and password itself.
    connection.execute(
        text("SELECT set_config('sxsh.login', :login, true), set_config('sxsh.password', :password, true)"),
        {"login": login, "password": password},
    )
    connection.execute(
        text(
            "DO $$ BEGIN EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', "
            "current_setting('sxsh.login'), current_setting('sxsh.password')); END $$"
        )
    )
    connection.execute(text(f"GRANT {LEAD if lead else STAFF} TO {_quote(login)}"))
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    connection.execute(text(f"GRANT CONNECT ON DATABASE {_quote(database)} TO {_quote(login)}"))


def disable_user(connection: Connection, login: str) -> None:
    """The person can no longer log in; what they did stays, owned by them until a lead reassigns it."""
    if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).first() is None:
        raise RoleError(f"There is no login called {login}.")
    if login not in {member.login for member in list_users(connection)}:
        raise RoleError(f"{login} is not a member of staff of this office.")
    connection.execute(text(f"ALTER ROLE {_quote(login)} NOLOGIN"))


def list_users(connection: Connection) -> list[StaffMember]:
    """Every login that is a member of staff, by login."""
    rows = connection.execute(
        text(
            f"""
            SELECT r.rolname, r.rolcanlogin,
                pg_has_role(r.oid, (SELECT oid FROM pg_roles WHERE rolname = '{LEAD}'), 'member') AS lead,
                (SELECT count(*) FROM assessment a WHERE a.{OWNER_COLUMN} = r.rolname) AS assessments
            FROM pg_roles r
            WHERE pg_has_role(r.oid, (SELECT oid FROM pg_roles WHERE rolname = '{STAFF}'), 'member')
              AND r.rolname NOT IN ('{STAFF}', '{LEAD}')
            ORDER BY r.rolname
            """
        )
    )
    return [StaffMember(row[0], bool(row[2]), bool(row[1]), int(row[3])) for row in rows]


def assign(connection: Connection, assessment_id: str, login: str) -> None:
    """Hand an assessment to another member of staff (a lead's or an administrator's connection)."""
    if login not in {member.login for member in list_users(connection)}:
        raise RoleError(f"{login} is not a member of staff of this office.")
    connection.execute(
        text(f"UPDATE assessment SET {OWNER_COLUMN} = :login WHERE id = :id"),
        {"login": login, "id": assessment_id},
    )


def owner_of(connection: Connection, assessment_id: str) -> str | None:
    if connection.dialect.name != "postgresql" or not installed(connection):
        return None
    value: str | None = connection.execute(
        text(f"SELECT {OWNER_COLUMN} FROM assessment WHERE id = :id"), {"id": assessment_id}
    ).scalar_one_or_none()
    return value
