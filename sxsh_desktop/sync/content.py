"""A record's content as canonical JSON: what "same content" means, and how a conflict keeps a version.

Records are written as the interchange JSON writes them. The content hash leaves out the stamps that
change with every save (revision, change time, device), so two ends that made the same edit hold
the same content.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, TypeVar

from sxsh_desktop.domain.model import SyncFields
from sxsh_desktop.interchange.jsonformat import CANONICAL_JSON, record_from_json, record_to_json

R = TypeVar("R", bound=SyncFields)

# What the content hash leaves out.
STAMPS = frozenset({"revision", "updated_at", "device_id"})


def record_values(record: SyncFields) -> dict[str, Any]:
    """The record's fields as JSON values (the interchange form)."""
    return record_to_json(record)


def record_from_values(cls: type[R], values: dict[str, Any]) -> R:
    """The inverse of ``record_values``."""
    return record_from_json(cls, values, cls.__name__)  # type: ignore[no-any-return]


def record_json(record: SyncFields) -> str:
    return json.dumps(record_values(record), ensure_ascii=False, sort_keys=True)


def content_hash(record: SyncFields) -> str:
    values = record_values(record)
    for stamp in STAMPS:
        del values[stamp]
    return text_hash(CANONICAL_JSON.encode(values))


def text_hash(canonical: str) -> str:
    """``content_hash`` of the record whose ``record_values`` but the ``STAMPS`` have this canonical
    JSON (``ensure_ascii=False``, ``sort_keys=True``, no spaces)."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record_label(record: SyncFields) -> str:
    """A short human name for a record in previews and conflict lists."""
    for name in ("title", "name", "description", "caption"):
        value = getattr(record, name, "")
        if value:
            return str(value)[:80]
    return record.id
