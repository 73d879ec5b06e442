"""What the workflow pages share: their form, the list of what is missing, saving through the editor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from sxsh_desktop.calc import AssessmentFigures
from sxsh_desktop.domain.completeness import MissingItem, WorkflowStep
from sxsh_desktop.domain.model import AssessmentDocument, SyncFields
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.services.changes import Changes
from sxsh_desktop.ui.pages.fields import FormBinder
from sxsh_desktop.ui.pages.labels import entry_problem, missing_sentence
from sxsh_desktop.ui.pages.record_table import RecordTable
from sxsh_desktop.ui.pages.table_model import Column, RecordTableModel
from sxsh_desktop.ui.workbench.context import WorkbenchContext
from sxsh_desktop.ui.workbench.page import WorkflowPage

if TYPE_CHECKING:
    from sxsh_desktop.services.editing import AssessmentState


class Form(Protocol):
    """A class generated from a Designer form (``forms/*.ui``)."""

    def setupUi(self, widget: QWidget) -> None: ...

    def retranslateUi(self, widget: QWidget) -> None: ...


def place(placeholder: QWidget, widget: QWidget) -> QWidget:
    """Put ``widget`` into a placeholder left empty in the form."""
    layout = placeholder.layout()
    if layout is None:
        layout = QVBoxLayout(placeholder)
        layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    return widget


def whole_lines(widget: QWidget) -> None:
    """No label of ``widget`` is given less height than its lines need (a cramped window — a small
    screen, 200 % scale — shrinks the tables and scrolls the page instead): the bottom of a line is
    where Vietnamese puts its dot below (ạ, ợ) and the tails of g, p, y."""
    for label in widget.findChildren(QLabel):
        policy = label.sizePolicy()
        if policy.verticalPolicy() in (QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored):
            policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
            label.setSizePolicy(policy)


def _show_tab_of(widget: QWidget) -> None:
    """Turn every tab widget above ``widget`` to the page that holds it."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is child or page.isAncestorOf(widget):
                    parent.setCurrentIndex(index)
        child, parent = parent, parent.parentWidget()


class AssessmentPage(WorkflowPage):
    """A workflow page laid out by its Designer form that checks ``STEP`` for completeness.

    What is missing is shown by the workflow window beside the steps (``missing()``). The figures
    and the missing items come computed with the window's ``AssessmentState``; a page shown on
    its own has them computed by the same use case.
    """

    STEP: WorkflowStep

    def __init__(self, context: WorkbenchContext, ui: Form, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = ui
        ui.setupUi(self)
        whole_lines(self)
        self._tables: list[RecordTable] = []
        self._binders: list[FormBinder] = []
        self.view: AssessmentState | None = None
        self.changes: Changes | None = None  # what the refresh under way follows (None: anything)
        self._areas: list[QWidget] = []  # F6 / Shift+F6 go from one to the next
        for keys, step in (("F6", +1), ("Shift+F6", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.next_area(step))

    @property
    def language(self) -> str:
        return self.context.language

    # --- the contract ----------------------------------------------------------------------------

    def apply_changes(self, view: AssessmentState, changes: Changes | None) -> None:
        self.view, self.changes = view, changes
        try:
            self.load(view.document)
        finally:
            self.changes = None

    def load(self, document: AssessmentDocument) -> None:
        super().load(document)
        self.show_document(document)

    def show_document(self, document: AssessmentDocument) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Texts set in code (not in the form), again in the new language."""

    def state_of(self, document: AssessmentDocument) -> AssessmentState:
        """``document`` with its figures and completeness: as the window computed them, or computed
        now (a page shown on its own)."""
        if self.view is None or self.view.document is not document:
            from sxsh_desktop.services.editing import assessment_state

            self.view = assessment_state(document, self.context.reference)
        return self.view

    def figures_of(self, document: AssessmentDocument) -> AssessmentFigures:
        return self.state_of(document).figures

    def touched(self, *entities: str) -> bool:
        """Whether the refresh under way may concern records of ``entities``."""
        return self.changes is None or self.changes.touches(*entities)

    def missing_items(self) -> list[MissingItem]:
        if self.document is None:
            return []
        return list(self.state_of(self.document).missing[self.STEP])

    def missing(self) -> list[str]:
        sentences = [missing_sentence(item, self.language) for item in self.missing_items()]
        for table in self._tables:
            for _row, header, text, _reason in table.model.pending_entries():
                sentences.append(
                    self.tr("%1: “%2” is not taken yet — correct it, or Ctrl+Z to drop it")
                    .replace("%1", header)
                    .replace("%2", text)
                )
        return sentences

    def has_pending(self) -> bool:
        return any(table.model.has_pending() for table in self._tables)

    def drop_last_pending(self) -> bool:
        return any(table.model.drop_last_pending() for table in reversed(self._tables))

    # --- building blocks -------------------------------------------------------------------------

    def table(self, columns: Sequence[Column], **options: Any) -> RecordTable:
        model = RecordTableModel(columns, language=self.language, commit=self.save_field, parent=self)
        table = RecordTable(model, parent=self, **options)
        model.problem.connect(lambda _text: self.missing_changed.emit())
        self._tables.append(table)
        self._areas.append(table.view)
        return table

    def add_area(self, widget: QWidget, before: QWidget | None = None) -> None:
        """A place F6 goes to (besides the tables), in order."""
        position = self._areas.index(before) if before in self._areas else len(self._areas)
        self._areas.insert(position, widget)

    def next_area(self, step: int = 1) -> None:
        """F6: the focus to the next table or area of the page (Shift+F6: the previous one),
        turning to its tab when it is on one."""
        usable = [w for w in self._areas if w.isEnabled()]
        if not usable:
            return
        focused = self.focusWidget()
        here = next(
            (w for w in usable if focused is not None and (w is focused or w.isAncestorOf(focused))), None
        )
        if here is not None:
            target = usable[(usable.index(here) + step) % len(usable)]
        else:  # between areas: the next one in the focus order
            target = self._area_after(focused, step) or usable[0 if step > 0 else -1]
        _show_tab_of(target)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _area_after(self, widget: QWidget | None, step: int) -> QWidget | None:
        """The first area met going from ``widget`` along the focus order (backwards for -1)."""
        usable = [w for w in self._areas if w.isEnabled()]
        current = widget
        for _ in range(500):
            if current is None:
                return None
            current = current.nextInFocusChain() if step > 0 else current.previousInFocusChain()
            if current is widget:
                return None
            found = next((w for w in usable if w is current or w.isAncestorOf(current)), None)
            if found is not None:
                return found
        return None

    def binder(self, message: QLabel) -> FormBinder:
        binder = FormBinder(self.save_field, message, self.language, self)
        self._binders.append(binder)
        return binder

    # --- saving --------------------------------------------------------------------------------

    def save_field(self, record: SyncFields, field: str, value: Any, typing: bool = False) -> None:
        """Save one field at once (undoable; ``typing``: while it is typed, see ``RecordEditor``);
        a known problem reaches the caller, and nothing was saved."""
        self.context.editor.set_fields(
            type(record), record.id, self.tr("Edit"), typing=typing, **{field: value}
        )

    def add_record(self, record: SyncFields, text: str) -> str | None:
        try:
            added = self.context.editor.add(record, text)
        except KnownProblem as problem:
            self.report_problem(problem)
            return None
        return added.id

    def remove_record(self, record: SyncFields, text: str) -> None:
        try:
            self.context.editor.remove(type(record), record.id, text)
        except KnownProblem as problem:
            self.report_problem(problem)

    def move_record(self, rows: Sequence[SyncFields], record: SyncFields, step: int) -> None:
        """Swap ``record`` with its neighbour in ``rows`` (ordered by position): one write, one undo step."""
        ordered = list(rows)
        here = next(i for i, r in enumerate(ordered) if r.id == record.id)
        there = here + step
        if not 0 <= there < len(ordered):
            return
        ordered[here], ordered[there] = ordered[there], ordered[here]
        edits = [
            (type(row), row.id, {"position": position})
            for position, row in enumerate(ordered)
            if getattr(row, "position", position) != position
        ]
        try:
            self.context.editor.set_many(edits, self.tr("Move"))
        except KnownProblem as problem:
            self.report_problem(problem)

    def report_problem(self, problem: KnownProblem) -> None:
        from sxsh_desktop.ui.dialogs import dialogs

        dialogs().warn(self, self.title(), entry_problem(problem))

    def next_position(self, rows: Sequence[Any]) -> int:
        return max((getattr(r, "position", 0) for r in rows), default=-1) + 1

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
            for table in self._tables:
                table.retranslate()
            if self.document is not None:
                self.show_document(self.document)  # labels of stored codes, sentences
        super().changeEvent(event)

    # --- leaving -------------------------------------------------------------------------------

    def commit_pending(self) -> None:
        """Save what is being typed (a cell editor or a field still focused)."""
        for table in self._tables:
            table.commit_open_editor()
        for binder in self._binders:
            binder.commit_all()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.document is not None:
            self.commit_pending()
        super().hideEvent(event)
