"""Merging the office of one province into another's (the offices of two merged provinces).

The office whose province was merged away writes a full export (``export_office``): a signed package
of kind ``office_export`` encrypted to the receiving office's key, holding every enterprise of its
registry and every assessment with its records and photos. The receiving office registers the
sender's key for its (former) province and imports it (``read_office_export`` then
``apply_office_merge``, one transaction):

- the province recorded on each enterprise is re-coded through the province succession (a former
  province's name becomes its 2025 successor's); each commune stays as recorded, and today's unit is
  found through the administrative-unit vintages and kept beside it (``enterprise_commune``): a commune
  merged whole resolves by itself, one that was split goes to the commune queue for a person to decide;
- an incoming enterprise whose tax code is that of an enterprise here is not added a second time: its
  assessments are attached to the enterprise here, and its own version is kept as a conflict on that
  enterprise (shown in the conflict screens) for someone to choose which values stay;
- every other record goes through the package merge (``merge.plan`` / ``merge.apply``): new records are
  added, records changed at both ends are kept as conflicts.

Nothing of either office is lost: each record of the export is in the database afterwards, or, for a
duplicate enterprise, in its conflict. The same export imported again is refused, as is an older one.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pyrage import x25519
from sqlalchemy import Connection, func, select

from sxsh_desktop.domain import admin_vintages as av
from sxsh_desktop.domain import model
from sxsh_desktop.domain.model import utc_now
from sxsh_desktop.domain.provinces import Province, Vintage, provinces
from sxsh_desktop.domain.validation import validate_record
from sxsh_desktop.interchange.jsonformat import (
    DOCUMENT_LIMITS,
    InterchangeError,
    parse_json_bytes,
    record_from_json,
    record_to_json,
)
from sxsh_desktop.store import schema
from sxsh_desktop.store.records import from_row, insert_rows, to_row
from sxsh_desktop.store.registry_import import upsert_communes
from sxsh_desktop.store.repository import Store, load_document
from sxsh_desktop.sync import history, keys, merge, payload, rollup
from sxsh_desktop.sync.content import content_hash, record_json, record_values
from sxsh_desktop.sync.errors import AlreadyImportedError, InvalidContentError, SyncError
from sxsh_desktop.sync.export import _photo_bytes
from sxsh_desktop.sync.keys import KeyPair, PublicKey
from sxsh_desktop.sync.merge import ChangeKind, RecordChange
from sxsh_desktop.sync.rollup import KIND_OFFICE, OFFICE_ENTRY, ROLE_OFFICE, RollupKey, SentPackage

OFFICE_FORMAT = "sxsh-office-export"
OFFICE_VERSION = 1
MAX_ENTERPRISES = 1_000_000
EXPORT_SUFFIX = ".sxshoffice"
DUPLICATE_REASON = "same tax code as an enterprise here: proposed for merging into it"
_STAMPS = {"id", "created_at", "updated_at", "revision", "device_id"}


def register_office_key(store: Store, key: PublicKey, province: Province) -> RollupKey:
    """Accept a full export signed with ``key`` from the office of ``province``."""
    with store.transaction() as connection:
        return rollup.insert_key(connection, key, ROLE_OFFICE, province)


def office_key(store: Store, key_id: str) -> PublicKey:
    found = [k for k in rollup.rollup_keys(store, ROLE_OFFICE) if k.public.key_id == key_id and not k.revoked]
    if not found:
        raise SyncError("No registered office key with that id.", reason="no_office_key")
    return found[0].public


# --- export ------------------------------------------------------------------------------------------


def export_office(
    store: Store, path: Path, signer: KeyPair, recipient: PublicKey, province: Province
) -> SentPackage:
    """Every enterprise and assessment of this office, for the office ``recipient``."""
    with store.reading() as connection:
        enterprises = [
            from_row(model.Enterprise, row)
            for row in connection.execute(
                select(schema.enterprise).order_by(schema.enterprise.c.id)
            ).mappings()
        ]
        ids = list(
            connection.execute(select(schema.assessment.c.id).order_by(schema.assessment.c.id)).scalars()
        )
        documents = [load_document(connection, assessment_id) for assessment_id in ids]
        photos = _photo_bytes(connection, documents)
    entries = payload.encode(documents, photos, [])
    document = {
        "format": OFFICE_FORMAT,
        "version": OFFICE_VERSION,
        "province": {"code": province.code, "vintage": province.vintage.value},
        "enterprises": [record_to_json(enterprise) for enterprise in enterprises],
    }
    entries[OFFICE_ENTRY] = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return rollup.write_package(
        store, path, KIND_OFFICE, entries, signer, recipient, province, utc_now().year
    )


# --- import ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Duplicate:
    office: model.Enterprise  # stays, and receives the incoming one's assessments
    incoming: model.Enterprise  # kept as a conflict on the office's enterprise
    differences: tuple[str, ...]  # fields whose values differ


@dataclass(frozen=True)
class OfficeMergePreview:
    file_name: str
    package_id: str
    sender: PublicKey
    province: Province
    sequence: int
    created_at: datetime
    enterprises: dict[str, int]  # change kind -> count, for enterprises without assessments
    changes: tuple[RecordChange, ...]  # assessments and their records (and their enterprises)
    duplicates: tuple[Duplicate, ...]
    recoded: tuple[tuple[str, str, str], ...]  # (enterprise name, province recorded, province now)
    communes: dict[str, int] = dataclasses.field(default_factory=dict)  # resolution -> enterprises
    commune_rows: tuple[dict[str, Any], ...] = dataclasses.field(default=(), repr=False)
    applied: bool = False

    @property
    def counts(self) -> dict[str, int]:
        counted = merge.count_kinds(self.changes)
        for kind, count in self.enterprises.items():
            counted[kind] += count
        counted["conflict"] += sum(1 for d in self.duplicates if d.differences)
        return counted

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "package_id": self.package_id,
            "sender": {"name": self.sender.name, "fingerprint": self.sender.fingerprint},
            "province": {"code": self.province.code, "vintage": self.province.vintage.value},
            "counts": self.counts,
            "duplicates": [
                {
                    "office": d.office.id,
                    "incoming": d.incoming.id,
                    "tax_code": d.office.tax_code,
                    "differences": list(d.differences),
                }
                for d in self.duplicates
            ],
            "recoded": [list(r) for r in self.recoded],
            "communes": dict(self.communes),
            "applied": self.applied,
        }


@dataclass(frozen=True)
class PendingOfficeMerge:
    opened: rollup.OpenedRollup
    province: Province
    enterprises: tuple[model.Enterprise, ...]
    payload: payload.Payload
    preview: OfficeMergePreview
    units: av.AdminHistory | None = None


def _decode(opened: rollup.OpenedRollup) -> tuple[Province, list[model.Enterprise], payload.Payload]:
    body = opened.body
    try:
        document = parse_json_bytes(body, max_bytes=len(body), limits=DOCUMENT_LIMITS)
    except InterchangeError as exc:
        raise InvalidContentError(
            f"The office export is not readable JSON ({exc}). Nothing was imported."
        ) from exc
    if (
        not isinstance(document, dict)
        or set(document) != {"format", "version", "province", "enterprises"}
        or document["format"] != OFFICE_FORMAT
        or document["version"] != OFFICE_VERSION
    ):
        raise InvalidContentError("The package does not hold an SXSH office export this version reads.")
    where = document["province"]
    if not isinstance(where, dict) or set(where) != {"code", "vintage"}:
        raise InvalidContentError("The office export names no province.")
    province = provinces().find(str(where["code"]), str(where["vintage"]))
    if province is None:
        raise InvalidContentError(f"The office export names an unknown province {where['code']!r}.")
    items = document["enterprises"]
    if not isinstance(items, list) or len(items) > MAX_ENTERPRISES:
        raise InvalidContentError("The office export's enterprise list is not a list or is too long.")
    enterprises: list[model.Enterprise] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        path = f"enterprises[{index}]"
        try:
            enterprise = record_from_json(model.Enterprise, item, path)
        except InterchangeError as exc:
            raise InvalidContentError(
                f"The office export's {exc}. Nothing was imported.", field=exc.field
            ) from exc
        if problems := validate_record(enterprise, path):
            raise InvalidContentError(
                f"The office export's {problems[0].message.rstrip('.')}. Nothing was imported.",
                field=problems[0].field,
            )
        if enterprise.id in seen:
            raise InvalidContentError(f"The office export holds the enterprise {enterprise.id} twice.")
        seen.add(enterprise.id)
        enterprises.append(enterprise)
    others = {name: data for name, data in opened.entries.items() if name != OFFICE_ENTRY}
    decoded = payload.decode(others)
    if decoded.tombstones:
        raise InvalidContentError("An office export deletes nothing; this one lists deletions.")
    listed = {e.id for e in enterprises}
    for document_ in decoded.documents:
        if document_.enterprise.id not in listed:
            raise InvalidContentError(
                f"The assessment {document_.assessment.id} belongs to an enterprise the export does not list."
            )
    return province, enterprises, decoded


def _short(name: str) -> str:
    for prefix in ("Thành phố ", "Tỉnh ", "TP. ", "TP "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def recode_province(recorded: str) -> str:
    """A former province's name as recorded on an enterprise → its 2025 successor's (short) name."""
    table = provinces()
    wanted = _short(recorded.strip()).casefold()
    for former in table.provinces.values():
        if former.vintage is Vintage.FORMER and _short(former.name).casefold() == wanted:
            return _short(table.successor_of(former).name)
    return recorded


def _tax_key(tax_code: str) -> str:
    return "".join(ch for ch in tax_code if ch.isalnum()).upper()


def _differences(office: model.Enterprise, incoming: model.Enterprise) -> tuple[str, ...]:
    a, b = record_values(office), record_values(incoming)
    return tuple(name for name in a if name not in _STAMPS and a.get(name) != b.get(name))


def _commune_row(units: av.AdminHistory, enterprise: model.Enterprise) -> dict[str, Any]:
    """The enterprise's commune as recorded and today's unit, as the registry import keeps them."""
    found = units.today_unit(av.Recorded(enterprise.commune, enterprise.legacy_district))
    return {
        "enterprise_id": enterprise.id,
        "recorded_name": enterprise.commune,
        "recorded_district": enterprise.legacy_district,
        "recorded_key": found.recorded.key if found.recorded else None,
        "status": found.status.value,
        "today_code": found.today.code if found.today else None,
        "candidates": json.dumps([unit.code for unit in found.candidates]),
        "batch_id": None,
        "decided_at": None,
    }


def _plan(
    connection: Connection,
    opened: rollup.OpenedRollup,
    province: Province,
    enterprises: list[model.Enterprise],
    decoded: payload.Payload,
    office_device: str,
    units: av.AdminHistory | None = None,
) -> tuple[OfficeMergePreview, payload.Payload, list[model.Enterprise], dict[str, str]]:
    key = rollup.check_signer(connection, opened, ROLE_OFFICE)
    assert key.province is not None
    if not (rollup.may_report_for(key.province, province) or key.province == province):
        raise rollup.RollupRefused(
            f"{opened.file_name} is the export of {province.name}'s office, but its signer's key is "
            f"registered for {key.province.name}. Nothing was imported.",
            reason="foreign_province",
            province=province.name,
            registered=key.province.name,
        )
    manifest = opened.manifest
    earlier = history.previous_import(connection, manifest.package_id)
    if earlier is not None:
        raise AlreadyImportedError(manifest.package_id, f"{earlier.imported_at:%d/%m/%Y %H:%M} UTC")
    table = schema.sync_import
    last = connection.execute(
        select(func.max(table.c.sequence)).where(table.c.sender_key_id == key.public.key_id)
    ).scalar_one_or_none()
    if last is not None and manifest.sequence <= last:
        raise rollup.RollupRefused(
            f"{opened.file_name} is number {manifest.sequence} from its sender, but number {last} was "
            "already imported: an older or replayed export is refused. Nothing was imported.",
            reason="replayed",
            sequence=str(manifest.sequence),
            last=str(last),
        )
    # Provinces re-coded through the succession.
    recoded: list[tuple[str, str, str]] = []
    incoming: dict[str, model.Enterprise] = {}
    for enterprise in enterprises:
        now = recode_province(enterprise.province)
        if now != enterprise.province:
            recoded.append((enterprise.name, enterprise.province, now))
            enterprise = dataclasses.replace(enterprise, province=now)
        incoming[enterprise.id] = enterprise
    # Duplicates by tax code, against this office's enterprises.
    office_rows = connection.execute(select(schema.enterprise)).mappings()
    office_all = {row["id"]: from_row(model.Enterprise, row) for row in office_rows}
    by_tax = {_tax_key(e.tax_code): e for e in office_all.values() if _tax_key(e.tax_code)}
    duplicates: list[Duplicate] = []
    moved: dict[str, str] = {}  # incoming enterprise id -> the office's
    for enterprise in incoming.values():
        match = by_tax.get(_tax_key(enterprise.tax_code)) if _tax_key(enterprise.tax_code) else None
        if match is not None and match.id != enterprise.id:
            moved[enterprise.id] = match.id
            duplicates.append(Duplicate(match, enterprise, _differences(match, enterprise)))
    documents = []
    for document in decoded.documents:
        owner_id = document.enterprise.id
        if owner_id in moved:
            office_copy = office_all[moved[owner_id]]
            assessment = dataclasses.replace(document.assessment, enterprise_id=office_copy.id)
            document = dataclasses.replace(document, enterprise=office_copy, assessment=assessment)
        else:
            document = dataclasses.replace(document, enterprise=incoming[owner_id])
        documents.append(document)
    merged_payload = payload.Payload(documents, decoded.photos, [])
    changes = merge.plan(connection, merged_payload, key.public.device_id, office_device)
    in_documents = {d.enterprise.id for d in documents}
    standalone = [e for e in incoming.values() if e.id not in moved and e.id not in in_documents]
    counts: Counter[str] = Counter()
    for enterprise in standalone:
        here = office_all.get(enterprise.id)
        if here is None:
            counts[ChangeKind.NEW.value] += 1
        elif content_hash(here) == content_hash(enterprise):
            counts[ChangeKind.UNCHANGED.value] += 1
        else:
            counts[ChangeKind.CONFLICT.value] += 1
    arriving = [e for e in incoming.values() if e.id not in moved and e.id not in office_all and e.commune]
    commune_rows = tuple(_commune_row(units, e) for e in arriving) if units is not None else ()
    preview = OfficeMergePreview(
        opened.file_name,
        manifest.package_id,
        key.public,
        province,
        manifest.sequence,
        manifest.created_at,
        dict(counts),
        tuple(changes),
        tuple(duplicates),
        tuple(recoded),
        dict(Counter(row["status"] for row in commune_rows)),
        commune_rows,
    )
    return preview, merged_payload, standalone, moved


def read_office_export(
    store: Store,
    path: Path,
    identities: list[x25519.Identity],
    units: av.AdminHistory | None = None,
) -> PendingOfficeMerge:
    """Open, authenticate and check another office's export and say what merging it does."""
    opened = rollup.open_package(Path(path), identities, KIND_OFFICE)
    with store.reading() as connection:
        rollup.check_signer(connection, opened, ROLE_OFFICE)
    province, enterprises, decoded = _decode(opened)
    office_device = store.device_id
    with store.reading() as connection:
        preview, *_ = _plan(connection, opened, province, enterprises, decoded, office_device, units)
    return PendingOfficeMerge(opened, province, tuple(enterprises), decoded, preview, units)


