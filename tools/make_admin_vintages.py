"""Write ``resources/reference/admin_vintages_<province>.json``: the commune-level units of one
province before the 2025 reform and how each maps to today's units.

The facts come from the data files of the ``vietnamadminunits`` package (MIT licence, data only;
version given on the command line), whose author built them from the General Statistics Office's
list of administrative units (danhmuchanhchinh.gso.gov.vn, snapshot of 18 July 2025) and the
merger map published at sapnhap.bando.com.vn (17 July 2025). Only the facts are taken: names and
codes of the old and new units, and which old units went whole into one new unit and which were
split between several. The package's "default new ward" for a split (chosen by the largest
share) is deliberately left out: a split goes to a person to decide.

Usage (not part of the application; run once by hand, the output is committed)::

    pip download vietnamadminunits==1.0.4 --no-deps -d /tmp/vau && unzip /tmp/vau/*.whl -d /tmp/vau/x
    python tools/make_admin_vintages.py /tmp/vau/x/vietnamadminunits/data tinhhatinh 42 1.0.4
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = (
    "vietnamadminunits {version} (github.com/tranngocminhhieu/vietnamadminunits, MIT licence, data "
    "only): old units from the General Statistics Office list of administrative units "
    "(danhmuchanhchinh.gso.gov.vn, snapshot 18/07/2025); old → new from the merger map of "
    "sapnhap.bando.com.vn (17/07/2025), implementing the commune-arrangement resolutions of "
    "16/06/2025 (for Hà Tĩnh: Resolution 1665/NQ-UBTVQH15), in force 01/07/2025. Not checked line by "
    "line against the resolution text."
)
REFORM_DAY = "2025-07-01"
LAST_OLD_DAY = "2025-06-30"


def main(data_dir: str, province_key: str, province_code: str, version: str) -> None:
    data = Path(data_dir)
    connection = sqlite3.connect(data / "dataset.db")
    old_rows = connection.execute(
        "SELECT provinceKey, districtKey, wardKey, wardCode, ward, district, districtCode "
        "FROM admin_units_legacy WHERE provinceKey = ? ORDER BY wardCode",
        (province_key,),
    ).fetchall()
    new_rows = connection.execute(
        "SELECT wardKey, wardCode, ward FROM admin_units WHERE provinceKey = ?", (province_key,)
    ).fetchall()
    new_by_key = {key: (code, name) for key, code, name in new_rows}
    converter = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    whole: dict[str, str] = {}
    for new_key, old_keys in converter["DICT_PROVINCE_WARD_NO_DIVIDED"][province_key].items():
        for old_key in old_keys:
            whole[old_key] = new_key
    split = {
        old_key: [candidate["newWardKey"] for candidate in candidates]
        for old_key, candidates in converter["DICT_PROVINCE_WARD_DIVIDED"].get(province_key, {}).items()
    }
    units = []
    mapping = []
    for prov_key, district_key, ward_key, code, name, district, district_code in old_rows:
        key = f"{prov_key}_{district_key}_{ward_key}"
        units.append(
            {
                "code": code,
                "name": name,
                "district": district,
                "district_code": district_code,
                "valid_from": None,
                "valid_to": LAST_OLD_DAY,
            }
        )
        if key in whole:
            targets, kind = [whole[key]], "whole"
        elif key in split:
            targets, kind = split[key], "part"
        else:
            raise SystemExit(f"{name} ({code}) has no mapping in the source")
        for target in targets:
            new_code, new_name = new_by_key[target]
            mapping.append(
                {
                    "old_code": code,
                    "old_valid_to": LAST_OLD_DAY,
                    "new_code": new_code,
                    "new_name": new_name,
                    "kind": kind,
                }
            )
    today = json.loads((ROOT / "resources/reference/admin_units.json").read_text(encoding="utf-8"))
    today_codes = {
        item["code"]: item["name"] for item in today["items"] if item["parent_code"] == province_code
    }
    for row in mapping:
        if today_codes.get(row["new_code"]) != row["new_name"]:
            raise SystemExit(f"{row['new_code']} {row['new_name']} differs from admin_units.json")
    document = {
        "kind": "admin_vintages",
        "version": 1,
        "province_code": province_code,
        "reform_day": REFORM_DAY,
        "source": SOURCE.format(version=version),
        "note": (
            "valid_from of the old units is not in the source (null: in force before 1/7/2025, since an "
            "unknown day). Units that vanished in earlier rounds (2019–2021, 2023–2025) are not here."
        ),
        "units": units,
        "mapping": mapping,
    }
    out = ROOT / f"resources/reference/admin_vintages_{province_code}.json"
    out.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {len(units)} old units, {len(mapping)} mapping rows")


if __name__ == "__main__":
    main(*sys.argv[1:5])
