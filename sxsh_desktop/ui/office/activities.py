"""Activities: awareness events, trainings, study tours and demonstrations, each with its plan task,
date, commune, organiser, cost and funding source, its participants (facilities of the registry or
persons) and its attached files (attendance list, photos). Entered in the form, or imported from an
attendance spreadsheet after a preview of what will be added.

The form is a draft until it is saved; the activity service checks it (an unknown facility, a task
code the plan does not have, a negative cost) and writes it in one transaction, or changes nothing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sxsh_desktop.domain import numbers
from sxsh_desktop.domain.dates import format_date
from sxsh_desktop.domain.numbers import parse_number
from sxsh_desktop.domain.office import TASK_CODES, Activity, ActivityParticipant
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.i18n import current_language
from sxsh_desktop.ui.office.texts import ListModel, activity_type_labels, label
from sxsh_desktop.ui.packages.table_model import Column, size_columns
from sxsh_desktop.ui.pages.labels import entry_problem
from sxsh_desktop.ui.pages.record_table import RecordDelegate
from sxsh_desktop.ui.pages.table_model import Column as EditColumn
from sxsh_desktop.ui.pages.table_model import ColumnKind, RecordTableModel
from sxsh_desktop.ui.problems import problem_text, problem_title
from sxsh_desktop.ui.registry_model import RegistryModel

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

KINDS = ("awareness_event", "training", "study_tour", "demonstration")


@dataclass(frozen=True)
class ParticipantDraft:
    id: str
    enterprise_id: str | None = None
    enterprise_name: str = ""
    person_name: str = ""
    job_title: str = ""
    phone: str = ""
    positive_feedback: bool = False


@dataclass
class ActivityDraft:
    """The form's content: what ``save_activity`` is given."""

    id: str | None = None
    task_code: str = "1.1"
    held_on: date | None = None
    kind: str = "awareness_event"
    title: str = ""
    commune: str = ""
    organiser: str = ""
    cost_vnd: float | None = None
    funding_source: str = ""
    notes: str = ""
    zone_id: str | None = None
    participants: list[ParticipantDraft] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # names of the files attached already
    new_files: list[Path] = field(default_factory=list)  # files to attach on saving


