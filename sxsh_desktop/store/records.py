"""Moving domain records in and out of table rows (field names are column names)."""

from __future__ import annotations

import dataclasses
import json
import operator
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Boolean, Connection, Dialect, Float, RowMapping, Table, TypeDecorator, insert, select
from sqlalchemy.types import TypeEngine

from sxsh_desktop.domain.caching import per_class
from sxsh_desktop.store.schema import UtcDateTime

T = TypeVar("T")


@per_class
def _layout(cls: type) -> tuple[operator.attrgetter[Any], tuple[str, ...], tuple[str, ...]]:
    """A record class's field values getter, its field names, and the fields that are tuples."""
    fields = dataclasses.fields(cls)
    names = tuple(f.name for f in fields)
    return operator.attrgetter(*names), names, tuple(f.name for f in fields if "tuple" in str(f.type))


def to_row(record: Any) -> dict[str, Any]:
    """Column values of a record; tuples (reference code lists) become JSON text."""
    values_of, names, tuple_fields = _layout(type(record))
    row = dict(zip(names, values_of(record), strict=True))
    for name in tuple_fields:
        if isinstance(row[name], tuple):
            row[name] = json.dumps(list(row[name]), ensure_ascii=False)
    return row


def from_row(cls: type[T], row: Mapping[str, Any] | RowMapping) -> T:
    """A record from a row; JSON lists in text columns of tuple fields come back as tuples."""
    _, names, tuple_fields = _layout(cls)
    values = {name: row[name] for name in names}
    for name in tuple_fields:
        if isinstance(values[name], str):
            values[name] = tuple(json.loads(values[name] or "[]"))
    return cls(**values)


def fetch(connection: Connection, cls: type[T], table: Table, *where: Any, order_by: Any = None) -> list[T]:
    query = select(table).where(*where)
    if order_by is not None:
        query = query.order_by(order_by)
    return [from_row(cls, row) for row in connection.execute(query).mappings()]


def fetch_one(connection: Connection, cls: type[T], table: Table, record_id: str) -> T | None:
    row = connection.execute(select(table).where(table.c.id == record_id)).mappings().first()
    return from_row(cls, row) if row is not None else None


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows that all have the same columns, with one call to the database driver.

    ``connection.execute(insert(table), rows)`` builds and converts each row's parameters in
    SQLAlchemy, which costs several times SQLite's own work for the tens of thousands of records
    of an import. Here the statement is compiled once, and the values of the columns that need it
    are converted by the column type's own bind processor, as SQLAlchemy would.
    """
    if not rows:
        return
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(rows[0]))
    names = compiled.positiontup
    if names is None:  # a driver with named parameters (psycopg): its own batching is fast
        connection.execute(insert(table), rows)
        return
    converters = [
        (index, processor)
        for index, name in enumerate(names)
        if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    parameters = []
    for row in rows:
        values = list(map(row.__getitem__, names))
        for index, convert in converters:
            values[index] = convert(values[index])
        parameters.append(tuple(values))
    connection.exec_driver_sql(compiled.string, parameters)


def insert_tuples(
    connection: Connection, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """``insert_rows`` of rows given as tuples of the values of ``columns``: passed to the driver as
    they are when its statement takes them in that order and no column converts its values."""
    if not rows:
        return
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    plain = compiled.positiontup == list(columns) and all(
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) is None for name in columns
    )
    if not plain:  # named parameters (psycopg), another order, or values to convert
        insert_rows(connection, table, [dict(zip(columns, row, strict=True)) for row in rows])
        return
    connection.exec_driver_sql(compiled.string, rows)


def insert_records(
    connection: Connection, table: Table, records: list[Any], json_values: list[tuple[Any, ...]] | None = None
) -> None:
    """Insert records of one class, as ``insert_rows`` of their ``to_row``, without building a dict
    per record: the values go from the record to the driver's tuple in the statement's order.

    ``json_values``, when given, are the same records' values as the interchange JSON writes them,
    in field order: texts, numbers, true or false, a date as ``YYYY-MM-DD`` and a time in UTC as
    ``YYYY-MM-DDThh:mm:ss[.ffffff]Z``. Where the database stores each value so but the times (SQLite),
    they go to the driver as they are, each time's text rearranged, which costs a fraction of
    converting every time of the records."""
    if not records:
        return
    dialect = connection.dialect
    _, fields, tuple_fields = _layout(type(records[0]))
    compiled = insert(table).compile(dialect=dialect, column_keys=list(fields))
    names = compiled.positiontup
    if names is None or tuple_fields:  # named parameters (psycopg), or lists to write as JSON
        insert_rows(connection, table, [to_row(record) for record in records])
        return
    if json_values is not None:
        from_json = _json_converters(table, names, dialect)
        if from_json is not None:
            positions = [f"item[{fields.index(name)}]" for name in names]
            connection.exec_driver_sql(compiled.string, _rows_maker(positions, from_json)(json_values))
            return
    processors = {
        index: processor
        for index, name in enumerate(names)
        if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    }
    if not processors:
        values_of = operator.attrgetter(*names)
        connection.exec_driver_sql(compiled.string, [values_of(record) for record in records])
        return
    converters = {
        index: _quick_processor(table.c[names[index]].type, dialect, processor)
        for index, processor in processors.items()
    }
    rows_of = _rows_maker([f"item.{name}" for name in names], converters)
    connection.exec_driver_sql(compiled.string, rows_of(records))


def _rows_maker(
    values: list[str], converters: dict[int, Callable[[Any], Any]]
) -> Callable[[list[Any]], list[tuple[Any, ...]]]:
    """A function from items (records, or tuples of their values) to the driver's tuples, made as
    one list comprehension: ``values`` holds each column's value as an expression of ``item``, made
    from field names or positions only; a column with a converter goes through it."""
    columns = [
        f"convert{index}({value})" if index in converters else value for index, value in enumerate(values)
    ]
    source = f"def rows(items):\n    return [({', '.join(columns)},) for item in items]"
    namespace: dict[str, Any] = {f"convert{index}": convert for index, convert in converters.items()}
    exec(compile(source, "<rows of records>", "exec"), namespace)  # made above from field names only
    return namespace["rows"]  # type: ignore[no-any-return]


def _json_converters(
    table: Table, names: list[str], dialect: Dialect
) -> dict[int, Callable[[Any], Any]] | None:
    """By column position, how a value as the interchange JSON writes it becomes what the driver
    is given; None when a column needs a conversion this does not know (the records are then
    converted). A number, true or false, and on SQLite a date's text are given as they are."""
    converters: dict[int, Callable[[Any], Any]] = {}
    for index, name in enumerate(names):
        column_type = table.c[name].type
        if column_type.dialect_impl(dialect).bind_processor(dialect) is None:
            continue
        if _is_time_text(column_type, dialect):
            converters[index] = _time_text_from_json
        elif not (isinstance(column_type, Float | Boolean) or _is_date_text(column_type, dialect)):
            return None
    return converters


