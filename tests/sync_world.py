"""An office and its consultants for the package tests, each with its own database.

The Centre's key is made once per session (its passphrase encryption is deliberately slow) and
installed into every office database as it was stored.
"""

from __future__ import annotations

import functools
import io
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import pyrage
from sqlalchemy import insert, select

from sxsh_desktop.domain import model
from sxsh_desktop.domain.pngimage import png_bytes
from sxsh_desktop.store import schema
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import export, importer, keys
from sxsh_desktop.sync.importer import ImportPreview
from sxsh_desktop.sync.keys import KeyPair
from sxsh_desktop.sync.manifest import MANIFEST_NAME, SIGNATURE_NAME, Manifest, sha256_hex

PASSPHRASE = "Khuyến công Hà Tĩnh 2026"
CENTRE_NAME = "Trung tâm Khuyến công Hà Tĩnh"


@functools.cache
def _centre() -> tuple[dict[str, object], KeyPair]:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "centre.sqlite3")
        keys.create_centre(store, CENTRE_NAME, PASSPHRASE)
        with store.database.begin() as connection:
            row = dict(connection.execute(select(schema.sync_own_key)).mappings().one())
        pair = keys.unlock_centre(store, PASSPHRASE)
        store.close()
    return row, pair


def dump(database: Path | Store) -> list[str]:
    """Every table's content and the schema, to compare a database before and after (an SQLite
    file, or a store on either dialect)."""
    if isinstance(database, Store):
        if database.database.is_postgres:
            from tests.documents import postgres_snapshot

            return [
                f'INSERT INTO "{table}" VALUES{row!r}'
                for table, rows in postgres_snapshot(database).items()
                for row in rows
            ]
        database = database.path
    connection = sqlite3.connect(database)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


class World:
    """An office (on SQLite, or on PostgreSQL at ``office_location``) and consultants (on SQLite)."""

    def __init__(self, root: Path, office_location: Path | str | None = None) -> None:
        self.root = root
        self.office = Store.open(office_location or root / "office.sqlite3")
        row, self.centre = _centre()
        with self.office.database.begin() as connection:
            connection.execute(insert(schema.sync_own_key).values(row))
        self.office.device_id  # noqa: B018 - made now, so that no later step writes it
        self.stores: list[Store] = [self.office]
        self._packages = 0

    @property
    def office_db(self) -> str:
        """The office database as ``--db`` takes it: a file's path or a PostgreSQL URL."""
        return self.office.database.url or str(self.office.path)

    def close(self) -> None:
        for store in self.stores:
            store.close()

    def consultant(self, name: str, *, registered: bool = True) -> Store:
        store = Store.open(self.root / f"{name}.sqlite3")
        self.stores.append(store)
        keys.trust(store, self.centre.public)
        public = keys.device_keys(store, name).public
        if registered:
            keys.trust(self.office, public)
        return store

    def export(self, store: Store, assessment_ids: list[str] | None = None) -> Path:
        self._packages += 1
        path = self.root / f"package {self._packages}.sxsh"
        export.export_package(store, path, assessment_ids)
        return path

    def import_(self, path: Path, **options: bool) -> ImportPreview:
        return importer.import_package(self.office, path, [self.centre.identity], **options)

    def dump(self) -> list[str]:
        return dump(self.office)


def small_document(store: Store, title: str = "Đánh giá nhanh lò gạch") -> model.AssessmentDocument:
    enterprise = store.insert(model.Enterprise(name="Công ty Gạch Tuynel Đồng Lộc", commune="Xã Đồng Lộc"))
    assessment = store.insert(model.Assessment(enterprise_id=enterprise.id, title=title))
    step = store.insert(model.ProcessStep(assessment_id=assessment.id, name="Nung gạch"))
    store.insert(model.StepFlow(step_id=step.id, name="Than cám", quantity=1200, unit="t"))
    waste = store.insert(
        model.WasteStream(assessment_id=assessment.id, step_id=step.id, name="Nhiệt thất thoát")
    )
    store.insert(model.Cause(waste_stream_id=waste.id, description="Lò hở, cửa lò không kín", category="EQP"))
    store.insert(model.Solution(assessment_id=assessment.id, title="Bảo ôn lò", waste_stream_id=waste.id))
    data = png_bytes(32, 24, lambda x, y: (x * 8, y * 10, 120))  # a real photo: packages check them
    store.add_photo(
        model.Photo(
            assessment_id=assessment.id,
            owner_kind="step",
            owner_id=step.id,
            caption="Cửa lò",
            mime_type="image/png",
            sha256=sha256_hex(data),
            size_bytes=len(data),
        ),
        data,
    )
    return store.load_document(assessment.id)


# --- hand-made packages, for the cases a correct exporter never writes ------------------------------


def zip_entries(entries: list[tuple[str, bytes]], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buffer.getvalue()


def unpack(world: World, path: Path) -> dict[str, bytes]:
    plain = pyrage.decrypt(path.read_bytes(), [world.centre.identity])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def reseal(
    world: World,
    path: Path,
    entries: dict[str, bytes],
    signer: KeyPair,
    *,
    manifest: Manifest | None = None,
    rehash: bool = True,
) -> Path:
    """A package of ``entries`` with a manifest signed by ``signer`` (hashes recomputed or kept)."""
    payload = {n: d for n, d in entries.items() if n not in (MANIFEST_NAME, SIGNATURE_NAME)}
    if manifest is None:
        manifest = Manifest.from_bytes(entries[MANIFEST_NAME])
    if rehash:
        manifest = Manifest(
            package_id=manifest.package_id,
            sender=signer.public,
            sequence=manifest.sequence,
            created_at=manifest.created_at,
            interchange_version=manifest.interchange_version,
            entries={n: sha256_hex(d) for n, d in payload.items()},
            format_version=manifest.format_version,
        )
    manifest_bytes = manifest.to_bytes()
    items = [(MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, signer.sign(manifest_bytes)), *payload.items()]
    path.write_bytes(pyrage.encrypt(zip_entries(items), [world.centre.identity.to_public()]))
    return path
