"""Roll-ups from a province office to the ministry, and the ministry's side: the use cases.

``sxsh rollup …`` and the window's roll-up views call these. A province office builds its roll-up
for a year (``build_rollup``), sends it (``export_rollup``, signed with the Centre's key, encrypted to
the ministry's), and imports the ministry's decision (``import_reply``). The ministry (the same
application in ministry mode) registers each province's key (``register_province_key``), imports
roll-ups (``read_rollup`` / ``apply_rollup``), accepts or returns them (``decide``) and adds the
figures up (``national_figures``, ``overview``). ``sync`` is imported when a function is first called.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sxsh_desktop.services.changes import Changes, Outcome

if TYPE_CHECKING:
    from pyrage import x25519

    from sxsh_desktop.domain.provinces import Province
    from sxsh_desktop.store.repository import Store
    from sxsh_desktop.sync.office_merge import OfficeMergePreview, PendingOfficeMerge
    from sxsh_desktop.sync.rollup import (
        NationalFigure,
        OverviewRow,
        PendingRollup,
        ReplyPreview,
        RollupKey,
        RollupPreview,
        SentPackage,
        SentRollup,
        Status,
        Submission,
    )
    from sxsh_desktop.sync.rollup_document import RollupDocument

MODE_SETTING = "office.mode"
MODE_MINISTRY = "ministry"
MODE_PROVINCE = "province"
ROLLUP_CHANGES = Changes(history=True)
KEY_CHANGES = Changes(keys=True)


# --- settings -----------------------------------------------------------------------------------


def mode(store: Store) -> str:
    """``ministry`` for the ministry's installation, ``province`` for a province office (default)."""
    return store.database.get_meta(MODE_SETTING) or MODE_PROVINCE


def set_mode(store: Store, value: str) -> Outcome[str]:
    from sxsh_desktop.sync.errors import SyncError

    if value not in (MODE_MINISTRY, MODE_PROVINCE):
        raise SyncError(f"Unknown mode {value!r}: ministry or province.", field="mode", reason="unknown_mode")
    store.database.set_meta(MODE_SETTING, value)
    return Outcome(value, Changes(history=True))


def find_province(code: str, vintage: str = "2025") -> Province:
    from sxsh_desktop.sync import rollup

    return rollup.find_province(code, vintage)


def office_province(store: Store) -> Province | None:
    from sxsh_desktop.sync import rollup

    return rollup.office_province(store)


def set_office_province(store: Store, code: str, vintage: str = "2025") -> Outcome[Province]:
    """The province this office reports for (its 2025 code, or a former one's for a merged-away office)."""
    from sxsh_desktop.sync import rollup

    province = rollup.find_province(code, vintage)
    rollup.set_office_province(store, province)
    return Outcome(province, Changes(history=True))


# --- keys -----------------------------------------------------------------------------------------


def register_province_key(
    store: Store, key_file: Path, code: str, vintage: str = "2025"
) -> Outcome[RollupKey]:
    """At the ministry: accept roll-ups of province ``code`` signed with the key in ``key_file``."""
    from sxsh_desktop.sync import rollup
    from sxsh_desktop.sync.keys import PublicKey

    province = rollup.find_province(code, vintage)
    key = PublicKey.read_file(Path(key_file))
    return Outcome(rollup.register_province_key(store, key, province), KEY_CHANGES)


def install_ministry_key(store: Store, key_file: Path) -> Outcome[RollupKey]:
    """At a province: the ministry's public key (roll-ups are encrypted to it, replies checked with it)."""
    from sxsh_desktop.sync import rollup
    from sxsh_desktop.sync.keys import PublicKey

    return Outcome(rollup.install_ministry_key(store, PublicKey.read_file(Path(key_file))), KEY_CHANGES)


def rollup_keys(store: Store) -> list[RollupKey]:
    from sxsh_desktop.sync import rollup

    return rollup.rollup_keys(store)


