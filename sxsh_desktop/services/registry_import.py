"""Building the registry from facility lists in Excel or CSV (office-and-scale.md §3, R1–R11).

Three use cases, each one function the window and ``sxsh registry import`` both call:

- ``preview_import``: read the file, find each sheet's header, convert legacy-font cells, clean
  every value, match every row against the registry, and say for each row whether it would be
  new, updated, unchanged or rejected (with the reason). Nothing is written: this is the dry run.
- ``apply_import``: the same, then write it all in one transaction, with a batch record (file
  hash, mapping, options) and the provenance of every field it set.
- ``undo_batch``: take a whole batch back in one transaction (new records removed, changed fields
  restored), refused when a record was edited since.

Administrative units: ``today_unit`` says which unit of today a recorded commune is (or that a
person must decide, for a split); ``decide_commune`` records that decision; ``load_admin_units``
installs a province's old units and mapping.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from sxsh_desktop.domain import admin_vintages as av
from sxsh_desktop.domain import registry_rows as rr
from sxsh_desktop.domain.legacy_text import LegacyEncoding, convert, encoding_of_font, guess_encoding
from sxsh_desktop.domain.model import Enterprise, new_id, utc_now
from sxsh_desktop.domain.office import LegalForm, RegistryEntry
from sxsh_desktop.domain.registry_rows import fold
from sxsh_desktop.errors import KnownProblem, ValidationError
from sxsh_desktop.paths import resources_dir
from sxsh_desktop.services.changes import Changes, Outcome
from sxsh_desktop.sheets.model import Cell, Sheet, Workbook
from sxsh_desktop.sheets.reader import read_workbook
from sxsh_desktop.store import office as office_store
from sxsh_desktop.store import registry_import as db
from sxsh_desktop.store.office_tables import registry_entry as registry_table
from sxsh_desktop.store.repository import Store

# Fields a column can fill, in the order the window offers them.
IMPORT_FIELDS = (
    "name",
    "short_name",
    "tax_code",
    "street",
    "commune",
    "legacy_district",
    "province",
    "sector_code",
    "legal_form",
    "employees",
    "contact_name",
    "contact_phone",
    "contact_email",
    "founded_on",
    "notes",
    "row_number",
)
# Enterprise fields an import writes (legal form goes to ownership until the registry has its own).
WRITTEN_FIELDS = (
    "name",
    "short_name",
    "tax_code",
    "street",
    "commune",
    "legacy_district",
    "province",
    "sector_code",
    "ownership",
    "employees",
    "contact_name",
    "contact_phone",
    "contact_email",
    "notes",
)
# The registry entry's facts an import fills (RegistryEntry, kept by the office only): the legal
# form (from its column, the name or the section) and the day the facility started.
REGISTRY_FIELDS = {"legal_form": "registry.legal_form", "founded_on": "registry.active_from"}
NEW_ENTRY = "registry.entry"  # provenance: the batch made the facility's registry entry
FILL_EMPTY = "fill"
OVERWRITE = "overwrite"


class ImportError_(KnownProblem):
    code = "import_refused"


class RowStatus:
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


@dataclass
class ImportOptions:
    sheets: list[str] | None = None  # None: every visible sheet with a header
    profile: str | None = None  # the mapping remembered under this name (saved on apply)
    mapping: dict[str, str | None] = field(default_factory=dict)  # column title → field (None: skip)
    policies: dict[str, str] = field(default_factory=dict)  # field → "fill" (default) | "overwrite"
    encoding: str | None = None  # CSV without a byte-order mark
    # Cells whose encoding is only guessed from their characters (no font: CSV): "guess" converts
    # them as the preview shows, "none" keeps them; None: not yet decided (apply refuses).
    legacy: str | None = None
    include_hidden_sheets: bool = False


@dataclass(frozen=True)
class Conversion:
    sheet: str
    row: int  # 1-based, as Excel shows
    column: int  # 1-based
    encoding: str
    before: str
    after: str
    guessed: bool  # from the characters (no font said it)
    applied: bool


@dataclass
class RowOutcome:
    sheet: str
    row: int  # 1-based
    status: str
    reason: str = ""
    name: str = ""
    tax_code: str = ""
    enterprise_id: str | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field → (before, after)
    kept: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # differs, kept by "fill empty"
    notes: list[str] = field(default_factory=list)
    commune_status: str = ""  # an admin_vintages.Resolution value, "" when no commune was given
    commune_recorded: str = ""
    commune_today: str = ""
    commune_candidates: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # the row's cells as read (rejects workbook)
    # What the registry entry will keep once it has its own fields: legal_form, founded_on.
    extra: dict[str, Any] = field(default_factory=dict)
    record: Enterprise | None = None  # what would be written
    commune_row: dict[str, Any] | None = None


@dataclass
class SheetReport:
    name: str
    hidden: bool
    imported: bool
    reason: str = ""  # why not imported
    header_rows: tuple[int, int] | None = None  # 1-based
    numbering_row: int | None = None
    columns: list[tuple[int, str, str | None]] = field(default_factory=list)  # (1-based, title, field)
    source_key: str = ""
    hidden_rows: list[int] = field(default_factory=list)
    hidden_columns: list[int] = field(default_factory=list)
    sections: list[tuple[int, str]] = field(default_factory=list)
    subtotals: list[int] = field(default_factory=list)
    formula_cells: int = 0


@dataclass
class ImportPreview:
    file_name: str
    sha256: str
    kind: str
    encoding: str
    encoding_guessed: bool
    date_1904: bool
    profile: str
    sheets: list[SheetReport]
    rows: list[RowOutcome]
    conversions: list[Conversion]
    warnings: list[str]
    options: ImportOptions

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def counts(self) -> dict[str, int]:
        return {
            status: self.count(status)
            for status in (RowStatus.NEW, RowStatus.UPDATED, RowStatus.UNCHANGED, RowStatus.REJECTED)
        }

    @property
    def pending_guesses(self) -> int:
        """Cells whose legacy encoding is only a guess, not yet decided."""
        if self.options.legacy is not None:
            return 0
        return sum(1 for c in self.conversions if c.guessed and not c.applied)

    @property
    def communes_to_decide(self) -> list[RowOutcome]:
        return [
            row
            for row in self.rows
            if row.status != RowStatus.REJECTED
            and row.commune_status in (av.Resolution.MANUAL, av.Resolution.UNRESOLVED)
        ]


@dataclass(frozen=True)
class ImportBatch:
    id: str
    file_name: str
    sha256: str
    counts: dict[str, int]


@dataclass(frozen=True)
class UndoReport:
    batch_id: str
    removed: int
    restored: int


# --- administrative units --------------------------------------------------------------------


@cache
def _shipped_vintage_documents() -> tuple[dict[str, Any], ...]:
    folder = resources_dir() / "reference"
    return tuple(
        json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("admin_vintages_*.json"))
    )


def admin_history(store: Store) -> av.AdminHistory:
    """Today's units (the reference data) with the old ones: those loaded into the database, and
    the shipped files for provinces not loaded."""
    reference = store.reference()
    today = reference.admin_units
    if not today:
        from sxsh_desktop.domain.reference_files import load_reference_files

        today = load_reference_files().admin_units
    with store.reading() as connection:
        units, mapping = db.vintages(connection)
        loaded = db.loaded_provinces(connection)
    shipped = [doc for doc in _shipped_vintage_documents() if str(doc.get("province_code")) not in loaded]
    history = av.history_from_documents(shipped, today)
    return av.AdminHistory(history.units + units, history.mapping + mapping)


def today_unit(store: Store, recorded: av.Recorded, on: date | None = None) -> av.TodayUnit:
    """Which unit of today a recorded commune is ("as then" is ``recorded``, "today" is ``today``)."""
    return admin_history(store).today_unit(recorded, on)


def enterprise_units(store: Store, enterprise_id: str) -> tuple[str, str, str]:
    """(commune as recorded, commune today, status) of an enterprise, for reports choosing "as
    then" or "today"; an enterprise with no recorded commune has its commune in both."""
    with store.reading() as connection:
        rows = db.communes(connection, enterprise_id=enterprise_id)
    enterprise = store.get(Enterprise, enterprise_id)
    if not rows:
        return enterprise.commune, enterprise.commune, av.Resolution.CURRENT.value
    row = rows[0]
    history = admin_history(store)
    today = history.current(row["today_code"]) if row["today_code"] else None
    return row["recorded_name"], today.name if today else "", row["status"]


