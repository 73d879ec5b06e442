"""The assessment interchange JSON, format ``sxsh-assessment`` version 1 (see FORMAT.md).

One JSON object holds one assessment with its enterprise and every record that belongs to it,
field by field as in ``sxsh_desktop.domain.model``; photos travel as metadata only. Reading is
strict: a wrong or newer version, an unknown or missing field, a value of the wrong type or out of
range, or a reference to a record the file does not hold is refused with an ``InterchangeError``
whose ``field`` is the JSON path (``solutions[2].investment``).

``document_from_json(document_to_json(doc)) == doc`` for every valid document.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sxsh_desktop import __version__
from sxsh_desktop.domain import model
from sxsh_desktop.domain.model import AssessmentDocument, SyncFields
from sxsh_desktop.domain.validation import field_types, validate_document
from sxsh_desktop.errors import ValidationError

FORMAT = "sxsh-assessment"
FORMAT_VERSION = 1
MAX_JSON_BYTES = 50 * 1024 * 1024  # files over this are refused before they are parsed
SCHEMA_FILE = "assessment-v1.schema.json"

_RECORDS: tuple[tuple[str, type[SyncFields]], ...] = (
    ("enterprise", model.Enterprise),
    ("assessment", model.Assessment),
)
_COLLECTIONS = model.DOCUMENT_COLLECTIONS
_OPTIONAL_TOP_LEVEL = ("generator",)
_TOP_LEVEL = (
    "format",
    "format_version",
    *_OPTIONAL_TOP_LEVEL,
    *(name for name, _ in _RECORDS),
    *(name for name, _ in _COLLECTIONS),
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})")


def schema_path() -> Path:
    """The JSON Schema of this format version, shipped beside this module."""
    return Path(__file__).resolve().parent / SCHEMA_FILE


class InterchangeError(ValidationError):
    """An assessment file that cannot be read; ``field`` is the JSON path of the first problem and
    ``problems`` lists them all when the file was read far enough to find several."""

    code = "interchange_invalid"

    def __init__(self, message: str, *, field: str | None = None, problems: list[str] | None = None) -> None:
        super().__init__(message, field=field)
        self.problems = problems or [message]


def _fail(path: str, problem: str) -> InterchangeError:
    return InterchangeError(f"{path}: {problem}" if path else problem, field=path or None)


# --- writing -----------------------------------------------------------------------------------


def document_to_json(document: AssessmentDocument) -> dict[str, Any]:
    """The JSON object of a document. A document that breaks a field rule is refused, so that
    every file written can be read back."""
    errors = validate_document(document)
    if errors:
        raise _combined(errors)
    data: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"SXSH Desktop {__version__}",
    }
    for name, _cls in _RECORDS:
        data[name] = record_to_json(getattr(document, name))
    for name, _cls in _COLLECTIONS:
        data[name] = [record_to_json(record) for record in getattr(document, name)]
    return data


def record_to_json(record: SyncFields) -> dict[str, Any]:
    types = field_types(type(record))
    return {name: _value_to_json(getattr(record, name), types[name][0]) for name in types}


def _value_to_json(value: Any, kind: type) -> Any:
    if value is None:
        return None
    if kind is datetime:
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if kind is date:
        return value.isoformat()
    if kind is float:
        return float(value)
    if kind is str:
        return str(value)  # an enum member becomes its plain value
    return value


def dumps(document: AssessmentDocument) -> bytes:
    """The file's bytes: UTF-8 JSON, Vietnamese letters as they are, one field per line."""
    text = json.dumps(document_to_json(document), ensure_ascii=False, indent=1, allow_nan=False)
    return (text + "\n").encode("utf-8")


# --- reading -----------------------------------------------------------------------------------


def loads(data: bytes) -> AssessmentDocument:
    """A document from a file's bytes; anything wrong with it raises ``InterchangeError``."""
    return document_from_json(parse_json_bytes(data))