# --- the province ------------------------------------------------------------------------------------


def default_period(year: int) -> tuple[date, date]:
    """The government convention: 15 December of the year before to 14 December."""
    return date(year - 1, 12, 15), date(year, 12, 14)


def build_rollup(store: Store, year: int, province: Province | None = None) -> RollupDocument:
    """This office's roll-up for ``year``: the indicators over the registry at the period's end, the
    totals of the assessments made in the period, and their enterprise table.

    Definition version 1 of I1–I3: the registry's enterprises (the denominator, source "registry")
    whose CP-informed, -aware or -applying date is on or before the period's end (the numerator);
    coverage is the share of them with a sector code, by which the figures are also broken down
    (VSIC section letter or 2-digit division as recorded)."""
    from sxsh_desktop.calc.assessment import compute_assessment
    from sxsh_desktop.sync import rollup
    from sxsh_desktop.sync.errors import SyncError
    from sxsh_desktop.sync.rollup_document import IndicatorFigure, RollupDocument

    chosen = province or rollup.office_province(store)
    if chosen is None:
        raise SyncError(
            "This office's province is not set: set it first ('sxsh rollup set-province CODE').",
            reason="no_province",
        )
    start, end = default_period(year)
    enterprises = store.enterprises()
    figures: list[IndicatorFigure] = []
    with_sector = [e for e in enterprises if e.sector_code.strip()]
    coverage = len(with_sector) / len(enterprises) if enterprises else 0.0
    for code, field in (("I1", "cp_informed_on"), ("I2", "cp_aware_on"), ("I3", "cp_applying_on")):
        reached = {e.id for e in enterprises if (d := getattr(e, field)) is not None and d <= end}
        figures.append(
            IndicatorFigure(code, 1, "registry", len(reached), len(enterprises), "registry", coverage)
        )
        by_sector: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for enterprise in with_sector:
            sector = _sector_group(enterprise.sector_code)
            by_sector[sector][1] += 1
            by_sector[sector][0] += enterprise.id in reached
        for sector, (numerator, denominator) in sorted(by_sector.items()):
            figures.append(
                IndicatorFigure(
                    code, 1, "registry", numerator, denominator, "registry", 1.0, f"sector:{sector}"
                )
            )
    reference = store.reference()
    by_id = {e.id: e for e in enterprises}
    expected: dict[str, float] = defaultdict(float)
    achieved: dict[str, float] = defaultdict(float)
    rows: dict[str, dict[str, Any]] = {}
    for assessment in store.assessments():
        when = assessment.end_date or assessment.start_date
        if when is None or not start <= when <= end:
            continue
        document = store.load_document(assessment.id)
        computed = compute_assessment(document, reference)
        totals = computed.counted
        expected["assessments"] += 1
        expected["investment_vnd"] += totals.investment
        expected["savings_vnd_per_year"] += totals.yearly_savings_vnd
        expected["energy_toe_per_year"] += totals.toe_saved
        expected["electricity_kwh_per_year"] += totals.electricity_kwh_saved
        expected["water_m3_per_year"] += totals.water_m3_saved
        expected["materials_t_per_year"] += totals.material_t_saved
        expected["co2_t_per_year"] += totals.co2_fossil_t
        done = [s for s in document.solutions if s.implementation_status == "done"]
        achieved["savings_vnd_per_year"] += sum(s.actual_savings or 0.0 for s in done)
        owner = by_id.get(assessment.enterprise_id)
        if owner is None:
            continue
        row = rows.setdefault(
            owner.id,
            {
                "name": owner.name[:300],
                "tax_code": owner.tax_code[:20],
                "commune": owner.commune[:120],
                "commune_recorded": owner.commune[:120],
                "sector_code": owner.sector_code[:10],
                "legal_form": owner.ownership[:40],
                "assessment_type": "rapid",
                "options_found": 0,
                "options_implemented": 0,
                "investment_vnd": 0.0,
                "savings_vnd_per_year": 0.0,
                "energy_toe_per_year": 0.0,
                "water_m3_per_year": 0.0,
                "materials_t_per_year": 0.0,
                "co2_t_per_year": 0.0,
            },
        )
        row["options_found"] += len(document.solutions)
        row["options_implemented"] += len(done)
        row["investment_vnd"] += totals.investment
        row["savings_vnd_per_year"] += totals.yearly_savings_vnd
        row["energy_toe_per_year"] += totals.toe_saved
        row["water_m3_per_year"] += totals.water_m3_saved
        row["materials_t_per_year"] += totals.material_t_saved
        row["co2_t_per_year"] += totals.co2_fossil_t
    expected["enterprises_assessed"] = len(rows)
    clean = {k: max(0.0, v) for k, v in expected.items()}
    return RollupDocument(
        chosen.code,
        chosen.vintage,
        year,
        start,
        end,
        tuple(figures),
        {"expected": clean, "achieved": {k: max(0.0, v) for k, v in achieved.items()}},
        tuple(_non_negative(row) for row in sorted(rows.values(), key=lambda r: r["name"])),
    )


