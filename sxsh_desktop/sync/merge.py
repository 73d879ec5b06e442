"""Merging a package's records into the office database: the plan (preview) and applying it.

Each incoming record is compared with the office copy and with the last version received from the
sending device (``sync_record_state``, the common base):

- unknown at the office: **new**; same content: **unchanged**;
- the office copy is still the common base: **updated** (the sender's version is taken);
- the sender's copy is still the common base: **unchanged** (the office's later change is kept);
- both changed since: **conflict**, kept with both versions for review; the office copy stays.

A version is known by its writer and revision: a sender passing on, unchanged, a version the office
already received from the device that wrote it brings nothing new.

When the office never received the record from that device (it came another way, or from another
consultant), there is no common base: a higher revision counts as a change of the office copy,
unless the office itself changed a copy it had received; anything else is a conflict. Tombstones
from the sender delete the office copy only if the office did not change it since the common base.
A record whose parent the office deleted becomes a conflict too: nothing is written half-linked.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select, update

from sxsh_desktop.domain import model
from sxsh_desktop.domain.model import SyncFields, utc_now
from sxsh_desktop.store import schema
from sxsh_desktop.store.chunks import chunked as _chunks
from sxsh_desktop.store.records import from_row, insert_rows, to_row
from sxsh_desktop.store.repository import records_of
from sxsh_desktop.sync.content import content_hash, record_json, record_label
from sxsh_desktop.sync.payload import Payload, Tombstone

# Entities in dependency order (parents first).
ENTITY_ORDER: tuple[str, ...] = (
    "enterprise",
    "assessment",
    *(schema.COLLECTION_TABLES[name] for name, _ in model.DOCUMENT_COLLECTIONS),
)


_ENTITY_OF = {cls: entity for entity, (cls, _) in schema.RECORD_TABLES.items()}
_RANK = {entity: rank for rank, entity in enumerate(ENTITY_ORDER)}


class ChangeKind(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DELETED = "deleted"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class RecordChange:
    """What importing does to one record; ``office`` and ``incoming`` are the two versions."""

    kind: ChangeKind
    entity: str
    record_id: str
    assessment_id: str | None
    label: str
    reason: str
    incoming: SyncFields | None  # None: the sender deleted the record
    office: SyncFields | None  # None: the office does not hold it
    incoming_hash: str | None = None
    newer_than_base: bool = True  # False: an older version arriving late; the base is not moved back
    had_base: bool = False  # a version from the same sender was received before

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "entity": self.entity,
            "record_id": self.record_id,
            "assessment_id": self.assessment_id,
            "label": self.label,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class _Base:
    revision: int
    content_hash: str


def _table(entity: str) -> Any:
    return schema.RECORD_TABLES[entity][1]


def _assessment_of(record: SyncFields, parents: dict[str, str | None]) -> str | None:
    if isinstance(record, model.Assessment):
        return record.id
    if hasattr(record, "assessment_id"):
        return record.assessment_id
    return parents.get(record.id)


def _document_assessments(payload: Payload) -> dict[str, str | None]:
    """Assessment id of every record of the payload (flows, causes and savings have none of their own)."""
    owners: dict[str, str | None] = {}
    for document in payload.documents:
        for record in records_of([document]):
            if not isinstance(record, model.Enterprise):
                owners[record.id] = document.assessment.id
    return owners


def _load_office(connection: Connection, ids_by_entity: dict[str, list[str]]) -> dict[str, SyncFields]:
    found: dict[str, SyncFields] = {}
    for entity, ids in ids_by_entity.items():
        cls, table = schema.RECORD_TABLES[entity]
        for chunk in _chunks(ids):
            for row in connection.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                found[row["id"]] = from_row(cls, row)
    return found


def _load_states(connection: Connection, ids: list[str]) -> dict[str, dict[str, _Base]]:
    """Per record id, the last version received from each device."""
    table = schema.sync_record_state
    states: dict[str, dict[str, _Base]] = defaultdict(dict)
    for chunk in _chunks(ids):
        query = select(table.c.record_id, table.c.device_id, table.c.revision, table.c.content_hash).where(
            table.c.record_id.in_(chunk)
        )
        for record_id, device_id, revision, digest in connection.execute(query):
            states[record_id][device_id] = _Base(revision, digest)
    return states


def _load_office_tombstones(connection: Connection, ids: list[str]) -> set[str]:
    table = schema.tombstone
    deleted: set[str] = set()
    for chunk in _chunks(ids):
        deleted.update(
            connection.execute(select(table.c.record_id).where(table.c.record_id.in_(chunk))).scalars()
        )
    return deleted


def _classify(
    incoming: SyncFields,
    incoming_hash: str,
    office: SyncFields | None,
    bases: dict[str, _Base],
    sender_device: str,
    office_device: str,
    office_deleted: bool,
) -> tuple[ChangeKind, str, bool]:
    base = bases.get(sender_device)
    if base is not None and incoming_hash == base.content_hash:
        return ChangeKind.UNCHANGED, "not changed by the sender since the last import", True
    if base is not None and incoming.revision < base.revision:
        return ChangeKind.UNCHANGED, "older than the version already received from this sender", False
    writer = bases.get(incoming.device_id)
    if incoming.device_id != sender_device and writer is not None and incoming.revision <= writer.revision:
        # The sender holds, unchanged, a version the office already received from its writer.
        return ChangeKind.UNCHANGED, "a version already received from the device that wrote it", True
    if office is None:
        if office_deleted:
            return ChangeKind.CONFLICT, "deleted at the office, changed by the sender", True
        return ChangeKind.NEW, "", True
    office_hash = content_hash(office)
    if office_hash == incoming_hash:
        return ChangeKind.UNCHANGED, "same content at both ends", True
    if base is not None:
        if office_hash == base.content_hash:
            return ChangeKind.UPDATED, "", True
        return ChangeKind.CONFLICT, "changed at the office and by the sender since the last import", True
    if office.device_id == office_device and bases:
        return ChangeKind.CONFLICT, "changed at the office after it was received, and by the sender", True
    if incoming.revision > office.revision:
        return ChangeKind.UPDATED, "", True
    return ChangeKind.CONFLICT, "changed at both ends", True


def _classify_deletion(
    office: SyncFields, bases: dict[str, _Base], sender_device: str
) -> tuple[ChangeKind, str]:
    base = bases.get(sender_device)
    unchanged_at_office = (
        content_hash(office) == base.content_hash if base is not None else office.device_id == sender_device
    )
    if unchanged_at_office:
        return ChangeKind.DELETED, "deleted by the sender"
    return ChangeKind.CONFLICT, "changed at the office, deleted by the sender"


def plan(
    connection: Connection,
    payload: Payload,
    sender_device: str,
    office_device: str,
    hashes: dict[str, str] | None = None,
) -> list[RecordChange]:
    """The change each record of ``payload`` makes, without writing anything.

    ``hashes`` (record id -> content hash of the incoming version) is filled and reused, so that a
    preview and the import after it hash each record once.
    """
    hashes = {} if hashes is None else hashes
    incoming: dict[str, SyncFields] = {}
    for record in records_of(payload.documents):
        incoming.setdefault(record.id, record)
    incoming_list = sorted(incoming.values(), key=lambda r: _RANK[_ENTITY_OF[type(r)]])
    tombstones = [t for t in payload.tombstones if t.record_id not in incoming]
    ids_by_entity: dict[str, list[str]] = defaultdict(list)
    for record in incoming_list:
        ids_by_entity[_ENTITY_OF[type(record)]].append(record.id)
    for tombstone in tombstones:
        ids_by_entity[tombstone.entity].append(tombstone.record_id)
    all_ids = [record_id for ids in ids_by_entity.values() for record_id in ids]
    office = _load_office(connection, ids_by_entity)
    states = _load_states(connection, all_ids)
    office_deleted = _load_office_tombstones(connection, list(incoming))
    owners = _document_assessments(payload)

    changes: list[RecordChange] = []
    for record in incoming_list:
        digest = hashes.get(record.id)
        if digest is None:
            digest = hashes[record.id] = content_hash(record)
        kind, reason, newer = _classify(
            record,
            digest,
            office.get(record.id),
            states.get(record.id, {}),
            sender_device,
            office_device,
            record.id in office_deleted,
        )
        changes.append(
            RecordChange(
                kind,
                _ENTITY_OF[type(record)],
                record.id,
                _assessment_of(record, owners),
                record_label(record),
                reason,
                record,
                office.get(record.id),
                digest,
                newer,
                sender_device in states.get(record.id, {}),
            )
        )
    for tombstone in tombstones:
        current = office.get(tombstone.record_id)
        if current is None or _ENTITY_OF[type(current)] != tombstone.entity:
            continue  # the office does not hold it: nothing to delete
        kind, reason = _classify_deletion(current, states.get(tombstone.record_id, {}), sender_device)
        changes.append(
            RecordChange(
                kind,
                tombstone.entity,
                tombstone.record_id,
                tombstone.assessment_id,
                record_label(current),
                reason,
                None,
                current,
            )
        )
    return _hold_orphans(connection, changes)


# Per entity, its references to parent records: (column, parent entity).
_FOREIGN_KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    entity: tuple((fk.parent.name, fk.column.table.name) for fk in _table(entity).foreign_keys)
    for entity in ENTITY_ORDER
}


def _hold_orphans(connection: Connection, changes: list[RecordChange]) -> list[RecordChange]:
    """Turn into conflicts the records that would be written under a parent the office no longer has."""
    written = {c.record_id for c in changes if c.kind in (ChangeKind.NEW, ChangeKind.UPDATED)}
    deleted = {c.record_id for c in changes if c.kind is ChangeKind.DELETED}
    in_package = {c.record_id for c in changes if c.incoming is not None}
    outside: dict[str, set[str]] = defaultdict(set)
    for change in changes:
        if change.record_id in written:
            for column, parent_entity in _FOREIGN_KEYS[change.entity]:
                parent_id = getattr(change.incoming, column)
                if parent_id is not None and parent_id not in in_package:
                    outside[parent_entity].add(parent_id)
    present: set[str] = set()
    for entity, ids in outside.items():
        table = _table(entity)
        for chunk in _chunks(sorted(ids)):
            present.update(connection.execute(select(table.c.id).where(table.c.id.in_(chunk))).scalars())
    # Records of the package that exist at the office stay (conflicts keep the office copy).
    existing = {c.record_id for c in changes if c.office is not None and c.kind is not ChangeKind.DELETED}
    available = (present | existing | written) - deleted
    result = []
    for change in changes:  # parents come before their children
        if change.record_id in written and (missing := _missing_parent(change, available)) is not None:
            column, parent_entity = missing
            available.discard(change.record_id)
            change = dataclasses.replace(
                change,
                kind=ChangeKind.CONFLICT,
                reason=f"its {parent_entity.replace('_', ' ')} ({column}) was deleted at the office",
            )
        result.append(change)
    return result


def _missing_parent(change: RecordChange, available: set[str]) -> tuple[str, str] | None:
    """The first reference of ``change`` to a parent that is not available: (column, parent entity)."""
    for column, parent_entity in _FOREIGN_KEYS[change.entity]:
        parent_id = getattr(change.incoming, column)
        if parent_id is not None and parent_id not in available:
            return column, parent_entity
    return None


# --- applying -------------------------------------------------------------------------------------


def apply(
    connection: Connection,
    changes: list[RecordChange],
    payload: Payload,
    *,
    package_id: str,
    sender_device: str,
    sender_name: str,
) -> None:
    """Write ``changes`` on ``connection``; the caller's transaction makes it all or nothing."""
    by_kind: dict[ChangeKind, list[RecordChange]] = defaultdict(list)
    for change in changes:
        by_kind[change.kind].append(change)
    _insert_records(connection, by_kind[ChangeKind.NEW])
    _update_records(connection, by_kind[ChangeKind.UPDATED])
    written_photos = [
        c.record_id for c in by_kind[ChangeKind.NEW] + by_kind[ChangeKind.UPDATED] if c.entity == "photo"
    ]
    write_photo_blobs(connection, {photo_id: payload.photos[photo_id] for photo_id in written_photos})
    _delete_records(connection, by_kind[ChangeKind.DELETED], payload.tombstones)
    _keep_conflicts(connection, by_kind[ChangeKind.CONFLICT], payload, package_id, sender_device, sender_name)
    _remember_bases(
        connection, [c for c in changes if c.incoming is not None and c.newer_than_base], sender_device
    )


