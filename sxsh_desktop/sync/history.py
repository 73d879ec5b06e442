"""The import log: who sent which package, when it was imported, what it changed, what is missing."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, overload

from sqlalchemy import Connection, insert, select

from sxsh_desktop.store import schema
from sxsh_desktop.store.repository import Store


class SequenceGaps(Sequence[int]):
    """Sequence numbers of a sender never received here, kept as ranges of consecutive numbers.

    A sender whose numbers jump from 1 to 1,000,000 leaves one range, not 999,998 numbers: the
    import log and the preview hold and show the ranges (``2, 5–7``). It still reads as the
    numbers themselves (``len``, iteration, equality with a tuple of numbers)."""

    __slots__ = ("ranges",)

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self.ranges: tuple[tuple[int, int], ...] = tuple((int(a), int(b)) for a, b in ranges)

    @classmethod
    def between(cls, received: Iterable[int]) -> SequenceGaps:
        """The numbers from 1 to the largest of ``received`` that are not in it."""
        ranges = []
        previous = 0
        for number in sorted(set(received)):
            if number > previous + 1:
                ranges.append((previous + 1, number - 1))
            previous = max(previous, number)
        return cls(ranges)

    @classmethod
    def from_json(cls, value: Any) -> SequenceGaps:
        """From the import log: ``[[first, last], …]``, or the plain numbers logs held before."""
        if not isinstance(value, list):
            return cls()
        if all(isinstance(item, int) for item in value):
            return cls.of_numbers(value)
        return cls((first, last) for first, last in value)

    @classmethod
    def of_numbers(cls, numbers: Iterable[int]) -> SequenceGaps:
        """The ranges that ``numbers`` (sorted or not) make."""
        ranges: list[tuple[int, int]] = []
        for number in sorted(set(numbers)):
            if ranges and ranges[-1][1] == number - 1:
                ranges[-1] = (ranges[-1][0], number)
            else:
                ranges.append((number, number))
        return cls(ranges)

    def to_json(self) -> list[list[int]]:
        return [[first, last] for first, last in self.ranges]

    def __str__(self) -> str:
        return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in self.ranges)

    def __repr__(self) -> str:
        return f"SequenceGaps({list(self.ranges)!r})"

    def __len__(self) -> int:
        return sum(last - first + 1 for first, last in self.ranges)

    def __bool__(self) -> bool:
        return bool(self.ranges)

    def __iter__(self) -> Iterator[int]:
        for first, last in self.ranges:
            yield from range(first, last + 1)

    def __contains__(self, number: object) -> bool:
        return isinstance(number, int) and any(a <= number <= b for a, b in self.ranges)

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...

    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            return tuple(self)[index]
        position = index if index >= 0 else len(self) + index
        for first, last in self.ranges:
            if 0 <= position <= last - first:
                return first + position
            position -= last - first + 1
        raise IndexError("no such missing sequence number")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SequenceGaps):
            return self.ranges == other.ranges
        if isinstance(other, tuple | list):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=False))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.ranges)


@dataclass(frozen=True)
class ImportRecord:
    package_id: str
    sender_name: str
    sender_key_id: str
    sender_device_id: str
    sequence: int
    created_at: datetime
    imported_at: datetime
    imported_by: str
    file_name: str
    counts: dict[str, int]
    missing_sequences: SequenceGaps


def previous_import(connection: Connection, package_id: str) -> ImportRecord | None:
    table = schema.sync_import
    row = connection.execute(select(table).where(table.c.package_id == package_id)).first()
    return _from_row(row) if row is not None else None


def missing_sequences(connection: Connection, device_id: str, sequence: int) -> SequenceGaps:
    """Sequence numbers of ``device_id`` never received, counting ``sequence`` as received now.

    Computed from the numbers received, never by listing the numbers in between."""
    table = schema.sync_import
    received = set(
        connection.execute(select(table.c.sequence).where(table.c.sender_device_id == device_id)).scalars()
    )
    received.add(sequence)
    return SequenceGaps.between(received)


def log_import(connection: Connection, record: ImportRecord) -> None:
    connection.execute(
        insert(schema.sync_import).values(
            package_id=record.package_id,
            sender_key_id=record.sender_key_id,
            sender_device_id=record.sender_device_id,
            sender_name=record.sender_name,
            sequence=record.sequence,
            created_at=record.created_at,
            imported_at=record.imported_at,
            imported_by=record.imported_by,
            file_name=record.file_name,
            new_count=record.counts.get("new", 0),
            updated_count=record.counts.get("updated", 0),
            unchanged_count=record.counts.get("unchanged", 0),
            deleted_count=record.counts.get("deleted", 0),
            conflict_count=record.counts.get("conflict", 0),
            missing_sequences=json.dumps(_gaps(record.missing_sequences).to_json()),
        )
    )


def import_log(store: Store) -> list[ImportRecord]:
    """Every imported package, most recent first."""
    table = schema.sync_import
    with store.reading() as connection:
        rows = connection.execute(select(table).order_by(table.c.imported_at.desc())).all()
    return [_from_row(row) for row in rows]


def _from_row(r: Any) -> ImportRecord:
    return ImportRecord(
        package_id=r.package_id,
        sender_name=r.sender_name,
        sender_key_id=r.sender_key_id,
        sender_device_id=r.sender_device_id,
        sequence=r.sequence,
        created_at=r.created_at,
        imported_at=r.imported_at,
        imported_by=r.imported_by,
        file_name=r.file_name,
        counts={
            "new": r.new_count,
            "updated": r.updated_count,
            "unchanged": r.unchanged_count,
            "deleted": r.deleted_count,
            "conflict": r.conflict_count,
        },
        missing_sequences=SequenceGaps.from_json(json.loads(r.missing_sequences)),
    )


def _gaps(numbers: Sequence[int]) -> SequenceGaps:
    return numbers if isinstance(numbers, SequenceGaps) else SequenceGaps.of_numbers(numbers)
