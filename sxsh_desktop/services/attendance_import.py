"""Participants of an activity from an attendance spreadsheet (.xlsx), as offices keep them.

The header row is found among the first rows by its column names (Vietnamese or English, with or
without diacritics); each attendee's facility is matched by tax code, else by its exact name. A row
naming a facility that is not in the registry stops the import (nothing written) unless it is asked
to keep such attendees as persons. The file is read within bounds: its size, rows and columns.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sxsh_desktop.domain.office import Activity, ActivityParticipant
from sxsh_desktop.domain.taxcode import normalise_tax_code
from sxsh_desktop.domain.text import fold
from sxsh_desktop.errors import KnownProblem, ValidationError
from sxsh_desktop.services.activities import (
    MAX_PARTICIPANTS,
    AttachedFile,
    UnknownEnterpriseError,
    add_activity,
    check_activity,
)
from sxsh_desktop.services.changes import Outcome
from sxsh_desktop.store import office_queries

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_COLUMNS = 60
HEADER_SEARCH_ROWS = 20

_HEADERS: dict[str, tuple[str, ...]] = {
    "person": ("ho va ten", "ho ten", "ten nguoi tham du", "nguoi tham du", "dai bieu", "name", "full name"),
    "enterprise": (
        "don vi",
        "co so",
        "ten co so",
        "ten doanh nghiep",
        "doanh nghiep",
        "don vi cong tac",
        "enterprise",
        "facility",
        "organisation",
        "organization",
        "company",
    ),
    "tax_code": ("ma so thue", "mst", "tax code"),
    "job_title": ("chuc vu", "chuc danh", "job title", "position"),
    "phone": ("dien thoai", "so dien thoai", "sdt", "phone"),
    "feedback": ("phan hoi", "phieu phan hoi", "danh gia", "feedback"),
}
_YES = {"co", "x", "yes", "tot", "dat", "1", "true", "hai long"}
_NO = {"khong", "no", "0", "false", "chua dat", "khong hai long"}


class AttendanceFileError(KnownProblem):
    code = "attendance_file"


@dataclass(frozen=True)
class AttendanceRow:
    row: int  # as the spreadsheet numbers it
    person_name: str
    enterprise_text: str
    tax_code: str
    job_title: str
    phone: str
    positive_feedback: bool | None
    enterprise_id: str | None  # the facility matched, if any


@dataclass(frozen=True)
class AttendancePreview:
    sheet: str
    header_row: int
    columns: dict[str, str]  # field → the header it was read from
    rows: tuple[AttendanceRow, ...]
    unknown: tuple[AttendanceRow, ...] = field(default=())  # naming a facility not in the registry

    @property
    def matched(self) -> int:
        return sum(1 for r in self.rows if r.enterprise_id)


def read_attendance(store: Store, path: Path) -> AttendancePreview:
    """What an attendance spreadsheet holds and how its facilities match the registry (nothing written)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise AttendanceFileError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if not path.is_file():
        raise AttendanceFileError(f"{path} is not a file.")
    if size > MAX_FILE_BYTES:
        raise AttendanceFileError(f"{path.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB.")
    cells = _read_cells(path)
    header_row, columns = _header(cells, path.name)
    with store.reading() as connection:
        facilities = office_queries.facilities(connection)
    by_tax = {normalise_tax_code(f.tax_code): f.id for f in facilities if f.tax_code}
    by_name: dict[str, list[str]] = {}
    for f in facilities:
        by_name.setdefault(fold(f.name), []).append(f.id)
    rows, unknown = [], []
    for number, values in cells[1][header_row:]:

        def get(name: str, values: Sequence[Any] = values) -> str:
            index = columns.get(name)
            value = values[index] if index is not None and index < len(values) else None
            return " ".join(str(value).split()) if value is not None else ""

        person, unit, tax = get("person"), get("enterprise"), get("tax_code")
        if not (person or unit or tax):
            continue
        enterprise_id = _match(tax, unit, by_tax, by_name)
        row = AttendanceRow(
            number,
            person,
            unit,
            tax,
            get("job_title"),
            get("phone"),
            _feedback(get("feedback")),
            enterprise_id,
        )
        rows.append(row)
        if (unit or tax) and enterprise_id is None:
            unknown.append(row)
    if len(rows) > MAX_PARTICIPANTS:
        raise AttendanceFileError(f"{path.name} lists more than {MAX_PARTICIPANTS} attendees.")
    if not rows:
        raise AttendanceFileError(f"{path.name} lists no attendee under its header (row {header_row}).")
    names = {name: str(cells[1][header_row - 1][1][index]) for name, index in columns.items()}
    return AttendancePreview(cells[0], header_row, names, tuple(rows), tuple(unknown))