class FacilityPicker(QDialog):
    """Choose a facility of the registry (searched as the main window searches it)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facilityPicker")
        self.setWindowTitle(self.tr("Choose a facility"))
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a facility by name, tax code or commune"))
        self.model = RegistryModel(store, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self.accept)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(150)
        timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(timer.start)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)

    def chosen(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return self.model.enterprise(rows[0].row()) if rows else None


class AttendancePreviewDialog(QDialog):
    """What an attendance spreadsheet will add: each attendee with the facility of the registry it
    was matched to (by tax code, else by name); attendees of a facility the registry does not hold
    are kept as persons only when chosen here."""

    def __init__(
        self, preview: Any, file_name: str, names: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attendancePreview")
        self.preview = preview
        self.setWindowTitle(self.tr("Import an attendance list"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setText(
            self.tr(
                "{file}, sheet “{sheet}”: {rows} attendee(s), {matched} matched to a facility of the "
                "registry, {unknown} naming a facility the registry does not hold."
            ).format(
                file=file_name,
                sheet=preview.sheet,
                rows=len(preview.rows),
                matched=preview.matched,
                unknown=len(preview.unknown),
            )
        )
        unknown = {r.row for r in preview.unknown}
        self.model = ListModel(
            [
                Column(lambda: self.tr("Row"), lambda r: str(r.row)),
                Column(lambda: self.tr("Name in the list"), lambda r: r.person_name),
                Column(lambda: self.tr("Facility in the list"), lambda r: r.enterprise_text or r.tax_code),
                Column(
                    lambda: self.tr("Matched to"),
                    lambda r: (
                        names.get(r.enterprise_id or "", "")
                        or (
                            self.tr("(not in the registry)") if r.row in unknown else self.tr("(person only)")
                        )
                    ),
                ),
            ],
            row_id=lambda r: str(r.row),
            parent=self,
        )
        self.model.set_rows(list(preview.rows))
        view = QTableView()
        view.setObjectName("attendanceRows")
        view.setModel(self.model)
        size_columns(view, {0: 4}, stretch=[1, 2, 3])
        self.keep_unknown = QCheckBox(
            self.tr("Keep the attendees of facilities not in the registry as persons")
        )
        self.keep_unknown.setObjectName("keepUnknown")
        self.keep_unknown.setVisible(bool(preview.unknown))
        self.note = QLabel(
            self.tr(
                "The activity is saved with the details of the form, these attendees and the "
                "spreadsheet attached."
            )
        )
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save the activity with them"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.summary)
        layout.addWidget(view, 1)
        layout.addWidget(self.keep_unknown)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(860, 520)


class ActivitiesWindow(QMainWindow):
    """``changed`` after an activity was saved, deleted or imported."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activitiesWindow")
        self.setWindowFlag(Qt.WindowType.Window)
        self.store = store
        self.draft = ActivityDraft()
        self.dialog: QDialog | None = None
        split = QSplitter(Qt.Orientation.Horizontal)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.list_title = QLabel()
        self.list_model = ListModel(
            [
                Column(lambda: self.tr("Date"), lambda a: format_date(a.activity.held_on)),
                Column(lambda: self.tr("Task"), lambda a: a.activity.task_code),
                Column(lambda: self.tr("Kind"), lambda a: label(activity_type_labels(), a.activity.kind)),
                Column(lambda: self.tr("Title"), lambda a: a.activity.title),
                Column(lambda: self.tr("Commune"), lambda a: a.activity.commune),
                Column(lambda: self.tr("People"), lambda a: str(a.participants)),
            ],
            parent=self,
            row_id=lambda a: a.activity.id,
        )
        self.list_view = QTableView()
        self.list_view.setObjectName("activityList")
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        size_columns(self.list_view, {0: "28/12/2026", 1: 3, 2: 8, 4: 8, 5: 3}, stretch=[3])
        self.list_view.selectionModel().selectionChanged.connect(self._chosen)
        list_buttons = QHBoxLayout()
        self.new_button = QPushButton()
        self.new_button.setObjectName("newActivity")
        self.new_button.clicked.connect(self.new_activity)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteActivity")
        self.delete_button.clicked.connect(self.delete_activity)
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        left_layout.addWidget(self.list_title)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addLayout(list_buttons)
        split.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        form = QFormLayout()
        self.task_box = QComboBox()
        self.task_box.setObjectName("taskCode")
        self.task_box.addItems(list(TASK_CODES))
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("activityKind")
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("heldOn")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("activityTitle")
        self.commune_edit = QLineEdit()
        self.commune_edit.setObjectName("commune")
        self.organiser_edit = QLineEdit()
        self.organiser_edit.setObjectName("organiser")
        self.cost_edit = QLineEdit()
        self.cost_edit.setObjectName("cost")
        self.funding_edit = QLineEdit()
        self.funding_edit.setObjectName("funding")
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("task", self.task_box),
            ("kind", self.kind_box),
            ("date", self.date_edit),
            ("title", self.title_edit),
            ("commune", self.commune_edit),
            ("organiser", self.organiser_edit),
            ("cost", self.cost_edit),
            ("funding", self.funding_edit),
        ):
            self.labels[key] = QLabel()
            form.addRow(self.labels[key], widget)
        right_layout.addLayout(form)

        self.participants_box = QGroupBox()
        participants_layout = QVBoxLayout(self.participants_box)
        self.participants = RecordTableModel(self._participant_columns(), commit=self._typed, parent=self)
        self.participants_view = QTableView()
        self.participants_view.setObjectName("participantsView")
        self.participants_view.setModel(self.participants)
        self.participants_view.setItemDelegate(RecordDelegate(self.participants_view))
        size_columns(self.participants_view, {2: 10, 3: 9, 4: 7}, stretch=[0, 1])
        participant_buttons = QHBoxLayout()
        self.add_facility_button = QPushButton()
        self.add_facility_button.setObjectName("addFacility")
        self.add_facility_button.clicked.connect(self.add_facility)
        self.add_person_button = QPushButton()
        self.add_person_button.setObjectName("addPerson")
        self.add_person_button.clicked.connect(self.add_person)
        self.remove_participant_button = QPushButton()
        self.remove_participant_button.clicked.connect(self.remove_participant)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importAttendance")
        self.import_button.clicked.connect(self.import_attendance)
        for button in (self.add_facility_button, self.add_person_button, self.remove_participant_button):
            participant_buttons.addWidget(button)
        participant_buttons.addStretch(1)
        participant_buttons.addWidget(self.import_button)
        participants_layout.addWidget(self.participants_view)
        participants_layout.addLayout(participant_buttons)
        right_layout.addWidget(self.participants_box, 1)

        self.files_box = QGroupBox()
        files_layout = QHBoxLayout(self.files_box)
        self.files_list = QListWidget()
        self.files_list.setObjectName("filesList")
        self.files_list.setMaximumHeight(70)
        self.attach_button = QPushButton()
        self.attach_button.setObjectName("attachFiles")
        self.attach_button.clicked.connect(self.attach_files)
        files_layout.addWidget(self.files_list, 1)
        files_layout.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignTop)
        right_layout.addWidget(self.files_box)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveActivity")
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.save_button)
        right_layout.addLayout(save_row)
        split.addWidget(right)
        split.setSizes([680, 640])
        self.setCentralWidget(split)
        self.resize(1320, 740)
        self.retranslate()
        self.refresh()
        if not self.list_model.rowCount():
            self.new_activity()

    def _participant_columns(self) -> list[EditColumn]:
        return [
            EditColumn(
                lambda: self.tr("Facility"),
                "enterprise_name",
                ColumnKind.COMPUTED,
                display=lambda p: p.enterprise_name or self.tr("(person only)"),
            ),
            EditColumn(lambda: self.tr("Person"), "person_name", ColumnKind.TEXT),
            EditColumn(lambda: self.tr("Job title"), "job_title", ColumnKind.TEXT),
            EditColumn(lambda: self.tr("Phone"), "phone", ColumnKind.TEXT),
            EditColumn(
                lambda: self.tr("Positive feedback"),
                "positive_feedback",
                ColumnKind.CHECK,
                tooltip=lambda: self.tr("The feedback form says the benefits of CP were understood"),
            ),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Activities"))
        self.list_title.setText("<b>" + self.tr("Activities (%n)", "", self.list_model.rowCount()) + "</b>")
        self.new_button.setText(self.tr("New activity"))
        self.delete_button.setText(self.tr("Delete"))
        chosen = self.kind_box.currentIndex()
        self.kind_box.clear()
        for kind in KINDS:
            self.kind_box.addItem(label(activity_type_labels(), kind), kind)
        self.kind_box.setCurrentIndex(max(chosen, 0))
        for key, text in (
            ("task", self.tr("Plan task:")),
            ("kind", self.tr("Kind:")),
            ("date", self.tr("Date:")),
            ("title", self.tr("Title:")),
            ("commune", self.tr("Commune:")),
            ("organiser", self.tr("Organiser:")),
            ("cost", self.tr("Cost (VND):")),
            ("funding", self.tr("Funding source:")),
        ):
            self.labels[key].setText(text)
        self.participants_box.setTitle(self.tr("Participants"))
        self.add_facility_button.setText(self.tr("Add a facility…"))
        self.add_person_button.setText(self.tr("Add a person"))
        self.remove_participant_button.setText(self.tr("Remove"))
        self.import_button.setText(self.tr("Import an attendance list…"))
        self.files_box.setTitle(self.tr("Attached files (attendance list, photos)"))
        self.attach_button.setText(self.tr("Attach files…"))
        self.save_button.setText(self.tr("Save the activity"))
        self.participants.retranslate()
        self.list_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the list ------------------------------------------------------------------------------------

    def refresh(self, keep: str | None = None) -> None:
        from sxsh_desktop.services import activities

        rows = activities.list_activities(self.store)
        self.list_model.set_rows(rows)
        self.list_title.setText("<b>" + self.tr("Activities (%n)", "", len(rows)) + "</b>")
        position = self.list_model.index_of(keep) if keep else -1
        if position >= 0:
            self.list_view.selectRow(position)

    def _chosen(self, *_args: object) -> None:
        rows = self.list_view.selectionModel().selectedRows()
        summary = self.list_model.row(rows[0].row()) if rows else None
        self.delete_button.setEnabled(summary is not None)
        if summary is not None:
            self.load(summary.activity.id)

    def load(self, activity_id: str) -> None:
        from sxsh_desktop.services import activities

        activity, people, files = activities.get_activity(self.store, activity_id)
        names = self._enterprise_names([p.enterprise_id for p in people if p.enterprise_id])
        self.draft = ActivityDraft(
            id=activity.id,
            task_code=activity.task_code,
            held_on=activity.held_on,
            kind=activity.kind,
            title=activity.title,
            commune=activity.commune,
            organiser=activity.organiser,
            cost_vnd=activity.cost_vnd,
            funding_source=activity.funding_source,
            notes=activity.notes,
            zone_id=activity.zone_id,
            participants=[
                ParticipantDraft(
                    id=p.id,
                    enterprise_id=p.enterprise_id,
                    enterprise_name=names.get(p.enterprise_id or "", ""),
                    person_name=p.person_name,
                    job_title=p.job_title,
                    phone=p.phone,
                    positive_feedback=bool(p.positive_feedback),
                )
                for p in people
            ],
            files=[f.name for f in files],
        )
        self._show_draft()

    def new_activity(self) -> None:
        self.list_view.clearSelection()
        self.draft = ActivityDraft(held_on=date.today())
        self._show_draft()

    def _show_draft(self) -> None:
        d = self.draft
        self.task_box.setCurrentText(d.task_code)
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(d.kind), 0))
        when = d.held_on or date.today()
        self.date_edit.setDate(QDate(when.year, when.month, when.day))
        self.title_edit.setText(d.title)
        self.commune_edit.setText(d.commune)
        self.organiser_edit.setText(d.organiser)
        self.cost_edit.setText(
            numbers.number(d.cost_vnd, current_language(), 0) if d.cost_vnd is not None else ""
        )
        self.funding_edit.setText(d.funding_source)
        self.participants.set_rows(d.participants)
        self.files_list.clear()
        self.files_list.addItems([*d.files, *(str(p.name) for p in d.new_files)])

    # --- participants and files ----------------------------------------------------------------------

    def _typed(self, row: ParticipantDraft, field_name: str, value: Any, typing: bool = False) -> None:
        self.draft.participants = [
            dataclasses.replace(p, **{field_name: value}) if p.id == row.id else p
            for p in self.draft.participants
        ]
        self.participants.set_rows(self.draft.participants)

    def _new_participant_id(self) -> str:
        from sxsh_desktop.domain.model import new_id

        return new_id()

    def add_facility(self) -> bool:
        picker = FacilityPicker(self.store, self)
        self.dialog = picker
        if dialogs().run(picker) != QDialog.DialogCode.Accepted:
            return False
        enterprise = picker.chosen()
        if enterprise is None:
            return False
        self.add_participant(enterprise.id, enterprise.name)
        return True

    def add_participant(self, enterprise_id: str | None, enterprise_name: str = "", person: str = "") -> None:
        self.draft.participants.append(
            ParticipantDraft(
                id=self._new_participant_id(),
                enterprise_id=enterprise_id,
                enterprise_name=enterprise_name,
                person_name=person,
            )
        )
        self.participants.set_rows(self.draft.participants)

    def add_person(self) -> None:
        self.add_participant(None)
        self.participants_view.edit(self.participants.index(self.participants.rowCount() - 1, 1))

    def remove_participant(self) -> None:
        rows = self.participants_view.selectionModel().selectedRows() or [
            self.participants_view.currentIndex()
        ]
        row = self.participants.row(rows[0].row()) if rows and rows[0].isValid() else None
        if row is None:
            return
        self.draft.participants = [p for p in self.draft.participants if p.id != row.id]
        self.participants.set_rows(self.draft.participants)

    def attach_files(self) -> None:
        chosen = dialogs().open_files(
            self,
            self.tr("Attach files"),
            self.tr("Attendance lists and photos (*.xlsx *.xls *.pdf *.jpg *.jpeg *.png);;All files (*)"),
        )
        self.draft.new_files += chosen
        self.files_list.addItems([p.name for p in chosen])

    def import_attendance(self) -> bool:
        """A new activity from the form's details and the attendees of a spreadsheet, after a
        preview of who will be added (the spreadsheet is attached to it)."""
        from sxsh_desktop.services import attendance_import

        if self.draft.id is not None or self.draft.participants:
            dialogs().inform(
                self,
                self.tr("Import an attendance list"),
                self.tr(
                    "An attendance list makes a new activity: choose “New activity”, fill in its "
                    "details, then import the list."
                ),
            )
            return False
        path = dialogs().open_file(
            self, self.tr("Import an attendance list"), self.tr("Spreadsheets (*.xlsx);;All files (*)")
        )
        if path is None:
            return False
        try:
            preview = attendance_import.read_attendance(self.store, path)
        except KnownProblem as problem:
            dialogs().warn(self, problem_title(), problem_text(problem, path))
            return False
        names = self._enterprise_names([r.enterprise_id for r in preview.rows if r.enterprise_id])
        dialog = AttendancePreviewDialog(preview, path.name, names, self)
        self.dialog = dialog
        if dialogs().run(dialog) != QDialog.DialogCode.Accepted:
            return False
        draft = self._read_form()
        if draft is None:
            return False
        try:
            saved = attendance_import.import_attendance(
                self.store,
                path,
                self._record(draft),
                keep_unknown_as_persons=dialog.keep_unknown.isChecked(),
            ).value
        except KnownProblem as problem:
            dialogs().warn(self, problem_title(), problem_text(problem, path))
            return False
        self.changed.emit()
        self.refresh(saved.id)
        return True

    # --- saving --------------------------------------------------------------------------------------

    def _read_form(self) -> ActivityDraft | None:
        d = self.draft
        chosen = self.date_edit.date()
        d.task_code = self.task_box.currentText()
        d.kind = str(self.kind_box.currentData())
        d.held_on = date(chosen.year(), chosen.month(), chosen.day())
        d.title = self.title_edit.text().strip()
        d.commune = self.commune_edit.text().strip()
        d.organiser = self.organiser_edit.text().strip()
        d.funding_source = self.funding_edit.text().strip()
        try:
            d.cost_vnd = parse_number(self.cost_edit.text(), current_language())
        except KnownProblem as problem:
            dialogs().warn(
                self, problem_title(), self.tr("Cost: {problem}").format(problem=entry_problem(problem))
            )
            return None
        return d

    def save(self) -> bool:
        from sxsh_desktop.services import activities

        draft = self._read_form()
        if draft is None:
            return False
        record = self._record(draft)
        people = [
            ActivityParticipant(
                enterprise_id=p.enterprise_id,
                person_name=p.person_name,
                job_title=p.job_title,
                phone=p.phone,
                positive_feedback=p.positive_feedback,
            )
            for p in draft.participants
        ]
        files = self._read_new_files()
        if files is None:
            return False
        try:
            if draft.id is None:
                saved = activities.add_activity(self.store, record, people, files).value
            else:
                saved = activities.edit_activity(self.store, draft.id, record, people, files).value
        except KnownProblem as problem:
            dialogs().warn(self, problem_title(), problem_text(problem))
            return False
        self.changed.emit()
        self.refresh(saved.id)
        return True

    @staticmethod
    def _record(draft: ActivityDraft) -> Activity:
        return Activity(
            task_code=draft.task_code,
            held_on=draft.held_on,
            kind=draft.kind,
            title=draft.title,
            commune=draft.commune,
            zone_id=draft.zone_id,
            organiser=draft.organiser,
            cost_vnd=draft.cost_vnd,
            funding_source=draft.funding_source,
            notes=draft.notes,
        )

    def _read_new_files(self) -> list[Any] | None:
        """The files to attach, read; None (after saying why) when one is too large for the
        service's limit (told before it is read) or cannot be read."""
        from sxsh_desktop.services import activities

        read = []
        for path in self.draft.new_files:
            try:
                if path.stat().st_size > activities.MAX_FILE_BYTES:
                    text = self.tr("{name} is larger than {size} MB and cannot be attached.").format(
                        name=path.name, size=activities.MAX_FILE_BYTES // (1024 * 1024)
                    )
                    dialogs().warn(self, problem_title(), text)
                    return None
                read.append(activities.AttachedFile(path.name, path.read_bytes()))
            except OSError as error:
                text = self.tr("{path} cannot be read: {reason}").format(
                    path=path, reason=error.strerror or str(error)
                )
                dialogs().warn(self, problem_title(), text)
                return None
        return read

    def _enterprise_names(self, ids: list[str]) -> dict[str, str]:
        from sxsh_desktop.domain.model import Enterprise

        names = {}
        for enterprise_id in dict.fromkeys(ids):
            names[enterprise_id] = self.store.get(Enterprise, enterprise_id).name
        return names

    def delete_activity(self) -> bool:
        from sxsh_desktop.services import activities

        rows = self.list_view.selectionModel().selectedRows()
        summary = self.list_model.row(rows[0].row()) if rows else None
        if summary is None:
            return False
        activity = summary.activity
        question = self.tr(
            "Delete the activity “{title}” of {date}, with its participants and files?"
        ).format(title=activity.title, date=format_date(activity.held_on))
        if not dialogs().confirm(self, self.tr("Delete activity"), question):
            return False
        try:
            activities.delete_activity(self.store, activity.id)
        except KnownProblem as problem:
            dialogs().warn(self, problem_title(), problem_text(problem))
            return False
        self.changed.emit()
        self.refresh()
        self.new_activity()
        return True