def load_admin_units(store: Store, path: Path) -> Outcome[tuple[str, int, int]]:
    """Install one province's old units and old → new mapping from an ``admin_vintages`` file,
    replacing what was loaded for that province. Returns (province code, units, mapping rows)."""
    try:
        if not path.is_file():  # a pipe or a device would be read without end
            raise ValidationError(f"{path.name} is not a file; an administrative-unit history is a file.")
        if path.stat().st_size > 20 * 1024 * 1024:
            raise ValidationError(f"{path.name} is too large for an administrative-unit file.")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        raise ValidationError(f"{path.name} cannot be read as UTF-8 text ({problem}).") from None
    document = av.load_vintage_text(text)
    units, mapping = av.parse_vintage_document(document)
    province = str(document.get("province_code") or "")
    if not province:
        raise ValidationError("The file must name its province ('province_code').")
    with store.transaction() as connection:
        db.replace_vintages(connection, province, units, mapping)
    return Outcome((province, len(units), len(mapping)), Changes.of(reference=True))


def commune_queue(store: Store) -> list[dict[str, Any]]:
    """Enterprises whose commune of today is still to be decided (splits, unknown names)."""
    with store.reading() as connection:
        rows = db.communes(connection, open_only=True)
        names = {
            e.id: e.name
            for e in db.enterprises_by_id(connection, [r["enterprise_id"] for r in rows]).values()
        }
    history = admin_history(store)
    for row in rows:
        row["enterprise_name"] = names.get(row["enterprise_id"], "")
        row["candidate_names"] = [
            unit.name for code in row["candidates"] if (unit := history.current(code)) is not None
        ]
    return rows