def _read_cells(path: Path) -> tuple[str, list[tuple[int, list[Any]]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise AttendanceFileError(
            f"{path.name} is not an Excel workbook (.xlsx) that can be read ({exc})."
        ) from None
    try:
        sheet = workbook.worksheets[0]
        rows: list[tuple[int, list[Any]]] = []
        for number, values in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), 1):
            if number > MAX_PARTICIPANTS + HEADER_SEARCH_ROWS + 50:
                raise AttendanceFileError(f"{path.name} has more rows than an attendance list can have.")
            rows.append((number, list(values)))
        return sheet.title, rows
    finally:
        workbook.close()


def _header(cells: tuple[str, list[tuple[int, list[Any]]]], name: str) -> tuple[int, dict[str, int]]:
    for number, values in cells[1][:HEADER_SEARCH_ROWS]:
        columns: dict[str, int] = {}
        for index, value in enumerate(values):
            if not isinstance(value, str):
                continue
            text = " ".join(fold(value).replace(".", " ").replace(":", " ").split())
            for field_name, aliases in _HEADERS.items():
                if field_name not in columns and text in aliases:
                    columns[field_name] = index
        if "person" in columns or "enterprise" in columns:
            return number, columns
    raise AttendanceFileError(
        f"{name}: no header row found in its first {HEADER_SEARCH_ROWS} rows; expected a column such as "
        "'Họ và tên' or 'Đơn vị' (or 'Name', 'Enterprise')."
    )


def _match(tax: str, unit: str, by_tax: dict[str, str], by_name: dict[str, list[str]]) -> str | None:
    if tax:
        try:
            found = by_tax.get(normalise_tax_code(tax))
        except ValidationError:
            found = None
        if found:
            return found
    if unit:
        same = by_name.get(fold(unit), [])
        if len(same) == 1:
            return same[0]
    return None


def _feedback(text: str) -> bool | None:
    folded = fold(text)
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    return None


def import_attendance(
    store: Store,
    path: Path,
    activity: Activity,
    *,
    keep_unknown_as_persons: bool = False,
    attach_file: bool = True,
) -> Outcome[Activity]:
    """Record ``activity`` with the attendees of the spreadsheet (and the spreadsheet attached).

    UnknownEnterpriseError, nothing written, when a row names a facility the registry does not
    hold, unless ``keep_unknown_as_persons``: then that row is kept as a person of that unit."""
    checked = check_activity(activity)  # before reading the file: a bad date is reported first
    preview = read_attendance(store, path)
    if preview.unknown and not keep_unknown_as_persons:
        listed = ", ".join(f"row {r.row} ({r.enterprise_text or r.tax_code})" for r in preview.unknown[:5])
        more = f" and {len(preview.unknown) - 5} more" if len(preview.unknown) > 5 else ""
        raise UnknownEnterpriseError(
            f"{path.name}: {len(preview.unknown)} attendee(s) name a facility that is not in the registry: "
            f"{listed}{more}. Register them first, or import them as persons; nothing was saved.",
            field="participants",
        )
    participants = [
        ActivityParticipant(
            enterprise_id=r.enterprise_id,
            person_name=r.person_name or (r.enterprise_text if not r.enterprise_id else ""),
            job_title=r.job_title
            if r.enterprise_id or not r.enterprise_text
            else f"{r.job_title} ({r.enterprise_text})".strip(),
            phone=r.phone,
            positive_feedback=r.positive_feedback,
        )
        for r in preview.rows
    ]
    files = [AttachedFile(path.name, path.read_bytes())] if attach_file else []
    return add_activity(store, checked, participants, files)
