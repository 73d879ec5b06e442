"""Provinces before and after the 2025 reform, and which 2025 province succeeds each former one.

A province is named by its code *and* its vintage: the General Statistics Office reused codes (44 was
Quảng Bình until 30/6/2025 and is Quảng Trị since 1/7/2025), so a code alone is ambiguous. The data,
with its sources, is ``resources/reference/province_succession.json``.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sxsh_desktop.paths import resource

REFORM_DATE = date(2025, 7, 1)


class Vintage(StrEnum):
    FORMER = "former"  # the 63 provinces in force until 30/6/2025
    CURRENT = "2025"  # the 34 provinces in force since 1/7/2025


@dataclass(frozen=True)
class Province:
    code: str
    vintage: Vintage
    name: str
    region: str  # a key of ``ProvinceTable.regions``; "" for a 2025 province spanning two regions
    successor: str  # the 2025 province's code (its own code for a 2025 province)

    @property
    def key(self) -> tuple[str, Vintage]:
        return self.code, self.vintage


@dataclass(frozen=True)
class ProvinceTable:
    provinces: dict[tuple[str, Vintage], Province]
    regions: dict[str, dict[str, str]]  # key -> {"vi": name, "en": name}
    sources: dict[str, str]

    def find(self, code: str, vintage: Vintage | str) -> Province | None:
        try:
            return self.provinces.get((code, Vintage(vintage)))
        except ValueError:
            return None

    def current(self) -> list[Province]:
        return sorted(
            (p for p in self.provinces.values() if p.vintage is Vintage.CURRENT), key=lambda p: p.code
        )

    def predecessors(self, code: str) -> list[Province]:
        """The former provinces a 2025 province succeeds."""
        return sorted(
            (p for p in self.provinces.values() if p.vintage is Vintage.FORMER and p.successor == code),
            key=lambda p: p.code,
        )

    def successor_of(self, province: Province) -> Province:
        found = self.find(province.successor, Vintage.CURRENT)
        assert found is not None, f"no 2025 province {province.successor}"
        return found

    def region_name(self, key: str, language: str = "vi") -> str:
        return self.regions.get(key, {}).get(language, "")


def vintage_of_year(year: int) -> Vintage:
    """The provinces a report of ``year`` (period ending 14 December) is made in by default."""
    return Vintage.CURRENT if year >= REFORM_DATE.year else Vintage.FORMER


def load_provinces(path: Path | None = None) -> ProvinceTable:
    path = path if path is not None else resource("reference", "province_succession.json")
    document = json.loads(Path(path).read_text(encoding="utf-8"))
    provinces: dict[tuple[str, Vintage], Province] = {}
    for item in document["provinces"]:
        province = Province(item["code"], Vintage.CURRENT, item["name"], item["region"], item["code"])
        provinces[province.key] = province
    for item in document["former_provinces"]:
        province = Province(item["code"], Vintage.FORMER, item["name"], item["region"], item["successor"])
        provinces[province.key] = province
    return ProvinceTable(provinces, dict(document["regions"]), dict(document["sources"]))


@functools.cache
def provinces() -> ProvinceTable:
    """The shipped table, read once."""
    return load_provinces()
