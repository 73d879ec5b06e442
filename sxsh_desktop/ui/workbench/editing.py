"""Every edit in the workbench goes through here: saved at once, and undoable.

An edit is written to the store immediately (there is no Save button) and pushed on the undo
stack as a command whose undo writes the previous value back, again at once.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sxsh_desktop.domain.model import Photo, SyncFields

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

R = TypeVar("R", bound=SyncFields)


class RecordEditor(QObject):
    """Saves edits of plain records and records them for undo and redo.

    ``changed(entity_class_name, record_id)`` is emitted after every write, including undo and
    redo, so that views and live figures refresh.
    """

    changed = Signal(str, str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)

    def set_fields(self, cls: type[R], record_id: str, text: str = "", **values: Any) -> R:
        before = self.store.get(cls, record_id)
        old = {name: getattr(before, name) for name in values}
        if old == values:
            return before
        command = _SetFields(self, cls, record_id, old, values, text or "Edit")
        self.undo_stack.push(command)  # push() runs redo(), which saves
        return command.result

    def add(self, record: R, text: str = "") -> R:
        command = _Add(self, record, text or "Add")
        self.undo_stack.push(command)
        return command.result

    def add_photo(self, photo: Photo, data: bytes, thumbnail: bytes | None, text: str = "") -> Photo:
        """Add a photo with its bytes; undo removes both."""
        command = _AddPhoto(self, photo, data, thumbnail, text or "Add photo")
        self.undo_stack.push(command)
        return command.result

    def remove(self, cls: type[R], record_id: str, text: str = "") -> None:
        """Delete a record and its children; undo restores them as they were."""
        self.undo_stack.push(_Remove(self, cls, record_id, text or "Delete"))

    def _emit(self, cls: type, record_id: str) -> None:
        self.changed.emit(cls.__name__, record_id)


class _SetFields(QUndoCommand):
    def __init__(
        self, editor: RecordEditor, cls: type[R], record_id: str, old: dict, new: dict, text: str
    ) -> None:
        super().__init__(text)
        self.editor, self.cls, self.record_id, self.old, self.new = editor, cls, record_id, old, new
        self.result: Any = None

    def redo(self) -> None:
        self.result = self.editor.store.update(self.cls, self.record_id, **self.new)
        self.editor._emit(self.cls, self.record_id)

    def undo(self) -> None:
        self.result = self.editor.store.update(self.cls, self.record_id, **self.old)
        self.editor._emit(self.cls, self.record_id)


class _Add(QUndoCommand):
    def __init__(self, editor: RecordEditor, record: SyncFields, text: str) -> None:
        super().__init__(text)
        self.editor, self.record = editor, record
        self.result: Any = None

    def redo(self) -> None:
        self.result = self.editor.store.insert(self.record)
        self.editor._emit(type(self.record), self.record.id)

    def undo(self) -> None:
        self.editor.store.delete(type(self.record), self.record.id)
        self.editor._emit(type(self.record), self.record.id)


class _AddPhoto(QUndoCommand):
    def __init__(
        self, editor: RecordEditor, photo: Photo, data: bytes, thumbnail: bytes | None, text: str
    ) -> None:
        super().__init__(text)
        self.editor, self.photo, self.data, self.thumbnail = editor, photo, data, thumbnail
        self.result: Any = None

    def redo(self) -> None:
        self.result = self.editor.store.add_photo(self.photo, self.data, self.thumbnail)
        self.editor._emit(Photo, self.photo.id)

    def undo(self) -> None:
        self.editor.store.delete(Photo, self.photo.id)
        self.editor._emit(Photo, self.photo.id)


class _Remove(QUndoCommand):
    """Undo puts back the whole assessment document as it was before the delete."""

    def __init__(self, editor: RecordEditor, cls: type[SyncFields], record_id: str, text: str) -> None:
        super().__init__(text)
        self.editor, self.cls, self.record_id = editor, cls, record_id
        self.before: Any = None
        self.photo_bytes: tuple[bytes, bytes | None] | None = None

    def redo(self) -> None:
        store = self.editor.store
        record = store.get(self.cls, self.record_id)
        if isinstance(record, Photo):
            # Photo bytes go with the row; keep them to put back.
            self.photo_bytes = (store.photo_data(record.id), store.photo_thumbnail(record.id))
            self.before = record
            store.delete(self.cls, self.record_id)
            self.editor._emit(self.cls, self.record_id)
            return
        assessment_id = getattr(record, "assessment_id", None)
        if assessment_id:
            self.before = self.editor.store.load_document(assessment_id)
        else:
            self.before = record
        self.editor.store.delete(self.cls, self.record_id)
        self.editor._emit(self.cls, self.record_id)

    def undo(self) -> None:
        if self.photo_bytes is not None:
            self.editor.store.add_photo(self.before, *self.photo_bytes)
        elif dataclasses.is_dataclass(self.before) and hasattr(self.before, "assessment"):
            self.editor.store.save_document(self.before)
        else:
            self.editor.store.insert(self.before)
        self.editor._emit(self.cls, self.record_id)