def decide_commune(store: Store, enterprise_id: str, code: str) -> Outcome[Enterprise]:
    """A person's choice of today's commune for an enterprise whose old commune was split (one of
    the candidates) or not found (any unit of today)."""
    history = admin_history(store)
    unit = history.current(code)
    if unit is None:
        raise ValidationError(f"{code} is not a commune or ward in force today.", field="commune")
    with store.reading() as connection:
        rows = db.communes(connection, enterprise_id=enterprise_id)
    if not rows:
        raise ValidationError(
            "This enterprise has no recorded commune waiting for a decision.", field="commune"
        )
    row = rows[0]
    if row["candidates"] and code not in row["candidates"]:
        names = ", ".join(u.name for c in row["candidates"] if (u := history.current(c)))
        raise ValidationError(
            f"{row['recorded_name']} went to {names}; {unit.name} is not one of them.", field="commune"
        )
    device_id = store.device_id
    with store.transaction() as connection:
        current = db.enterprises_by_id(connection, [enterprise_id]).get(enterprise_id)
        if current is None:
            raise ValidationError("No such enterprise.")
        changed = dataclasses.replace(
            current,
            commune=unit.name,
            updated_at=utc_now(),
            revision=current.revision + 1,
            device_id=device_id,
        )
        db.update_enterprises(connection, [changed])
        row.update(status=av.Resolution.MANUAL.value, today_code=code, decided_at=utc_now())
        row["candidates"] = json.dumps(row["candidates"])
        db.upsert_communes(connection, [row])
    return Outcome(changed, Changes.of(["enterprise"], [enterprise_id]))


# --- reading and shaping rows ------------------------------------------------------------------


@dataclass
class _Grid:
    texts: list[list[str]]
    conversions: list[Conversion]


def _texts(sheet: Sheet, legacy: str | None) -> _Grid:
    """Every cell as clean text, legacy-font cells converted (each conversion listed)."""
    conversions: list[Conversion] = []
    texts: list[list[str]] = []
    cache: dict[tuple[str, str | None], tuple[str, LegacyEncoding, bool]] = {}
    for r, row in enumerate(sheet.rows):
        out: list[str] = []
        last_before = None
        for c, cell in enumerate(row):
            value = cell.value
            if not isinstance(value, str):
                out.append(cell.text)
                continue
            key = (value, cell.font)
            hit = cache.get(key)
            if hit is None:
                guessed = False
                if cell.font is not None:
                    encoding = encoding_of_font(cell.font)
                else:
                    encoding = guess_encoding(value)
                    guessed = encoding is not LegacyEncoding.UNICODE
                apply = encoding is not LegacyEncoding.UNICODE and (not guessed or legacy == "guess")
                after = rr.clean_text(convert(value, encoding) if apply else value)
                hit = (after, encoding, guessed)
                cache[key] = hit
            after, encoding, guessed = hit
            if encoding is not LegacyEncoding.UNICODE and value != last_before:
                applied = not guessed or legacy == "guess"
                proposal = after if applied else rr.clean_text(convert(value, encoding))
                if proposal != rr.clean_text(value):
                    conversions.append(
                        Conversion(
                            sheet.name, r + 1, c + 1, encoding.value, value, proposal, guessed, applied
                        )
                    )
            last_before = value
            out.append(after)
        texts.append(out)
    return _Grid(texts, conversions)


def _source_key(layout: rr.HeaderLayout) -> str:
    return "|".join(rr.header_key(column.title) for column in layout.columns)


def _apply_mapping(layout: rr.HeaderLayout, mapping: dict[str, str | None]) -> rr.HeaderLayout:
    if not mapping:
        return layout
    by_key = {rr.header_key(title): chosen for title, chosen in mapping.items()}
    columns = []
    for column in layout.columns:
        key = rr.header_key(column.title)
        if key in by_key:
            chosen = by_key[key]
            if chosen is not None and chosen not in IMPORT_FIELDS:
                raise ValidationError(
                    f"{chosen!r} is not a field an import can fill ({', '.join(IMPORT_FIELDS)})."
                )
            column = dataclasses.replace(column, field=chosen)
        columns.append(column)
    return dataclasses.replace(layout, columns=tuple(columns))


def _cell(sheet: Sheet, r: int, c: int) -> Cell:
    row = sheet.rows[r]
    return row[c] if c < len(row) else Cell(None)


@dataclass
class _Context:
    history: av.AdminHistory
    by_tax: dict[str, Enterprise]
    by_name: dict[tuple[str, str], list[Enterprise]]
    seen_tax: dict[str, str] = field(default_factory=dict)
    seen_name: dict[tuple[str, str], str] = field(default_factory=dict)
    claimed: dict[str, str] = field(default_factory=dict)  # enterprise id → row that updates it
    policies: dict[str, str] = field(default_factory=dict)  # field → fill | overwrite
    entries: dict[str, RegistryEntry] = field(default_factory=dict)  # by enterprise id
    units: dict[av.Recorded, av.TodayUnit] = field(default_factory=dict)  # communes seen


