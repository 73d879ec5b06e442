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
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any

from sxsh_desktop import __version__
from sxsh_desktop.domain import model
from sxsh_desktop.domain.model import AssessmentDocument, SyncFields
from sxsh_desktop.domain.validation import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    field_types,
    link_errors,
    record_checker,
    validate_document,
    validate_record,
)
from sxsh_desktop.errors import ValidationError

FORMAT = "sxsh-assessment"
FORMAT_VERSION = 2
OLDEST_FORMAT_VERSION = 1  # still read: see ADDED_IN_VERSION_2
MAX_JSON_BYTES = 50 * 1024 * 1024  # files over this are refused before they are parsed
SCHEMA_FILE = "assessment-v2.schema.json"

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
# A time as ``record_to_json`` writes it, in the years EARLIEST_YEAR to LATEST_YEAR: UTC, ``Z``, ASCII
# digits, microseconds only when there are some. ``datetime.fromisoformat`` reads it in UTC as it is.
_CANONICAL_TIME = re.compile(
    r"(?:19[0-9]{2}|20[0-9]{2}|2100)-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.(?!000000)[0-9]{6})?Z"
)


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


_JSON_SCALARS = frozenset({str, int, float, bool})


def record_to_json(record: SyncFields) -> dict[str, Any]:
    data = {}
    for name, (kind, _optional) in field_types(type(record)).items():
        value = getattr(record, name)
        # Most values are JSON already (texts, numbers of their field's type): no call for them.
        if value is not None and (type(value) is not kind or kind not in _JSON_SCALARS):
            value = _value_to_json(value, kind)
        data[name] = value
    return data


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
    return document_from_json(parse_json_bytes(data, limits=DOCUMENT_LIMITS))


INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1  # what an SQLite INTEGER holds


@dataclass(frozen=True)
class JsonLimits:
    """What a JSON text may hold before it is refused; every limit is checked before any value is used."""

    max_depth: int = 16  # arrays and objects inside each other (a document needs 3)
    max_values: int = 5_000_000  # values of every kind, keys included
    max_string: int = MAX_JSON_BYTES  # characters in one text or key
    max_number_chars: int = 40  # characters of one number as written (a 64-bit integer has 20)
    # False where every number is checked later, with its place named (record fields, reference items).
    finite_numbers: bool = True


DEFAULT_LIMITS = JsonLimits()
# A record's numbers are checked by its field rules, which name the field of a number too large.
DOCUMENT_LIMITS = JsonLimits(finite_numbers=False)


def parse_json_bytes(
    data: bytes, max_bytes: int = MAX_JSON_BYTES, limits: JsonLimits = DEFAULT_LIMITS
) -> Any:
    """Strict, bounded JSON from bytes: size cap first, UTF-8 only, no NaN or Infinity, no repeated
    keys, whole numbers within 64 bits, finite numbers, no lone surrogate, and ``limits`` on depth,
    value count and text length."""
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
        value = json.loads(
            text,
            object_pairs_hook=_object_without_repeats,
            parse_constant=_no_constant,
            parse_int=_integer_parser(limits.max_number_chars),
            parse_float=_float_parser(limits.max_number_chars) if limits.finite_numbers else float,
        )
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            f"the file is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise InterchangeError("the file is not valid JSON: it is nested too deeply") from None
    except ValueError as exc:  # repeated keys, NaN, numbers out of range
        raise InterchangeError(f"the file is not valid JSON: {exc}") from None
    _check_values(
        value,
        limits,
        texts=limits.max_string < len(text),
        surrogates=_SURROGATE_ESCAPE.search(text) is not None,
    )
    return value


# A \uD800-\uDFFF escape: the only way a lone surrogate gets into a text decoded from UTF-8.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _integer_parser(max_chars: int) -> Any:
    def parse(text: str) -> int:
        if len(text) > max_chars:
            raise ValueError(f"a whole number of {len(text):,} digits is too long")
        value = int(text)
        if not INT64_MIN <= value <= INT64_MAX:
            raise ValueError(f"the whole number {text} is beyond 64 bits")
        return value

    return parse


