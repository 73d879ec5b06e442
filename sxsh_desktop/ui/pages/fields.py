"""Form fields bound to one record's attributes: shown from the record, saved when left.

A text being typed is also saved a moment after the last key (``TYPING_SAVE_MS``), so that
nothing typed is lost if the computer stops; those saves of one field join one undo step.
A value that cannot be taken stays in the field, framed in red with the reason as tooltip and in
the form's message line; nothing is saved until it is corrected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from sxsh_desktop.domain.dates import format_date, parse_date
from sxsh_desktop.domain.numbers import format_number, parse_number
from sxsh_desktop.errors import KnownProblem, ValidationError
from sxsh_desktop.ui.pages.labels import Choice, entry_problem, rule_problem
from sxsh_desktop.ui.pages.table_model import rule_problem_of

INVALID_STYLE = "border: 1px solid #b3261e; background: #fdecea;"

# save(record, field, value, typing=False): ``typing`` while the field is still being typed.
Save = Callable[..., None]

# How long after the last key a field being typed is saved.
TYPING_SAVE_MS = 1000


@dataclass
class _Binding:
    widget: QWidget
    field: str
    kind: str  # text, plain, number, date, choice, check
    integer: bool = False
    scale: float = 1.0
    decimals: int | None = None
    none_label: str | None = None
    grouping: bool = True
    timer: QTimer | None = None  # saves the field a moment after the last key


class FormBinder(QObject):
    """Binds widgets of a form to fields of the record given to ``show``."""

    def __init__(self, save: Save, message: QLabel, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._message = message
        self._message.setStyleSheet("color: #b3261e;")
        self._message.setWordWrap(True)
        self._message.hide()
        self.language = language
        self.record: Any = None
        self._bindings: list[_Binding] = []
        self._invalid: dict[str, str] = {}  # field -> reason
        self._saved_while_typing: set[str] = set()  # fields saved while typed, not yet left
        self._loading = False

    # --- binding -------------------------------------------------------------------------------

    def text(self, widget: QLineEdit | QPlainTextEdit, field: str) -> None:
        kind = "plain" if isinstance(widget, QPlainTextEdit) else "text"
        self._bind(_Binding(widget, field, kind))

    def number(
        self,
        widget: QLineEdit,
        field: str,
        *,
        integer: bool = False,
        scale: float = 1.0,
        decimals: int | None = None,
        grouping: bool = True,
    ) -> None:
        binding = _Binding(widget, field, "number", integer, scale, decimals)
        binding.grouping = grouping
        self._bind(binding)

    def date(self, widget: QLineEdit, field: str) -> None:
        widget.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self._bind(_Binding(widget, field, "date"))

    def choice(
        self, widget: QComboBox, field: str, choices: Sequence[Choice], none_label: str | None = None
    ) -> None:
        self.set_choices(widget, choices, none_label)
        self._bind(_Binding(widget, field, "choice", none_label=none_label))

    def check(self, widget: QCheckBox, field: str) -> None:
        self._bind(_Binding(widget, field, "check"))

    def set_choices(
        self, widget: QComboBox, choices: Sequence[Choice], none_label: str | None = None
    ) -> None:
        """Refill a choice field (its choices depend on other records) keeping the shown value."""
        self._loading = True
        try:
            current = widget.currentData()
            widget.clear()
            if none_label is not None:
                widget.addItem(none_label, "")
            for choice in choices:
                widget.addItem(
                    f"{choice.label} — {choice.detail}" if choice.detail else choice.label, choice.code
                )
            widget.setCurrentIndex(max(widget.findData(current), 0))
        finally:
            self._loading = False

    def _bind(self, binding: _Binding) -> None:
        self._bindings.append(binding)
        widget = binding.widget
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            binding.timer = QTimer(self)
            binding.timer.setSingleShot(True)
            binding.timer.setInterval(TYPING_SAVE_MS)
            binding.timer.timeout.connect(lambda b=binding: self._save_typed(b))
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(lambda b=binding: self._commit(b))
            widget.textEdited.connect(lambda _text, b=binding: self._typing(b))
        elif isinstance(widget, QPlainTextEdit):
            widget.installEventFilter(self)
            widget.textChanged.connect(lambda b=binding: self._typing(b))
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _=0, b=binding: self._commit(b))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _=False, b=binding: self._commit(b))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for binding in self._bindings:
                if binding.widget is watched:
                    self._commit(binding)
        return False

    # --- showing -------------------------------------------------------------------------------

    def show(self, record: Any) -> None:
        """Show ``record`` (None: nothing to edit, the fields are disabled)."""
        same = record is not None and self.record is not None and record.id == self.record.id
        if not same:
            for binding in self._bindings:
                if binding.timer is not None and binding.timer.isActive():
                    binding.timer.stop()
                    self._save_typed(binding)  # what was typed for the record shown until now
            self._invalid.clear()
            self._saved_while_typing.clear()
            self._show_message()
        self.record = record
        self._loading = True
        try:
            for binding in self._bindings:
                binding.widget.setEnabled(record is not None)
                if binding.field in self._invalid:
                    continue  # the typed text waits for correction
                self._fill(binding, getattr(record, binding.field) if record is not None else None)
                self._mark(binding, "")
        finally:
            self._loading = False

    def _fill(self, binding: _Binding, value: Any) -> None:
        widget = binding.widget
        typing = binding.timer is not None and binding.timer.isActive()
        if typing or binding.field in self._saved_while_typing:
            return  # being typed: the field shows what the user types, not a reformatted copy
        if isinstance(widget, QLineEdit):
            text = self._format(binding, value)
            if widget.text() != text and not (widget.hasFocus() and widget.isModified()):
                widget.setText(text)
                widget.setCursorPosition(0)
        elif isinstance(widget, QPlainTextEdit):
            text = value or ""
            if widget.toPlainText() != text and not widget.hasFocus():
                widget.setPlainText(text)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value or ""), 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))

    def _format(self, binding: _Binding, value: Any) -> str:
        if binding.kind == "number":
            shown = None if value is None else value * binding.scale
            return format_number(
                shown, self.language, decimals=binding.decimals, max_decimals=4, grouping=binding.grouping
            )
        if binding.kind == "date":
            return format_date(value)
        return "" if value is None else str(value)

    # --- saving --------------------------------------------------------------------------------

    def _typing(self, binding: _Binding) -> None:
        if not self._loading and self.record is not None and binding.timer is not None:
            binding.timer.start()

    def _save_typed(self, binding: _Binding) -> None:
        """Save the field being typed, if what it holds can be taken; otherwise wait for it to be
        left (where the reason is shown). A save that fails is shown at once."""
        if self._loading or self.record is None or not shiboken6.isValid(binding.widget):
            return
        try:
            value = self._read(binding)
        except KnownProblem:
            return
        if getattr(self.record, binding.field) == value:
            return
        if rule_problem_of(self.record, binding.field, value) is not None:
            return
        try:
            self._save(self.record, binding.field, value, typing=True)
        except KnownProblem as error:
            self._invalid[binding.field] = entry_problem(error)
            self._mark(binding, self._invalid[binding.field])
            self._show_message()
            return
        self._saved_while_typing.add(binding.field)
        if self._invalid.pop(binding.field, None) is not None:
            self._mark(binding, "")
            self._show_message()

    def _commit(self, binding: _Binding) -> None:
        if self._loading or self.record is None:
            return
        if binding.timer is not None:
            binding.timer.stop()
        typed = binding.field in self._saved_while_typing
        self._saved_while_typing.discard(binding.field)
        try:
            value = self._read(binding)
            if typed and getattr(self.record, binding.field) == value:
                self._save(self.record, binding.field, value)  # ends the typing's undo step
            elif getattr(self.record, binding.field) != value:
                problem = rule_problem_of(self.record, binding.field, value)
                if problem is not None:
                    raise ValidationError(rule_problem(self._typed(binding), problem), field=binding.field)
                self._save(self.record, binding.field, value)
        except KnownProblem as error:
            self._invalid[binding.field] = entry_problem(error)
            self._mark(binding, self._invalid[binding.field])
            self._show_message()
            return
        if self._invalid.pop(binding.field, None) is not None or typed:
            self._fill(binding, value)
        self._mark(binding, "")
        self._show_message()

    def _typed(self, binding: _Binding) -> str:
        widget = binding.widget
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()[:40]
        return ""

    def _read(self, binding: _Binding) -> Any:
        widget = binding.widget
        if isinstance(widget, QLineEdit):
            text = widget.text()
            if binding.kind == "number":
                number = parse_number(text, self.language, integer=binding.integer)
                if number is None:
                    return None
                number /= binding.scale
                return round(number) if binding.integer else number
            if binding.kind == "date":
                return parse_date(text)
            return text.strip()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().rstrip()
        if isinstance(widget, QComboBox):
            code = widget.currentData() or ""
            return (code or None) if binding.none_label is not None else code
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        raise TypeError(f"cannot read {type(widget).__name__}")

    def commit_all(self) -> None:
        """Save what is typed in every text field (the page is leaving)."""
        for binding in self._bindings:
            if binding.kind in ("text", "plain", "number", "date") and shiboken6.isValid(binding.widget):
                self._commit(binding)

    def _mark(self, binding: _Binding, reason: str) -> None:
        binding.widget.setStyleSheet(INVALID_STYLE if reason else "")
        binding.widget.setToolTip(reason)

    def _show_message(self) -> None:
        reasons = list(self._invalid.values())
        self._message.setText("\n".join(reasons))
        self._message.setVisible(bool(reasons))

    def problems(self) -> list[str]:
        return list(self._invalid.values())
