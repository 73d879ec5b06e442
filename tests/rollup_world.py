"""A ministry and province offices for the roll-up tests, each with its own database and key pair."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pyrage

from sxsh_desktop.domain.provinces import Province, Vintage, provinces
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import rollup
from sxsh_desktop.sync.keys import ROLE_CENTRE, KeyPair
from sxsh_desktop.sync.rollup_document import IndicatorFigure, RollupDocument
from tests.sync_world import dump


def figure(code: str, numerator: int, denominator: int, **options: Any) -> IndicatorFigure:
    values: dict[str, Any] = {
        "definition_version": 1,
        "basis": "registry",
        "denominator_source": "registry",
        "coverage": 0.9,
    }
    values.update(options)
    return IndicatorFigure(code=code, numerator=numerator, denominator=denominator, **values)


def document(
    code: str,
    year: int,
    figures: list[IndicatorFigure],
    *,
    vintage: Vintage = Vintage.CURRENT,
    enterprises: tuple[dict[str, Any], ...] = (),
) -> RollupDocument:
    return RollupDocument(
        province_code=code,
        province_vintage=vintage,
        year=year,
        period_start=date(year - 1, 12, 15),
        period_end=date(year, 12, 14),
        indicators=tuple(figures),
        totals={"expected": {"assessments": 3, "investment_vnd": 1.5e9}, "achieved": {"assessments": 1}},
        enterprises=enterprises,
    )


class Office:
    def __init__(self, world: RollupWorld, name: str, province: Province) -> None:
        self.store = Store.open(world.root / f"{name}.sqlite3")
        self.keys = KeyPair.generate(ROLE_CENTRE, name, self.store.device_id)
        self.province = province
        rollup.install_ministry_key(self.store, world.ministry_keys.public)
        self.world = world
        self.sent = 0

    def export(self, doc: RollupDocument) -> Path:
        self.sent += 1
        path = self.world.root / f"{self.keys.public.name} {doc.year} {self.sent}{rollup.PACKAGE_SUFFIX}"
        rollup.export_rollup(self.store, path, doc, self.keys)
        return path


class RollupWorld:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.ministry = Store.open(root / "ministry.sqlite3")
        self.ministry_keys = KeyPair.generate(ROLE_CENTRE, "Bộ Công Thương", self.ministry.device_id)
        self.offices: list[Office] = []

    def office(
        self, name: str, code: str, *, registered: bool = True, vintage: Vintage = Vintage.CURRENT
    ) -> Office:
        province = provinces().find(code, vintage)
        assert province is not None
        office = Office(self, name, province)
        self.offices.append(office)
        if registered:
            rollup.register_province_key(self.ministry, office.keys.public, province)
        return office

    def import_(self, path: Path, **options: Any) -> rollup.RollupPreview:
        return rollup.import_rollup(self.ministry, path, [self.ministry_keys.identity], **options)

    def dump(self) -> list[str]:
        return dump(self.ministry.path)

    def close(self) -> None:
        for office in self.offices:
            office.store.close()
        self.ministry.close()

    def unpack(self, path: Path) -> dict[str, bytes]:
        plain = pyrage.decrypt(path.read_bytes(), [self.ministry_keys.identity])
        with zipfile.ZipFile(io.BytesIO(plain)) as archive:
            return {name: archive.read(name) for name in archive.namelist()}

    def repack(self, path: Path, entries: dict[str, bytes], out: Path) -> Path:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in entries.items():
                archive.writestr(zipfile.ZipInfo(name), data)
        out.write_bytes(pyrage.encrypt(buffer.getvalue(), [self.ministry_keys.identity.to_public()]))
        return out