def _float_parser(max_chars: int) -> Any:
    def parse(text: str) -> float:
        if len(text) > max_chars:
            raise ValueError(f"a number written with {len(text):,} characters is too long")
        value = float(text)
        if not math.isfinite(value):
            raise ValueError(f"the number {text} is too large")
        return value

    return parse


def _check_values(value: Any, limits: JsonLimits, *, texts: bool, surrogates: bool) -> None:
    """Depth and number of values (keys included), level by level without recursion; the length of
    texts only if ``texts`` (no text is longer than the bytes it was read from) and lone surrogates
    only if ``surrogates`` (the file holds an escape that can make one).

    Most levels hold only records or only scalars: their values are looked at in bulk, and one by
    one only at a level that holds containers or when texts are checked."""
    level: list[Any] = [value]
    depth, count = 0, 1
    check_texts = texts or surrogates
    if check_texts and type(value) is str:
        _check_texts([value], limits, surrogates)
    while level:
        depth += 1
        if depth > limits.max_depth:
            raise InterchangeError(
                f"the file is not valid JSON: it is nested more than {limits.max_depth} levels deep"
            )
        objects = [node for node in level if type(node) is dict]
        arrays = [node for node in level if type(node) is list]
        values = list(chain(chain.from_iterable(map(dict.values, objects)), chain.from_iterable(arrays)))
        count += len(values) + sum(map(len, objects))
        if count > limits.max_values:
            raise InterchangeError(f"the file holds more than {limits.max_values:,} values")
        kinds = set(map(type, values))
        if check_texts:
            found = list(chain.from_iterable(objects))  # the keys
            if str in kinds:
                found.extend(item for item in values if type(item) is str)
            if found:
                _check_texts(found, limits, surrogates)
        if dict in kinds or list in kinds:
            level = [item for item in values if type(item) is dict or type(item) is list]
        else:
            level = []


def _check_texts(texts: list[str], limits: JsonLimits, surrogates: bool) -> None:
    longest = max(map(len, texts))
    if longest > limits.max_string:
        raise InterchangeError(
            f"the file holds a text of {longest:,} characters; at most {limits.max_string:,} are allowed"
        )
    if surrogates:
        for text in texts:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise InterchangeError(
                    "the file holds a text with a lone surrogate (\\uD800 to \\uDFFF), "
                    "which is not a character"
                ) from None


def _object_without_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):  # a key came twice: the first one repeated is named
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise ValueError(f"the key {_shown_key(key)} appears twice in one object")
            seen.add(key)
    return result


def _shown_key(key: str) -> str:
    return repr(key) if len(key) <= 60 else f"of {len(key):,} characters"


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


# Reading one record from JSON with its path, and checking it by its field rules: the record and
# its problems. Given a record class, its reader.
RecordReader = Callable[[Any, str], tuple[SyncFields, list[ValidationError]]]
RecordReaders = Callable[[type[SyncFields]], RecordReader]


def _read_and_validate(cls: type[SyncFields]) -> RecordReader:
    def read(item: Any, path: str) -> tuple[SyncFields, list[ValidationError]]:
        record = record_from_json(cls, item, path)
        return record, validate_record(record, path)

    return read


def document_from_json(data: Any) -> AssessmentDocument:
    """A document from a parsed JSON object, checked as strictly as the forms check input."""
    return _document_from_json(data, _read_and_validate)