def _time_text_from_json(text: str | None) -> str | None:
    """A UTC time as the interchange JSON writes it, ``YYYY-MM-DDThh:mm:ss[.ffffff]Z``, as SQLite text
    ``YYYY-MM-DD hh:mm:ss.ffffff``."""
    if text is None:
        return None
    if len(text) == 27:
        return f"{text[:10]} {text[11:26]}"
    if len(text) == 20:
        return f"{text[:10]} {text[11:19]}.000000"
    raise ValueError(f"not a UTC time as the interchange JSON writes it: {text!r}")


_SQLITE_DATE_TEXT = "%(year)04d-%(month)02d-%(day)02d"
_SQLITE_DATETIME_TEXT = (
    "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
)


def _quick_processor(
    column_type: TypeEngine[Any], dialect: Dialect, processor: Callable[[Any], Any]
) -> Callable[[Any], Any]:
    """``processor``, or for an aware time on SQLite the same text made by ``datetime.isoformat``
    (what SQLAlchemy's format makes in several times as long): the time in UTC without its zone,
    ``YYYY-MM-DD hh:mm:ss.ffffff``."""
    if not _is_time_text(column_type, dialect):
        return processor
    utc = UTC

    def process(value: Any) -> Any:
        if type(value) is datetime and value.tzinfo is not None:
            if value.tzinfo is not utc:
                value = value.astimezone(utc)
            return value.isoformat(" ", "microseconds")[:26]  # without its zone, +00:00
        return processor(value)

    return process


def _is_date_text(column_type: TypeEngine[Any], dialect: Dialect) -> bool:
    """Whether the column holds a date written as SQLite text ``YYYY-MM-DD``."""
    impl = column_type.dialect_impl(dialect)
    return dialect.name == "sqlite" and getattr(impl, "_storage_format", None) == _SQLITE_DATE_TEXT


def _is_time_text(column_type: TypeEngine[Any], dialect: Dialect) -> bool:
    """Whether the column holds an aware time written as SQLite text ``YYYY-MM-DD hh:mm:ss.ffffff``."""
    impl = column_type.dialect_impl(dialect)
    return (
        dialect.name == "sqlite"
        and isinstance(column_type, UtcDateTime)
        and isinstance(impl, TypeDecorator)
        and getattr(impl.impl_instance, "_storage_format", None) == _SQLITE_DATETIME_TEXT
    )
