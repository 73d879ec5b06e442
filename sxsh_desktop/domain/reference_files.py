"""Read the shipped reference data (``resources/reference/*.json``) into a ``ReferenceData``.

Each file is ``{"kind": ..., "version": 1, "items": [...]}`` and its items carry exactly the fields of
the matching dataclass in :mod:`sxsh_desktop.domain.reference` (tuples as JSON lists). A file that
does not match raises :class:`ReferenceFileError` naming the file and the item.
"""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from pathlib import Path
from typing import Any

from sxsh_desktop.domain.reference import (
    AdminUnit,
    CatalogueOption,
    CauseCategory,
    Constant,
    Fuel,
    GridFactor,
    ReferenceData,
    Sector,
    Technique,
    Unit,
)
from sxsh_desktop.paths import resource

FORMAT_VERSION = 1

# kind (= ReferenceData field) -> (file name, record class)
REFERENCE_KINDS: dict[str, tuple[str, type]] = {
    "techniques": ("techniques.json", Technique),
    "cause_categories": ("cause_categories.json", CauseCategory),
    "grid_factors": ("grid_factors.json", GridFactor),
    "fuels": ("fuels.json", Fuel),
    "constants": ("constants.json", Constant),
    "units": ("units.json", Unit),
    "admin_units": ("admin_units.json", AdminUnit),
    "sectors": ("sectors.json", Sector),
    "catalogue": ("catalogue.json", CatalogueOption),
}


class ReferenceFileError(ValueError):
    """A reference file is missing, unreadable or does not match its record type."""

    def __init__(self, file: Path | str, message: str, item: int | None = None, code: str = "") -> None:
        self.file = Path(file)
        self.problem = message
        self.item = item
        self.code = code
        where = self.file.name
        if item is not None:
            where += f", item {item}" + (f" ({code})" if code else "")
        super().__init__(f"{where}: {message}")


def default_reference_folder() -> Path:
    return resource("reference")


def load_reference_files(folder: Path | None = None) -> ReferenceData:
    """Load every kind from ``folder`` (default: the shipped ``resources/reference``)."""
    folder = Path(folder) if folder is not None else default_reference_folder()
    loaded = {
        kind: load_reference_file(folder / name, kind) for kind, (name, _cls) in REFERENCE_KINDS.items()
    }
    return ReferenceData(**loaded)


def load_reference_file(path: Path, kind: str) -> list[Any]:
    """Load one file of ``kind`` into a list of records."""
    if kind not in REFERENCE_KINDS:
        raise ValueError(f"unknown reference kind {kind!r}")
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReferenceFileError(path, "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceFileError(path, f"cannot be read as UTF-8 text ({exc})") from exc
    return reference_items_from_text(text, kind, path)


def reference_items_from_text(text: str, kind: str, path: Path | str) -> list[Any]:
    """The records of one reference document of ``kind`` (a file's or a package entry's text)."""
    if kind not in REFERENCE_KINDS:
        raise ValueError(f"unknown reference kind {kind!r}")
    record_class = REFERENCE_KINDS[kind][1]
    try:
        document = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ReferenceFileError(
            path, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except ValueError as exc:
        raise ReferenceFileError(path, f"invalid JSON: {exc}") from exc
    if not isinstance(document, dict):
        raise ReferenceFileError(path, "the top level must be an object with kind, version and items")
    if document.get("kind") != kind:
        raise ReferenceFileError(path, f"kind is {document.get('kind')!r}, expected {kind!r}")
    if document.get("version") != FORMAT_VERSION:
        raise ReferenceFileError(
            path, f"version {document.get('version')!r} is not supported (expected {FORMAT_VERSION})"
        )
    items = document.get("items")
    if not isinstance(items, list):
        raise ReferenceFileError(path, "items must be a list")
    records = [_record(path, record_class, index, raw) for index, raw in enumerate(items, start=1)]
    _check_unique(path, records)
    return records


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def reference_document(kind: str, items: list[Any]) -> dict[str, Any]:
    """The JSON document of ``items`` of ``kind``, as the shipped files hold it (the inverse of loading)."""
    return {"kind": kind, "version": FORMAT_VERSION, "items": [dataclasses.asdict(item) for item in items]}


def _record(path: Path | str, record_class: type, index: int, raw: Any) -> Any:
    if not isinstance(raw, dict):
        raise ReferenceFileError(path, "an item must be an object", item=index)
    code = str(raw.get("code", raw.get("factor_year", "")))
    fields = {f.name: f for f in dataclasses.fields(record_class)}
    hints = typing.get_type_hints(record_class)
    unknown = sorted(set(raw) - set(fields))
    if unknown:
        raise ReferenceFileError(path, f"unknown field(s) {', '.join(unknown)}", item=index, code=code)
    missing = sorted(
        name
        for name, f in fields.items()
        if name not in raw and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    )
    if missing:
        raise ReferenceFileError(path, f"missing field(s) {', '.join(missing)}", item=index, code=code)
    values = {}
    for name, value in raw.items():
        try:
            values[name] = _convert(value, hints[name])
        except TypeError as exc:
            raise ReferenceFileError(path, f"field {name!r}: {exc}", item=index, code=code) from None
    return record_class(**values)


def _convert(value: Any, hint: Any) -> Any:
    """Check ``value`` against a field's type hint; JSON lists become tuples."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return _convert(value, option)
            except TypeError as exc:
                errors.append(str(exc))
        raise TypeError(" or ".join(errors))
    if origin is tuple:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {type(value).__name__}")
        (item_hint, _ellipsis) = typing.get_args(hint)
        return tuple(_convert(v, item_hint) for v in value)
    if hint is bool:
        if not isinstance(value, bool):
            raise TypeError(f"expected true or false, got {value!r}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected a whole number, got {value!r}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"expected a number, got {value!r}")
        try:
            number = float(value)
        except OverflowError:
            raise TypeError("expected a number, got one too large") from None
        if not math.isfinite(number):
            raise TypeError(f"expected a finite number, got {value!r}")
        return number
    if hint is str:
        if not isinstance(value, str):
            raise TypeError(f"expected text, got {value!r}")
        return value
    raise TypeError(f"unsupported field type {hint!r}")


def _check_unique(path: Path | str, records: list[Any]) -> None:
    key = "factor_year" if records and isinstance(records[0], GridFactor) else "code"
    seen: dict[Any, int] = {}
    for index, record in enumerate(records, start=1):
        value = getattr(record, key)
        if value in seen:
            raise ReferenceFileError(
                path, f"duplicate {key} {value!r} (first at item {seen[value]})", item=index, code=str(value)
            )
        seen[value] = index