def parse_json_bytes(data: bytes, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """Strict JSON from bytes: size cap first, UTF-8 only, no NaN or Infinity, no repeated keys."""
    if len(data) > max_bytes:
        raise InterchangeError(
            f"the file is {len(data) / 1024 / 1024:.1f} MB; files over "
            f"{max_bytes // 1024 // 1024} MB are refused"
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark some Windows editors add
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InterchangeError(f"the file is not UTF-8 text (invalid byte at position {exc.start})") from None
    try:
        return json.loads(text, object_pairs_hook=_object_without_repeats, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            f"the file is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise InterchangeError("the file is not valid JSON: it is nested too deeply") from None
    except ValueError as exc:  # repeated keys, NaN, integers too long to convert
        raise InterchangeError(f"the file is not valid JSON: {exc}") from None


def _object_without_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def document_from_json(data: Any) -> AssessmentDocument:
    """A document from a parsed JSON object, checked as strictly as the forms check input."""
    if not isinstance(data, dict):
        raise _fail("", f"the file must hold a JSON object (got {_json_type(data)})")
    _check_header(data)
    unknown = [key for key in data if key not in _TOP_LEVEL]
    if unknown:
        raise _fail(unknown[0], "unknown field")
    for key in _TOP_LEVEL:
        if key not in data and key not in _OPTIONAL_TOP_LEVEL:
            raise _fail(key, "is missing")
    generator = data.get("generator")
    if generator is not None and not (isinstance(generator, str) and len(generator) <= 300):
        raise _fail("generator", "must be a text of at most 300 characters")
    records: dict[str, Any] = {name: record_from_json(cls, data[name], name) for name, cls in _RECORDS}
    for name, cls in _COLLECTIONS:
        items = data[name]
        if not isinstance(items, list):
            raise _fail(name, f"must be a list (got {_json_type(items)})")
        records[name] = [record_from_json(cls, item, f"{name}[{i}]") for i, item in enumerate(items)]
    document = AssessmentDocument(**records)
    errors = validate_document(document)
    if errors:
        raise _combined(errors)
    return document


def _check_header(data: dict[str, Any]) -> None:
    if data.get("format") != FORMAT:
        found = f" (got {data['format']!r})" if "format" in data else ""
        raise _fail("format", f"this is not an SXSH assessment file: expected {FORMAT!r}{found}")
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _fail("format_version", f"must be a whole number (got {_json_type(version)})")
    if version > FORMAT_VERSION:
        raise _fail(
            "format_version",
            f"newer format version {version}; this application reads version {FORMAT_VERSION}. "
            "Update SXSH Desktop to import this file",
        )
    if version < FORMAT_VERSION:
        raise _fail(
            "format_version",
            f"unknown format version {version}; this application reads version {FORMAT_VERSION}",
        )


def record_from_json(cls: type[SyncFields], data: Any, path: str) -> Any:
    """One record from its JSON object: every field present, none unknown, each of its type."""
    if not isinstance(data, dict):
        raise _fail(path, f"must be an object (got {_json_type(data)})")
    types = field_types(cls)
    for key in data:
        if key not in types:
            raise _fail(f"{path}.{key}", "unknown field")
    values = {}
    for name, (kind, _optional) in types.items():
        if name not in data:
            raise _fail(f"{path}.{name}", "is missing")
        values[name] = _value_from_json(data[name], kind, f"{path}.{name}")
    return cls(**values)


def _value_from_json(value: Any, kind: type, path: str) -> Any:
    # None passes: whether the field may be empty is a field rule, checked with the others.
    if value is None:
        return None
    if kind is str and isinstance(value, str):  # the common case first: imports read many texts
        return value

    def problem() -> str:
        expected = {
            str: "a text",
            int: "a whole number",
            float: "a number",
            bool: "true or false",
            date: "a date as YYYY-MM-DD",
            datetime: "a date and time as YYYY-MM-DDThh:mm:ssZ",
        }[kind]
        return f"must be {expected} (got {_json_type(value)})"

    if kind is bool:
        if not isinstance(value, bool):
            raise _fail(path, problem())
        return value
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(path, problem())
        return value
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _fail(path, problem())
        return float(value)
    if not isinstance(value, str) or kind is str:
        raise _fail(path, problem())
    if kind is date:
        if not _DATE.fullmatch(value):
            raise _fail(path, problem())
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _fail(path, f"is not a real date (got {value!r})") from None
    if not _DATETIME.fullmatch(value):
        raise _fail(path, problem())
    try:
        return datetime.fromisoformat(value).astimezone(UTC)
    except ValueError:
        raise _fail(path, f"is not a real date and time (got {value!r})") from None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {value!r}" if len(value) <= 40 else f"a text of {len(value):,} characters"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _combined(errors: list[ValidationError]) -> InterchangeError:
    first = errors[0]
    others = len(errors) - 1
    more = f" (and {others} more problem{'s' if others > 1 else ''})" if others else ""
    return InterchangeError(first.message + more, field=first.field, problems=[e.message for e in errors])
