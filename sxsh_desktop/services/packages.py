"""Encrypted packages between consultants and the office, reference packages, keys and conflicts.

Thin use cases over the public functions of ``sxsh_desktop.sync`` (which does the cryptography and
the merge): ``sxsh export | import | keys | conflicts | reference …-package`` and the window's
Packages menu, export page and keys and conflicts dialogs call these, so that both ask the same
questions in the same order and report what changed the same way. ``sync`` is imported when a
function is first called: the window shows before the storage layer is loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sxsh_desktop.atomic import write_atomically
from sxsh_desktop.domain.model import DOCUMENT_COLLECTIONS, AssessmentDocument
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services.changes import NO_CHANGES, Changes, Outcome
from sxsh_desktop.services.checks import RecordsToFix, enterprises_breaking_rules, records_breaking_rules

if TYPE_CHECKING:
    from pyrage import x25519

    from sxsh_desktop.store.repository import Store
    from sxsh_desktop.sync.conflicts import Conflict
    from sxsh_desktop.sync.export import ExportChoice, ExportRecord, ExportResult
    from sxsh_desktop.sync.importer import ImportPreview, PendingImport
    from sxsh_desktop.sync.keys import KeyPair, PassphrasePrompt, PublicKey, TrustedKey
    from sxsh_desktop.sync.reference_install import PendingReferenceImport, ReferencePreview
    from sxsh_desktop.sync.reference_package import ReferenceExportResult

Keep = Literal["office", "incoming"]


# --- exporting ---------------------------------------------------------------------------------


def export_choices(store: Store) -> list[ExportChoice]:
    """The assessments that can be sent, with what was last sent of each."""
    from sxsh_desktop.sync import export

    return export.export_choices(store)


def export_history(store: Store, assessment_id: str | None = None) -> list[ExportRecord]:
    from sxsh_desktop.sync import export

    return export.export_history(store, assessment_id)


def changed_since_export(document: AssessmentDocument, history: Sequence[ExportRecord]) -> bool:
    """Whether a record of the assessment changed after it was last sent (``history`` newest first)."""
    if not history:
        return False
    last = history[0].created_at
    records = [document.enterprise, document.assessment]
    records += [record for collection, _ in DOCUMENT_COLLECTIONS for record in getattr(document, collection)]
    return any(record.updated_at > last for record in records)


def centre_recipient(store: Store) -> PublicKey:
    """The Centre's key packages are encrypted to; KeyProblem when none is installed yet."""
    from sxsh_desktop.sync import keys

    return keys.centre_recipient_key(store)


def device_key(store: Store, name: str | None = None, *, ask: PassphrasePrompt | None = None) -> PublicKey:
    """This computer's public key, made on first use and named ``name`` (else user@computer); ``ask``
    gives a new passphrase where there is no keychain to keep its signing key in."""
    from sxsh_desktop.sync import keys

    return keys.device_public(store, (name or "").strip() or None, ask=ask)


def unlock_device_key(
    store: Store, name: str | None = None, *, ask: PassphrasePrompt | None = None
) -> KeyPair:
    """This computer's key pair with its signing key unlocked (from the keychain, or with the
    passphrase ``ask`` gives): asked before an export, never inside one."""
    from sxsh_desktop.sync import keys

    return keys.device_keys(store, (name or "").strip() or None, ask=ask)


def export_packages(
    store: Store,
    path: Path,
    assessment_ids: Sequence[str] | None = None,
    key_name: str | None = None,
    *,
    signer: KeyPair | None = None,
) -> Outcome[ExportResult]:
    """Write one encrypted package of ``assessment_ids`` (default: all changed since the last export).

    A stored value that breaks a field rule is not sent: ``RecordsToFix`` names every such value of
    the chosen assessments and says where to fix it; nothing is written.
    """
    from sxsh_desktop.sync import export

    centre_recipient(store)  # before anything else: without it nothing can be sent
    if signer is None:
        device_key(store, key_name)
    try:
        chosen = list(assessment_ids) if assessment_ids else None
        result = export.export_package(store, Path(path), chosen, signer=signer)
    except ValidationError:
        breaks = records_breaking_rules(store, assessment_ids)
        if not breaks:
            raise
        raise RecordsToFix(breaks) from None
    return Outcome(result, Changes.of(history=True))


