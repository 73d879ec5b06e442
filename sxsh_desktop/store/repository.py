"""The store's use cases: each method is one short transaction and returns plain records.

Local edits go through ``insert``/``update``/``delete``, which stamp the sync fields (revision,
change time, this device). Whole documents from elsewhere (JSON import, packages) go through
``save_document`` with their sync fields kept as they came.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, delete, func, insert, select, update

from sxsh_desktop.domain import model
from sxsh_desktop.domain.model import AssessmentDocument, SyncFields, new_id, utc_now
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.domain.validation import validate_record
from sxsh_desktop.store import schema, search
from sxsh_desktop.store.chunks import chunked
from sxsh_desktop.store.db import Database
from sxsh_desktop.store.errors import NotFoundError, NotPermittedError, StaleRecordError
from sxsh_desktop.store.records import fetch, fetch_one, from_row, to_row

R = TypeVar("R", bound=SyncFields)


@dataclass(frozen=True)
class EditedRecord:
    """One record changed by ``Store.update_many``."""

    before: SyncFields
    after: SyncFields
    assessment_id: str | None


@dataclass(frozen=True)
class DeletedRecord:
    """What ``Store.delete_keeping`` removed: the record, and the assessment document as it was
    before (for a record of an assessment) or the photo's bytes and thumbnail (for a photo)."""

    record: SyncFields
    assessment_id: str | None
    document: AssessmentDocument | None
    photo: tuple[bytes, bytes | None] | None


_SYNC_FIELDS = {f.name for f in dataclasses.fields(SyncFields)}


