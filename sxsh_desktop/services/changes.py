"""What a use case changed (Anki's ``OpChanges``): one notice per use case, read by every view."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Which kinds of record a use case wrote, and which records.

    ``entities`` holds store entity names (``"enterprise"``, ``"process_step"``, ``"photo"`` …, as in
    ``store.schema.RECORD_TABLES``); ``reference``, ``keys`` and ``history`` flag the installation's
    reference data, package keys and export/import history.
    """

    entities: frozenset[str] = frozenset()
    record_ids: frozenset[str] = frozenset()
    assessment_ids: frozenset[str] = frozenset()
    reference: bool = False
    keys: bool = False
    history: bool = False

    @classmethod
    def of(
        cls,
        entities: Iterable[str] = (),
        record_ids: Iterable[str] = (),
        assessment_ids: Iterable[str | None] = (),
        **flags: bool,
    ) -> Changes:
        return cls(
            frozenset(entities),
            frozenset(record_ids),
            frozenset(a for a in assessment_ids if a),
            **flags,
        )

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.entities | other.entities,
            self.record_ids | other.record_ids,
            self.assessment_ids | other.assessment_ids,
            self.reference or other.reference,
            self.keys or other.keys,
            self.history or other.history,
        )

    def __bool__(self) -> bool:
        return bool(self.entities or self.reference or self.keys or self.history)

    def touches(self, *entities: str) -> bool:
        """Whether any of ``entities`` was written."""
        return not self.entities.isdisjoint(entities)

    def touches_assessment(self, assessment_id: str) -> bool:
        return assessment_id in self.assessment_ids or "enterprise" in self.entities


NO_CHANGES = Changes()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A use case's result and what it changed."""

    value: T
    changes: Changes = field(default=NO_CHANGES)