def _insert_records(connection: Connection, changes: list[RecordChange]) -> None:
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for change in changes:
        rows[change.entity].append(to_row(change.incoming))
    for entity in ENTITY_ORDER:
        insert_rows(connection, _table(entity), rows[entity])


def _update_records(connection: Connection, changes: list[RecordChange]) -> None:
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for change in changes:
        row = to_row(change.incoming)
        row["_record_id"] = row.pop("id")
        rows[change.entity].append(row)
    for entity in ENTITY_ORDER:
        if rows[entity]:
            table = _table(entity)
            values = {name: bindparam(name) for name in rows[entity][0] if name != "_record_id"}
            statement = update(table).where(table.c.id == bindparam("_record_id")).values(values)
            connection.execute(statement, rows[entity])


def write_photo_blobs(connection: Connection, photos: dict[str, bytes]) -> None:
    if not photos:
        return
    blobs = schema.photo_blob
    ids = list(photos)
    for chunk in _chunks(ids):
        connection.execute(delete(blobs).where(blobs.c.photo_id.in_(chunk)))
    insert_rows(
        connection,
        blobs,
        [{"photo_id": photo_id, "data": data, "thumbnail": None} for photo_id, data in photos.items()],
    )


def _delete_records(connection: Connection, changes: list[RecordChange], tombstones: list[Tombstone]) -> None:
    if not changes:
        return
    when = {t.record_id: t for t in tombstones}
    for change in sorted(changes, key=lambda c: -_RANK[c.entity]):
        table = _table(change.entity)
        connection.execute(delete(table).where(table.c.id == change.record_id))
    ids = [c.record_id for c in changes]
    for chunk in _chunks(ids):
        connection.execute(delete(schema.tombstone).where(schema.tombstone.c.record_id.in_(chunk)))
    # The office keeps the tombstones: a later package that still holds the record shows a conflict.
    insert_rows(
        connection,
        schema.tombstone,
        [
            {
                "record_id": c.record_id,
                "entity": c.entity,
                "assessment_id": c.assessment_id,
                "deleted_at": when[c.record_id].deleted_at,
                "device_id": when[c.record_id].device_id,
            }
            for c in changes
        ],
    )


