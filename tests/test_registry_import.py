"""Importing facility lists: every fixture lands as hand-checked, a dry run writes nothing, apply
is one batch that undo takes back, and bad files change nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from registry_files import (
    TCVN3_XLS,
    encrypted_xlsx,
    formulas_only_xlsx,
    huge_cell_csv,
    legacy_csv,
    lost_zeros_list,
    million_rows_csv,
    million_rows_xlsx,
    mixed_list,
    not_a_spreadsheet,
    old_addresses_csv,
    sectioned_list,
    vni_list,
    zip_bomb_xlsx,
)
from sync_world import dump

from sxsh_desktop.cli import main
from sxsh_desktop.domain.model import Enterprise
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.services import registry_import as ri
from sxsh_desktop.services.registry_import import ImportOptions
from sxsh_desktop.store.repository import Store


def _by_name(store: Store) -> dict[str, Enterprise]:
    return {e.name: e for e in store.enterprises()}


def test_tcvn3_xls_by_font_with_sections_subtotals_and_a_lost_zero(store: Store) -> None:
    preview = ri.preview_import(store, TCVN3_XLS)
    sheet = preview.sheets[0]
    assert sheet.header_rows == (3, 3) and sheet.numbering_row == 4
    assert [(f) for _, _, f in sheet.columns] == [
        "row_number",
        "name",
        "tax_code",
        "commune",
        "legacy_district",
        "employees",
    ]
    assert sheet.sections == [(5, "HUYỆN ĐỨC THỌ"), (9, "THỊ XÃ KỲ ANH")]
    assert sheet.subtotals == [8]
    before_after = {(c.row, c.column): (c.encoding, c.after) for c in preview.conversions}
    assert before_after[(1, 1)] == ("tcvn3_capitals", "DANH SÁCH CƠ SỞ SẢN XUẤT")
    assert before_after[(6, 2)] == ("tcvn3", "Công ty TNHH Thương mại Hà Tĩnh")
    assert before_after[(9, 1)] == ("tcvn3_capitals", "II. THỊ XÃ KỲ ANH")
    assert all(not c.guessed and c.applied for c in preview.conversions)

    ri.apply_import(store, TCVN3_XLS)
    found = _by_name(store)
    company = found["Công ty TNHH Thương mại Hà Tĩnh"]
    assert (company.tax_code, company.employees, company.commune) == ("3000108344", 45, "Xã Đức Thọ")
    assert company.legacy_district == "Huyện Đức Thọ"  # carried down from the section row
    coop = found["Hợp tác xã Dệt may Đức Thọ"]
    assert (coop.tax_code, coop.employees, coop.ownership) == ("0100109106", 12, "cooperative")
    household = found["Hộ kinh doanh Nguyễn Văn An"]
    assert household.ownership == "household" and household.legacy_district == "Thị xã Kỳ Anh"
    assert household.commune == ""  # Kỳ Lợi was split: a person decides
    assert "Cộng" not in found and len(found) == 3


def test_vni_xlsx_header_unicode_body_vni(store: Store, tmp_path: Path) -> None:
    ri.apply_import(store, vni_list(tmp_path))
    found = _by_name(store)
    assert set(found) == {"Công ty Cổ phần Gạch Đồng Lộc", "Hợp tác xã Khuyến nông Việt"}
    assert found["Công ty Cổ phần Gạch Đồng Lộc"].commune == "Xã Đức Thọ"
    assert found["Hợp tác xã Khuyến nông Việt"].commune == "Phường Sông Trí"
    assert found["Công ty Cổ phần Gạch Đồng Lộc"].contact_phone == "0239 3855 123"


def test_mixed_fonts_each_cell_by_its_own_font_and_unicode_hygiene(store: Store, tmp_path: Path) -> None:
    preview = ri.preview_import(store, mixed_list(tmp_path))
    encodings = {(c.row, c.column): c.encoding for c in preview.conversions}
    assert encodings[(2, 2)] == "tcvn3" and encodings[(3, 2)] == "tcvn3" and encodings[(4, 2)] == "vni"
    assert not any(row == 1 or row == 5 for row, _ in encodings)  # Unicode title and body untouched
    names = [row.name for row in preview.rows]
    assert names == [
        "Công ty TNHH Thương mại Hà Tĩnh",
        "Công ty Cổ phần Gạch Đồng Lộc",
        "Doanh nghiệp tư nhân Minh Anh",  # NFC, no-break and zero-width spaces gone
    ]
    ri.apply_import(store, mixed_list(tmp_path))
    assert _by_name(store)["Công ty TNHH Thương mại Hà Tĩnh"].street == "Thôn Yên Lạc"


def test_merged_two_row_header_sections_subtotals_hidden_parts_and_several_sheets(
    store: Store, tmp_path: Path
) -> None:
    path = sectioned_list(tmp_path)
    preview = ri.preview_import(store, path)
    first, second, hidden = preview.sheets
    assert first.header_rows == (3, 4) and first.numbering_row == 5
    assert [(t, f) for _, t, f in first.columns] == [
        ("STT", "row_number"),
        ("Tên cơ sở", "name"),
        ("Mã số thuế", "tax_code"),
        ("Địa chỉ / Xã", "commune"),
        ("Địa chỉ / Huyện", "legacy_district"),
        ("Số lao động", "employees"),
    ]
    assert first.sections == [(6, "HUYỆN ĐỨC THỌ"), (7, "Doanh nghiệp"), (10, "Hộ kinh doanh")]
    assert first.subtotals == [13, 14]
    assert first.hidden_rows == [12] and first.hidden_columns == [6]
    assert hidden.hidden and not hidden.imported and second.imported
    rows = {row.name: row for row in preview.rows}
    assert "hidden row" in rows["Trần Văn Bình (mộc)"].notes
    assert len(rows) == 5
    ri.apply_import(store, path)
    found = _by_name(store)
    assert found["Công ty TNHH Một thành viên Sông La"].employees == 1250  # "1.250" in Vietnamese
    hoa = found["Nguyễn Thị Hoa (làm nón)"]
    assert (hoa.ownership, hoa.legacy_district, hoa.commune) == ("household", "Huyện Đức Thọ", "Xã Đức Thọ")
    assert found["Công ty CP Thép Đức Thọ"].ownership == "non_state"
    assert found["HTX Nuôi trồng thủy sản Xuân Hội"].ownership == "cooperative"
    assert "Công ty đã giải thể" not in found


def test_numeric_tax_codes_get_their_zeros_back_and_the_check_digit_is_checked(
    store: Store, tmp_path: Path
) -> None:
    preview = ri.preview_import(store, lost_zeros_list(tmp_path))
    by_row = {row.row: row for row in preview.rows}
    assert by_row[2].tax_code == "0100109106" and by_row[2].status == "new"
    assert by_row[3].tax_code == "0101248141"
    assert by_row[4].status == "rejected" and "check digit (10th) should be 6" in by_row[4].reason
    assert by_row[3].notes[-1] == "legal form branch (from the name)"


@pytest.mark.parametrize("date_1904", [False, True])
def test_excel_date_serials_in_both_date_systems(store: Store, tmp_path: Path, date_1904: bool) -> None:
    preview = ri.preview_import(store, lost_zeros_list(tmp_path, date_1904=date_1904))
    assert preview.date_1904 is date_1904
    first = preview.rows[0]
    assert first.extra["founded_on"] == date(2023, 3, 15)
    assert preview.rows[1].extra["founded_on"] == date(2020, 2, 1)


def test_old_addresses_map_to_today_and_splits_wait_for_a_person(store: Store, tmp_path: Path) -> None:
    path = old_addresses_csv(tmp_path)
    preview = ri.preview_import(store, path)
    assert preview.encoding == "utf-8-sig" and not preview.encoding_guessed
    status = {
        row.name: (row.commune_status, row.commune_today, row.commune_candidates) for row in preview.rows
    }
    assert status["Công ty TNHH Gang thép Vũng Áng"] == (
        "manual",
        "",
        ["Phường Hoành Sơn", "Phường Sông Trí", "Phường Vũng Áng"],
    )
    assert status["Công ty CP Đại Nài"] == ("manual", "", ["Phường Hà Huy Tập", "Phường Thành Sen"])
    assert status["Công ty TNHH Hưng Trí"] == ("auto", "Phường Sông Trí", [])
    assert status["Công ty TNHH Tùng Ảnh"] == ("auto", "Xã Đức Thọ", [])
    assert status["Hộ kinh doanh Lê Văn Nam"][0] == "unresolved"
    ri.apply_import(store, path)
    queue = {row["enterprise_name"]: row for row in ri.commune_queue(store)}
    assert set(queue) == {"Công ty TNHH Gang thép Vũng Áng", "Công ty CP Đại Nài", "Hộ kinh doanh Lê Văn Nam"}
    vung_ang = queue["Công ty TNHH Gang thép Vũng Áng"]
    assert vung_ang["recorded_key"] == "18796@2025-06-30"
    with pytest.raises(KnownProblem, match="not one of them"):
        ri.decide_commune(store, vung_ang["enterprise_id"], "18073")  # Thành Sen: not a part of Kỳ Lợi
    ri.decide_commune(store, vung_ang["enterprise_id"], "18823")
    assert store.get(Enterprise, vung_ang["enterprise_id"]).commune == "Phường Vũng Áng"
    assert ri.enterprise_units(store, vung_ang["enterprise_id"]) == ("Xã Kỳ Lợi", "Phường Vũng Áng", "manual")
    hung_tri = _by_name(store)["Công ty TNHH Hưng Trí"]
    assert ri.enterprise_units(store, hung_tri.id) == ("Phường Hưng Trí", "Phường Sông Trí", "auto")


def test_a_dry_run_writes_nothing(store: Store, tmp_path: Path) -> None:
    before = dump(store)
    preview = ri.preview_import(store, sectioned_list(tmp_path))
    assert preview.counts["new"] == 5
    assert dump(store) == before


def test_undo_takes_the_whole_batch_back(store: Store, tmp_path: Path) -> None:
    kept = store.insert(Enterprise(name="Công ty CP Thép Đức Thọ", tax_code="3001234567", street="Cũ"))
    ri.apply_import(store, TCVN3_XLS)  # a first batch that stays
    batch = ri.apply_import(store, sectioned_list(tmp_path)).value
    assert batch.counts == {"new": 4, "updated": 1, "unchanged": 0, "rejected": 0}
    updated = store.get(Enterprise, kept.id)
    assert (updated.street, updated.commune, updated.employees) == ("Cũ", "Xã Đức Quang", 80)
    ri.undo_batch(store, batch.id)
    assert store.get(Enterprise, kept.id).commune == ""
    names = set(_by_name(store))
    assert names == {
        "Công ty CP Thép Đức Thọ",
        "Công ty TNHH Thương mại Hà Tĩnh",
        "Hợp tác xã Dệt may Đức Thọ",
        "Hộ kinh doanh Nguyễn Văn An",
    }
    with pytest.raises(KnownProblem, match="already undone"):
        ri.undo_batch(store, batch.id)


def test_undo_is_refused_when_a_record_changed_since(store: Store, tmp_path: Path) -> None:
    batch = ri.apply_import(store, vni_list(tmp_path)).value
    one = _by_name(store)["Công ty Cổ phần Gạch Đồng Lộc"]
    store.update(Enterprise, one.id, notes="gọi lại tuần sau")
    before = dump(store)
    with pytest.raises(KnownProblem, match="changed after the import"):
        ri.undo_batch(store, batch.id)
    assert dump(store) == before


def test_fill_empty_keeps_registered_values_and_overwrite_replaces_them(store: Store, tmp_path: Path) -> None:
    mine = store.insert(Enterprise(name="Gạch Đồng Lộc", tax_code="3001234567", contact_phone="0912 000 111"))
    preview = ri.preview_import(store, vni_list(tmp_path))
    row = next(r for r in preview.rows if r.tax_code == "3001234567")
    assert row.status == "updated" and "name" in row.kept and "contact_phone" in row.kept
    assert row.changes == {
        "commune": ("", "Xã Đức Thọ"),
        "registry.entry": (None, ""),
        "registry.legal_form": (None, "enterprise"),  # from the name: it had no registry entry
    }
    options = ImportOptions(policies={"name": "overwrite"})
    ri.apply_import(store, vni_list(tmp_path), options)
    saved = store.get(Enterprise, mine.id)
    assert (saved.name, saved.contact_phone) == ("Công ty Cổ phần Gạch Đồng Lộc", "0912 000 111")
    trail = {p["field"]: p for p in ri.enterprise_provenance(store, mine.id)}
    assert (
        trail["name"]["action"] == "overwrite" and json.loads(trail["name"]["old_value"]) == "Gạch Đồng Lộc"
    )
    assert trail["commune"]["sheet"] == "DN" and trail["commune"]["row"] == 2
    assert len(trail["commune"]["file_sha256"]) == 64


def test_matching_by_folded_name_and_commune_when_there_is_no_tax_code(store: Store, tmp_path: Path) -> None:
    known = store.insert(Enterprise(name="NGUYỄN THỊ HOA (LÀM NÓN)", commune="Xã Đức Thọ"))
    preview = ri.preview_import(store, sectioned_list(tmp_path))
    row = next(r for r in preview.rows if r.name == "Nguyễn Thị Hoa (làm nón)")
    assert row.enterprise_id == known.id and "matched by name and commune" in row.notes


def test_the_mapping_is_remembered_by_profile_and_by_source(store: Store, tmp_path: Path) -> None:
    path = vni_list(tmp_path)
    options = ImportOptions(profile="So KHDT", mapping={"Điện thoại": None})
    ri.apply_import(store, path, options)
    again = ri.preview_import(store, path)
    assert again.profile == "So KHDT"
    assert dict((t, f) for _, t, f in again.sheets[0].columns)["Điện thoại"] is None


def test_guessed_legacy_text_needs_a_decision(store: Store, tmp_path: Path) -> None:
    path = legacy_csv(tmp_path)
    preview = ri.preview_import(store, path)
    (conversion,) = preview.conversions
    assert conversion.guessed and not conversion.applied
    assert conversion.after == "Công ty TNHH Thương mại Hà Tĩnh"
    before = dump(store)
    with pytest.raises(KnownProblem, match="--legacy guess"):
        ri.apply_import(store, path)
    assert dump(store) == before
    ri.apply_import(store, path, ImportOptions(legacy="guess"))
    assert "Công ty TNHH Thương mại Hà Tĩnh" in _by_name(store)


def test_rejects_workbook_lists_each_rejected_row_with_its_reason(store: Store, tmp_path: Path) -> None:
    preview = ri.preview_import(store, lost_zeros_list(tmp_path))
    out = ri.write_rejects(preview, tmp_path / "rejects.xlsx")
    rows = list(openpyxl.load_workbook(out).active.values)
    assert rows[0][:3] == ("Sheet", "Row", "Reason")
    assert rows[1][:2] == ("MST", 4) and "check digit" in rows[1][2]
    assert len(rows) == 2


BAD_FILES = {
    "not_spreadsheet": (not_a_spreadsheet, "not a spreadsheet"),
    "encrypted": (encrypted_xlsx, "protected by a password"),
    "million_xlsx": (million_rows_xlsx, "at most 100,000"),
    "million_csv": (million_rows_csv, "at most 100,000"),
    "zip_bomb": (zip_bomb_xlsx, "zip bomb"),
    "formulas_only": (formulas_only_xlsx, "formulas and no computed values"),
    "huge_cell": (huge_cell_csv, "more than 32,767 characters"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_files_get_one_clear_line_and_change_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    make, words = BAD_FILES[kind]
    path = make(tmp_path)
    assert main(["--db", str(db_path), "registry", "import", str(TCVN3_XLS)]) == 0
    capsys.readouterr()
    before = dump(db_path)
    assert main(["--db", str(db_path), "registry", "import", str(path)]) == 2
    error = capsys.readouterr().err.strip()
    assert words in error and "\n" not in error and "Traceback" not in error
    assert dump(db_path) == before


def test_cli_dry_run_json_then_apply_and_undo(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = old_addresses_csv(tmp_path)
    assert main(["--db", str(db_path), "registry", "import", str(path), "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["batch"] is None and result["counts"]["new"] == 5
    assert main(["--db", str(db_path), "registry", "import", str(path), "--json"]) == 0
    batch = json.loads(capsys.readouterr().out)["batch"]
    assert main(["--db", str(db_path), "registry", "communes", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3
    assert main(["--db", str(db_path), "registry", "undo", batch[:8]]) == 0
    assert "5 removed" in capsys.readouterr().out


def test_legal_form_and_start_day_go_to_the_registry_entry_and_undo_takes_them_back(
    store: Store, tmp_path: Path
) -> None:
    from sxsh_desktop.services.registry import registry_entry_of, set_registry_entry

    known = store.insert(Enterprise(name="Công ty TNHH Vận tải Thủ Đô", tax_code="0100109106"))
    set_registry_entry(store, known.id, legal_form="enterprise")
    batch = ri.apply_import(store, lost_zeros_list(tmp_path)).value
    assert batch.counts == {"new": 1, "updated": 1, "unchanged": 0, "rejected": 1}
    assert registry_entry_of(store, known.id).active_from == date(2023, 3, 15)  # filled: it was empty
    branch = _by_name(store)["Chi nhánh Công ty CP Hà Nội tại Hà Tĩnh"]
    entry = registry_entry_of(store, branch.id)
    assert (entry.legal_form, entry.active_from) == ("branch", date(2020, 2, 1))
    ri.undo_batch(store, batch.id)
    assert registry_entry_of(store, known.id).active_from is None
    assert "Chi nhánh Công ty CP Hà Nội tại Hà Tĩnh" not in _by_name(store)


def test_large_files_read_in_streaming_mode_give_the_same_preview(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sxsh_desktop.sheets import reader

    path = sectioned_list(tmp_path)
    normal = ri.preview_import(store, path)
    monkeypatch.setattr(reader, "NORMAL_MODE_ROWS", 0)
    streamed = ri.preview_import(store, path)
    assert streamed.sheets == normal.sheets  # merged header, hidden row and column, sections, subtotals
    assert [(r.row, r.status, r.name, r.changes) for r in streamed.rows] == [
        (r.row, r.status, r.name, r.changes) for r in normal.rows
    ]
    assert streamed.conversions == normal.conversions


def test_apply_refuses_a_file_changed_since_its_preview(store: Store, tmp_path: Path) -> None:
    path = vni_list(tmp_path)
    preview = ri.preview_import(store, path)
    path.write_bytes(path.read_bytes() + b"\0")
    with pytest.raises(KnownProblem, match="changed since its preview"):
        ri.apply_import(store, path, preview=preview)
    assert store.count_enterprises() == 0
