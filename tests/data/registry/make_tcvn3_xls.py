"""Make ``tcvn3_list.xls``: a facility list typed in TCVN3 fonts, as offices kept them in the 2000s.

Run once with a Python that has xlwt (Debian: ``apt-get install python3-xlwt``, then
``/usr/bin/python3 tests/data/registry/make_tcvn3_xls.py``); the .xls is committed, so the tests
need neither xlwt nor this script. The text is written as Excel keeps TCVN3 text: each byte as
the Windows-1252 character of that byte, the font (.VnTime, .VnTimeH) telling what it means.

Expected on reading (hand-checked against the TCVN3 table):
  row 1 (.VnTimeH, merged A1:F1)  "DANH S¸CH C¥ Së S¶N XUÊT"      → "DANH SÁCH CƠ SỞ SẢN XUẤT"
  row 3 header (.VnTime)          "Tªn doanh nghiÖp", "M· sè thuÕ", "X· / Ph­êng", "Sè lao ®éng"
  row 5 (.VnTimeH) "I. huyÖn ®øc thä"                             → "I. HUYỆN ĐỨC THỌ"
  row 6 "C«ng ty TNHH Th­¬ng m¹i Hµ TÜnh", 3000108344 (number), "X· Tïng \x81nh", 45
  row 7 "Hîp t¸c x· DÖt may §øc Thä", 100109106 (number: lost its 0), "X· Tïng \x81nh", "12 ng­êi"
  row 8 (.VnTime) "Céng" → subtotal, skipped
  row 9 (.VnTimeH) "II. thÞ x· kú anh"                            → "II. THỊ XÃ KỲ ANH"
  row 10 "Hé kinh doanh NguyÔn V¨n An", "", "X· Kú Lîi", 3
"""

import sys
from pathlib import Path

import xlwt

HERE = Path(__file__).resolve().parent


def main() -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Danh sach")
    body = xlwt.easyxf("font: name .VnTime")
    caps = xlwt.easyxf("font: name .VnTimeH, bold on")
    plain = xlwt.easyxf("font: name Times New Roman")
    sheet.write_merge(0, 0, 0, 5, "DANH S¸CH C¥ Së S¶N XUÊT", caps)
    headers = ["STT", "Tªn doanh nghiÖp", "M· sè thuÕ", "X· / Ph­êng", "HuyÖn", "Sè lao ®éng"]
    for column, title in enumerate(headers):
        sheet.write(2, column, title, body)
    for column in range(6):
        sheet.write(3, column, f"({column + 1})", plain)
    sheet.write_merge(4, 4, 0, 5, "I. huyÖn ®øc thä", caps)
    rows = [
        (5, [1, "C«ng ty TNHH Th­¬ng m¹i Hµ TÜnh", 3000108344, "X· Tïng \x81nh", "", 45]),
        (6, [2, "Hîp t¸c x· DÖt may §øc Thä", 100109106, "X· Tïng \x81nh", "", "12 ng­êi"]),
        (7, ["", "Céng", "", "", "", 57]),
    ]
    for number, values in rows:
        for column, value in enumerate(values):
            sheet.write(number, column, value, body)
    sheet.write_merge(8, 8, 0, 5, "II. thÞ x· kú anh", caps)
    for column, value in enumerate([3, "Hé kinh doanh NguyÔn V¨n An", "", "X· Kú Lîi", "", 3]):
        sheet.write(9, column, value, body)
    out = HERE / "tcvn3_list.xls"
    book.save(str(out))
    print(out, file=sys.stderr)


if __name__ == "__main__":
    main()