def document_from_json_with_texts(
    data: Any, leave_out: frozenset[str], take: Callable[[SyncFields, str, tuple[Any, ...]], None]
) -> AssessmentDocument:
    """``document_from_json``, handing ``take`` each record as it is read, with two forms of its
    values written from the JSON read rather than from the record: as canonical JSON (``json.dumps``
    with ``ensure_ascii=False``, ``sort_keys=True`` and no spaces) but the fields ``leave_out``, and
    as ``record_to_json`` writes them in field order. A record of a version 1 file is not handed
    over."""

    def reader(cls: type[SyncFields]) -> RecordReader:
        read_complete = _complete_reader(cls, leave_out)
        check = record_checker(cls)
        read_otherwise = _read_and_validate(cls)

        def read(item: Any, path: str) -> tuple[SyncFields, list[ValidationError]]:
            found = read_complete(item, path)
            if found is None:  # an older version's record, or one that is refused
                return read_otherwise(item, path)
            record, text, json_values, values = found
            take(record, text, json_values)
            return record, check(record, values, path)

        return read

    return _document_from_json(data, reader)


def _document_from_json(data: Any, readers: RecordReaders) -> AssessmentDocument:
    """The document, each record checked by its field rules as soon as it is read (while it is
    still in the processor's cache), the links between them once all are read."""
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
    errors: list[ValidationError] = []
    records: dict[str, Any] = {}
    for name, cls in _RECORDS:
        records[name], problems = readers(cls)(data[name], name)
        errors += problems
    for name, cls in _COLLECTIONS:
        items = data[name]
        if not isinstance(items, list):
            raise _fail(name, f"must be a list (got {_json_type(items)})")
        read = readers(cls)
        records[name] = collection = []
        for index, item in enumerate(items):
            record, problems = read(item, f"{name}[{index}]")
            collection.append(record)
            errors += problems
    document = AssessmentDocument(**records)
    errors += link_errors(document)
    if errors:
        raise _combined(errors)
    return document


def _check_header(data: dict[str, Any]) -> None:
    if data.get("format") != FORMAT:
        found = f" (got {_json_type(data['format'])})" if "format" in data else ""
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
    if version < OLDEST_FORMAT_VERSION:
        raise _fail(
            "format_version",
            f"unknown format version {version}; this application reads versions "
            f"{OLDEST_FORMAT_VERSION} to {FORMAT_VERSION}",
        )


# The fields version 2 added. A file or package of version 1, written by an earlier installation,
# lacks them and is read with each field's default (an empty text, no value, false), so that a
# consultant who has not updated yet can still send work to the office.
ADDED_IN_VERSION_2: dict[type[SyncFields], frozenset[str]] = {
    model.Assessment: frozenset({"objectives", "scope", "method"}),
    model.StepFlow: frozenset({"fuel_code", "density_t_per_m3", "mass_per_piece_kg", "in_material"}),
    model.Solution: frozenset({"technical_feasibility", "environmental_feasibility", "monitoring"}),
}


def record_from_json(cls: type[SyncFields], data: Any, path: str) -> Any:
    """One record from its JSON object: every field present (but those a version 1 writer did not
    know, ``ADDED_IN_VERSION_2``), none unknown, each of its type."""
    if not isinstance(data, dict):
        raise _fail(path, f"must be an object (got {_json_type(data)})")
    kinds = _field_kinds(cls)
    if data.keys() != field_types(cls).keys():
        types = field_types(cls)
        absent = types.keys() - data.keys()
        if not absent or not absent <= ADDED_IN_VERSION_2.get(cls, frozenset()) or data.keys() - types.keys():
            raise _field_names_problem(data, types, path)
        kinds = tuple((name, kind) for name, kind in kinds if name in data)  # defaults for the rest
    values = dict(data)
    for name, kind in kinds:
        value = data[name]
        # A value already of the field's type (most are: texts, whole numbers) is taken as it is;
        # None too: whether the field may be empty is a field rule, checked with the others.
        if value is not None and type(value) is not kind:
            values[name] = _read_value(value, kind, path, name)[0]
    return cls(**values)


def _read_value(value: Any, kind: type, path: str, name: str) -> tuple[Any, Any]:
    """A JSON value not of its field's type: the value converted, or refused with where it is, and
    the value as ``record_to_json`` writes it (the one read if written so already)."""
    try:
        converted = _value_from_json(value, kind)
    except _WrongValue as wrong:
        raise _fail(f"{path}.{name}", str(wrong)) from None
    if kind is datetime and _CANONICAL_TIME.fullmatch(value) is not None:
        return converted, value
    return converted, _value_to_json(converted, kind)


