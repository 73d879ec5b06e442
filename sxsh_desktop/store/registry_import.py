"""The tables of registry imports and administrative-unit vintages, on a caller's transaction.

``services.registry_import`` decides; this module reads and writes in plain SQL Core statements
that run the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from sxsh_desktop.domain.admin_vintages import UnitMapping, UnitVintage
from sxsh_desktop.domain.model import Enterprise, utc_now
from sxsh_desktop.domain.validation import validate_record
from sxsh_desktop.store import schema, search
from sxsh_desktop.store.chunks import chunked
from sxsh_desktop.store.records import fetch, to_row

_SYNC = {"id", "created_at", "updated_at", "revision", "device_id"}


def all_enterprises(connection: Connection) -> list[Enterprise]:
    return fetch(connection, Enterprise, schema.enterprise)


def insert_enterprises(
    connection: Connection, records: Sequence[Enterprise], device_id: str, now: datetime
) -> list[Enterprise]:
    """New enterprises, stamped as made now on this device and checked by the field rules."""
    stamped = [
        dataclasses.replace(record, created_at=now, updated_at=now, revision=1, device_id=device_id)
        for record in records
    ]
    for record in stamped:
        problems = validate_record(record, "enterprise")
        if problems:
            raise problems[0]
    if stamped:
        connection.execute(insert(schema.enterprise), [to_row(record) for record in stamped])
        search.index_enterprises(connection, stamped)
    return stamped


def update_enterprises(connection: Connection, records: Sequence[Enterprise]) -> None:
    """Write enterprises already changed and stamped by the caller (one statement for all)."""
    if not records:
        return
    for record in records:
        problems = validate_record(record, "enterprise")
        if problems:
            raise problems[0]
    table = schema.enterprise
    columns = [column.name for column in table.c if column.name != "id"]
    statement = (
        update(table)
        .where(table.c.id == bindparam("_id"))
        .values({name: bindparam(f"_{name}") for name in columns})
    )
    rows = []
    for record in records:
        row = to_row(record)
        rows.append({f"_{key}": value for key, value in row.items()})
    connection.execute(statement, rows)
    search.index_enterprises(connection, records)


def registered_tax_codes(connection: Connection, codes: Iterable[str]) -> set[str]:
    """Those of ``codes`` that an enterprise already has."""
    table = schema.enterprise
    found: set[str] = set()
    for chunk in chunked([code for code in codes if code]):
        found.update(
            connection.execute(select(table.c.tax_code).where(table.c.tax_code.in_(chunk))).scalars()
        )
    return found


def remove_enterprises(connection: Connection, enterprise_ids: Sequence[str], device_id: str) -> None:
    """Delete enterprises (their assessments and office records go with them), leaving each a
    tombstone as ``Store.delete`` does, in a few statements for all."""
    table, tombstones = schema.enterprise, schema.tombstone
    now = utc_now()
    for chunk in chunked(list(enterprise_ids)):
        connection.execute(delete(table).where(table.c.id.in_(chunk)))
        connection.execute(delete(tombstones).where(tombstones.c.record_id.in_(chunk)))
    if enterprise_ids:
        connection.execute(
            insert(tombstones),
            [
                {
                    "record_id": eid,
                    "entity": "enterprise",
                    "assessment_id": None,
                    "deleted_at": now,
                    "device_id": device_id,
                }
                for eid in enterprise_ids
            ],
        )
    search.remove_enterprises(connection, enterprise_ids)


def enterprises_by_id(connection: Connection, ids: Iterable[str]) -> dict[str, Enterprise]:
    found: dict[str, Enterprise] = {}
    for chunk in chunked(list(ids)):
        for record in fetch(connection, Enterprise, schema.enterprise, schema.enterprise.c.id.in_(chunk)):
            found[record.id] = record
    return found


# --- batches, provenance, profiles -------------------------------------------------------------


def insert_batch(connection: Connection, row: dict[str, Any]) -> None:
    connection.execute(insert(schema.import_batch).values(row))


def insert_provenance(connection: Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(insert(schema.import_provenance), rows)


def batch(connection: Connection, batch_id: str) -> dict[str, Any] | None:
    row = connection.execute(select(schema.import_batch).where(schema.import_batch.c.id == batch_id)).first()
    return dict(row._mapping) if row is not None else None


def batches(connection: Connection) -> list[dict[str, Any]]:
    table = schema.import_batch
    return [
        dict(row) for row in connection.execute(select(table).order_by(table.c.created_at.desc())).mappings()
    ]


def provenance(connection: Connection, batch_id: str) -> list[dict[str, Any]]:
    table = schema.import_provenance
    query = select(table).where(table.c.batch_id == batch_id).order_by(table.c.enterprise_id, table.c.field)
    return [dict(row) for row in connection.execute(query).mappings()]


def provenance_of(connection: Connection, enterprise_id: str) -> list[dict[str, Any]]:
    """Where each imported value of an enterprise came from, newest batch first."""
    p, b = schema.import_provenance, schema.import_batch
    query = (
        select(p, b.c.file_name, b.c.file_sha256, b.c.created_at)
        .join(b, b.c.id == p.c.batch_id)
        .where(p.c.enterprise_id == enterprise_id, b.c.undone_at.is_(None))
        .order_by(b.c.created_at.desc())
    )
    return [dict(row) for row in connection.execute(query).mappings()]


def mark_undone(connection: Connection, batch_id: str, when: datetime) -> None:
    table = schema.import_batch
    connection.execute(update(table).where(table.c.id == batch_id).values(undone_at=when))


def profile(
    connection: Connection, name: str | None = None, source_key: str | None = None
) -> dict[str, Any] | None:
    table = schema.import_profile
    query = select(table)
    if name is not None:
        query = query.where(table.c.name == name)
    elif source_key is not None:
        query = query.where(table.c.source_key == source_key).order_by(table.c.updated_at.desc())
    else:
        return None
    row = connection.execute(query.limit(1)).mappings().first()
    if row is None:
        return None
    found = dict(row)
    found["mapping"] = json.loads(found["mapping"])
    return found


def save_profile(connection: Connection, name: str, source_key: str, mapping: dict[str, str | None]) -> None:
    table = schema.import_profile
    connection.execute(delete(table).where(table.c.name == name))
    connection.execute(
        insert(table).values(
            name=name,
            source_key=source_key,
            mapping=json.dumps(mapping, ensure_ascii=False),
            updated_at=utc_now(),
        )
    )


# --- administrative units ------------------------------------------------------------------------


def replace_vintages(
    connection: Connection, province_code: str, units: Sequence[UnitVintage], mapping: Sequence[UnitMapping]
) -> None:
    """The old units and mapping of one province, replacing what was loaded for it before."""
    vintage, mapping_table = schema.admin_vintage, schema.admin_mapping
    old_keys = list(
        connection.execute(select(vintage.c.key).where(vintage.c.province_code == province_code)).scalars()
    )
    for chunk in chunked(old_keys):
        connection.execute(delete(mapping_table).where(mapping_table.c.old_key.in_(chunk)))
    connection.execute(delete(vintage).where(vintage.c.province_code == province_code))
    if units:
        connection.execute(
            insert(vintage),
            [
                {
                    "key": unit.key,
                    "code": unit.code,
                    "name": unit.name,
                    "valid_from": unit.valid_from,
                    "valid_to": unit.valid_to,
                    "district": unit.district,
                    "province_code": province_code,
                    "source": unit.source,
                }
                for unit in units
            ],
        )
    if mapping:
        connection.execute(
            insert(mapping_table),
            [{"old_key": row.old_key, "new_code": row.new_code, "kind": row.kind} for row in mapping],
        )


def vintages(connection: Connection) -> tuple[list[UnitVintage], list[UnitMapping]]:
    units = [
        UnitVintage(r.code, r.name, r.valid_from, r.valid_to, r.district, r.province_code, r.source)
        for r in connection.execute(select(schema.admin_vintage))
    ]
    rows = [
        UnitMapping(r.old_key, r.new_code, r.kind) for r in connection.execute(select(schema.admin_mapping))
    ]
    return units, rows


def loaded_provinces(connection: Connection) -> set[str]:
    table = schema.admin_vintage
    return set(connection.execute(select(table.c.province_code).distinct()).scalars())


def upsert_communes(connection: Connection, rows: list[dict[str, Any]]) -> None:
    table = schema.enterprise_commune
    if not rows:
        return
    ids = [row["enterprise_id"] for row in rows]
    for chunk in chunked(ids):
        connection.execute(delete(table).where(table.c.enterprise_id.in_(chunk)))
    connection.execute(insert(table), rows)


def delete_communes(connection: Connection, enterprise_ids: Iterable[str]) -> None:
    table = schema.enterprise_commune
    for chunk in chunked(list(enterprise_ids)):
        connection.execute(delete(table).where(table.c.enterprise_id.in_(chunk)))


def communes(
    connection: Connection, *, open_only: bool = False, enterprise_id: str | None = None
) -> list[dict[str, Any]]:
    table = schema.enterprise_commune
    query = select(table)
    if open_only:
        query = query.where(table.c.today_code.is_(None))
    if enterprise_id is not None:
        query = query.where(table.c.enterprise_id == enterprise_id)
    found = []
    for row in connection.execute(query).mappings():
        item = dict(row)
        item["candidates"] = json.loads(item["candidates"])
        found.append(item)
    return found
