"""The registry facts the indicators need: a facility's legal form, activity dates, size, CP unit and
staff member (``RegistryEntry``), and zones with their facilities."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sxsh_desktop.domain.model import Enterprise
from sxsh_desktop.domain.office import (
    EnterpriseZone,
    LegalForm,
    RegistryEntry,
    SizeClass,
    Zone,
    ZoneKind,
    default_registry_entry,
)
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services.changes import Changes, Outcome
from sxsh_desktop.store import office
from sxsh_desktop.store.office_tables import enterprise_zone, registry_entry

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

_SYNC = {f.name for f in dataclasses.fields(RegistryEntry)} & {
    "id",
    "created_at",
    "updated_at",
    "revision",
    "device_id",
}
EDITABLE = tuple(f.name for f in dataclasses.fields(RegistryEntry) if f.name not in _SYNC | {"enterprise_id"})


def check_entry(entry: RegistryEntry) -> RegistryEntry:
    if entry.legal_form not in {f.value for f in LegalForm}:
        forms = ", ".join(f.value for f in LegalForm)
        raise ValidationError(f"Legal form {entry.legal_form!r} is not one of {forms}.", field="legal_form")
    if entry.size_class and entry.size_class not in {s.value for s in SizeClass}:
        sizes = ", ".join(s.value for s in SizeClass)
        raise ValidationError(f"Size class {entry.size_class!r} is not one of {sizes}.", field="size_class")
    if entry.active_from and entry.active_to and entry.active_to < entry.active_from:
        raise ValidationError("A facility stops being active after it starts.", field="active_to")
    for name in ("revenue_bn_vnd", "capital_bn_vnd"):
        value = getattr(entry, name)
        if value is not None and not (0 <= value <= 1e9):
            raise ValidationError(f"{name} is a number of billion VND from 0.", field=name)
    return dataclasses.replace(
        entry, assigned_to=" ".join(entry.assigned_to.split()), notes=entry.notes.strip()
    )


def registry_entry_of(store: Store, enterprise_id: str) -> RegistryEntry:
    """The facility's registry entry, or the defaults its enterprise record implies (not stored)."""
    enterprise = store.get(Enterprise, enterprise_id)
    with store.reading() as connection:
        found = office.find(connection, RegistryEntry, registry_entry.c.enterprise_id == enterprise_id)
    return found[0] if found else default_registry_entry(enterprise)


def set_registry_entry(store: Store, enterprise_id: str, **fields: Any) -> Outcome[RegistryEntry]:
    """Change some registry facts of a facility (its entry is made on the first change)."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValidationError(f"Unknown registry field {sorted(unknown)[0]!r}.", field=sorted(unknown)[0])
    current = registry_entry_of(store, enterprise_id)
    checked = check_entry(dataclasses.replace(current, **fields))
    changes = {name: getattr(checked, name) for name in EDITABLE}
    device_id = store.device_id
    with store.transaction() as connection:
        stored = office.find(connection, RegistryEntry, registry_entry.c.enterprise_id == enterprise_id)
        if stored:
            saved = office.change(connection, RegistryEntry, stored[0].id, device_id, **changes)
        else:
            (saved,) = office.add(connection, [checked], device_id)
    return Outcome(saved, Changes.of(["registry_entry"], [saved.id, enterprise_id]))


def set_registry_entries(store: Store, entries: Iterable[RegistryEntry]) -> Outcome[int]:
    """Store many new registry entries at once (imports, sample data); each checked first."""
    checked = [check_entry(e) for e in entries]
    device_id = store.device_id
    with store.transaction() as connection:
        office.add(connection, checked, device_id)
    return Outcome(len(checked), Changes.of(["registry_entry"]))


def add_zone(store: Store, zone: Zone, enterprise_ids: Iterable[str] = ()) -> Outcome[Zone]:
    """Register an industrial park, cluster or craft village, with the facilities in it."""
    name = " ".join(zone.name.split())
    if not name:
        raise ValidationError("A zone needs a name.", field="name")
    if zone.kind not in {k.value for k in ZoneKind}:
        kinds = ", ".join(k.value for k in ZoneKind)
        raise ValidationError(f"Zone kind {zone.kind!r} is not one of {kinds}.", field="kind")
    ids = sorted(set(enterprise_ids))
    missing = sorted(set(ids) - store.existing_ids(Enterprise, ids))
    if missing:
        raise ValidationError(f"No enterprise with id {missing[0]} in the registry.", field="enterprise_id")
    checked = dataclasses.replace(zone, name=name, commune=" ".join(zone.commune.split()))
    device_id = store.device_id
    with store.transaction() as connection:
        (added,) = office.add(connection, [checked], device_id)
        if ids:
            office.add(
                connection, [EnterpriseZone(enterprise_id=i, zone_id=added.id) for i in ids], device_id
            )
    return Outcome(added, Changes.of(["zone", "enterprise_zone"], [added.id]))


def link_zone(store: Store, zone_id: str, enterprise_id: str) -> Outcome[None]:
    store.get(Enterprise, enterprise_id)
    device_id = store.device_id
    with store.transaction() as connection:
        office.get(connection, Zone, zone_id)
        linked = office.find(
            connection,
            EnterpriseZone,
            enterprise_zone.c.zone_id == zone_id,
            enterprise_zone.c.enterprise_id == enterprise_id,
        )
        if not linked:
            office.add(connection, [EnterpriseZone(enterprise_id=enterprise_id, zone_id=zone_id)], device_id)
    return Outcome(None, Changes.of(["enterprise_zone"], [zone_id, enterprise_id]))


def zones(store: Store) -> list[Zone]:
    from sxsh_desktop.store.office_tables import zone as zone_table

    with store.reading() as connection:
        return office.find(connection, Zone, order_by=[zone_table.c.name])
