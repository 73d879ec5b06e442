"""Facility lists for the registry-import tests, made by code (the TCVN3 .xls is the one binary,
``tests/data/registry/tcvn3_list.xls``, made by ``make_tcvn3_xls.py`` beside it).

Tax codes used (check digits worked out by hand with weights 31 29 23 19 17 13 7 5 3):
3000108344, 3001234567, 3002001117, 3003002226 (Hà Tĩnh, 30…), 0100109106 and 0101248141
(Hà Nội, 01…: their leading zero is what a number cell loses).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from sxsh_desktop.domain.legacy_text import TCVN3_TABLE

DATA = Path(__file__).resolve().parent / "data" / "registry"
TCVN3_XLS = DATA / "tcvn3_list.xls"
_TO_TCVN3 = {after: before for before, after in TCVN3_TABLE.items() if len(after) == 1 and after.isalpha()}


def to_tcvn3(text: str) -> str:
    """Unicode Vietnamese as Excel shows it typed in a TCVN3 font."""
    out = "".join(_TO_TCVN3.get(char, char) for char in text)
    assert all(ord(char) < 0x2000 for char in out), text
    return out


def vni_list(folder: Path) -> Path:
    """Header in Times New Roman (Unicode), body in VNI-Times."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "DN"
    sheet.append(["STT", "Tên doanh nghiệp", "Mã số thuế", "Xã/Phường/Thị trấn", "Điện thoại"])
    for cell in sheet[1]:
        cell.font = Font(name="Times New Roman")
    rows = [
        [1, "Coâng ty Coå phaàn Gaïch Ñoàng Loäc", "3001234567", "Xaõ Ñöùc Thoï", "0239 3855 123"],
        [2, "Hôïp taùc xaõ Khuyeán noâng Vieät", "3002001117", "Phöôøng Soâng Trí", ""],
    ]
    for values in rows:
        sheet.append(values)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(name="VNI-Times")
    path = folder / "vni_list.xlsx"
    book.save(path)
    return path


def mixed_list(folder: Path) -> Path:
    """A Unicode title, a TCVN3 header, and body rows in TCVN3, VNI and Unicode (one decomposed,
    with a no-break space and a zero-width space)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tong hop"
    sheet.append(["Danh sách cơ sở công nghiệp năm 2024"])
    sheet.merge_cells("A1:D1")
    sheet["A1"].font = Font(name="Times New Roman", bold=True)
    sheet.append([to_tcvn3(t) for t in ["STT", "Tên cơ sở", "Mã số thuế", "Địa chỉ"]])
    for cell in sheet[2]:
        cell.font = Font(name=".VnTime")
    body = [
        (".VnTime", [1, to_tcvn3("Công ty TNHH Thương mại Hà Tĩnh"), "3000108344", to_tcvn3("Thôn Yên Lạc")]),
        ("VNI-Helve", [2, "Coâng ty Coå phaàn Gaïch Ñoàng Loäc", "3001234567", "Thoân Trung"]),
        ("Arial", [3, "Doanh nghie\u0302\u0323p tu\u031b nha\u0302n\u00a0Minh\u200b Anh", "3003002226", ""]),
    ]
    for font, values in body:
        sheet.append(values)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(name=font)
    path = folder / "mixed_list.xlsx"
    book.save(path)
    return path


def sectioned_list(folder: Path) -> Path:
    """A title band, a two-row merged header ("Địa chỉ" over "Xã" and "Huyện", STT and name merged
    down), a column-number row, district and legal-form sections, subtotals, a hidden row, a hidden
    column, a second sheet for another district and a hidden sheet."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Duc Tho"
    sheet.append(["DANH SÁCH CƠ SỞ SẢN XUẤT CÔNG NGHIỆP"])
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["STT", "Tên cơ sở", "Mã số thuế", "Địa chỉ", None, "Số lao động"])
    sheet.append([None, None, None, "Xã", "Huyện", None])
    for column in "ABCF":
        sheet.merge_cells(f"{column}3:{column}4")
    sheet.merge_cells("D3:E3")
    sheet.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"])
    sheet.append(["I", "HUYỆN ĐỨC THỌ"])
    sheet.append(["A", "Doanh nghiệp"])
    sheet.append([1, "Công ty TNHH Một thành viên Sông La", "3003002226", "Xã Tùng Ảnh", None, "1.250"])
    sheet.append([2, "Công ty CP Thép Đức Thọ", "3001234567", "Xã Yên Hồ", None, 80])
    sheet.append(["B", "Hộ kinh doanh"])
    sheet.append([3, "Nguyễn Thị Hoa (làm nón)", None, "Xã Tùng Ảnh", None, 4])
    sheet.append([4, "Trần Văn Bình (mộc)", None, "Xã Yên Hồ", None, 2])
    sheet.row_dimensions[12].hidden = True
    sheet.append([None, "Cộng", None, None, None, 1336])
    sheet.append([None, "Tổng cộng", None, None, None, 1336])
    sheet.column_dimensions["F"].hidden = True
    second = book.create_sheet("Nghi Xuan")
    second.append(["STT", "Tên doanh nghiệp", "MST", "Xã/Phường/Thị trấn", "Huyện/Thị xã/Thành phố"])
    second.append([1, "HTX Nuôi trồng thủy sản Xuân Hội", "3002001117", "Xã Xuân Hội", "Huyện Nghi Xuân"])
    hidden = book.create_sheet("Old")
    hidden.append(["STT", "Tên doanh nghiệp", "Mã số thuế"])
    hidden.append([1, "Công ty đã giải thể", "3003002226"])
    hidden.sheet_state = "hidden"
    path = folder / "sectioned_list.xlsx"
    book.save(path)
    return path