def _sector_group(code: str) -> str:
    text = code.strip().upper()
    return text[:1] if text[:1].isalpha() else text[:2]


def _non_negative(row: dict[str, Any]) -> dict[str, Any]:
    # A solution that costs more than it saves makes a negative figure; the roll-up carries what was
    # saved, never less than nothing.
    return {k: max(0.0, v) if isinstance(v, float) else v for k, v in row.items()}


def export_rollup(store: Store, year: int, path: Path, passphrase: str) -> Outcome[SentPackage]:
    """Build this office's roll-up for ``year`` and write it for the ministry, signed with the Centre key."""
    from sxsh_desktop.sync import keys, rollup

    rollup.ministry_key(store)  # before the passphrase's slow unlocking
    document = build_rollup(store, year)
    signer = keys.unlock_centre(store, passphrase)
    return Outcome(rollup.export_rollup(store, Path(path), document, signer), ROLLUP_CHANGES)


def import_reply(
    store: Store, path: Path, passphrase: str, *, dry_run: bool = False
) -> Outcome[ReplyPreview]:
    from sxsh_desktop.sync import keys, rollup

    identities = [keys.unlock_centre(store, passphrase).identity]
    preview = rollup.import_reply(store, Path(path), identities, dry_run=dry_run)
    return Outcome(preview, ROLLUP_CHANGES if preview.applied else Changes())


def sent_rollups(store: Store) -> list[SentRollup]:
    from sxsh_desktop.sync import rollup

    return rollup.sent_rollups(store)


# --- the ministry ------------------------------------------------------------------------------------


def ministry_identities(store: Store, passphrase: str) -> list[x25519.Identity]:
    from sxsh_desktop.sync import keys

    return [keys.unlock_centre(store, passphrase).identity]


def read_rollup(store: Store, path: Path, identities: list[x25519.Identity]) -> PendingRollup:
    """Open and check a roll-up and say what importing it does; nothing is written."""
    from sxsh_desktop.sync import rollup

    return rollup.read_rollup(store, Path(path), identities)


def apply_rollup(store: Store, pending: PendingRollup) -> Outcome[RollupPreview]:
    from sxsh_desktop.sync import rollup

    return Outcome(rollup.apply_rollup(store, pending), ROLLUP_CHANGES)


def import_rollup(
    store: Store, path: Path, identities: list[x25519.Identity], *, dry_run: bool = False
) -> Outcome[RollupPreview]:
    pending = read_rollup(store, path, identities)
    if dry_run:
        return Outcome(pending.preview)
    return apply_rollup(store, pending)


def submissions(store: Store, year: int | None = None) -> list[Submission]:
    from sxsh_desktop.sync import rollup

    return rollup.submissions(store, year)


