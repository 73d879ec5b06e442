"""An activity's participants from an attendance spreadsheet: header found, facilities matched, an
unknown facility refused with nothing written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from sxsh_desktop.domain import model
from sxsh_desktop.domain.office import Activity
from sxsh_desktop.services import activities
from sxsh_desktop.services.activities import UnknownEnterpriseError
from sxsh_desktop.services.attendance_import import AttendanceFileError, import_attendance, read_attendance
from sxsh_desktop.store.repository import Store
from tests.sync_world import dump

ACTIVITY = Activity(task_code="1.1", kind="awareness_event", held_on=date(2026, 10, 8), title="Hội thảo SXSH")


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI THẢO"])  # a title above the header
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Đơn vị", "Mã số thuế", "Chức vụ", "Số điện thoại", "Phản hồi"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


@pytest.fixture
def registered(store: Store) -> dict[str, str]:
    fish = store.insert(
        model.Enterprise(
            name="Công ty CP Thủy sản Hà Tĩnh", tax_code="3000109108", commune="Phường Thành Sen"
        )
    )
    household = store.insert(model.Enterprise(name="Hộ sản xuất Nguyễn Văn Bình", ownership="household"))
    return {"fish": fish.id, "household": household.id}


def test_attendees_are_matched_by_tax_code_or_exact_name(
    store: Store, registered: dict[str, str], tmp_path: Path
) -> None:
    path = _sheet(
        tmp_path / "điểm danh.xlsx",
        [
            [1, "Trần Văn An", "Thủy sản Hà Tĩnh", "3000 109 108", "Giám đốc", "0912345678", "Có"],
            [2, "Nguyễn Văn Bình", "hộ sản xuất nguyễn văn bình", None, None, None, "không"],
            [3, "Lê Thị Cúc", "UBND xã Cẩm Bình", None, "Cán bộ", None, None],
            [None, None, None, None, None, None, None],
        ],
    )
    preview = read_attendance(store, path)
    assert (preview.header_row, preview.matched, len(preview.rows)) == (3, 2, 3)
    assert [r.row for r in preview.unknown] == [6]
    before = dump(store)
    with pytest.raises(UnknownEnterpriseError, match="row 6 \\(UBND xã Cẩm Bình\\)"):
        import_attendance(store, path, ACTIVITY)
    assert dump(store) == before
    added = import_attendance(store, path, ACTIVITY, keep_unknown_as_persons=True).value
    _, people, files = activities.get_activity(store, added.id)
    by_name = {p.person_name: p for p in people}
    assert {(p.enterprise_id, p.person_name, p.positive_feedback) for p in people} == {
        (registered["fish"], "Trần Văn An", True),
        (registered["household"], "Nguyễn Văn Bình", False),
        (None, "Lê Thị Cúc", None),
    }
    assert by_name["Lê Thị Cúc"].job_title == "Cán bộ (UBND xã Cẩm Bình)"
    assert by_name["Trần Văn An"].phone == "0912345678"
    assert [f.name for f in files] == ["điểm danh.xlsx"]


def test_a_file_that_is_not_an_attendance_list_is_refused(store: Store, tmp_path: Path) -> None:
    not_excel = tmp_path / "list.xlsx"
    not_excel.write_bytes(b"not a zip")
    with pytest.raises(AttendanceFileError, match="not an Excel workbook"):
        read_attendance(store, not_excel)
    no_header = tmp_path / "numbers.xlsx"
    workbook = Workbook()
    workbook.active.append([1, 2, 3])
    workbook.save(no_header)
    with pytest.raises(AttendanceFileError, match="no header row found"):
        read_attendance(store, no_header)
    with pytest.raises(AttendanceFileError, match="lists no attendee"):
        read_attendance(store, _sheet(tmp_path / "empty.xlsx", []))


def test_a_spreadsheet_too_large_is_refused_before_it_is_opened(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sxsh_desktop.services import attendance_import

    monkeypatch.setattr(attendance_import, "MAX_FILE_BYTES", 100)
    with pytest.raises(AttendanceFileError, match="larger than"):
        read_attendance(store, _sheet(tmp_path / "big.xlsx", [[1, "A", "B"]]))
