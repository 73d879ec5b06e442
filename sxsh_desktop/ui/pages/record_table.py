"""A record list as the pages show it: buttons, the table, and a line for the last entry problem.

Keyboard, for entering rows one after the other without the mouse: typing in a cell starts
editing it (F2 and Enter too); Tab saves the cell and goes to the row's next cell, and from its
last cell (or from a cell not being edited) to the control after the table; Shift+Tab goes back
the same way. Enter saves the cell and goes to the first cell of the next row, adding a row after
the last one; Esc in a row just added that way, still untouched, drops it. Insert or Ctrl+Enter adds
a row, Delete removes the selected one (after confirming). Choices open as drop-downs in which
typing or the arrow keys only move the choice: Tab or Enter takes it, Esc leaves the cell as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.pages.fields import TYPING_SAVE_MS
from sxsh_desktop.ui.pages.table_model import ColumnKind, RecordTableModel

Index = QModelIndex | QPersistentModelIndex
PROBLEM_STYLE = "color: #b3261e;"


class CellCombo(QComboBox):
    """A cell's drop-down: the keyboard moves the choice without taking it; a choice picked in the
    open list (``picked``) is taken at once."""

    picked = Signal()

    def hidePopup(self) -> None:
        shown = self.view().isVisible()
        super().hidePopup()
        if shown:
            self.picked.emit()


class RecordDelegate(QStyledItemDelegate):
    """Drop-downs for choice columns; line edits otherwise, whose text is saved a moment after the
    last key (``TYPING_SAVE_MS``) while the cell is edited. ``on_leave(editor, key)`` is told when
    Tab, Shift+Tab, Enter or Esc ends an edit (after the cell is saved), to go on from there."""

    def __init__(
        self,
        parent: QWidget,
        on_leave: Callable[[QWidget, int], None] | None = None,
        on_edit: Callable[[Index], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_leave = on_leave
        self._on_edit = on_edit

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            self._on_leave is not None
            and isinstance(editor, QWidget)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            plain = not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            if plain and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self._on_leave(editor, key)
                return True
            if key == Qt.Key.Key_Escape:
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
                self._on_leave(editor, key)
                return True
        return super().eventFilter(editor, event)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        if self._on_edit is not None:
            self._on_edit(index)
        editor = self._create(parent, option, index)
        if isinstance(editor, QLineEdit) and isinstance(model, RecordTableModel):
            timer = QTimer(editor)
            timer.setSingleShot(True)
            timer.setInterval(TYPING_SAVE_MS)
            cell = QPersistentModelIndex(index)
            timer.timeout.connect(lambda e=editor, c=cell, m=model: m.save_typed(c, e.text()))
            editor.textEdited.connect(timer.start)
        return editor

    def _create(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        if isinstance(model, RecordTableModel):
            column = model.columns[index.column()]
            if column.kind is ColumnKind.CHOICE:
                combo = CellCombo(parent)
                if column.none_label is not None:
                    combo.addItem(column.none_label, "")
                choices = column.choices(model.row(index.row())) if column.choices else ()
                for choice in choices:
                    text = f"{choice.label} — {choice.detail}" if choice.detail else choice.label
                    combo.addItem(text, choice.code)
                combo.picked.connect(lambda c=combo: self._pick(c))
                return combo
            if column.suggestions is not None:
                editor = super().createEditor(parent, option, index)
                if isinstance(editor, QLineEdit):
                    texts = list(dict.fromkeys(column.suggestions(model.row(index.row()))))
                    completer = QCompleter(texts, editor)
                    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
                    editor.setCompleter(completer)
                return editor
        return super().createEditor(parent, option, index)

    def _pick(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            # Also called when the page reloads while the cell is open: what is being typed, and
            # the selection that typing replaces, are kept.
            value = index.data(Qt.ItemDataRole.EditRole)
            text = "" if value is None else str(value)
            if editor.text() == text or editor.isModified():
                return
            selected_all = not editor.text() or editor.selectedText() == editor.text()
            editor.setText(text)
            if selected_all:
                editor.selectAll()
            return
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.setCurrentIndex(max(position, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class RecordTableView(QTableView):
    """Enter on a cell not being edited edits it, or, in a list that cannot be edited, ``entered``
    (to act on the row)."""

    entered = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            index = self.currentIndex()
            if index.isValid():
                if self.model().flags(index) & Qt.ItemFlag.ItemIsEditable:
                    self.edit(index)
                else:
                    self.entered.emit(index)
                event.accept()
                return
        super().keyPressEvent(event)

    def commit_open_editor(self) -> None:
        """Save what is being typed in a cell (the page is leaving)."""
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class RecordTable(QWidget):
    """``on_add()`` adds a record and returns its id (to select and edit it);
    ``on_remove(row)`` removes one; ``on_move(row, -1 | +1)`` moves one up or down."""

    current_changed = Signal(object)  # the current row's id, or None

    def __init__(
        self,
        model: RecordTableModel,
        *,
        on_add: Callable[[], str | None] | None = None,
        on_remove: Callable[[Any], None] | None = None,
        on_move: Callable[[Any, int], None] | None = None,
        describe: Callable[[Any], str] = str,
        add_text: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._on_add, self._on_remove, self._on_move = on_add, on_remove, on_move
        self._describe = describe
        self._select_after_reset: str | None = None
        self._edit_after_reset = False
        self._current_id: str | None = None
        self._fresh_pending: str | None = None
        # (row id, column) where typing began in the row: Enter goes on to that column of the next row
        self._entry: tuple[str, int] | None = None

        self.view = RecordTableView(self)
        self.view.setModel(model)
        self.view.setItemDelegate(RecordDelegate(self.view, self._left_editor, self._editing))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setTabKeyNavigation(False)  # Tab goes on to the next control
        self._fresh: tuple[str, int] | None = None  # (id, revision) of a row added by Enter, untouched
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(
            Qt.TextElideMode.ElideMiddle
        )  # both ends of a name stay; the whole on hover
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        for number, column in enumerate(model.columns):
            mode = QHeaderView.ResizeMode.Stretch if column.stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(number, mode)
        self._fit_columns()

        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        buttons = self.button_row = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self._add_text = add_text
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self._retranslate_buttons()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.add_button.setVisible(on_add is not None)
        self.remove_button.setVisible(on_remove is not None)
        self.up_button.setVisible(on_move is not None)
        self.down_button.setVisible(on_move is not None)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        if on_add or on_remove or on_move:
            layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problem_label)

        if on_add is not None:
            for keys in (
                QKeySequence(Qt.Key.Key_Insert),
                QKeySequence("Ctrl+Return"),
                QKeySequence("Ctrl+Enter"),
            ):
                shortcut = QShortcut(keys, self)
                # (set apart: the constructor's ``context`` argument is not applied by PySide6)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(self.add_row)
        if on_remove is not None:
            remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view)
            remove.setContext(Qt.ShortcutContext.WidgetShortcut)
            remove.activated.connect(self.remove_current)

        model.problem.connect(self._show_problem)
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self._update_buttons()

    def _retranslate_buttons(self) -> None:
        self.add_button.setText(self._add_text() if self._add_text else self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a row (Insert or Ctrl+Enter)"))
        self.remove_button.setText(self.tr("Delete"))
        self.remove_button.setToolTip(self.tr("Delete the selected row (Delete)"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))

    def retranslate(self) -> None:
        self._retranslate_buttons()
        self.model.retranslate()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Each column as wide as its spec says, and never narrower than its header's words
        (Vietnamese headers are often longer than English ones)."""
        metrics = self.view.horizontalHeader().fontMetrics()
        for number, column in enumerate(self.model.columns):
            if column.stretch:
                continue
            lines = column.header_text().splitlines() or [""]
            needed = max(metrics.horizontalAdvance(line) for line in lines) + 20
            self.view.setColumnWidth(number, max(column.width, needed))

    # --- current row ---------------------------------------------------------------------------

    def current_row(self) -> Any | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def current_id(self) -> str | None:
        return self._current_id

    def select_id(self, record_id: str | None, *, edit: bool = False) -> bool:
        position = self.model.index_of(record_id)
        if position < 0:
            return False
        column = next(
            (
                n
                for n in range(self.model.columnCount())
                if self.model.flags(self.model.index(position, n)) & Qt.ItemFlag.ItemIsEditable
            ),
            0,
        )
        index = self.model.index(position, column)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        if edit and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.view.setFocus()
            self.edit_cell(index)
        return True

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = self.model.row_id(self.model.row(current.row())) if current.isValid() else None
        self._show_problem(self.model.pending_problem(current) if current.isValid() else "")
        self._update_buttons()
        if record_id != self._current_id:
            self._current_id = record_id
            self.current_changed.emit(record_id)

    def _remember_current(self) -> None:
        if self._select_after_reset is None:
            self._select_after_reset = self._current_id

    def _restore_current(self) -> None:
        wanted, self._select_after_reset = self._select_after_reset, None
        fresh, self._fresh_pending = self._fresh_pending, None
        if fresh is not None and fresh == wanted:
            self._note_fresh(fresh)
        if not self.select_id(wanted, edit=self._edit_after_reset):
            if self.model.rowCount():
                self.select_id(self.model.row_id(self.model.row(0)))
            elif self._current_id is not None:
                self._current_id = None
                self.current_changed.emit(None)
        self._edit_after_reset = False
        self._update_buttons()

    # --- moving on from a cell ------------------------------------------------------------------

    def _editable_columns(self, row: int) -> list[int]:
        return [
            n
            for n in range(self.model.columnCount())
            if self.model.flags(self.model.index(row, n)) & Qt.ItemFlag.ItemIsEditable
        ]

    def edit_cell(self, index: QModelIndex) -> None:
        """Edit ``index`` with its text selected: what is typed replaces it, as in a spreadsheet."""
        self.view.edit(index)
        editor = self.view.indexWidget(index)
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    def _editing(self, index: Index) -> None:
        record_id = self.model.row_id(self.model.row(index.row())) if index.isValid() else None
        if record_id is not None and (self._entry is None or self._entry[0] != record_id):
            self._entry = (record_id, index.column())

    def _left_editor(self, _editor: QWidget, key: int) -> None:
        """After Tab, Shift+Tab, Enter or Esc ended a cell's edit (the cell already saved)."""
        index = self.view.currentIndex()
        if key == Qt.Key.Key_Escape:
            self._drop_fresh_row()
            return
        if not index.isValid():
            return
        row, column = index.row(), index.column()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._next_row(row)
            return
        columns = self._editable_columns(row)
        if key == Qt.Key.Key_Tab:
            following = [n for n in columns if n > column]
        else:
            following = [n for n in reversed(columns) if n < column]
        if following:
            target = self.model.index(row, following[0])
            self.view.setCurrentIndex(target)
            self.edit_cell(target)
        else:
            self.view.setFocus()
            self.view.focusNextPrevChild(key == Qt.Key.Key_Tab)

    def _next_row(self, row: int) -> None:
        """Enter: the next row, in the column where typing began in this one (as in a
        spreadsheet), or a new row after the last one."""
        if not shiboken6.isValid(self.view):
            return
        if row + 1 < self.model.rowCount():
            column = self._entry[1] if self._entry is not None else -1
            target = self.model.index(row + 1, column)
            if column >= 0 and self.model.flags(target) & Qt.ItemFlag.ItemIsEditable:
                self.view.setCurrentIndex(target)
                self.view.scrollTo(target)
                self.edit_cell(target)
                self._entry = (self.model.row_id(self.model.row(row + 1)), column)
            else:
                self.select_id(self.model.row_id(self.model.row(row + 1)), edit=True)
            return
        if self._on_add is not None:
            self.add_row(fresh=True)

    def _drop_fresh_row(self) -> None:
        """Esc in a row that Enter added and nothing was typed into: it goes away."""
        fresh, self._fresh = self._fresh, None
        if fresh is None or self._on_remove is None:
            return
        row = self.model.row(self.model.index_of(fresh[0]))
        if row is not None and getattr(row, "revision", None) == fresh[1]:
            position = self.model.index_of(fresh[0])
            previous = self.model.row(position - 1) if position > 0 else None
            self._select_after_reset = self.model.row_id(previous) if previous is not None else None
            self._on_remove(row)

    def _note_fresh(self, record_id: str) -> None:
        row = self.model.row(self.model.index_of(record_id))
        self._fresh = (record_id, getattr(row, "revision", 0)) if row is not None else None

    # --- actions -------------------------------------------------------------------------------

    def add_row(self, fresh: bool = False) -> None:
        """Add a row and edit its first cell (``fresh``: added by Enter after the last row, dropped
        again by Esc while untouched)."""
        if self._on_add is None:
            return
        self.view.commit_open_editor()
        new_id = self._on_add()
        self._fresh = None
        if new_id is None:
            return
        if self.select_id(new_id, edit=True):
            if fresh:
                self._note_fresh(new_id)
        else:
            self._fresh_pending = new_id if fresh else None
            self._select_after_reset = new_id  # shown once the page reloads
            self._edit_after_reset = True

    def remove_current(self) -> None:
        row = self.current_row()
        if row is None or self._on_remove is None:
            return
        question = self.tr("Delete “%1”? Undo (Ctrl+Z) brings it back.").replace("%1", self._describe(row))
        if dialogs().confirm(self, self.tr("Delete"), question):
            position = self.view.currentIndex().row()
            following = self.model.row(position + 1) if position + 1 < self.model.rowCount() else None
            if following is None and position > 0:
                following = self.model.row(position - 1)
            self._select_after_reset = self.model.row_id(following) if following is not None else None
            self._on_remove(row)

    def _move(self, step: int) -> None:
        row = self.current_row()
        if row is None or self._on_move is None:
            return
        self._on_move(row, step)

    def _update_buttons(self) -> None:
        index = self.view.currentIndex()
        has_row = index.isValid()
        self.remove_button.setEnabled(has_row)
        self.up_button.setEnabled(has_row and index.row() > 0)
        self.down_button.setEnabled(has_row and index.row() < self.model.rowCount() - 1)

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def set_enabled_for_parent(self, enabled: bool) -> None:
        """Detail tables are usable only while their parent record is selected."""
        self.add_button.setEnabled(enabled)
        self.view.setEnabled(enabled)

    def commit_open_editor(self) -> None:
        if shiboken6.isValid(self.view):
            self.view.commit_open_editor()