def _row_values(
    sheet: Sheet, r: int, texts: list[str], layout: rr.HeaderLayout, date_1904: bool, outcome: RowOutcome
) -> dict[str, Any]:
    """The row's values by field, cleaned; raises ValidationError for a value that rejects the row."""
    values: dict[str, Any] = {}
    for column in layout.columns:
        name = column.field
        if not name or name == "row_number":
            continue
        text = texts[column.index] if column.index < len(texts) else ""
        cell = _cell(sheet, r, column.index)
        if name == "tax_code":
            if cell.value is None or text == "":
                continue
            code, note = rr.tax_code_from_cell(cell.value if cell.is_number else text)
            values["tax_code"] = code
            if note:
                outcome.notes.append(f"tax code {note}")
        elif name == "employees":
            try:
                number, note = rr.number_from_cell(cell.value if cell.is_number else text)
            except ValidationError as problem:
                outcome.notes.append(f"employees: {problem.message} (left empty)")
                continue
            if note:
                outcome.notes.append(f"employees: {note}")
            if number is not None:
                if number < 0 or not float(number).is_integer() or number > 10_000_000:
                    outcome.notes.append(f"employees: {number:g} is not a head count (left empty)")
                else:
                    values["employees"] = int(number)
        elif name == "founded_on":
            try:
                values["founded_on"] = rr.date_from_cell(cell.value if cell.is_number else text, date_1904)
            except ValidationError as problem:
                outcome.notes.append(f"founded on: {problem.message} (left empty)")
        elif name == "sector_code":
            values["sector_code"] = text
        elif text:
            values[name] = text
    return values


def _examine_row(
    values: dict[str, Any],
    section: rr.Section | None,
    district: str,
    legal: str,
    ctx: _Context,
    outcome: RowOutcome,
) -> None:
    name = values.get("name", "")
    if not name:
        outcome.status, outcome.reason = RowStatus.REJECTED, "no name"
        return
    outcome.name = name
    tax_code = values.get("tax_code", "")
    outcome.tax_code = tax_code
    here = f"{outcome.sheet}!{outcome.row}"
    if tax_code:
        if tax_code in ctx.seen_tax:
            outcome.status, outcome.reason = (
                RowStatus.REJECTED,
                f"tax code {tax_code} also on {ctx.seen_tax[tax_code]}",
            )
            return
        ctx.seen_tax[tax_code] = here
    # Legal form: its column, else the name's prefix, else the section the row is under.
    form_text = values.pop("legal_form", "")
    form = rr.legal_form_from_text(form_text) if form_text else None
    how = "column"
    if form is None:
        form, how = rr.legal_form_from_text(name), "name"
    if form is None and legal:
        form, how = (legal, ""), "section"
    if form is not None:
        values["ownership"] = rr.ownership_for(form[0], form_text)
        outcome.extra["legal_form"] = form[0]
        if how != "column":
            outcome.notes.append(f"legal form {form[0]} (from the {how})")
    if district and not values.get("legacy_district"):
        values["legacy_district"] = district
    founded = values.pop("founded_on", None)
    if founded is not None:
        outcome.extra["founded_on"] = founded
    # Commune: as recorded, and today's.
    recorded = values.get("commune", "")
    if recorded:
        place = av.Recorded(recorded, values.get("legacy_district", ""))
        found = ctx.units.get(place)
        if found is None:
            found = ctx.units[place] = ctx.history.today_unit(place)
        outcome.commune_status = found.status.value
        outcome.commune_recorded = recorded
        outcome.commune_candidates = [unit.name for unit in found.candidates]
        if found.today is not None:
            outcome.commune_today = found.today.name
            values["commune"] = found.today.name
        else:
            values.pop("commune")
            outcome.notes.append(f"commune to decide: {found.note}")
        outcome.commune_row = {
            "recorded_name": recorded,
            "recorded_district": values.get("legacy_district", ""),
            "recorded_key": found.recorded.key if found.recorded else None,
            "status": found.status.value,
            "today_code": found.today.code if found.today else None,
            "candidates": json.dumps([unit.code for unit in found.candidates]),
            "decided_at": None,
        }
    # Matching: the tax code, then the folded name and commune.
    existing = ctx.by_tax.get(tax_code) if tax_code else None
    if existing is None:
        key = (fold(name), av.unit_key(recorded or values.get("commune", "")))
        if key in ctx.seen_name and not tax_code:
            outcome.status, outcome.reason = (
                RowStatus.REJECTED,
                f"same name and commune as {ctx.seen_name[key]}",
            )
            return
        ctx.seen_name.setdefault(key, here)
        keys = [key, (fold(name), av.unit_key(values.get("commune", "")))]
        found_by_name = {e.id: e for k in keys for e in ctx.by_name.get(k, [])}
        candidates = [e for e in found_by_name.values() if not tax_code or not e.tax_code]
        if len(candidates) > 1:
            outcome.status = RowStatus.REJECTED
            outcome.reason = (
                f"{len(candidates)} registered facilities have this name and commune; add the tax code"
            )
            return
        if candidates:
            existing = candidates[0]
            outcome.notes.append("matched by name and commune")
    if existing is not None and existing.id in ctx.claimed:
        outcome.status, outcome.reason = RowStatus.REJECTED, f"same facility as {ctx.claimed[existing.id]}"
        return
    if existing is not None:
        ctx.claimed[existing.id] = here
    outcome.record = _record(values, existing, outcome, ctx.policies)
    _registry_changes(outcome, ctx)