# --- importing ---------------------------------------------------------------------------------


def has_centre_key(store: Store) -> bool:
    """Whether this installation is the office (it holds the Centre's key pair)."""
    from sxsh_desktop.sync import keys

    return keys.centre_public(store) is not None


def centre_identities(store: Store, passphrase: str) -> list[x25519.Identity]:
    """The Centre's secret key, unlocked with its passphrase (slow on purpose)."""
    from sxsh_desktop.sync import keys

    return [keys.unlock_centre(store, passphrase).identity]


def file_identities(path: Path, ask_passphrase: Callable[[], str]) -> list[x25519.Identity]:
    """The identities of an age identity file (``ask_passphrase`` when it is encrypted)."""
    from sxsh_desktop.sync import keys

    return keys.read_identity_file(Path(path), ask_passphrase)


def read_package(
    store: Store, path: Path, identities: list[x25519.Identity], *, approve_new_key: bool = False
) -> PendingImport:
    """Open and check a package and work out what importing it would change; nothing is written."""
    from sxsh_desktop.sync import importer

    return importer.read_package(store, Path(path), identities, approve_new_key=approve_new_key)


def apply_import(store: Store, pending: PendingImport) -> Outcome[ImportPreview]:
    """Write what ``read_package`` previewed, in one transaction."""
    from sxsh_desktop.sync import importer

    preview = importer.apply_import(store, pending)
    return Outcome(preview, _import_changes(preview))


def import_package(
    store: Store,
    path: Path,
    identities: list[x25519.Identity],
    *,
    dry_run: bool = False,
    approve_new_key: bool = False,
) -> Outcome[ImportPreview]:
    """``read_package`` then (unless ``dry_run``) ``apply_import``."""
    from sxsh_desktop.sync import importer

    preview = importer.import_package(
        store, Path(path), identities, dry_run=dry_run, approve_new_key=approve_new_key
    )
    return Outcome(preview, _import_changes(preview) if preview.applied else NO_CHANGES)


def _import_changes(preview: ImportPreview) -> Changes:
    from sxsh_desktop.sync.merge import ChangeKind

    changed = [change for change in preview.changes if change.kind is not ChangeKind.UNCHANGED]
    return Changes.of(
        {change.entity for change in changed},
        [change.record_id for change in changed],
        [change.assessment_id for change in changed],
        history=True,
        keys=preview.sender_is_new,
    )


# --- conflicts ---------------------------------------------------------------------------------


def open_conflicts(store: Store) -> list[Conflict]:
    """Records changed both here and by a consultant since the last import, not yet resolved."""
    from sxsh_desktop.sync import conflicts

    return conflicts.conflicts(store)


def resolve_conflict(store: Store, conflict_id: str, keep: Keep) -> Outcome[Conflict]:
    """Keep the office's or the incoming version of a conflicting record."""
    from sxsh_desktop.sync import conflicts

    resolved = conflicts.resolve_conflict(store, conflict_id, keep)
    return Outcome(
        resolved,
        Changes.of([resolved.entity], [resolved.record_id], [resolved.assessment_id], history=True),
    )


# --- keys --------------------------------------------------------------------------------------


def centre_key(store: Store) -> PublicKey | None:
    """The Centre's own public key, when this installation is the office."""
    from sxsh_desktop.sync import keys

    return keys.centre_public(store)


def trusted_keys(store: Store) -> list[TrustedKey]:
    from sxsh_desktop.sync import keys

    return keys.trusted_keys(store)


def check_new_passphrase(passphrase: str) -> None:
    """KeyProblem when ``passphrase`` is too short for the Centre's key."""
    from sxsh_desktop.sync import keys

    keys.check_new_passphrase(passphrase)


def check_centre_name(name: str) -> None:
    """KeyProblem for a name the Centre's key cannot have (asked before its passphrase)."""
    from sxsh_desktop.sync import keys

    keys.check_centre_name(name)


def create_centre_key(store: Store, name: str, passphrase: str) -> Outcome[PublicKey]:
    """Make the Centre's key pair (once per installation), its secret locked with ``passphrase``."""
    from sxsh_desktop.sync import keys

    return Outcome(keys.create_centre(store, name, passphrase), Changes.of(keys=True))