class Store:
    """The application's data, over one open ``Database``."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._reference: ReferenceData | None = None
        self._reference_replaced = False

    @classmethod
    def open(cls, location: Path | str, *, backup: bool = True) -> Store:
        """The store of an SQLite file (a path) or a PostgreSQL database (a ``postgresql://`` URL);
        ``backup``: see ``Database.open``."""
        return cls(Database.open(location, backup=backup))

    def close(self) -> None:
        self.database.close()

    @property
    def path(self) -> Path:
        """The SQLite file (see ``location`` for a database that may be on PostgreSQL)."""
        return self.database.path

    @property
    def location(self) -> str:
        """Where the data is, as it may be shown: a file's path, or a server's URL without password."""
        return self.database.location

    def serialize_imports(self, connection: Connection) -> None:
        """Let one package import write at a time, on a caller's transaction: a second one waits for
        the first, then sees what it wrote (SQLite's write lock does it already)."""
        if self.database.is_postgres:
            from sxsh_desktop.store import postgres

            postgres.lock_imports(connection)

    @property
    def device_id(self) -> str:
        return self.database.device_id

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction for a caller that writes several things at once (a package import, a key
        change, a conflict taken): the store owns it, and its operations that take a ``connection``
        (``remove_record``, ``index_written``, ``index_removed``, ``install_reference``) join it.
        Everything is written together when the block ends, or nothing if it raises."""
        try:
            with self.database.begin() as connection:
                yield connection
        finally:
            if self._reference_replaced:  # committed or rolled back: read the reference data again
                self._reference_replaced = False
                self._reference = None

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """One read-only transaction for a caller that reads several things at once: it does not
        take the write lock, so it never waits for a writer."""
        with self.database.read() as connection:
            yield connection

    # --- single records --------------------------------------------------------------------

    def get(self, cls: type[R], record_id: str) -> R:
        _, table = schema.RECORD_TABLES[schema.entity_of(cls)]
        with self.database.read() as connection:
            record = fetch_one(connection, cls, table, record_id)
        if record is None:
            raise NotFoundError(f"No {schema.entity_of(cls).replace('_', ' ')} with id {record_id}.")
        return record

    def existing_ids(self, cls: type[R], record_ids: Iterable[str]) -> set[str]:
        """Those of ``record_ids`` that records of ``cls`` have in the database."""
        _, table = schema.RECORD_TABLES[schema.entity_of(cls)]
        wanted = list(record_ids)
        found: set[str] = set()
        with self.database.read() as connection:
            for chunk in chunked(wanted):
                found.update(connection.execute(select(table.c.id).where(table.c.id.in_(chunk))).scalars())
        return found

    def ids_starting_with(self, cls: type[R], prefix: str, limit: int = 10) -> list[str]:
        """Ids of ``cls`` records that begin with ``prefix`` (as people type the start of a UUID)."""
        _, table = schema.RECORD_TABLES[schema.entity_of(cls)]
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = select(table.c.id).where(table.c.id.like(f"{escaped}%", escape="\\")).order_by(table.c.id)
        with self.database.read() as connection:
            return list(connection.execute(query.limit(limit)).scalars())

    def insert(self, record: R) -> R:
        """Add a new local record, stamped as made now on this device."""
        _refuse_breaking([record])
        now = utc_now()
        stamped = dataclasses.replace(
            record, created_at=now, updated_at=now, revision=1, device_id=self.device_id
        )
        _, table = schema.RECORD_TABLES[schema.entity_of(type(record))]
        with self.database.begin() as connection:
            connection.execute(insert(table).values(to_row(stamped)))
            _clear_tombstone(connection, stamped.id)
            self._after_write(connection, stamped)
        return stamped

    def insert_many(self, records: Iterable[R]) -> list[R]:
        """Add many new local records in one transaction (imports, generated registries), each
        stamped as by ``insert``; records that others refer to must come before them."""
        records = list(records)
        _refuse_breaking(records)
        now = utc_now()
        stamped = [
            dataclasses.replace(record, created_at=now, updated_at=now, revision=1, device_id=self.device_id)
            for record in records
        ]
        by_entity: dict[str, list[R]] = {}
        for record in stamped:
            by_entity.setdefault(schema.entity_of(type(record)), []).append(record)
        with self.database.begin() as connection:
            for entity, group in by_entity.items():
                _, table = schema.RECORD_TABLES[entity]
                connection.execute(insert(table), [to_row(record) for record in group])
            ids = [record.id for record in stamped]
            for chunk in chunked(ids):
                connection.execute(delete(schema.tombstone).where(schema.tombstone.c.record_id.in_(chunk)))
            search.index_enterprises(connection, [r for r in stamped if isinstance(r, model.Enterprise)])
        return stamped

    def update(self, cls: type[R], record_id: str, *, seen_revision: int | None = None, **changes: Any) -> R:
        """Change some fields of a local record; its revision goes up by one.

        ``seen_revision``: the revision the change was made on; if someone has saved the record since,
        the change is refused (``StaleRecordError``) and theirs is kept."""
        # Read (and on first use create) the device id before the transaction: creating it inside
        # would commit from a second connection and leave this one's snapshot unable to write.
        device_id = self.device_id
        seen = None if seen_revision is None else {record_id: seen_revision}
        with self.database.begin() as connection:
            edited = self._write_changes(connection, cls, record_id, changes, device_id, seen=seen)
        return cast(R, edited.after)  # the record of ``cls`` it read and changed

    def _write_changes(
        self,
        connection: Connection,
        cls: type[SyncFields],
        record_id: str,
        changes: Mapping[str, Any],
        device_id: str,
        *,
        check: Callable[[SyncFields, Sequence[str]], None] | None = None,
        skip_unchanged: bool = False,
        seen: Mapping[str, int] | None = None,
    ) -> EditedRecord:
        """One record's changes on a caller's transaction, stamped and checked by the field rules
        (and by ``check``) before anything is written."""
        unknown = set(changes) - {f.name for f in dataclasses.fields(cls)}
        if unknown or _SYNC_FIELDS & set(changes):
            raise ValueError(
                f"cannot change {sorted(unknown | (_SYNC_FIELDS & set(changes)))} of {cls.__name__}"
            )
        _, table = schema.RECORD_TABLES[schema.entity_of(cls)]
        current = fetch_one(connection, cls, table, record_id)
        if current is None:
            raise NotFoundError(f"No {schema.entity_of(cls).replace('_', ' ')} with id {record_id}.")
        if seen is not None and record_id in seen and seen[record_id] != current.revision:
            raise _stale(current)
        if skip_unchanged and all(getattr(current, name) == value for name, value in changes.items()):
            return EditedRecord(current, current, None)  # nothing to write
        changed = dataclasses.replace(
            current, **changes, updated_at=utc_now(), revision=current.revision + 1, device_id=device_id
        )
        if check is not None:
            check(changed, list(changes))
        _refuse_new_problems(current, changed)
        # Only over the version read: another member of staff's save in between is never overwritten.
        written = connection.execute(
            update(table)
            .where(table.c.id == record_id, table.c.revision == current.revision)
            .values(to_row(changed))
        ).rowcount
        if not written:
            now = fetch_one(connection, cls, table, record_id)
            if now is not None and now.revision == current.revision:
                raise NotPermittedError(self.location)  # row security left it out
            raise _stale(now or current)
        self._after_write(connection, changed)
        return EditedRecord(current, changed, _assessment_of(connection, current))

    def delete(self, cls: type[R], record_id: str) -> None:
        """Remove a record (its children go with it) and leave a tombstone to travel to the office."""
        entity = schema.entity_of(cls)
        _, table = schema.RECORD_TABLES[entity]
        # Read (or first make) the device id before the write: made inside it, it would wait on
        # this very transaction's lock.
        device_id = self.device_id
        with self.database.begin() as connection:
            record = fetch_one(connection, cls, table, record_id)
            if record is None:
                return
            assessment_id = _assessment_of(connection, record)
            self.remove_record(
                connection, entity, record_id, assessment_id=assessment_id, device_id=device_id
            )

    def remove_record(
        self,
        connection: Connection,
        entity: str,
        record_id: str,
        *,
        assessment_id: str | None,
        device_id: str,
    ) -> None:
        """``delete`` on a caller's transaction: remove the record, leave its tombstone (deleted on
        ``device_id``) and drop it from the indexes."""
        _, table = schema.RECORD_TABLES[entity]
        removed = connection.execute(delete(table).where(table.c.id == record_id)).rowcount
        if not removed and _exists(connection, table, record_id):
            raise NotPermittedError(self.location)  # row security left it out
        tombstones = schema.tombstone
        connection.execute(delete(tombstones).where(tombstones.c.record_id == record_id))
        connection.execute(
            insert(tombstones).values(
                record_id=record_id,
                entity=entity,
                assessment_id=assessment_id,
                deleted_at=utc_now(),
                device_id=device_id,
            )
        )
        self.index_removed(connection, entity, record_id)

    # --- the workbench's edits: one transaction each, returning what undo needs ---------------

    def update_many(
        self,
        edits: Sequence[tuple[type[SyncFields], str, Mapping[str, Any]]],
        check: Callable[[SyncFields, Sequence[str]], None] | None = None,
        seen: Mapping[str, int] | None = None,
    ) -> list[EditedRecord]:
        """``update`` of several records in one transaction (all or none); for each, the record
        before and after (the same record, not written again, when no value differs) and the
        assessment it belongs to. ``check(changed, field names)`` may refuse a changed record by
        raising, before anything is written. ``seen`` (record id → revision the edit was made on)
        refuses every edit if one of those records was saved by someone else since."""
        device_id = self.device_id  # before the transaction, as in ``update``
        with self.database.begin() as connection:
            return [
                self._write_changes(
                    connection,
                    cls,
                    record_id,
                    changes,
                    device_id,
                    check=check,
                    skip_unchanged=True,
                    seen=seen,
                )
                for cls, record_id, changes in edits
            ]

    def delete_keeping(self, cls: type[R], record_id: str) -> DeletedRecord | None:
        """``delete`` that first reads, in the same transaction, what puts the record back: the
        whole assessment it belonged to (its children go with it), or a photo's bytes. None if
        there was no such record."""
        entity = schema.entity_of(cls)
        _, table = schema.RECORD_TABLES[entity]
        device_id = self.device_id
        with self.database.begin() as connection:
            record = fetch_one(connection, cls, table, record_id)
            if record is None:
                return None
            assessment_id = _assessment_of(connection, record)
            document = photo = None
            if isinstance(record, model.Photo):
                blob = schema.photo_blob
                row = connection.execute(
                    select(blob.c.data, blob.c.thumbnail).where(blob.c.photo_id == record_id)
                ).first()
                photo = (row.data, row.thumbnail) if row is not None else (b"", None)
            elif assessment_id is not None and not isinstance(record, model.Assessment):
                document = load_document(connection, assessment_id)
            self.remove_record(
                connection, entity, record_id, assessment_id=assessment_id, device_id=device_id
            )
        return DeletedRecord(record, assessment_id, document, photo)

    def tombstones(self, since: datetime | None = None) -> list[dict[str, Any]]:
        table = schema.tombstone
        query = select(table)
        if since is not None:
            query = query.where(table.c.deleted_at >= since)
        with self.database.read() as connection:
            return [dict(row) for row in connection.execute(query).mappings()]

    # Indexes kept beside the tables (registry search), updated in the same transaction.
    def _after_write(self, connection: Connection, record: SyncFields) -> None:
        self.index_written(connection, [record])

    def index_written(self, connection: Connection, records: Iterable[SyncFields]) -> None:
        """Bring the indexes up to date with ``records`` written on a caller's transaction (imports),
        in one statement per index."""
        search.index_enterprises(connection, [r for r in records if isinstance(r, model.Enterprise)])

    def index_removed(self, connection: Connection, entity: str, record_id: str) -> None:
        """Drop a record deleted on a caller's transaction from the indexes."""
        if entity == "enterprise":
            search.remove_enterprise(connection, record_id)

    # --- enterprises -----------------------------------------------------------------------

    def enterprises(self, *, limit: int | None = None, offset: int = 0) -> list[model.Enterprise]:
        table = schema.enterprise
        query = select(table).order_by(table.c.name, table.c.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.database.read() as connection:
            return [from_row(model.Enterprise, row) for row in connection.execute(query).mappings()]

    def search_enterprises(
        self, text: str, *, limit: int | None = None, offset: int = 0
    ) -> list[model.Enterprise]:
        """Enterprises whose name, short name, tax code or commune match ``text`` (any case, with
        or without diacritics), best matches first; every enterprise by name when ``text`` is empty.
        See ``store/search.py`` for the ranking."""
        with self.database.read() as connection:
            return search.search(connection, text, limit=limit, offset=offset)

    def count_search(self, text: str) -> int:
        """How many enterprises ``search_enterprises(text)`` finds in all."""
        with self.database.read() as connection:
            return search.count(connection, text)

    def count_enterprises(self) -> int:
        with self.database.read() as connection:
            return connection.execute(select(func.count()).select_from(schema.enterprise)).scalar_one()

    # --- assessments -----------------------------------------------------------------------

    def assessments(self, enterprise_id: str | None = None) -> list[model.Assessment]:
        table = schema.assessment
        where = [table.c.enterprise_id == enterprise_id] if enterprise_id else []
        with self.database.read() as connection:
            return fetch(connection, model.Assessment, table, *where, order_by=table.c.start_date.desc())

    def load_document(self, assessment_id: str) -> AssessmentDocument:
        """An assessment with everything that belongs to it, read in one transaction."""
        with self.database.read() as connection:
            return load_document(connection, assessment_id)

    def save_document(
        self, document: AssessmentDocument, photo_data: Mapping[str, bytes] | None = None
    ) -> None:
        """Write a whole document as it is (sync fields kept): new records are added, known ones
        replaced, and records of the assessment that the document no longer holds are removed.
        ``photo_data`` (photo id → bytes) stores photo bytes in the same transaction."""
        _refuse_breaking(records_of([document]))
        with self.database.begin() as connection:
            save_document(connection, document)
            for photo_id, data in (photo_data or {}).items():
                _write_photo_blob(connection, photo_id, data)
            self._after_write(connection, document.enterprise)

    def duplicate_assessment(self, assessment_id: str, title: str | None = None) -> model.Assessment:
        """A copy with new ids everywhere, made now on this device, as a draft."""
        copy, new_ids = renumber(self.load_document(assessment_id), self.device_id)
        copy.assessment.title = title if title is not None else copy.assessment.title
        copy.assessment.status = model.AssessmentStatus.DRAFT.value
        new_records = records_of([copy])
        next(new_records)  # the enterprise is the stored one, not written anew
        _refuse_breaking(new_records)
        blobs = schema.photo_blob
        with self.database.begin() as connection:
            save_document(connection, copy)
            for old_id, new_photo_id in new_ids.items():
                row = connection.execute(select(blobs).where(blobs.c.photo_id == old_id)).mappings().first()
                if row is not None:
                    connection.execute(insert(blobs).values({**row, "photo_id": new_photo_id}))
        return copy.assessment

    # --- photos ----------------------------------------------------------------------------

    def add_photo(self, photo: model.Photo, data: bytes, thumbnail: bytes | None = None) -> model.Photo:
        """Store a photo's metadata and bytes together: both or neither."""
        _refuse_breaking([photo])
        now = utc_now()
        stamped = dataclasses.replace(
            photo, created_at=now, updated_at=now, revision=1, device_id=self.device_id
        )
        with self.database.begin() as connection:
            connection.execute(insert(schema.photo).values(to_row(stamped)))
            _clear_tombstone(connection, stamped.id)
            connection.execute(
                insert(schema.photo_blob).values(photo_id=stamped.id, data=data, thumbnail=thumbnail)
            )
        return stamped

    def photo_data(self, photo_id: str) -> bytes:
        with self.database.read() as connection:
            data: bytes | None = connection.execute(
                select(schema.photo_blob.c.data).where(schema.photo_blob.c.photo_id == photo_id)
            ).scalar_one_or_none()
        if data is None:
            raise NotFoundError(f"No photo with id {photo_id}.")
        return data

    def photo_thumbnail(self, photo_id: str) -> bytes | None:
        with self.database.read() as connection:
            return connection.execute(
                select(schema.photo_blob.c.thumbnail).where(schema.photo_blob.c.photo_id == photo_id)
            ).scalar_one_or_none()

    # --- reference data --------------------------------------------------------------------

    def reference(self) -> ReferenceData:
        """All reference data (cached: it changes only through ``install_reference``)."""
        if self._reference is None:
            with self.database.read() as connection:
                self._reference = ReferenceData(
                    **{
                        kind: fetch(connection, cls, table)
                        for kind, (cls, table) in schema.REFERENCE_TABLES.items()
                    }
                )
        return self._reference

    def install_reference(self, data: ReferenceData, connection: Connection | None = None) -> None:
        """Replace the reference data with ``data`` (kinds that ``data`` leaves empty are kept), in
        its own transaction or on the one of ``connection`` (from ``transaction``)."""
        if connection is None:
            with self.transaction() as own:
                self.install_reference(data, own)
            return
        _replace_reference(connection, data)
        self._reference = None
        self._reference_replaced = True

    def has_reference(self) -> bool:
        _, table = schema.REFERENCE_TABLES["units"]
        with self.database.read() as connection:
            return connection.execute(select(func.count()).select_from(table)).scalar_one() > 0


def _stale(record: SyncFields) -> StaleRecordError:
    when = record.updated_at.strftime("%d/%m/%Y %H:%M UTC") if record.updated_at else "?"
    return StaleRecordError(schema.entity_of(type(record)).replace("_", " "), when)


def _refuse_breaking(records: Iterable[SyncFields]) -> None:
    """ValidationError for the first record that breaks a field rule (``domain/validation.py``),
    before anything is written: whoever sends it, the store keeps no such record."""
    for record in records:
        problems = validate_record(record, schema.entity_of(type(record)))
        if problems:
            raise problems[0]


def _refuse_new_problems(current: SyncFields, changed: SyncFields) -> None:
    """As ``_refuse_breaking`` for a changed record, except for a problem it already had: a value
    stored before its rule existed does not block editing the record's other fields."""
    entity = schema.entity_of(type(changed))
    problems = validate_record(changed, entity)
    if problems:
        before = {problem.message for problem in validate_record(current, entity)}
        new = [problem for problem in problems if problem.message not in before]
        if new:
            raise new[0]


def _replace_reference(connection: Connection, data: ReferenceData) -> None:
    """The tables of ``Store.install_reference``, which also refreshes the store's cached copy."""
    for kind, (_, table) in schema.REFERENCE_TABLES.items():
        items = getattr(data, kind)
        if not items:
            continue
        connection.execute(delete(table))
        connection.execute(insert(table), [to_row(item) for item in items])


# --- whole documents, on a connection (also used inside larger transactions by sync) ----------


def load_document(connection: Connection, assessment_id: str) -> AssessmentDocument:
    assessment = fetch_one(connection, model.Assessment, schema.assessment, assessment_id)
    if assessment is None:
        raise NotFoundError(f"No assessment with id {assessment_id}.")
    enterprise = fetch_one(connection, model.Enterprise, schema.enterprise, assessment.enterprise_id)
    if enterprise is None:
        raise NotFoundError(f"No enterprise with id {assessment.enterprise_id}.")
    document = AssessmentDocument(enterprise=enterprise, assessment=assessment)
    step_ids: tuple[str, ...] = ()
    waste_ids: tuple[str, ...] = ()
    solution_ids: tuple[str, ...] = ()
    for collection, cls in model.DOCUMENT_COLLECTIONS:
        table = schema.RECORD_TABLES[schema.COLLECTION_TABLES[collection]][1]
        if "assessment_id" in table.c:
            where = table.c.assessment_id == assessment_id
        elif collection == "flows":
            where = table.c.step_id.in_(step_ids)
        elif collection == "causes":
            where = table.c.waste_stream_id.in_(waste_ids)
        else:  # savings
            where = table.c.solution_id.in_(solution_ids)
        order = table.c.position if "position" in table.c else table.c.created_at
        records = fetch(connection, cls, table, where, order_by=order)
        setattr(document, collection, records)
        ids = tuple(r.id for r in records)
        if collection == "steps":
            step_ids = ids
        elif collection == "waste_streams":
            waste_ids = ids
        elif collection == "solutions":
            solution_ids = ids
    _order_by_parent(document)
    return document


def _order_by_parent(document: AssessmentDocument) -> None:
    """Children follow their parents' order, then their own, so a document reads the same each time."""
    for collection, parent_ids, parent_field in (
        ("flows", [s.id for s in document.steps], "step_id"),
        ("causes", [w.id for w in document.waste_streams], "waste_stream_id"),
        ("savings", [s.id for s in document.solutions], "solution_id"),
    ):
        rank = {parent_id: index for index, parent_id in enumerate(parent_ids)}

        def order(
            record: Any, rank: dict[str, int] = rank, parent_field: str = parent_field
        ) -> tuple[int, int, str]:
            return (rank.get(getattr(record, parent_field), 0), getattr(record, "position", 0), record.id)

        getattr(document, collection).sort(key=order)


def _upsert(connection: Connection, record: SyncFields) -> None:
    _, table = schema.RECORD_TABLES[schema.entity_of(type(record))]
    row = to_row(record)
    changed = connection.execute(update(table).where(table.c.id == record.id).values(row)).rowcount
    if not changed:
        if connection.dialect.name == "postgresql":
            from sxsh_desktop.store import postgres

            if not postgres.insert_new(connection, table, row):  # there, but row security hid it
                raise NotPermittedError(connection.engine.url.render_as_string(hide_password=True))
        else:
            connection.execute(insert(table).values(row))
        _clear_tombstone(connection, record.id)


def _exists(connection: Connection, table: Any, record_id: str) -> bool:
    """Whether the row is there although an update left it out (row security on PostgreSQL)."""
    return connection.execute(select(table.c.id).where(table.c.id == record_id)).first() is not None


def _write_photo_blob(connection: Connection, photo_id: str, data: bytes) -> None:
    blobs = schema.photo_blob
    connection.execute(delete(blobs).where(blobs.c.photo_id == photo_id))
    connection.execute(insert(blobs).values(photo_id=photo_id, data=data, thumbnail=None))


def _clear_tombstone(connection: Connection, record_id: str) -> None:
    """A record that comes back (undo of a delete) must not stay deleted for the office."""
    connection.execute(delete(schema.tombstone).where(schema.tombstone.c.record_id == record_id))


def save_document(connection: Connection, document: AssessmentDocument) -> None:
    _upsert(connection, document.enterprise)
    _upsert(connection, document.assessment)
    existing = load_document(connection, document.assessment.id)
    # Children that are gone are removed first (children before parents), then the rest written.
    for collection, _cls in reversed(model.DOCUMENT_COLLECTIONS):
        _, table = schema.RECORD_TABLES[schema.COLLECTION_TABLES[collection]]
        kept = {r.id for r in getattr(document, collection)}
        gone = [r.id for r in getattr(existing, collection) if r.id not in kept]
        if gone:
            connection.execute(delete(table).where(table.c.id.in_(gone)))
    for collection, _cls in model.DOCUMENT_COLLECTIONS:
        for record in getattr(document, collection):
            _upsert(connection, record)


def renumber(document: AssessmentDocument, device_id: str) -> tuple[AssessmentDocument, dict[str, str]]:
    """A copy of a document (same enterprise) where every record of the assessment has a new id,
    with the map from old ids to new ones."""
    now = utc_now()
    new_ids: dict[str, str] = {}

    def fresh(record: R) -> R:
        new_ids[record.id] = new_id()
        return dataclasses.replace(
            record, id=new_ids[record.id], created_at=now, updated_at=now, revision=1, device_id=device_id
        )

    copy = AssessmentDocument(enterprise=document.enterprise, assessment=fresh(document.assessment))
    for collection, _ in model.DOCUMENT_COLLECTIONS:
        setattr(copy, collection, [fresh(r) for r in getattr(document, collection)])
    reference_fields = (
        "assessment_id",
        "step_id",
        "waste_stream_id",
        "cause_id",
        "solution_id",
        "consumption_id",
        "owner_id",
    )
    for collection, _ in model.DOCUMENT_COLLECTIONS:
        for record in getattr(copy, collection):
            for name in reference_fields:
                value = getattr(record, name, None)
                if value in new_ids:
                    setattr(record, name, new_ids[value])
    return copy, new_ids


def _assessment_of(connection: Connection, record: SyncFields) -> str | None:
    """The assessment a record belongs to, so that a tombstone travels with that assessment."""
    if isinstance(record, model.Assessment):
        return record.id
    if hasattr(record, "assessment_id"):
        assessment_id: str | None = record.assessment_id
        return assessment_id
    parents = {
        model.StepFlow: ("step_id", schema.process_step),
        model.Cause: ("waste_stream_id", schema.waste_stream),
        model.SolutionSaving: ("solution_id", schema.solution),
    }
    for cls, (column, table) in parents.items():
        if isinstance(record, cls):
            return connection.execute(
                select(table.c.assessment_id).where(table.c.id == getattr(record, column))
            ).scalar_one_or_none()
    return None


def records_of(documents: Iterable[AssessmentDocument]) -> Iterator[SyncFields]:
    for document in documents:
        yield document.enterprise
        yield document.assessment
        for collection, _ in model.DOCUMENT_COLLECTIONS:
            yield from getattr(document, collection)