def _registry_changes(outcome: RowOutcome, ctx: _Context) -> None:
    """What the facility's registry entry gets: made with the legal form and start day when it has
    none; filled (start day) or, with "overwrite", changed (legal form) when it has one."""
    wanted = {name: outcome.extra[name] for name in REGISTRY_FIELDS if outcome.extra.get(name) is not None}
    if not wanted or outcome.enterprise_id is None:
        return
    entry = ctx.entries.get(outcome.enterprise_id)
    if entry is None:
        outcome.changes[NEW_ENTRY] = (None, "")
        for name, value in wanted.items():
            outcome.changes[REGISTRY_FIELDS[name]] = (None, value)
    else:
        current = {"legal_form": entry.legal_form, "founded_on": entry.active_from}
        for name, value in wanted.items():
            key = REGISTRY_FIELDS[name]
            if value == current[name]:
                continue
            if current[name] is None or ctx.policies.get(name, FILL_EMPTY) == OVERWRITE:
                outcome.changes[key] = (current[name], value)
            else:
                outcome.kept[key] = (current[name], value)
    if outcome.status == RowStatus.UNCHANGED and any(key.startswith("registry.") for key in outcome.changes):
        outcome.status = RowStatus.UPDATED


def _record(
    values: dict[str, Any], existing: Enterprise | None, outcome: RowOutcome, policies: dict[str, str]
) -> Enterprise:
    fields = {name: values[name] for name in WRITTEN_FIELDS if name in values}
    if existing is None:
        record = Enterprise(**fields)
        outcome.status = RowStatus.NEW
        outcome.enterprise_id = record.id
        outcome.changes = {name: (None, value) for name, value in fields.items()}
        return record
    outcome.enterprise_id = existing.id
    changes: dict[str, Any] = {}
    for name, value in fields.items():
        current = getattr(existing, name)
        if value in ("", None) or value == current:
            continue
        if current in ("", None) or policies.get(name, FILL_EMPTY) == OVERWRITE:
            changes[name] = value
            outcome.changes[name] = (current, value)
        else:
            outcome.kept[name] = (current, value)
    outcome.status = RowStatus.UPDATED if changes else RowStatus.UNCHANGED
    return dataclasses.replace(existing, **changes)


def _check_options(options: ImportOptions) -> None:
    for name, policy in options.policies.items():
        if policy not in (FILL_EMPTY, OVERWRITE):
            raise ValidationError(f"Policy for {name!r} must be 'fill' or 'overwrite', not {policy!r}.")
        if name not in (*WRITTEN_FIELDS, "legal_form"):
            raise ValidationError(f"{name!r} is not a field an import writes ({', '.join(WRITTEN_FIELDS)}).")
    if options.legacy not in (None, "guess", "none"):
        raise ValidationError("The decision for guessed legacy text is 'guess' or 'none'.")


def preview_import(store: Store, path: Path, options: ImportOptions | None = None) -> ImportPreview:
    """The dry run: what importing ``path`` would do, row by row; nothing is written."""
    options = options or ImportOptions()
    _check_options(options)
    book = read_workbook(path, encoding=options.encoding)
    return _examine(store, book, options)


