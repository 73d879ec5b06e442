"""A record's content as canonical JSON: what "same content" means, and how a conflict keeps a version.

The content hash leaves out the stamps that change with every save (revision, change time, device),
so two ends that made the same edit hold the same content.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import typing
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar

from sxsh_desktop.domain import model
from sxsh_desktop.domain.model import SyncFields

R = TypeVar("R", bound=SyncFields)

_STAMPS = ("revision", "updated_at", "device_id")


@cache
def _field_types(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def record_values(record: SyncFields) -> dict[str, Any]:
    """The record's fields as JSON values (dates and times in ISO 8601)."""
    values = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        values[f.name] = value.isoformat() if isinstance(value, date) else value
    return values


def record_from_values(cls: type[R], values: dict[str, Any]) -> R:
    """The inverse of ``record_values``."""
    types = _field_types(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        value = values[f.name]
        kind = types[f.name]
        if value is not None and (kind is datetime or datetime in typing.get_args(kind)):
            value = datetime.fromisoformat(value)
        elif value is not None and (kind is date or date in typing.get_args(kind)):
            value = date.fromisoformat(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def record_json(record: SyncFields) -> str:
    return json.dumps(record_values(record), ensure_ascii=False, sort_keys=True)


def content_hash(record: SyncFields) -> str:
    values = record_values(record)
    for stamp in _STAMPS:
        del values[stamp]
    canonical = json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record_label(record: SyncFields) -> str:
    """A short human name for a record in previews and conflict lists."""
    for name in ("title", "name", "description", "caption"):
        value = getattr(record, name, "")
        if value:
            return str(value)[:80]
    return record.id
