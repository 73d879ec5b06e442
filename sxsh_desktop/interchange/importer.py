"""Bringing an assessment document from a file into the store, in one transaction.

The rules (kept simple on purpose; packages from many laptops merge record by record elsewhere):
- a new assessment is added with its records as they are in the file (sync fields kept);
- an assessment already in the database is replaced by the file's version only if the file's is
  newer, that is, its latest change (the latest ``updated_at`` over all its records) is later.
  The same version again changes nothing; an older or equally old but different one is refused;
- the enterprise record is taken from the file only if it is new here or the file's is newer;
  otherwise the database's enterprise is kept;
- a record id that the database already uses for a record of another assessment is refused;
- photos travel without their images: a photo is kept only if its image is given (packages) or
  already in the database with the same SHA-256; the others are left out and counted. The same
  version imported again with images that were missing before adds those photos.
On any refusal the database is unchanged.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Mapping
from datetime import datetime
from enum import StrEnum

from sxsh_desktop.domain import model
from sxsh_desktop.domain.model import AssessmentDocument, SyncFields
from sxsh_desktop.domain.photos import PhotoRefused, check_photo
from sxsh_desktop.domain.validation import validate_document
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.interchange.jsonformat import InterchangeError
from sxsh_desktop.store.errors import NotFoundError
from sxsh_desktop.store.repository import Store


class ImportOutcome(StrEnum):
    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"


class ImportRefused(KnownProblem):
    code = "import_refused"


@dataclasses.dataclass(frozen=True)
class ImportResult:
    assessment_id: str
    outcome: ImportOutcome
    enterprise_kept: bool  # the database's enterprise was newer and was kept
    photos_left_out: int  # photos whose images were neither given nor already stored


def last_change(document: AssessmentDocument) -> datetime:
    """The latest ``updated_at`` over the assessment and its records (the enterprise has its own)."""
    return max(record.updated_at for record in _records(document, with_enterprise=False))


def _records(document: AssessmentDocument, *, with_enterprise: bool = True) -> Iterable[SyncFields]:
    if with_enterprise:
        yield document.enterprise
    yield document.assessment
    for collection, _ in model.DOCUMENT_COLLECTIONS:
        yield from getattr(document, collection)


def _by_id(document: AssessmentDocument) -> dict[str, SyncFields]:
    return {record.id: record for record in _records(document)}


def import_document(
    store: Store, document: AssessmentDocument, photo_data: Mapping[str, bytes] | None = None
) -> ImportResult:
    """Add or replace ``document`` in ``store`` following the rules above."""
    errors = validate_document(document)
    if errors:
        raise InterchangeError(errors[0].message, field=errors[0].field, problems=[e.message for e in errors])
    images = dict(photo_data or {})
    assessment = document.assessment
    try:
        existing: AssessmentDocument | None = store.load_document(assessment.id)
    except NotFoundError:
        existing = None
    if existing is not None and existing.assessment.enterprise_id != assessment.enterprise_id:
        raise ImportRefused(
            f"The assessment {assessment.id} is already in the database under another enterprise; "
            "nothing was imported."
        )

    incoming = document
    enterprise_kept = False
    try:
        local_enterprise: model.Enterprise | None = store.get(model.Enterprise, document.enterprise.id)
    except NotFoundError:
        local_enterprise = None
    if local_enterprise is not None and local_enterprise.updated_at >= document.enterprise.updated_at:
        enterprise_kept = local_enterprise != document.enterprise
        incoming = dataclasses.replace(incoming, enterprise=local_enterprise)
    photos, left_out = _photos_with_images(store, document.photos, images)
    incoming = dataclasses.replace(incoming, photos=photos)

    if existing is not None:
        stored, coming = _by_id(existing), _by_id(incoming)
        if stored == coming:
            return ImportResult(assessment.id, ImportOutcome.UNCHANGED, enterprise_kept, left_out)
        # The same version may come again with images that were missing the first time.
        only_adds_photos = stored.items() <= coming.items() and all(
            isinstance(coming[i], model.Photo) for i in coming.keys() - stored.keys()
        )
        here, there = last_change(existing), last_change(document)
        if there <= here and not only_adds_photos:
            raise ImportRefused(
                f"The database holds a version of the assessment {assessment.id} changed at "
                f"{_shown_time(here)}, not older than the file's ({_shown_time(there)}); "
                "nothing was imported."
            )
    _refuse_ids_of_other_assessments(store, incoming, existing)
    store.save_document(incoming, photo_data={p.id: images[p.id] for p in photos if p.id in images})
    outcome = ImportOutcome.ADDED if existing is None else ImportOutcome.REPLACED
    return ImportResult(assessment.id, outcome, enterprise_kept, left_out)


def _refuse_ids_of_other_assessments(
    store: Store, document: AssessmentDocument, existing: AssessmentDocument | None
) -> None:
    own = set(_by_id(existing)) if existing is not None else set()
    for collection, cls in model.DOCUMENT_COLLECTIONS:
        records = getattr(document, collection)
        taken = store.existing_ids(cls, (r.id for r in records if r.id not in own))
        for index, record in enumerate(records):
            if record.id in taken:
                raise ImportRefused(
                    f"{collection}[{index}].id: {record.id} is already used by a record of another "
                    "assessment in the database; nothing was imported.",
                    field=f"{collection}[{index}].id",
                )


def _photos_with_images(
    store: Store, photos: list[model.Photo], photo_data: Mapping[str, bytes]
) -> tuple[list[model.Photo], int]:
    kept = []
    for index, photo in enumerate(photos):
        data = photo_data.get(photo.id)
        if data is None:
            try:
                data = store.photo_data(photo.id)
            except NotFoundError:
                continue
        elif hashlib.sha256(data).hexdigest() != photo.sha256:
            raise ImportRefused(
                f"photos[{index}]: the image does not match its SHA-256; nothing was imported.",
                field=f"photos[{index}]",
            )
        else:
            try:  # before any image library sees them: JPEG or PNG, as the record says, bounded
                check_photo(photo, data)
            except PhotoRefused as problem:
                message = f"photos[{index}]: {problem.message} Nothing was imported."
                raise ImportRefused(message, field=f"photos[{index}]") from None
        if hashlib.sha256(data).hexdigest() == photo.sha256:
            kept.append(photo)
    return kept, len(photos) - len(kept)


def _shown_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")