@cache
def _complete_reader(
    cls: type[SyncFields], leave_out: frozenset[str]
) -> Callable[[Any, str], tuple[SyncFields, str, tuple[Any, ...], tuple[Any, ...]] | None]:
    """``record_from_json`` for a record with every field of this version, made once per class as
    one function with no loop over the fields; with the record, its values as ``record_to_json``
    writes them, as canonical JSON but ``leave_out`` and as a tuple in field order, and the
    record's own values in field order (for ``record_checker``). It gives None for anything else
    (not an object, fields missing or unknown), which ``record_from_json`` reads or refuses."""
    kinds = _field_kinds(cls)
    lines = [
        "def read(data, path):",
        "    if type(data) is not dict or data.keys() != names:",
        "        return None",
    ]
    for index, (name, kind) in enumerate(kinds):
        value, written = f"value{index}", f"written{index}"
        # The value read, and the value written: the same unless it is not of the field's type.
        lines.append(f"    {written} = {value} = data[{name!r}]")
        read_otherwise = f"{value}, {written} = read_value({value}, kind{index}, path, {name!r})"
        if kind is datetime:  # most times are written as the writer writes them: converted here
            lines += [
                f"    if type({value}) is str and canonical_time({value}) is not None:",
                "        try:",
                f"            {value} = from_text({value})",
                "        except ValueError:  # not a real time: refused with its words",
                f"            {read_otherwise}",
                f"    elif {value} is not None:",
                f"        {read_otherwise}",
            ]
        else:
            lines += [
                f"    if {value} is not None and type({value}) is not kind{index}:",
                f"        {read_otherwise}",
            ]
    if _made_from_its_fields(cls):
        # What the dataclass's __init__ does, without matching seventeen keyword arguments.
        lines.append("    record = new(cls)")
        lines += [f"    record.{name} = value{index}" for index, (name, _kind) in enumerate(kinds)]
    else:
        arguments = ", ".join(f"{name}=value{index}" for index, (name, _kind) in enumerate(kinds))
        lines.append(f"    record = cls({arguments})")
    shown = [
        (name, kind, f"written{index}") for index, (name, kind) in enumerate(kinds) if name not in leave_out
    ]
    written = "".join(f"written{index}, " for index in range(len(kinds)))
    values = "".join(f"value{index}, " for index in range(len(kinds)))
    lines.append(f"    return record, {_canonical_text(shown)}, ({written}), ({values})")
    namespace: dict[str, Any] = {
        "cls": cls,
        "names": frozenset(name for name, _kind in kinds),
        "read_value": _read_value,
        "canonical_time": _CANONICAL_TIME.fullmatch,
        "from_text": datetime.fromisoformat,
        "new": object.__new__,
        **_TEXT_NAMES,
        **{f"kind{index}": kind for index, (_name, kind) in enumerate(kinds)},
    }
    # The source is made above from the class's fields only; named after the class in tracebacks.
    exec(compile("\n".join(lines), f"<reader of {cls.__name__}>", "exec"), namespace)
    return namespace["read"]  # type: ignore[no-any-return]


def _made_from_its_fields(cls: type) -> bool:
    """Whether a record of ``cls`` is made by setting each of its fields, as a dataclass's own
    ``__init__`` does: not frozen, nothing done after (``__post_init__``), no ``__init__`` or
    ``__setattr__`` of its own (dataclasses compile the ``__init__`` they write from a string)."""
    params = getattr(cls, "__dataclass_params__", None)
    return (
        params is not None
        and params.init
        and not params.frozen
        and not hasattr(cls, "__post_init__")
        and cls.__setattr__ is object.__setattr__
        and getattr(vars(cls).get("__init__"), "__code__", None) is not None
        and vars(cls)["__init__"].__code__.co_filename == "<string>"
    )