def _keep_conflicts(
    connection: Connection,
    changes: list[RecordChange],
    payload: Payload,
    package_id: str,
    sender_device: str,
    sender_name: str,
) -> None:
    if not changes:
        return
    now = utc_now()
    insert_rows(
        connection,
        schema.sync_conflict,
        [
            {
                "id": str(uuid.uuid4()),
                "record_id": c.record_id,
                "entity": c.entity,
                "assessment_id": c.assessment_id,
                "package_id": package_id,
                "sender_device_id": sender_device,
                "sender_name": sender_name,
                "detected_at": now,
                "reason": c.reason,
                "office_version": record_json(c.office) if c.office is not None else None,
                "incoming_version": record_json(c.incoming) if c.incoming is not None else None,
                "incoming_photo": payload.photos.get(c.record_id) if c.entity == "photo" else None,
                "resolved_at": None,
                "resolution": None,
            }
            for c in changes
        ],
    )


def _remember_bases(connection: Connection, changes: list[RecordChange], sender_device: str) -> None:
    """The versions just received become the base for the next package from the same device."""
    if not changes:
        return
    table = schema.sync_record_state
    replaced = [c.record_id for c in changes if c.had_base]
    for chunk in _chunks(replaced):
        connection.execute(
            delete(table).where(table.c.device_id == sender_device, table.c.record_id.in_(chunk))
        )
    # In key order: SQLite then adds to the end of the key's index instead of at random places
    # (half the time for the 78,000 rows of the sync benchmark).
    insert_rows(
        connection,
        table,
        [
            {
                "record_id": c.record_id,
                "device_id": sender_device,
                "entity": c.entity,
                "revision": c.incoming.revision if c.incoming is not None else 0,
                "content_hash": c.incoming_hash,
            }
            for c in sorted(changes, key=lambda c: c.record_id)
        ],
    )
