"""Use cases of an office database on PostgreSQL shared by several staff: their logins, handing an
assessment to someone, and moving an office there from its SQLite file.

They run with an administrator's connection: the database refuses them to a member of staff.
"""

from __future__ import annotations

from pathlib import Path

from sxsh_desktop.services.changes import NO_CHANGES, Changes, Outcome
from sxsh_desktop.store import roles
from sxsh_desktop.store.db import Database
from sxsh_desktop.store.errors import StoreError
from sxsh_desktop.store.move import Moved, move_to_postgres
from sxsh_desktop.store.roles import StaffMember

__all__ = ["StaffMember", "add_staff", "assign", "disable_staff", "list_staff", "move_office"]


def _office(location: str | Path) -> Database:
    database = Database.open(location)
    if not database.is_postgres:
        database.close()
        raise StoreError(
            "Staff logins exist only in an office database on PostgreSQL: give its address, "
            "postgresql://admin@server/sxsh."
        )
    return database


def add_staff(location: str | Path, login: str, password: str, *, lead: bool = False) -> Outcome[str]:
    """A login for one member of staff (a lead may change every assessment)."""
    database = _office(location)
    try:
        with database.begin() as connection:
            roles.add_user(connection, login, password, lead=lead)
    finally:
        database.close()
    return Outcome(login)


def list_staff(location: str | Path) -> list[StaffMember]:
    database = _office(location)
    try:
        with database.read() as connection:
            return roles.list_users(connection)
    finally:
        database.close()


def disable_staff(location: str | Path, login: str) -> Outcome[str]:
    """The person can no longer log in; their assessments stay theirs until a lead hands them on."""
    database = _office(location)
    try:
        with database.begin() as connection:
            roles.disable_user(connection, login)
    finally:
        database.close()
    return Outcome(login)


def assign(location: str | Path, assessment_id: str, login: str) -> Outcome[str]:
    """Hand an assessment to another member of staff."""
    database = _office(location)
    try:
        with database.begin() as connection:
            roles.assign(connection, assessment_id, login)
    finally:
        database.close()
    return Outcome(login, Changes.of({"assessment"}, [assessment_id], [assessment_id]))


def move_office(source: Path, target: str, *, owner: str | None = None) -> Outcome[Moved]:
    """Copy the office's SQLite database completely into a new PostgreSQL database."""
    return Outcome(move_to_postgres(source, target, owner=owner), NO_CHANGES)