def _canonical_text(fields: list[tuple[str, type, str]]) -> str:
    """An expression of the canonical JSON of an object whose keys and values are ``fields`` (name,
    field type, variable), each value as a record's JSON holds it once read: a text, a whole
    number, a number, true or false as its field's type (a date or time as text), or null. Each
    value is encoded as ``json`` encodes it, in one join with no encoder call per object."""
    if not fields:
        return repr("{}")
    pieces = []
    for position, (name, kind, variable) in enumerate(sorted(fields, key=lambda field: field[0])):
        pieces.append(repr(("{" if position == 0 else ",") + json.dumps(name, ensure_ascii=False) + ":"))
        pieces.append(f"({_encoded(kind, variable)} if {variable} is not None else 'null')")
    pieces.append(repr("}"))
    return f"''.join(({', '.join(pieces)}))"


def _encoded(kind: type, variable: str) -> str:
    """How ``json`` encodes a value (not None) of a field of this type, as read."""
    if kind is int:
        return f"int_text({variable})"
    if kind is float:  # json writes Infinity for a number too large, which the field rules refuse
        return f"(float_text({variable}) if -inf < {variable} < inf else encode({variable}))"
    if kind is bool:
        return f"('true' if {variable} else 'false')"
    return f"text({variable})"  # a text, or a date or time written as text


# The canonical JSON of a record's content, which its content hash is taken of (``sync/content.py``).
CANONICAL_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
_TEXT_NAMES = {
    "int_text": int.__repr__,
    "float_text": float.__repr__,
    "text": json.encoder.encode_basestring,  # type: ignore[attr-defined]
    "encode": CANONICAL_JSON.encode,
    "inf": math.inf,
}


@cache
def _field_kinds(cls: type[SyncFields]) -> tuple[tuple[str, type], ...]:
    return tuple((name, kind) for name, (kind, _optional) in field_types(cls).items())


def _field_names_problem(data: dict[str, Any], types: dict[str, Any], path: str) -> InterchangeError:
    unknown = [key for key in data if key not in types]
    if unknown:
        return _fail(f"{path}.{unknown[0]}", "unknown field")
    missing = [name for name in types if name not in data]
    return _fail(f"{path}.{missing[0]}", "is missing")


class _WrongValue(ValueError):
    """A JSON value that a field cannot hold; the caller adds where it is."""


_EXPECTED = {
    str: "a text",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    date: "a date as YYYY-MM-DD",
    datetime: "a date and time as YYYY-MM-DDThh:mm:ssZ",
}


def _value_from_json(value: Any, kind: type) -> Any:
    """A JSON value that is not None and not already of the field's type, converted or refused."""
    if kind is bool:
        if not isinstance(value, bool):
            raise _wrong_type(kind, value)
        return value
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _wrong_type(kind, value)
        return value
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _wrong_type(kind, value)
        return float(value)
    if not isinstance(value, str) or kind is str:
        raise _wrong_type(kind, value)
    if kind is date:
        if not _DATE.fullmatch(value):
            raise _wrong_type(kind, value)
        _check_year(value)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _WrongValue(f"is not a real date (got {value!r})") from None
    if not _DATETIME.fullmatch(value):
        raise _wrong_type(kind, value)
    _check_year(value)
    try:
        return datetime.fromisoformat(value).astimezone(UTC)
    except (ValueError, OverflowError):
        raise _WrongValue(f"is not a real date and time (got {value!r})") from None


def _check_year(value: str) -> None:
    """Dates far from today are refused before they are converted (year 1 or 9999 would overflow)."""
    if not EARLIEST_YEAR <= int(value[:4]) <= LATEST_YEAR:
        raise _WrongValue(f"must be in the years {EARLIEST_YEAR} to {LATEST_YEAR} (got {value!r})")


def _wrong_type(kind: type, value: Any) -> _WrongValue:
    return _WrongValue(f"must be {_EXPECTED[kind]} (got {_json_type(value)})")


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
