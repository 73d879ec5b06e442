"""What a package carries besides its manifest: documents as interchange JSON, photos, tombstones."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sxsh_desktop.domain import model
from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.domain.photos import PhotoRefused, check_photos
from sxsh_desktop.domain.validation import EARLIEST_YEAR, LATEST_YEAR
from sxsh_desktop.interchange import jsonformat
from sxsh_desktop.interchange.jsonformat import InterchangeError
from sxsh_desktop.store import schema
from sxsh_desktop.store.repository import records_of
from sxsh_desktop.sync.content import STAMPS, text_hash
from sxsh_desktop.sync.errors import InvalidContentError
from sxsh_desktop.sync.manifest import PHOTOS_PATTERN, RECORDS_PATTERN, TOMBSTONES_NAME


def records_entry(assessment_id: str) -> str:
    return f"records/{assessment_id}.json"


def photo_entry(photo_id: str) -> str:
    return f"photos/{photo_id}"


@dataclass(frozen=True)
class Tombstone:
    record_id: str
    entity: str
    assessment_id: str | None
    deleted_at: datetime
    device_id: str

    def to_json(self) -> dict[str, Any]:
        return {
            "record_id": self.record_id,
            "entity": self.entity,
            "assessment_id": self.assessment_id,
            "deleted_at": self.deleted_at.astimezone(UTC).isoformat(),
            "device_id": self.device_id,
        }


@dataclass(frozen=True)
class Payload:
    """The records of a package, decoded and checked."""

    documents: list[AssessmentDocument]
    photos: dict[str, bytes]  # photo id -> bytes
    tombstones: list[Tombstone]
    # Record id -> content hash, from the JSON as it was read (records of a version 1 file lack one).
    hashes: dict[str, str] = field(default_factory=dict, repr=False)
    # Record id -> its values as ``record_to_json`` writes them, in field order, as they were read
    # (records of a version 1 file lack them): written so, they need no conversion but the times'.
    json_values: dict[str, tuple[Any, ...]] = field(default_factory=dict, repr=False)
    # Every parent of a record is a record of the payload: each document passed the checks of its
    # links (``validation.link_errors``), which hold every reference to a record of the document.
    parents_sent: bool = False


def encode(
    documents: list[AssessmentDocument], photos: dict[str, bytes], tombstones: list[Tombstone]
) -> dict[str, bytes]:
    entries = {
        records_entry(document.assessment.id): _dump(jsonformat.document_to_json(document))
        for document in documents
    }
    entries.update({photo_entry(photo_id): data for photo_id, data in photos.items()})
    entries[TOMBSTONES_NAME] = _dump([t.to_json() for t in tombstones])
    return entries


def _dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode(entries: dict[str, bytes]) -> Payload:
    documents = []
    photos = {}
    tombstones: list[Tombstone] = []
    read = _RecordsRead()
    for name, data in sorted(entries.items()):
        if match := RECORDS_PATTERN.fullmatch(name):
            document = _decode_document(name, data, read)
            if document.assessment.id != match.group(1):
                raise InvalidContentError(
                    f"The entry {name} holds another assessment ({document.assessment.id})."
                )
            documents.append(document)
        elif match := PHOTOS_PATTERN.fullmatch(name):
            photos[match.group(1)] = data
        elif name == TOMBSTONES_NAME:
            tombstones = _decode_tombstones(_load_json(name, data))
    photo_ids = {photo.id for document in documents for photo in document.photos}
    if missing := photo_ids - set(photos):
        raise InvalidContentError(f"The package lacks the bytes of photo {sorted(missing)[0]}.")
    if extra := set(photos) - photo_ids:
        raise InvalidContentError(f"The package holds a photo no record describes: {sorted(extra)[0]}.")
    try:  # before any image library sees them: JPEG or PNG, as their records say, bounded
        check_photos([photo for document in documents for photo in document.photos], photos)
    except PhotoRefused as problem:
        raise InvalidContentError(f"The package is refused: {problem.message}") from None
    _check_unique_ids(documents, read)
    return Payload(documents, photos, tombstones, read.hashes, read.json_values, parents_sent=True)


def _load_json(name: str, data: bytes) -> Any:
    try:
        # The archive limits the size; the field rules check every number of a record.
        return jsonformat.parse_json_bytes(data, max_bytes=len(data), limits=jsonformat.DOCUMENT_LIMITS)
    except InterchangeError as exc:
        raise InvalidContentError(f"The entry {name} of the package: {exc}.") from exc


@dataclass
class _RecordsRead:
    """What is taken from each record of a package as it is read: the content hash computed from
    the JSON read rather than from the record written out again, its values as the JSON holds
    them, and whether a different record read before holds its id."""

    hashes: dict[str, str] = field(default_factory=dict)
    json_values: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    seen: dict[str, model.SyncFields] = field(default_factory=dict)
    count: int = 0
    repeated_id: str | None = None  # the first id that two different records hold

    def take(self, record: model.SyncFields, text: str, values: tuple[Any, ...]) -> None:
        self.note_id(record)
        self.hashes[record.id] = text_hash(text)
        self.json_values[record.id] = values
        self.count += 1

    def note_id(self, record: model.SyncFields) -> None:
        """Remember the record's id; the first one a different record read before holds is kept.
        The same enterprise may come with several assessments, identically."""
        other = self.seen.setdefault(record.id, record)
        different = other is not record and (type(other) is not type(record) or other != record)
        if different and self.repeated_id is None:
            self.repeated_id = record.id


def _decode_document(name: str, data: bytes, read: _RecordsRead) -> AssessmentDocument:
    """The document of an entry; what ``read`` takes of each record as it is read."""
    try:
        return jsonformat.document_from_json_with_texts(_load_json(name, data), STAMPS, read.take)
    except InterchangeError as exc:
        raise InvalidContentError(
            f"The entry {name} is not a valid assessment: {exc}.", field=exc.field
        ) from exc


def _check_unique_ids(documents: list[AssessmentDocument], read: _RecordsRead) -> None:
    """A record belongs to one document. Found as the records were read when all of them were
    taken so; else over them all (a version 1 file's records are not)."""
    if read.count != sum(map(_record_count, documents)):
        read = _RecordsRead()
        for record in records_of(documents):
            read.note_id(record)
    if read.repeated_id is not None:
        raise InvalidContentError(f"The package holds two different records with the id {read.repeated_id}.")


def _record_count(document: AssessmentDocument) -> int:
    return 2 + sum(len(getattr(document, collection)) for collection, _ in model.DOCUMENT_COLLECTIONS)


def _decode_tombstones(value: Any) -> list[Tombstone]:
    if not isinstance(value, list):
        raise InvalidContentError(f"The entry {TOMBSTONES_NAME} is not a list.")
    tombstones = []
    for index, item in enumerate(value):
        where = f"{TOMBSTONES_NAME} item {index + 1}"
        if not isinstance(item, dict):
            raise InvalidContentError(f"{where} is not an object.")
        record_id, entity = item.get("record_id"), item.get("entity")
        assessment_id, device_id = item.get("assessment_id"), item.get("device_id")
        if not isinstance(record_id, str) or not 0 < len(record_id) <= 36:
            raise InvalidContentError(f"{where} has no valid record_id.", field="record_id")
        if entity not in schema.RECORD_TABLES:
            raise InvalidContentError(f"{where} has an unknown entity {entity!r}.", field="entity")
        if assessment_id is not None and (not isinstance(assessment_id, str) or len(assessment_id) > 36):
            raise InvalidContentError(f"{where} has no valid assessment_id.", field="assessment_id")
        if not isinstance(device_id, str) or len(device_id) > 200:
            raise InvalidContentError(f"{where} has no valid device_id.", field="device_id")
        deleted_at = _deletion_time(item.get("deleted_at"), where)
        tombstones.append(Tombstone(record_id, entity, assessment_id, deleted_at, device_id))
    return tombstones


def _deletion_time(value: Any, where: str) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise InvalidContentError(f"{where} has no valid deleted_at.", field="deleted_at")
    try:
        deleted_at = datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidContentError(f"{where} has no valid deleted_at.", field="deleted_at") from exc
    # Years far from today would overflow when compared or converted (year 1, year 9999).
    if not EARLIEST_YEAR <= deleted_at.year <= LATEST_YEAR:
        raise InvalidContentError(
            f"{where} has a deleted_at outside the years {EARLIEST_YEAR} to {LATEST_YEAR}.",
            field="deleted_at",
        )
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    return deleted_at
