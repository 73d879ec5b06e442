"""Records written in bulk are stored exactly as SQLAlchemy's own insert stores them, times included."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import delete, insert
from sqlalchemy.dialects import sqlite

from sxsh_desktop.domain import model
from sxsh_desktop.interchange.jsonformat import record_to_json
from sxsh_desktop.store import records, schema
from sxsh_desktop.store.repository import Store, records_of
from tests.documents import small_document, snapshot


def test_the_quick_time_text_is_sqlalchemys() -> None:
    dialect = sqlite.dialect()
    column_type = schema.enterprise.c.updated_at.type
    processor = column_type.dialect_impl(dialect).bind_processor(dialect)
    assert processor is not None
    quick = records._quick_processor(column_type, dialect, processor)
    assert quick is not processor  # the quick one is used on SQLite
    for moment in (
        datetime(2024, 3, 1, 8, 30, tzinfo=UTC),
        datetime(2024, 3, 1, 8, 30, 0, 250_000, tzinfo=UTC),
        datetime(2024, 3, 1, 1, 5, 9, 7, tzinfo=timezone(timedelta(hours=7))),  # the day before in UTC
        datetime(1900, 1, 1, tzinfo=UTC),
        datetime(2100, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC),
        datetime(2024, 3, 1, 8, 30, tzinfo=timezone(timedelta(0))),  # UTC, as another zone object
        datetime(1, 1, 1, tzinfo=UTC),
        datetime(2024, 3, 1, 8, 30),  # no zone: taken as it is
        None,
    ):
        assert quick(moment) == processor(moment), moment
    assert quick(datetime(2024, 3, 1, 1, 5, 9, 7, tzinfo=timezone(timedelta(hours=7)))) == (
        "2024-02-29 18:05:09.000007"
    )


def _rows(store: Store, document: model.AssessmentDocument, bulk: bool) -> dict[str, list[tuple[Any, ...]]]:
    with store.transaction() as connection:
        for name in ("enterprise", "assessment"):
            table = schema.RECORD_TABLES[name][1]
            record = getattr(document, name)
            connection.execute(delete(table).where(table.c.id == record.id))
            if bulk:
                records.insert_records(connection, table, [record])
            else:
                connection.execute(insert(table), [records.to_row(record)])
    return snapshot(store)


def test_bulk_records_are_stored_as_sqlalchemy_stores_them(store: Store) -> None:
    document = small_document()
    document.enterprise = dataclasses.replace(
        document.enterprise, updated_at=datetime(2024, 3, 1, 1, 5, 9, 7, tzinfo=timezone(timedelta(hours=7)))
    )
    assert _rows(store, document, bulk=False) == _rows(store, document, bulk=True)


def _inserted(
    store: Store, table: Any, columns: tuple[str, ...], rows: list[tuple[Any, ...]], tuples: bool
) -> Any:
    with store.transaction() as connection:
        connection.execute(delete(table))
        if tuples:
            records.insert_tuples(connection, table, columns, rows)
        else:
            records.insert_rows(connection, table, [dict(zip(columns, row, strict=True)) for row in rows])
    return snapshot(store)[table.name]


def test_rows_given_as_tuples_are_stored_as_rows_given_as_dicts(store: Store) -> None:
    states = ("record_id", "device_id", "entity", "revision", "content_hash")
    state_rows = [("r2", "d1", "solution", 3, "ab" * 32), ("r1", "d1", "photo", 1, "cd" * 32)]
    assert _inserted(store, schema.sync_record_state, states, state_rows, tuples=True) == [
        ("r1", "d1", "photo", 1, "cd" * 32),
        ("r2", "d1", "solution", 3, "ab" * 32),
    ]
    assert _inserted(store, schema.sync_record_state, states, state_rows, tuples=False) == _inserted(
        store, schema.sync_record_state, states, state_rows, tuples=True
    )
    # A column whose values are converted (a time), and columns in another order than the table's.
    deletions = ("deleted_at", "record_id", "entity", "assessment_id", "device_id")
    when = datetime(2024, 3, 1, 1, 5, 9, 7, tzinfo=timezone(timedelta(hours=7)))
    deletion_rows = [(when, "r3", "cause", None, "d2")]
    assert _inserted(store, schema.tombstone, deletions, deletion_rows, tuples=True) == _inserted(
        store, schema.tombstone, deletions, deletion_rows, tuples=False
    )


def _stored_every_class(
    store: Store, document: model.AssessmentDocument, bulk: bool, from_json: bool = False
) -> Any:
    order = [
        "enterprise",
        "assessment",
        *(schema.COLLECTION_TABLES[n] for n, _ in model.DOCUMENT_COLLECTIONS),
    ]
    with store.transaction() as connection:
        for name in reversed(order):
            connection.execute(delete(schema.RECORD_TABLES[name][1]))
        for name in order:
            cls, table = schema.RECORD_TABLES[name]
            rows = [record for record in records_of([document]) if type(record) is cls]
            if bulk:
                values = [tuple(record_to_json(record).values()) for record in rows] if from_json else None
                records.insert_records(connection, table, rows, values)
            elif rows:
                connection.execute(insert(table), [records.to_row(record) for record in rows])
    return snapshot(store)


def test_records_of_every_class_are_stored_as_sqlalchemy_stores_them(store: Store) -> None:
    document = small_document()  # its times are at +07:00
    in_utc = dataclasses.replace(
        document.solutions[0],
        created_at=datetime(2100, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC),
        updated_at=datetime(1900, 1, 1, tzinfo=UTC),
    )
    document.solutions = [in_utc, *document.solutions[1:]]
    document.flows = [
        dataclasses.replace(flow, created_at=flow.created_at.astimezone(UTC)) for flow in document.flows
    ]
    assert _stored_every_class(store, document, bulk=False) == _stored_every_class(store, document, bulk=True)


def test_records_given_as_their_json_values_are_stored_as_sqlalchemy_stores_them(store: Store) -> None:
    """What an import writes from the values the package's JSON holds: times with and without
    microseconds, dates, numbers, true and false, empty values."""
    document = small_document()
    document.solutions = [
        dataclasses.replace(
            document.solutions[0],
            created_at=datetime(2100, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC),
            updated_at=datetime(1900, 1, 1, tzinfo=UTC),
            planned_date=date(2024, 2, 29),
            waste_reduction=None,
        ),
        *document.solutions[1:],
    ]
    document.flows = [dataclasses.replace(flow, in_material=True, unit_cost=0.1) for flow in document.flows]
    stored = _stored_every_class(store, document, bulk=False)
    assert _stored_every_class(store, document, bulk=True, from_json=True) == stored


def test_a_time_not_written_as_the_json_writes_it_is_refused() -> None:
    assert records._time_text_from_json("2024-03-01T08:30:00.250000Z") == "2024-03-01 08:30:00.250000"
    assert records._time_text_from_json("2024-03-01T08:30:00Z") == "2024-03-01 08:30:00.000000"
    with pytest.raises(ValueError, match="not a UTC time"):
        records._time_text_from_json("2024-03-01T08:30:00+07:00")
