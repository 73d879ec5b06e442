"""Installing a reference package at a consultant's: the preview, the enterprise merge, one transaction.

``read_reference_package`` checks everything and computes the preview without writing;
``apply_reference_package`` plans again inside the write transaction (the database may have changed
meanwhile) and installs all of it or nothing. See ``reference_package`` for the file and its checks.

Enterprises are merged by id against the last version received from the Centre (kept in
``sync_record_state``, as at the office): a copy not edited here since takes the Centre's newer
version; a copy edited here is never overwritten: when the Centre's version changed too, both are
kept as a conflict for ``sxsh conflicts`` (at this installation, "office" is the local copy).
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from sxsh_desktop.domain import model
from sxsh_desktop.domain.model import utc_now
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.store import schema
from sxsh_desktop.store.chunks import chunked as _chunks
from sxsh_desktop.store.db import set_meta
from sxsh_desktop.store.records import fetch, from_row, to_row
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync.content import content_hash, record_json
from sxsh_desktop.sync.errors import AlreadyImportedError, InvalidContentError
from sxsh_desktop.sync.keys import PublicKey
from sxsh_desktop.sync.merge import Base, ChangeKind, Reason, classify
from sxsh_desktop.sync.reference_package import (
    KIND_LABELS,
    OlderReferencePackageError,
    OpenedReferencePackage,
    RegistryStatus,
    installed_centre_keys,
    open_reference_package,
)

_RECEIVED_KEY_PREFIX = "reference_package.received."  # followed by the Centre's key id


def _meta(connection: Connection, key: str) -> str | None:
    table = schema.meta
    return connection.execute(select(table.c.value).where(table.c.key == key)).scalar_one_or_none()


# --- the preview -------------------------------------------------------------------------------


def _key_of(item: Any) -> str:
    return str(item.factor_year) if hasattr(item, "factor_year") else item.code


@dataclass(frozen=True)
class KindChange:
    """What a package does to one kind of reference data (the kind is replaced as a whole)."""

    kind: str
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: int

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def changes_anything(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def summary(self) -> str:
        """E.g. ``grid emission factors: 1 new (2024), 5 unchanged``."""
        parts = [
            f"{len(codes)} {word} ({_some(codes)})"
            for word, codes in (("new", self.added), ("changed", self.changed), ("removed", self.removed))
            if codes
        ]
        if self.unchanged or not parts:
            parts.append(f"{self.unchanged} unchanged")
        return f"{self.label}: {', '.join(parts)}"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "added": list(self.added),
            "changed": list(self.changed),
            "removed": list(self.removed),
            "unchanged": self.unchanged,
        }


def _some(codes: tuple[str, ...], shown: int = 6) -> str:
    more = len(codes) - shown
    return ", ".join(codes[:shown]) + (f" and {more} more" if more > 0 else "")


def _kind_change(kind: str, current: list[Any], incoming: list[Any]) -> KindChange:
    before = {_key_of(item): item for item in current}
    after = {_key_of(item): item for item in incoming}
    return KindChange(
        kind=kind,
        added=tuple(key for key in after if key not in before),
        changed=tuple(key for key, item in after.items() if key in before and before[key] != item),
        removed=tuple(key for key in before if key not in after),
        unchanged=sum(1 for key, item in after.items() if before.get(key) == item),
    )


@dataclass(frozen=True)
class EnterpriseChange:
    kind: ChangeKind  # new, updated, unchanged or conflict
    incoming: model.Enterprise
    local: model.Enterprise | None
    reason: str
    incoming_hash: str
    newer_than_base: bool  # False: an older version arriving late; the base stays

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "record_id": self.incoming.id,
            "name": self.incoming.name,
            "tax_code": self.incoming.tax_code,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ReferencePreview:
    """What installing a reference package does, for the user to see before it is applied."""

    file_name: str
    package_id: str
    centre: PublicKey
    sequence: int
    created_at: datetime
    kinds: tuple[KindChange, ...]
    registry: RegistryStatus
    enterprises: tuple[EnterpriseChange, ...]
    applied: bool = False

    @property
    def enterprise_counts(self) -> dict[str, int]:
        counted = Counter(change.kind.value for change in self.enterprises)
        return {kind: counted.get(kind, 0) for kind in ("new", "updated", "unchanged", "conflict")}

    @property
    def conflicts(self) -> list[EnterpriseChange]:
        return [change for change in self.enterprises if change.kind is ChangeKind.CONFLICT]

    def lines(self) -> list[str]:
        """The preview as lines of text (the command line prints them; a window could list them)."""
        lines = [
            f"Reference package {self.sequence} from {self.centre.name}, made "
            f"{self.created_at:%d/%m/%Y %H:%M} UTC (fingerprint {self.centre.fingerprint})"
        ]
        lines += [f"  {change.summary()}" for change in self.kinds]
        if self.registry is RegistryStatus.NOT_ADDRESSED:
            lines.append("  enterprises: addressed to other consultants; left aside")
        elif self.registry is RegistryStatus.RECEIVED:
            counts = self.enterprise_counts
            lines.append(
                f"  enterprises: {counts['new']} new, {counts['updated']} updated, "
                f"{counts['unchanged']} unchanged, {counts['conflict']} conflicts"
            )
            for change in self.conflicts:
                lines.append(f"    conflict: {change.incoming.name}: {change.reason}")
        return lines

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "package_id": self.package_id,
            "centre": {
                "name": self.centre.name,
                "key_id": self.centre.key_id,
                "fingerprint": self.centre.fingerprint,
            },
            "sequence": self.sequence,
            "created_at": self.created_at.isoformat(),
            "applied": self.applied,
            "reference": [change.to_json() for change in self.kinds],
            "registry": self.registry.value,
            "enterprise_counts": self.enterprise_counts,
            "enterprises": [c.to_json() for c in self.enterprises if c.kind is not ChangeKind.UNCHANGED],
        }


@dataclass(frozen=True)
class ReceivedReference:
    """The last reference package installed from one Centre key."""

    package_id: str
    sequence: int
    created_at: datetime
    imported_at: datetime
    file_name: str


def last_received(connection: Connection, centre_key_id: str) -> ReceivedReference | None:
    value = _meta(connection, _RECEIVED_KEY_PREFIX + centre_key_id)
    if value is None:
        return None
    data = json.loads(value)
    return ReceivedReference(
        data["package_id"],
        data["sequence"],
        datetime.fromisoformat(data["created_at"]),
        datetime.fromisoformat(data["imported_at"]),
        data["file_name"],
    )


def installed_reference_package(store: Store) -> ReceivedReference | None:
    """The reference package installed last from the current Centre key, if any."""
    installed, _ = installed_centre_keys(store)
    if not installed:
        return None
    with store.transaction() as connection:
        return last_received(connection, installed[0].key_id)


def _reference_on(connection: Connection) -> ReferenceData:
    return ReferenceData(
        **{kind: fetch(connection, cls, table) for kind, (cls, table) in schema.REFERENCE_TABLES.items()}
    )


def link_problems(data: ReferenceData) -> list[str]:
    """Codes one kind uses that another kind does not hold (checked once the package is merged)."""
    techniques = {t.code for t in data.techniques}
    causes = {c.code for c in data.cause_categories}
    sectors = {s.code for s in data.sectors}
    admin_units = {a.code for a in data.admin_units}
    problems = []
    for option in data.catalogue:
        if option.technique not in techniques:
            problems.append(f"catalogue option {option.code}: technique {option.technique!r} is unknown")
        if option.cause_category not in causes:
            problems.append(
                f"catalogue option {option.code}: cause category {option.cause_category!r} is unknown"
            )
        problems += [
            f"catalogue option {option.code}: sector {code!r} is unknown"
            for code in option.sector_codes
            if code not in sectors
        ]
    for category in data.cause_categories:
        problems += [
            f"cause category {category.code}: technique {code!r} is unknown"
            for code in category.typical_techniques
            if code not in techniques
        ]
    problems += [
        f"administrative unit {unit.code}: parent {unit.parent_code!r} is unknown"
        for unit in data.admin_units
        if unit.parent_code and unit.parent_code not in admin_units
    ]
    return problems


# The three-way classifier's reasons, as a consultant reads them about the Centre's enterprises.
_REASONS: dict[Reason, str] = {
    Reason.NONE: "",
    Reason.SENDER_UNCHANGED: "not changed by the Centre since it was last received",
    Reason.OLDER: "older than the version already received from the Centre",
    Reason.WRITER_HAD: "a version already received from the installation that wrote it",
    Reason.DELETED_HERE: "deleted here, sent again by the Centre",
    Reason.SAME: "same content",
    Reason.BOTH_SINCE_BASE: "edited here and changed by the Centre since it was last received",
    Reason.EDITED_HERE: "edited here; the Centre sends another version",
    Reason.MADE_HERE: "edited here; the Centre sends another version",
    Reason.OTHER_SENDER: "the copy here came from elsewhere; the Centre sends another version",
    Reason.BOTH_ENDS: "the copy here is not older than the Centre's",
}


def _plan_enterprises(
    connection: Connection, incoming: tuple[model.Enterprise, ...], centre_device: str, own_device: str
) -> tuple[EnterpriseChange, ...]:
    ids = [enterprise.id for enterprise in incoming]
    table, states, tombstones = schema.enterprise, schema.sync_record_state, schema.tombstone
    local: dict[str, model.Enterprise] = {}
    bases: dict[str, Base] = {}
    deleted: set[str] = set()
    for chunk in _chunks(ids):
        for row in connection.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            local[row["id"]] = from_row(model.Enterprise, row)
        query = select(states.c.record_id, states.c.revision, states.c.content_hash).where(
            states.c.device_id == centre_device, states.c.record_id.in_(chunk)
        )
        for record_id, revision, digest in connection.execute(query):
            bases[record_id] = Base(revision, digest)
        deleted.update(
            connection.execute(
                select(tombstones.c.record_id).where(tombstones.c.record_id.in_(chunk))
            ).scalars()
        )
    changes = []
    for enterprise in incoming:
        digest = content_hash(enterprise)
        base = bases.get(enterprise.id)
        kind, reason, newer = classify(
            enterprise,
            digest,
            local.get(enterprise.id),
            {centre_device: base} if base is not None else {},
            centre_device,
            own_device,
            enterprise.id in deleted,
        )
        changes.append(
            EnterpriseChange(kind, enterprise, local.get(enterprise.id), _REASONS[reason], digest, newer)
        )
    return tuple(changes)


def _plan(connection: Connection, opened: OpenedReferencePackage, own_device: str) -> ReferencePreview:
    manifest = opened.manifest
    last = last_received(connection, opened.signer.key_id)
    if last is not None:
        if last.package_id == manifest.package_id:
            raise AlreadyImportedError(manifest.package_id, f"{last.imported_at:%d/%m/%Y %H:%M} UTC")
        if manifest.sequence <= last.sequence:
            raise OlderReferencePackageError(
                f"This reference package (number {manifest.sequence}, made {manifest.created_at:%d/%m/%Y}) "
                f"is not newer than the one installed here (number {last.sequence}, made "
                f"{last.created_at:%d/%m/%Y}); it was not installed. Nothing was changed."
            )
    current = _reference_on(connection)
    merged = dataclasses.replace(current, **opened.reference)
    existing = set(link_problems(current))
    if introduced := [problem for problem in link_problems(merged) if problem not in existing]:
        more = f" (and {len(introduced) - 1} more)" if len(introduced) > 1 else ""
        raise InvalidContentError(
            f"The reference package does not fit together with the reference data: {introduced[0]}{more}. "
            "Nothing was imported."
        )
    kinds = tuple(
        _kind_change(kind, getattr(current, kind), items) for kind, items in opened.reference.items()
    )
    enterprises = _plan_enterprises(connection, opened.enterprises, opened.signer.device_id, own_device)
    return ReferencePreview(
        file_name=opened.file_name,
        package_id=manifest.package_id,
        centre=opened.signer,
        sequence=manifest.sequence,
        created_at=manifest.created_at,
        kinds=kinds,
        registry=opened.registry,
        enterprises=enterprises,
    )


# --- applying ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PendingReferenceImport:
    """A package that passed every check, with its preview; ``apply_reference_package`` installs it."""

    opened: OpenedReferencePackage
    preview: ReferencePreview


def read_reference_package(store: Store, path: Path) -> PendingReferenceImport:
    """Open, authenticate and check a reference package and compute its preview; nothing is written."""
    opened = open_reference_package(store, path)
    own_device = store.device_id
    with store.transaction() as connection:
        preview = _plan(connection, opened, own_device)
    return PendingReferenceImport(opened, preview)


def apply_reference_package(store: Store, pending: PendingReferenceImport) -> ReferencePreview:
    """Install a read package in one transaction, planned again inside it (the data may have changed
    since the preview); any error leaves the database as it was."""
    opened = pending.opened
    own_device = store.device_id
    with store.transaction() as connection:
        preview = _plan(connection, opened, own_device)
        store.install_reference(ReferenceData(**opened.reference), connection)
        _write_enterprises(store, connection, preview)
        received = {
            "package_id": preview.package_id,
            "sequence": preview.sequence,
            "created_at": preview.created_at.isoformat(),
            "imported_at": utc_now().isoformat(),
            "file_name": preview.file_name,
        }
        set_meta(connection, _RECEIVED_KEY_PREFIX + opened.signer.key_id, json.dumps(received))
    return dataclasses.replace(preview, applied=True)


def import_reference_package(store: Store, path: Path, *, dry_run: bool = False) -> ReferencePreview:
    """Read a reference package and, unless ``dry_run``, install it; returns what it does (or did)."""
    pending = read_reference_package(store, path)
    return pending.preview if dry_run else apply_reference_package(store, pending)


def _write_enterprises(store: Store, connection: Connection, preview: ReferencePreview) -> None:
    table = schema.enterprise
    changes = preview.enterprises
    new = [c.incoming for c in changes if c.kind is ChangeKind.NEW]
    updated = [c.incoming for c in changes if c.kind is ChangeKind.UPDATED]
    if new:
        connection.execute(insert(table), [to_row(enterprise) for enterprise in new])
    for enterprise in updated:
        connection.execute(update(table).where(table.c.id == enterprise.id).values(to_row(enterprise)))
    store.index_written(connection, [*new, *updated])
    conflicts = [c for c in changes if c.kind is ChangeKind.CONFLICT]
    if conflicts:
        now = utc_now()
        connection.execute(
            insert(schema.sync_conflict),
            [
                {
                    "id": str(uuid.uuid4()),
                    "record_id": c.incoming.id,
                    "entity": "enterprise",
                    "assessment_id": None,
                    "package_id": preview.package_id,
                    "sender_device_id": preview.centre.device_id,
                    "sender_name": preview.centre.name,
                    "detected_at": now,
                    "reason": c.reason,
                    "office_version": record_json(c.local) if c.local is not None else None,
                    "incoming_version": record_json(c.incoming),
                    "incoming_photo": None,
                    "resolved_at": None,
                    "resolution": None,
                }
                for c in conflicts
            ],
        )
    # The versions received become the common base for the Centre's next package.
    remembered = [c for c in changes if c.newer_than_base]
    states = schema.sync_record_state
    centre_device = preview.centre.device_id
    for chunk in _chunks([c.incoming.id for c in remembered]):
        connection.execute(
            delete(states).where(states.c.device_id == centre_device, states.c.record_id.in_(chunk))
        )
    if remembered:
        connection.execute(
            insert(states),
            [
                {
                    "record_id": c.incoming.id,
                    "device_id": centre_device,
                    "entity": "enterprise",
                    "revision": c.incoming.revision,
                    "content_hash": c.incoming_hash,
                }
                for c in remembered
            ],
        )
