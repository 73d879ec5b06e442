"""Roll-ups from a province office to the ministry, and the ministry's side: the use cases.

``sxsh rollup …`` and the window's roll-up views call these. A province office builds its roll-up
for a year (``build_rollup``), sends it (``export_rollup``, signed with the Centre's key, encrypted to
the ministry's), and imports the ministry's decision (``import_reply``). The ministry (the same
application in ministry mode) registers each province's key (``register_province_key``), imports
roll-ups (``read_rollup`` / ``apply_rollup``), accepts or returns them (``decide``) and adds the
figures up (``national_figures``, ``overview``). ``sync`` is imported when a function is first called.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

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


def build_rollup(store: Store, year: int, province: Province | None = None) -> RollupDocument:
    """This office's roll-up for ``year`` (the plan year, 15/12 of the year before to 14/12): every
    rate indicator as ``compute_indicators`` gives it (numerator, denominator, coverage, definition
    version, target), over the registry and over the official count where one was entered, each also
    by VSIC section; the totals (expected and achieved kept apart); the yearly report's enterprise
    table."""
    from sxsh_desktop.domain.office import Period
    from sxsh_desktop.services.indicators import compute_indicators
    from sxsh_desktop.services.report_content import enterprise_table
    from sxsh_desktop.sync import rollup
    from sxsh_desktop.sync.errors import SyncError
    from sxsh_desktop.sync.rollup_document import (
        ENTERPRISE_AMOUNTS,
        ENTERPRISE_COUNTS,
        ENTERPRISE_TEXTS,
        IndicatorFigure,
        RollupDocument,
        known_indicators,
    )

    chosen = province or rollup.office_province(store)
    if chosen is None:
        raise SyncError(
            "This office's province is not set: set it first ('sxsh rollup set-province CODE').",
            reason="no_province",
        )
    period = Period.plan_year(year)
    table = compute_indicators(store, period, by="sector")
    known = known_indicators()
    figures: list[IndicatorFigure] = []
    expected: dict[str, float] = {}
    achieved: dict[str, float] = {}
    for result in table.results:
        if result.code in TOTALS:
            kind, key = TOTALS[result.code]
            (expected if kind == "expected" else achieved)[key] = max(0.0, result.numerator)
            continue
        if result.code not in known or result.denominator is None:
            continue
        version = int(result.definition_version)
        coverage = result.coverage if result.coverage is not None else 1.0
        target = result.target if result.target is not None and 0 <= result.target <= 100 else None
        figures.append(
            IndicatorFigure(
                result.code,
                version,
                "registry",
                result.numerator,
                result.denominator,
                "registry",
                coverage,
                "",
                target,
            )
        )
        for group in result.groups:
            part = group.figure
            if part.denominator is None:
                continue
            figures.append(
                IndicatorFigure(
                    result.code,
                    version,
                    "registry",
                    part.numerator,
                    part.denominator,
                    "registry",
                    part.coverage if part.coverage is not None else 1.0,
                    f"sector:{group.key}",
                )
            )
        if result.official_denominator is not None and result.official_denominator >= result.numerator:
            figures.append(
                IndicatorFigure(
                    result.code,
                    version,
                    "official",
                    result.numerator,
                    result.official_denominator,
                    result.official_source or "official count",
                    coverage,
                    "",
                    target,
                )
            )
    rows = []
    for row in enterprise_table(store, period):
        rows.append(
            {
                **{key: str(row.get(key) or "")[:limit] for key, limit in ENTERPRISE_TEXTS.items()},
                **{key: int(row.get(key) or 0) for key in ENTERPRISE_COUNTS},
                **{
                    key: (None if row.get(key) is None else max(0.0, float(row[key])))
                    for key in ENTERPRISE_AMOUNTS
                },
            }
        )
    return RollupDocument(
        chosen.code,
        chosen.vintage,
        year,
        period.start,
        period.end,
        tuple(figures),
        {"expected": expected, "achieved": achieved},
        tuple(rows),
    )


# Totals and counts of the indicator definitions -> (expected or achieved, the roll-up's key).
TOTALS: dict[str, tuple[str, str]] = {
    "O-assess": ("expected", "assessments"),
    "O-fac": ("expected", "enterprises_assessed"),
    "E1-investment-ante": ("expected", "investment_vnd"),
    "E1-investment-done": ("achieved", "investment_vnd"),
    "E1-savings_vnd-ante": ("expected", "savings_vnd_per_year"),
    "E1-savings_vnd-done": ("achieved", "savings_vnd_per_year"),
    "E1-toe-ante": ("expected", "energy_toe_per_year"),
    "E1-toe-done": ("achieved", "energy_toe_per_year"),
    "E1-kwh-ante": ("expected", "electricity_kwh_per_year"),
    "E1-kwh-done": ("achieved", "electricity_kwh_per_year"),
    "E1-water_m3-ante": ("expected", "water_m3_per_year"),
    "E1-water_m3-done": ("achieved", "water_m3_per_year"),
    "E1-material_t-ante": ("expected", "materials_t_per_year"),
    "E1-material_t-done": ("achieved", "materials_t_per_year"),
    "E1-co2_fossil_t-ante": ("expected", "co2_t_per_year"),
    "E1-co2_fossil_t-done": ("achieved", "co2_t_per_year"),
}


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
    """Open and check another office's full export and say what merging it does: records new, in
    conflict, duplicates by tax code, provinces re-coded, communes resolved to today's units."""
    from sxsh_desktop.services.registry_import import admin_history
    from sxsh_desktop.sync import keys, office_merge

    identities = [keys.unlock_centre(store, passphrase).identity]
    return office_merge.read_office_export(store, Path(path), identities, admin_history(store))


def apply_office_merge(store: Store, pending: PendingOfficeMerge) -> Outcome[OfficeMergePreview]:
    from sxsh_desktop.sync import office_merge

    preview = office_merge.apply_office_merge(store, pending)
    return Outcome(preview, Changes.of(("enterprise", "assessment"), history=True))


def import_office_export(
    store: Store, path: Path, passphrase: str, *, dry_run: bool = False
) -> Outcome[OfficeMergePreview]:
    pending = read_office_export(store, path, passphrase)
    return Outcome(pending.preview) if dry_run else apply_office_merge(store, pending)