def apply_office_merge(
    store: Store, pending: PendingOfficeMerge, imported_by: str | None = None
) -> OfficeMergePreview:
    """Merge a read export in one transaction (planned again inside it)."""
    office_device = store.device_id
    with store.transaction() as connection:
        preview, merged_payload, standalone, _moved = _plan(
            connection,
            pending.opened,
            pending.province,
            list(pending.enterprises),
            pending.payload,
            office_device,
            pending.units,
        )
        sender = preview.sender
        changes = list(preview.changes)
        merge.apply(
            connection,
            changes,
            merged_payload,
            package_id=preview.package_id,
            sender_device=sender.device_id,
            sender_name=sender.name,
        )
        office_ids = set(connection.execute(select(schema.enterprise.c.id)).scalars())
        new = [e for e in standalone if e.id not in office_ids]
        insert_rows(connection, schema.enterprise, [to_row(e) for e in new])
        now = utc_now()
        conflict_rows = []
        for enterprise in standalone:
            if enterprise.id in office_ids:
                here = (
                    connection.execute(
                        select(schema.enterprise).where(schema.enterprise.c.id == enterprise.id)
                    )
                    .mappings()
                    .one()
                )
                office_copy = from_row(model.Enterprise, here)
                if content_hash(office_copy) != content_hash(enterprise):
                    conflict_rows.append(
                        _conflict(
                            enterprise.id, office_copy, enterprise, preview, now, "changed at both offices"
                        )
                    )
        for duplicate in preview.duplicates:
            if duplicate.differences:
                as_office = dataclasses.replace(duplicate.incoming, id=duplicate.office.id)
                conflict_rows.append(
                    _conflict(
                        duplicate.office.id, duplicate.office, as_office, preview, now, DUPLICATE_REASON
                    )
                )
        insert_rows(connection, schema.sync_conflict, conflict_rows)
        upsert_communes(connection, list(preview.commune_rows))
        written = [
            c.incoming
            for c in changes
            if c.entity == "enterprise" and c.kind in (ChangeKind.NEW, ChangeKind.UPDATED)
        ]
        store.index_written(connection, [*(r for r in written if r is not None), *new])
        history.log_import(
            connection,
            history.ImportRecord(
                package_id=preview.package_id,
                sender_name=sender.name,
                sender_key_id=sender.key_id,
                sender_device_id=sender.device_id,
                sequence=preview.sequence,
                created_at=preview.created_at,
                imported_at=datetime.now(UTC),
                imported_by=imported_by or keys.default_key_name(),
                file_name=preview.file_name,
                counts=preview.counts,
                missing_sequences=history.SequenceGaps(),
            ),
        )
    return dataclasses.replace(preview, applied=True)


def _conflict(
    record_id: str,
    office: model.Enterprise,
    incoming: model.Enterprise,
    preview: OfficeMergePreview,
    now: datetime,
    reason: str,
) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "record_id": record_id,
        "entity": "enterprise",
        "assessment_id": None,
        "package_id": preview.package_id,
        "sender_device_id": preview.sender.device_id,
        "sender_name": preview.sender.name,
        "detected_at": now,
        "reason": reason,
        "office_version": record_json(office),
        "incoming_version": record_json(incoming),
        "incoming_photo": None,
        "resolved_at": None,
        "resolution": None,
    }


def import_office_export(
    store: Store,
    path: Path,
    identities: list[x25519.Identity],
    *,
    dry_run: bool = False,
    units: av.AdminHistory | None = None,
) -> OfficeMergePreview:
    pending = read_office_export(store, path, identities, units)
    return pending.preview if dry_run else apply_office_merge(store, pending)
