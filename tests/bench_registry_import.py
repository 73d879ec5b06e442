"""Benchmark: a facility list of 30,000 rows (goal: preview under 10 s, apply under 20 s on one core).

    python tests/bench_registry_import.py [--rows 30000] [--existing 10000]

The list is an .xlsx in the shape offices send: a title band, a header, district section rows
every 500 rows with a subtotal after each, TCVN3 (.VnTime) text in every other district, numeric
tax codes, old three-level addresses. The registry already holds ``--existing`` of the facilities
(same tax codes), so the preview matches, fills and compares as well as adds. Prints wall-clock and
process CPU seconds for: reading the file, the preview (dry run: read, convert, clean, match), and
the apply (the same, then one transaction).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import openpyxl  # noqa: E402
from openpyxl.cell import WriteOnlyCell  # noqa: E402
from openpyxl.styles import Font  # noqa: E402

from registry_files import to_tcvn3  # noqa: E402
from sxsh_desktop.domain.model import Enterprise  # noqa: E402
from sxsh_desktop.domain.taxcode import with_check_digit  # noqa: E402
from sxsh_desktop.services import registry_import as ri  # noqa: E402
from sxsh_desktop.sheets.reader import read_workbook  # noqa: E402
from sxsh_desktop.store.repository import Store  # noqa: E402
from sxsh_desktop.store.setup import ensure_reference  # noqa: E402

DISTRICTS = [
    ("Huyện Đức Thọ", ["Xã Tùng Ảnh", "Xã Yên Hồ", "Xã Đức Lạng"]),
    ("Thị xã Kỳ Anh", ["Phường Hưng Trí", "Xã Kỳ Lợi", "Xã Kỳ Hà"]),
    ("Huyện Nghi Xuân", ["Xã Xuân Hội", "Xã Xuân Lam"]),
    ("Thành phố Hà Tĩnh", ["Phường Nam Hà", "Phường Đại Nài", "Phường Bắc Hà"]),
]
PREFIXES = ["Công ty TNHH", "Công ty CP", "Hộ kinh doanh", "HTX", "DNTN"]


def tax_codes(count: int) -> list[str]:
    codes: list[str] = []
    sequence = 1
    while len(codes) < count:
        code = with_check_digit(f"30{sequence:07d}")
        if code is not None:
            codes.append(code)
        sequence += 1
    return codes


def make_list(path: Path, rows: int, codes: list[str]) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Danh sach")
    legacy, plain = Font(name=".VnTime"), Font(name="Times New Roman")

    def row(values: list[object], font: Font) -> list[WriteOnlyCell]:
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=value)
            cell.font = font
            cells.append(cell)
        return cells

    sheet.append(["DANH SÁCH CƠ SỞ SẢN XUẤT CÔNG NGHIỆP TỈNH HÀ TĨNH"])
    sheet.append(
        [
            "STT",
            "Tên doanh nghiệp",
            "Mã số thuế",
            "Xã/Phường/Thị trấn",
            "Huyện/Thị xã/Thành phố",
            "Số lao động",
            "Điện thoại",
            "Ngày thành lập",
        ]
    )
    for n in range(rows):
        block = n // 500
        if n % 500 == 0:
            district = DISTRICTS[block % len(DISTRICTS)][0]
            sheet.append([f"{block + 1}. {district.upper()}"])
        district, communes = DISTRICTS[block % len(DISTRICTS)]
        name = f"{PREFIXES[n % len(PREFIXES)]} Sản xuất Thương mại số {n + 1}"
        values: list[object] = [
            n + 1,
            name,
            int(codes[n]),
            communes[n % len(communes)],
            district,
            f"{10 + n % 300} người",
            f"0239 {n:06d}",
            40000 + n % 3000,
        ]
        if block % 2:
            values = [to_tcvn3(v) if isinstance(v, str) else v for v in values]
            sheet.append(row(values, legacy))
        else:
            sheet.append(row(values, plain))
        if n % 500 == 499:
            sheet.append(["", "Cộng", "", "", "", 500])
    book.save(path)


def timed(label: str, action):  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    print(f"{label:<40} {time.perf_counter() - wall:6.2f} s wall  {time.process_time() - cpu:6.2f} s CPU")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--existing", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        codes = tax_codes(args.rows)
        path = root / "list.xlsx"
        timed(f"make the list ({args.rows:,} rows)", lambda: make_list(path, args.rows, codes))
        print(f"file size: {path.stat().st_size / 1e6:.1f} MB")
        store = Store.open(root / "office.sqlite3")
        ensure_reference(store)
        store.insert_many(
            Enterprise(name=f"Cơ sở {n}", tax_code=codes[n]) for n in range(0, args.existing * 3, 3)
        )
        timed("read the file only", lambda: read_workbook(path))
        preview = timed("preview (dry run)", lambda: ri.preview_import(store, path))
        print(
            f"  counts {preview.counts}, conversions {len(preview.conversions):,}, "
            f"communes to decide {len(preview.communes_to_decide):,}"
        )
        batch = timed("apply (preview + one transaction)", lambda: ri.apply_import(store, path).value)
        print(f"  batch {batch.counts}")
        timed("undo the batch", lambda: ri.undo_batch(store, batch.id))
        store.close()


if __name__ == "__main__":
    main()