def decide(
    store: Store,
    submission: str,
    status: str,
    comment: str,
    path: Path,
    passphrase: Callable[[], str],
    decided_by: str | None = None,
) -> Outcome[tuple[Submission, SentPackage]]:
    """Accept (``accepted``) or return (``returned``, with comments) a roll-up and write the signed
    reply for the province; ``passphrase`` is asked only once everything else is checked."""
    from sxsh_desktop.sync import keys, rollup
    from sxsh_desktop.sync.errors import SyncError
    from sxsh_desktop.sync.rollup_document import ReplyStatus

    try:
        chosen = ReplyStatus(status)
    except ValueError:
        raise SyncError(f"Unknown decision {status!r}.", reason="bad_choice") from None
    if chosen is ReplyStatus.RETURNED and not comment.strip():
        raise SyncError(
            "A returned roll-up needs comments saying what to correct.", field="comment", reason="no_comment"
        )
    rollup.find_submission(store, submission)  # before the passphrase's slow unlocking
    signer = keys.unlock_centre(store, passphrase())
    who = decided_by if decided_by is not None else keys.default_key_name()
    return Outcome(rollup.decide(store, submission, chosen, comment, Path(path), signer, who), ROLLUP_CHANGES)


def national_figures(store: Store, year: int, *, accepted_only: bool = False) -> list[NationalFigure]:
    from sxsh_desktop.sync import rollup

    statuses: tuple[Status, ...] = (rollup.Status.ACCEPTED,) if accepted_only else rollup.COUNTED
    return rollup.national_figures(store, year, statuses=statuses)


def overview(store: Store, year: int) -> list[OverviewRow]:
    from sxsh_desktop.sync import rollup

    return rollup.overview(store, year)


# --- merging the office of a merged-away province ------------------------------------------------------


def register_office_key(
    store: Store, key_file: Path, code: str, vintage: str = "former"
) -> Outcome[RollupKey]:
    """Accept the full export of the office of province ``code`` signed with the key in ``key_file``."""
    from sxsh_desktop.sync import office_merge, rollup
    from sxsh_desktop.sync.keys import PublicKey

    province = rollup.find_province(code, vintage)
    key = PublicKey.read_file(Path(key_file))
    return Outcome(office_merge.register_office_key(store, key, province), KEY_CHANGES)


def export_office(store: Store, path: Path, to_key_file: Path, passphrase: str) -> Outcome[SentPackage]:
    """This office's enterprises and assessments, for the office (key file) it merges into."""
    from sxsh_desktop.sync import keys, office_merge, rollup
    from sxsh_desktop.sync.errors import SyncError
    from sxsh_desktop.sync.keys import PublicKey

    recipient = PublicKey.read_file(Path(to_key_file))
    province = rollup.office_province(store)
    if province is None:
        raise SyncError(
            "This office's province is not set: set it first ('sxsh rollup set-province CODE --former').",
            reason="no_province",
        )
    signer = keys.unlock_centre(store, passphrase)
    return Outcome(office_merge.export_office(store, Path(path), signer, recipient, province), ROLLUP_CHANGES)


def read_office_export(store: Store, path: Path, passphrase: str) -> PendingOfficeMerge:
    from sxsh_desktop.sync import keys, office_merge

    identities = [keys.unlock_centre(store, passphrase).identity]
    return office_merge.read_office_export(store, Path(path), identities)


def apply_office_merge(store: Store, pending: PendingOfficeMerge) -> Outcome[OfficeMergePreview]:
    from sxsh_desktop.sync import office_merge

    preview = office_merge.apply_office_merge(store, pending)
    return Outcome(preview, Changes.of(("enterprise", "assessment"), history=True))


def import_office_export(
    store: Store, path: Path, passphrase: str, *, dry_run: bool = False
) -> Outcome[OfficeMergePreview]:
    pending = read_office_export(store, path, passphrase)
    return Outcome(pending.preview) if dry_run else apply_office_merge(store, pending)