def lost_zeros_list(folder: Path, *, date_1904: bool = False) -> Path:
    """Tax codes in number cells (leading zeros lost), one with a wrong check digit, and founding
    dates as Excel serial numbers."""
    book = openpyxl.Workbook()
    if date_1904:
        book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.title = "MST"
    sheet.append(["STT", "Tên doanh nghiệp", "Mã số thuế", "Ngày thành lập"])
    serial = 45000 - 1462 if date_1904 else 45000  # 15/03/2023 in either date system
    sheet.append([1, "Công ty TNHH Vận tải Thủ Đô", 100109106, serial])
    sheet.append([2, "Chi nhánh Công ty CP Hà Nội tại Hà Tĩnh", 101248141, "01/02/2020"])
    sheet.append([3, "Công ty TNHH Sai Số", 100109107, None])
    path = folder / ("lost_zeros_1904.xlsx" if date_1904 else "lost_zeros.xlsx")
    book.save(path)
    return path


def old_addresses_csv(folder: Path) -> Path:
    """A pre-2025 list with three-level addresses, in UTF-8 with a byte-order mark."""
    lines = [
        "STT;Tên doanh nghiệp;Mã số thuế;Xã/Phường/Thị trấn;Huyện/Thị xã/Thành phố",
        "1;Công ty TNHH Gang thép Vũng Áng;3000108344;Xã Kỳ Lợi;Thị xã Kỳ Anh",
        "2;Công ty CP Đại Nài;3001234567;Phường Đại Nài;Thành phố Hà Tĩnh",
        "3;Công ty TNHH Hưng Trí;3002001117;Phường Hưng Trí;TX Kỳ Anh",
        "4;Công ty TNHH Tùng Ảnh;3003002226;Xã Tùng Ảnh;Huyện Đức Thọ",
        "5;Hộ kinh doanh Lê Văn Nam;;Xã Không Có;Huyện Đức Thọ",
    ]
    path = folder / "old_addresses.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8"))
    return path


def legacy_csv(folder: Path) -> Path:
    """TCVN3 text saved as a UTF-8 CSV: no font says what it is."""
    lines = ["Tên doanh nghiệp,Mã số thuế", f"{to_tcvn3('Công ty TNHH Thương mại Hà Tĩnh')},3000108344"]
    path = folder / "legacy.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


# --- bad files ---------------------------------------------------------------------------------


def not_a_spreadsheet(folder: Path) -> Path:
    path = folder / "report.xlsx"
    path.write_bytes(b"%PDF-1.4\n" + b"x" * 2000)
    return path


def encrypted_xlsx(folder: Path) -> Path:
    """What Excel writes for a password-protected workbook: an OLE2 compound file whose streams
    include EncryptionInfo and EncryptedPackage (here the signature and the stream names only)."""
    path = folder / "locked.xlsx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    names = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 20 + "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(header + names + b"\x00" * 4096)
    return path


def _minimal_xlsx(path: Path, sheet_xml: bytes, *, extra: tuple[str, bytes] | None = None) -> Path:
    content_types = (
        b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
        b'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
        b'"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    )
    rels = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    workbook = (
        b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    workbook_rels = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        if extra is not None:
            archive.writestr(*extra)
    return path


def million_rows_xlsx(folder: Path) -> Path:
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n) for n in range(1, 1_000_001))
    sheet = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData>' + rows + b"</sheetData></worksheet>"
    )
    return _minimal_xlsx(folder / "million.xlsx", sheet)


def million_rows_csv(folder: Path) -> Path:
    path = folder / "million.csv"
    path.write_bytes(b"Ten doanh nghiep,MST\n" + b"a,1\n" * 1_000_000)
    return path


def zip_bomb_xlsx(folder: Path) -> Path:
    """A valid-looking workbook with one part that unpacks to 64 MiB of zeros from a few KiB."""
    sheet = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData/></worksheet>'
    )
    return _minimal_xlsx(folder / "bomb.xlsx", sheet, extra=("xl/media/padding.bin", b"\x00" * (64 << 20)))


def formulas_only_xlsx(folder: Path) -> Path:
    """Formulas without computed values, as a program that does not compute them saves them."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in range(1, 6):
        sheet.append([f'=A{row}&"x"', f"=ROW()*{row}", "=NOW()"])
    path = folder / "formulas.xlsx"
    book.save(path)
    return path


def huge_cell_csv(folder: Path) -> Path:
    path = folder / "huge.csv"
    path.write_text("Tên doanh nghiệp,MST\n" + "A" * 40_000 + ",3000108344\n", encoding="utf-8")
    return path