def read_public_key(path: Path) -> PublicKey:
    from sxsh_desktop.sync import keys

    return keys.PublicKey.read_file(Path(path))


def trust_key(store: Store, public: PublicKey) -> Outcome[TrustedKey]:
    """Install the Centre's public key, or register a consultant's (compare the fingerprint first)."""
    from sxsh_desktop.sync import keys

    return Outcome(keys.trust(store, public), Changes.of(keys=True))


def revoke_key(store: Store, key: str) -> Outcome[TrustedKey]:
    """Refuse packages signed with a key from now on; ``key`` is its id, fingerprint or name."""
    from sxsh_desktop.sync import keys

    found = keys.find_key(store, key)
    return Outcome(keys.revoke(store, found.public.key_id), Changes.of(keys=True))


def share_assessment(store: Store, assessment_id: str, consultant: str) -> Outcome[TrustedKey]:
    """Let another consultant (``consultant``: key id, fingerprint or name) change an assessment from
    the version the office holds now; their packages' changes to it are then merged, not held."""
    from sxsh_desktop.sync import keys, owners

    found = keys.find_key(store, consultant)
    owners.share_assessment(store, assessment_id, found)
    return Outcome(found, Changes.of(assessment_ids=[assessment_id], keys=True))


def find_key(store: Store, key: str) -> TrustedKey:
    from sxsh_desktop.sync import keys

    return keys.find_key(store, key)


def write_public_key(public: PublicKey, path: Path) -> Path:
    """The public key's file, for the other side to install (complete or not at all)."""
    write_atomically(Path(path), public.to_file_bytes())
    return Path(path)


def write_centre_identity(store: Store, path: Path) -> Path:
    """The Centre's secret key, encrypted with its passphrase (for ``age -d -i FILE``)."""
    from sxsh_desktop.sync import keys

    write_atomically(Path(path), keys.centre_identity_file(store))
    return Path(path)


# --- reference packages ------------------------------------------------------------------------


def export_reference_package(
    store: Store,
    path: Path,
    passphrase: str,
    *,
    kinds: Sequence[str] | None = None,
    enterprises: Sequence[str] | Literal["all"] | None = None,
    recipients: Sequence[PublicKey] | None = None,
) -> Outcome[ReferenceExportResult]:
    """The Centre's signed package of reference data (and enterprises, readable by ``recipients``)."""
    from sxsh_desktop.sync import reference_package as refpack
    from sxsh_desktop.sync.errors import SyncError

    centre = unlock_centre(store, passphrase)
    try:
        result = refpack.export_reference_package(
            store, Path(path), centre, kinds=kinds, enterprises=enterprises, recipients=recipients
        )
    except SyncError as problem:
        if getattr(problem, "reason", None) != "enterprise_invalid":
            raise
        chosen = None if enterprises == refpack.ALL or enterprises is None else list(enterprises)
        breaks = enterprises_breaking_rules(store, chosen)
        if not breaks:
            raise
        raise RecordsToFix(breaks) from None
    return Outcome(result, Changes.of(history=True))


def unlock_centre(store: Store, passphrase: str) -> KeyPair:
    from sxsh_desktop.sync import keys

    return keys.unlock_centre(store, passphrase)


def read_reference_package(store: Store, path: Path) -> PendingReferenceImport:
    """Open and check a reference package and work out what installing it changes; nothing written."""
    from sxsh_desktop.sync import reference_install

    return reference_install.read_reference_package(store, Path(path))


def apply_reference_package(store: Store, pending: PendingReferenceImport) -> Outcome[ReferencePreview]:
    from sxsh_desktop.sync import reference_install

    preview = reference_install.apply_reference_package(store, pending)
    return Outcome(preview, _reference_changes(preview))


def install_reference_package(
    store: Store, path: Path, *, dry_run: bool = False
) -> Outcome[ReferencePreview]:
    """Install the Centre's reference package (``dry_run``: only say what would change)."""
    from sxsh_desktop.sync import reference_install

    preview = reference_install.import_reference_package(store, Path(path), dry_run=dry_run)
    return Outcome(preview, _reference_changes(preview) if preview.applied else NO_CHANGES)


def _reference_changes(preview: ReferencePreview) -> Changes:
    return Changes.of(["enterprise"] if preview.enterprises else [], reference=True, history=True)