def _examine(store: Store, book: Workbook, options: ImportOptions) -> ImportPreview:
    with store.reading() as connection:
        everyone = db.all_enterprises(connection)
        saved_profile = db.profile(connection, name=options.profile) if options.profile else None
        recorded = {row["enterprise_id"]: row["recorded_name"] for row in db.communes(connection)}
        entries = {entry.enterprise_id: entry for entry in office_store.find(connection, RegistryEntry)}
    by_tax = {e.tax_code: e for e in everyone if e.tax_code}
    by_name: dict[tuple[str, str], list[Enterprise]] = {}
    for enterprise in everyone:
        by_name.setdefault((fold(enterprise.name), av.unit_key(enterprise.commune)), []).append(enterprise)
        if enterprise.id in recorded and av.unit_key(recorded[enterprise.id]) != av.unit_key(
            enterprise.commune
        ):
            by_name.setdefault((fold(enterprise.name), av.unit_key(recorded[enterprise.id])), []).append(
                enterprise
            )
    ctx = _Context(admin_history(store), by_tax, by_name, policies=dict(options.policies), entries=entries)
    wanted = set(options.sheets) if options.sheets else None
    if wanted:
        missing = wanted - {sheet.name for sheet in book.sheets}
        if missing:
            names = ", ".join(repr(sheet.name) for sheet in book.sheets)
            raise ValidationError(f"No sheet {sorted(missing)[0]!r} in {book.file_name} (it has {names}).")
    reports: list[SheetReport] = []
    rows: list[RowOutcome] = []
    conversions: list[Conversion] = []
    warnings: list[str] = []
    profile_name = options.profile or ""
    for sheet in book.sheets:
        report = SheetReport(
            sheet.name,
            sheet.hidden,
            False,
            hidden_rows=sorted(r + 1 for r in sheet.hidden_rows if r < len(sheet.rows)),
            hidden_columns=sorted(c + 1 for c in sheet.hidden_columns if c < sheet.width),
            formula_cells=sheet.formula_cells,
        )
        reports.append(report)
        if wanted is not None and sheet.name not in wanted:
            report.reason = "not chosen"
            continue
        if sheet.hidden and wanted is None and not options.include_hidden_sheets:
            report.reason = "hidden sheet (choose it by name to import it)"
            warnings.append(f"sheet {sheet.name!r} is hidden and was not imported")
            continue
        grid = _texts(sheet, options.legacy)
        layout = rr.detect_header(grid.texts)
        if layout is None:
            filled = sum(1 for row in sheet.rows for cell in row if cell.value is not None)
            if sheet.formula_cells and filled == 0:
                raise ImportError_(
                    f"{book.file_name}, sheet {sheet.name!r}: {sheet.formula_cells} formulas and no computed "
                    "values (saved by a program that does not compute them); open it in Excel or "
                    "LibreOffice, save it, and import again."
                )
            report.reason = "no header row found in the first 15 rows"
            continue
        report.source_key = _source_key(layout)
        if saved_profile is None and not options.profile:
            with store.reading() as connection:
                remembered = db.profile(connection, source_key=report.source_key)
            if remembered is not None:
                layout = _apply_mapping(layout, remembered["mapping"])
                profile_name = profile_name or remembered["name"]
        elif saved_profile is not None:
            layout = _apply_mapping(layout, saved_profile["mapping"])
        layout = _apply_mapping(layout, options.mapping)
        report.imported = True
        report.header_rows = (layout.first_row + 1, layout.last_row + 1)
        report.numbering_row = layout.numbering_row + 1 if layout.numbering_row is not None else None
        report.columns = [(column.index + 1, column.title, column.field) for column in layout.columns]
        if "name" not in layout.mapping().values():
            report.imported = False
            report.reason = "no column is mapped to the name"
            continue
        conversions += grid.conversions
        district, legal = "", ""
        for r in range(layout.data_start, len(grid.texts)):
            texts = grid.texts[r]
            kind, section = rr.classify_row(texts)
            if kind is rr.RowKind.EMPTY:
                continue
            if kind is rr.RowKind.SUBTOTAL:
                report.subtotals.append(r + 1)
                continue
            if kind is rr.RowKind.SECTION and section is not None:
                report.sections.append((r + 1, section.label))
                if section.district:
                    district, legal = section.district, ""
                elif section.legal_form:
                    legal = section.legal_form
                continue
            outcome = RowOutcome(sheet.name, r + 1, RowStatus.REJECTED, texts=list(texts))
            if r in sheet.hidden_rows:
                outcome.notes.append("hidden row")
            try:
                values = _row_values(sheet, r, texts, layout, book.date_1904, outcome)
                _examine_row(values, section, district, legal, ctx, outcome)
            except ValidationError as problem:
                outcome.status, outcome.reason = RowStatus.REJECTED, problem.message
            rows.append(outcome)
    if book.encoding_guessed:
        warnings.append(f"no byte-order mark: read as {book.encoding}")
    if not any(report.imported for report in reports):
        reasons = "; ".join(f"{r.name}: {r.reason}" for r in reports if r.reason)
        raise ImportError_(f"{book.file_name}: no sheet can be imported ({reasons}).")
    return ImportPreview(
        book.file_name,
        book.sha256,
        book.kind,
        book.encoding,
        book.encoding_guessed,
        book.date_1904,
        profile_name,
        reports,
        rows,
        conversions,
        warnings,
        options,
    )


# --- apply and undo ----------------------------------------------------------------------------


