"""Every edit in the workbench goes through here: saved at once, and undoable.

An edit is written through the use cases of ``services.editing`` first (one transaction); only
once the write succeeded is it pushed on the undo stack, as a command whose undo writes the
previous values back. A write that fails (a locked, read-only or full disk, a refused value)
raises its ``KnownProblem`` to the caller and leaves the undo stack as it was.

After every write, including undo and redo, ``applied`` carries the use case's ``Changes``: the
one notice from which the window and its pages decide what to refresh (with the records an edit
of fields wrote, so that the window need not read them again).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sxsh_desktop.domain.model import Photo, SyncFields
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.services.changes import NO_CHANGES, Changes

if TYPE_CHECKING:
    from sxsh_desktop.services import editing
    from sxsh_desktop.store.repository import Store

R = TypeVar("R", bound=SyncFields)

# Consecutive saves of the same field while it is being typed merge into one undo step.
_TYPING_ID = 1


class RecordEditor(QObject):
    """Saves edits of plain records and records them for undo and redo.

    ``applied(changes, edited)`` is emitted after every write, including undo and redo; ``edited``
    is the ``services.editing.Edited`` of an edit of fields, None otherwise. ``changed(entity
    class name, record id)`` follows it once per record, for views that only watch one kind.
    ``failed(problem)`` tells that an undo or redo could not be written (the ``KnownProblem``;
    the step is dropped, the database keeps what it has).
    """

    applied = Signal(object, object)
    changed = Signal(str, str)
    failed = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._typing: _SetFields | None = None  # the step a field being typed is saved into

    # --- edits ---------------------------------------------------------------------------------

    def set_fields(
        self, cls: type[R], record_id: str, text: str = "", *, typing: bool = False, **values: Any
    ) -> R:
        """Save new values of some fields of a record. ``typing``: a save of a field still being
        typed; the next save of the same field joins its undo step."""
        outcome = _use_cases().set_fields(self.store, cls, record_id, **values)
        if outcome.value.changed:
            command = _SetFields(self, outcome.value, text or "Edit", typing=typing)
            if self._typing is not None and self._typing.key != command.key:
                self._end_typing()
            self.undo_stack.push(command)  # joins the typing step of the same field, if any
            step = command.merged_into or command
            self._typing = step if step.typing else None
            self._notify(outcome.changes, outcome.value)
        elif not typing and self._typing is not None and self._typing.key == ((cls, record_id),):
            self._end_typing()  # the field was left: its next edit is a step of its own
        return outcome.value.after[0]  # type: ignore[return-value]

    def set_many(self, edits: Sequence[editing.FieldEdit], text: str = "") -> None:
        """Several records' fields as one write and one undo step (main product, moving rows)."""
        outcome = _use_cases().edit_fields(self.store, edits)
        if not outcome.value.changed:
            return
        self._push(_SetFields(self, outcome.value, text or "Edit"))
        self._notify(outcome.changes, outcome.value)

    def add(self, record: R, text: str = "") -> R:
        outcome = _use_cases().add_record(self.store, record)
        self._push(_Add(self, outcome.value, text or "Add"))
        self._notify(outcome.changes)
        return outcome.value

    def add_many(self, records: Sequence[SyncFields], text: str = "") -> list[SyncFields]:
        """Add records that belong together in one write; one undo removes them all."""
        outcome = _use_cases().add_records(self.store, records)
        self._push(_AddMany(self, outcome.value, text or "Add"))
        self._notify(outcome.changes)
        return list(outcome.value)

    def add_photo(self, photo: Photo, data: bytes, thumbnail: bytes | None, text: str = "") -> Photo:
        """Add a photo with its bytes; undo removes both."""
        outcome = _use_cases().add_photo(self.store, photo, data, thumbnail)
        self._push(_AddPhoto(self, outcome.value, data, thumbnail, text or "Add photo"))
        self._notify(outcome.changes)
        return outcome.value

    def remove(self, cls: type[R], record_id: str, text: str = "") -> None:
        """Delete a record and its children; undo restores them as they were."""
        outcome = _use_cases().remove_record(self.store, cls, record_id)
        if outcome.value.deleted is None:
            return
        self._push(_Remove(self, cls, record_id, outcome.value, text or "Delete"))
        self._notify(outcome.changes)

    # --- plumbing ------------------------------------------------------------------------------

    def _push(self, command: _Command) -> None:
        """Record a write that is already done: the stack's first ``redo`` does nothing."""
        self._end_typing()
        self.undo_stack.push(command)

    def _end_typing(self) -> None:
        """Another edit ends the typing of a field: its next save is a step of its own."""
        if self._typing is not None:
            self._typing.typing = False
            self._typing = None

    def _notify(self, changes: Changes, edited: editing.Edited | None = None) -> None:
        if not changes:
            return
        self.applied.emit(changes, edited)
        for entity in sorted(changes.entities):
            self.changed.emit(_class_name(entity), next(iter(changes.record_ids), ""))