def _json(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return json.dumps(value.isoformat())
    return json.dumps(value, ensure_ascii=False)


def apply_import(
    store: Store, path: Path, options: ImportOptions | None = None, *, preview: ImportPreview | None = None
) -> Outcome[ImportBatch]:
    """Import ``path`` as its preview shows, in one transaction; the batch can be undone.

    ``preview`` (the one the user looked at, with its options) saves reading the file again: the
    file must still be the one previewed (same SHA-256), and a record changed since is refused.
    """
    if preview is None:
        preview = preview_import(store, path, options or ImportOptions())
    else:
        _check_same_file(path, preview)
    if preview.pending_guesses:
        raise ImportError_(
            f"{preview.pending_guesses} cells look like legacy Vietnamese text (TCVN3 or VNI) but no font "
            "says so; look at the preview's before and after, then choose to convert them as shown "
            "(--legacy guess) or keep them as they are (--legacy none)."
        )
    return Outcome(*_write(store, preview))


def _check_same_file(path: Path, preview: ImportPreview) -> None:
    import hashlib

    from sxsh_desktop.sheets.reader import MAX_FILE_BYTES

    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportError_(f"{path.name} changed since its preview; preview it again.")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as problem:
        raise ImportError_(f"{path.name} cannot be read: {problem.strerror}.") from None
    if digest != preview.sha256:
        raise ImportError_(f"{path.name} changed since its preview; preview it again.")


def _write(store: Store, preview: ImportPreview) -> tuple[ImportBatch, Changes]:
    options = preview.options
    batch_id = new_id()
    now = utc_now()
    device_id = store.device_id
    new = [row for row in preview.rows if row.status == RowStatus.NEW and row.record is not None]
    updated = [row for row in preview.rows if row.status == RowStatus.UPDATED and row.record is not None]
    mapping = {
        report.name: {title: chosen for _, title, chosen in report.columns}
        for report in preview.sheets
        if report.imported
    }
    with store.transaction() as connection:
        current = db.enterprises_by_id(
            connection, [row.enterprise_id for row in updated if row.enterprise_id]
        )
        changed = []
        for row in updated:
            assert row.record is not None and row.enterprise_id is not None
            before = current.get(row.enterprise_id)
            if before is None or before.revision != row.record.revision:
                raise ImportError_(
                    f"{row.name} changed while the import was being prepared; preview the file again."
                )
            if any(not name.startswith("registry.") for name in row.changes):
                changed.append(
                    dataclasses.replace(
                        row.record, updated_at=now, revision=before.revision + 1, device_id=device_id
                    )
                )
        taken = db.registered_tax_codes(connection, [row.tax_code for row in new])
        if taken:
            raise ImportError_(
                f"Tax code {sorted(taken)[0]} was registered while the import was being prepared; "
                "preview the file again."
            )
        written = db.insert_enterprises(connection, [row.record for row in new if row.record], device_id, now)
        db.update_enterprises(connection, changed)
        revisions = {record.id: record.revision for record in [*current.values(), *written, *changed]}
        _write_entries(connection, [*new, *updated], device_id)
        provenance = []
        for row in [*new, *updated]:
            assert row.enterprise_id is not None
            action = "new" if row.status == RowStatus.NEW else None
            for name, (old, value) in row.changes.items():
                provenance.append(
                    {
                        "batch_id": batch_id,
                        "enterprise_id": row.enterprise_id,
                        "field": name,
                        "action": action or ("fill" if old in ("", None) else "overwrite"),
                        # made with the registry entry: undone by removing the entry
                        **({"action": "made"} if name == NEW_ENTRY else {}),
                        "old_value": _json(old),
                        "new_value": _json(value),
                        "sheet": row.sheet,
                        "row": row.row,
                        "revision_after": revisions[row.enterprise_id],
                    }
                )
        counts = preview.counts
        db.insert_batch(
            connection,
            {
                "id": batch_id,
                "created_at": now,
                "device_id": device_id,
                "file_name": preview.file_name,
                "file_sha256": preview.sha256,
                "file_kind": preview.kind,
                "profile_name": options.profile or preview.profile,
                "sheets": json.dumps([r.name for r in preview.sheets if r.imported], ensure_ascii=False),
                "mapping": json.dumps(mapping, ensure_ascii=False),
                "options": json.dumps(
                    {
                        "policies": options.policies,
                        "legacy": options.legacy,
                        "encoding": preview.encoding,
                        "conversions": len([c for c in preview.conversions if c.applied]),
                        "guessed_conversions": len(
                            [c for c in preview.conversions if c.guessed and c.applied]
                        ),
                    },
                    ensure_ascii=False,
                ),
                "new_count": counts[RowStatus.NEW],
                "updated_count": counts[RowStatus.UPDATED],
                "unchanged_count": counts[RowStatus.UNCHANGED],
                "rejected_count": counts[RowStatus.REJECTED],
                "undone_at": None,
            },
        )
        db.insert_provenance(connection, provenance)
        commune_rows = [
            {**row.commune_row, "enterprise_id": row.enterprise_id, "batch_id": batch_id}
            for row in [*new, *updated]
            if row.commune_row is not None
        ]
        db.upsert_communes(connection, commune_rows)
        if options.profile:
            for report in preview.sheets:
                if report.imported:
                    db.save_profile(
                        connection, options.profile, report.source_key, {t: f for _, t, f in report.columns}
                    )
                    break
    ids = [row.enterprise_id for row in [*new, *updated] if row.enterprise_id]
    batch = ImportBatch(batch_id, preview.file_name, preview.sha256, preview.counts)
    return batch, Changes.of(["enterprise"], ids, history=True)


def undo_batch(store: Store, batch_id: str) -> Outcome[UndoReport]:
    """Take a whole batch back: the enterprises it made are removed, the fields it changed get their
    old values. Refused (nothing changed) when one of them was edited after the import."""
    device_id = store.device_id
    with store.transaction() as connection:
        found = db.batch(connection, batch_id)
        if found is None:
            matches = [b["id"] for b in db.batches(connection) if b["id"].startswith(batch_id)]
            if len(matches) == 1:
                batch_id = matches[0]
                found = db.batch(connection, batch_id)
        if found is None:
            raise ValidationError(f"No import batch {batch_id}.")
        if found["undone_at"] is not None:
            raise ValidationError(f"Batch {batch_id} was already undone.")
        rows = db.provenance(connection, batch_id)
        by_enterprise: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            by_enterprise.setdefault(row["enterprise_id"], []).append(row)
        current = db.enterprises_by_id(connection, by_enterprise)
        edited = [
            current[eid].name
            for eid, items in by_enterprise.items()
            if eid in current and current[eid].revision != items[0]["revision_after"]
        ]
        if edited:
            shown = ", ".join(edited[:3]) + (f" and {len(edited) - 3} more" if len(edited) > 3 else "")
            raise ImportError_(
                f"Batch {batch_id[:8]} cannot be undone: {shown} changed after the import. "
                "Nothing was undone."
            )
        now = utc_now()
        removed_ids: list[str] = []
        restored: list[Enterprise] = []
        for eid, items in by_enterprise.items():
            record = current.get(eid)
            if record is None:
                continue
            if any(item["action"] == "new" for item in items):
                removed_ids.append(eid)
                continue
            _undo_entry(connection, eid, items, device_id)
            old = {
                item["field"]: _from_json(item["old_value"])
                for item in items
                if not item["field"].startswith("registry.")
            }
            if old:
                restored.append(
                    dataclasses.replace(
                        record, **old, updated_at=now, revision=record.revision + 1, device_id=device_id
                    )
                )
        db.update_enterprises(connection, restored)
        db.remove_enterprises(connection, removed_ids, device_id)
        db.delete_communes(
            connection,
            [eid for eid, items in by_enterprise.items() if any(item["action"] == "new" for item in items)],
        )
        db.mark_undone(connection, batch_id, now)
    return Outcome(
        UndoReport(batch_id, len(removed_ids), len(restored)),
        Changes.of(["enterprise"], by_enterprise, history=True),
    )


def _write_entries(connection: Any, rows: list[RowOutcome], device_id: str) -> None:
    made: list[RegistryEntry] = []
    for row in rows:
        assert row.enterprise_id is not None
        legal = row.changes.get("registry.legal_form", (None, None))[1]
        start = row.changes.get("registry.active_from", (None, None))[1]
        if NEW_ENTRY in row.changes:
            made.append(
                RegistryEntry(
                    enterprise_id=row.enterprise_id,
                    legal_form=legal or LegalForm.ENTERPRISE.value,
                    active_from=start,
                )
            )
            continue
        fields = {
            name: value
            for name, value in (("legal_form", legal), ("active_from", start))
            if f"registry.{name}" in row.changes
        }
        if fields:
            (entry,) = office_store.find(
                connection, RegistryEntry, registry_table.c.enterprise_id == row.enterprise_id
            )
            office_store.change(connection, RegistryEntry, entry.id, device_id, **fields)
    if made:
        office_store.add(connection, made, device_id)


def _undo_entry(connection: Any, enterprise_id: str, items: list[dict[str, Any]], device_id: str) -> None:
    """Put a facility's registry entry back as it was before the batch."""
    mine = {item["field"]: item for item in items if item["field"].startswith("registry.")}
    if not mine:
        return
    if NEW_ENTRY in mine:
        office_store.remove(connection, RegistryEntry, registry_table.c.enterprise_id == enterprise_id)
        return
    found = office_store.find(connection, RegistryEntry, registry_table.c.enterprise_id == enterprise_id)
    if not found:
        return
    old: dict[str, Any] = {}
    for key, name in (("registry.legal_form", "legal_form"), ("registry.active_from", "active_from")):
        if key in mine:
            value = _from_json(mine[key]["old_value"])
            old[name] = date.fromisoformat(value) if name == "active_from" and value else value
    office_store.change(connection, RegistryEntry, found[0].id, device_id, **old)


def _from_json(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def list_batches(store: Store) -> list[dict[str, Any]]:
    with store.reading() as connection:
        return db.batches(connection)


def write_rejects(preview: ImportPreview, path: Path) -> Path:
    """A workbook of the rejected rows, each with its sheet, row and reason and its cells as read,
    to correct and import again."""
    import io

    import openpyxl

    from sxsh_desktop.atomic import write_atomically

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Rejected"
    sheet.append(["Sheet", "Row", "Reason"])
    for row in preview.rows:
        if row.status == RowStatus.REJECTED:
            sheet.append([row.sheet, row.row, row.reason, *row.texts])
    buffer = io.BytesIO()
    book.save(buffer)
    return write_atomically(path, buffer.getvalue())


def enterprise_provenance(store: Store, enterprise_id: str) -> list[dict[str, Any]]:
    """Where each imported value of an enterprise came from (file, hash, sheet, row)."""
    with store.reading() as connection:
        return db.provenance_of(connection, enterprise_id)


def iter_statuses() -> Iterable[str]:
    return (RowStatus.NEW, RowStatus.UPDATED, RowStatus.UNCHANGED, RowStatus.REJECTED)