class _Command(QUndoCommand):
    """A write already made when pushed; undo and redo write again, and a write that fails
    drops the step (the database keeps what it has) and says why through ``failed``."""

    def __init__(self, editor: RecordEditor, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # push() calls redo(): the write was made before
            return
        self._write(self.write_redo)

    def undo(self) -> None:
        self._write(self.write_undo)

    def _write(self, write: Any) -> None:
        try:
            changes = write()
        except KnownProblem as problem:
            self.setObsolete(True)
            self.editor.failed.emit(problem)
            return
        self.editor._notify(changes)

    def write_redo(self) -> Changes:
        raise NotImplementedError

    def write_undo(self) -> Changes:
        raise NotImplementedError


class _SetFields(_Command):
    def __init__(self, editor: RecordEditor, edited: editing.Edited, text: str, typing: bool = False) -> None:
        super().__init__(editor, text)
        self.edited = edited
        self.typing = typing
        self.key = tuple((type(r), r.id) for r in edited.after)
        self.merged_into: _SetFields | None = None

    def id(self) -> int:
        return _TYPING_ID if len(self.edited.after) == 1 else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """A save of the same field while it is typed joins the step: undo goes back to the value
        before the typing began."""
        if not (isinstance(other, _SetFields) and self.typing and other.key == self.key):
            return False
        if _changed_names(self.edited) != _changed_names(other.edited):
            return False
        self.edited = _use_cases().Edited(self.edited.before, other.edited.after)
        self.typing = other.typing
        other.merged_into = self
        if not any(_changed_names(self.edited)):
            self.setObsolete(True)  # typed back to where it was
        return True

    def write_redo(self) -> Changes:
        edits = [(type(r), r.id, {n: getattr(r, n) for n in names}) for r, names in self._names()]
        return _use_cases().edit_fields(self.editor.store, edits).changes

    def write_undo(self) -> Changes:
        edits = [(type(r), r.id, {n: getattr(r, n) for n in names}) for r, names in self._names(before=True)]
        return _use_cases().edit_fields(self.editor.store, edits).changes

    def _names(self, before: bool = False) -> list[tuple[SyncFields, list[str]]]:
        records = self.edited.before if before else self.edited.after
        return list(zip(records, _changed_names(self.edited), strict=True))


def _changed_names(edited: editing.Edited) -> list[list[str]]:
    return [sorted(values) for _cls, _id, values in edited.undo_edits()]


class _Add(_Command):
    def __init__(self, editor: RecordEditor, record: SyncFields, text: str) -> None:
        super().__init__(editor, text)
        self.record = record

    def write_redo(self) -> Changes:
        return _use_cases().add_record(self.editor.store, self.record).changes

    def write_undo(self) -> Changes:
        return _use_cases().remove_record(self.editor.store, type(self.record), self.record.id).changes


class _AddMany(_Command):
    def __init__(self, editor: RecordEditor, records: Sequence[SyncFields], text: str) -> None:
        super().__init__(editor, text)
        self.records = list(records)

    def write_redo(self) -> Changes:
        return _use_cases().add_records(self.editor.store, self.records).changes

    def write_undo(self) -> Changes:
        changes = NO_CHANGES
        for record in reversed(self.records):  # children before the line they refer to
            changes = changes | _use_cases().remove_record(self.editor.store, type(record), record.id).changes
        return changes


class _AddPhoto(_Command):
    def __init__(
        self, editor: RecordEditor, photo: Photo, data: bytes, thumbnail: bytes | None, text: str
    ) -> None:
        super().__init__(editor, text)
        self.photo, self.data, self.thumbnail = photo, data, thumbnail

    def write_redo(self) -> Changes:
        return _use_cases().add_photo(self.editor.store, self.photo, self.data, self.thumbnail).changes

    def write_undo(self) -> Changes:
        return _use_cases().remove_record(self.editor.store, Photo, self.photo.id).changes


class _Remove(_Command):
    """Undo puts back the whole assessment document as it was before the delete."""

    def __init__(
        self, editor: RecordEditor, cls: type[SyncFields], record_id: str, removed: editing.Removed, text: str
    ) -> None:
        super().__init__(editor, text)
        self.cls, self.record_id, self.removed = cls, record_id, removed

    def write_redo(self) -> Changes:
        outcome = _use_cases().remove_record(self.editor.store, self.cls, self.record_id)
        if outcome.value.deleted is not None:
            self.removed = outcome.value
        return outcome.changes

    def write_undo(self) -> Changes:
        return _use_cases().restore(self.editor.store, self.removed).changes


def _use_cases() -> Any:
    """``services.editing``, imported on the first edit: the window starts without the storage layer."""
    from sxsh_desktop.services import editing

    return editing


def _class_name(entity: str) -> str:
    """``process_step`` → ``ProcessStep``: the record class's name."""
    return "".join(part.capitalize() for part in entity.split("_"))
