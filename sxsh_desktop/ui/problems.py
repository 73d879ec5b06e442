"""Known problems as translated sentences for the user (never a traceback).

Problems are recognised by their stable ``code``; the database ones name the file. A problem
whose code is not listed here is shown with its own (English) message.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sxsh_desktop.errors import KnownProblem


def problem_title() -> str:
    return QCoreApplication.translate("Problems", "SXSH Desktop")


_open_database: Path | None = None


def set_open_database(path: Path | str | None) -> None:
    """The database the window works on: the file a database problem concerns unless told."""
    global _open_database
    _open_database = path


def _templates() -> dict[str, str]:
    not_readable = QCoreApplication.translate(
        "Problems", "{path} cannot be read: the file is gone, or you have no permission to open it."
    )
    return {
        "database_in_use": QCoreApplication.translate(
            "Problems",
            "The database {path} is already open in another SXSH Desktop window (process {pid} on "
            "{host}). Switch to that window, or close it and try again.",
        ),
        "database_newer": QCoreApplication.translate(
            "Problems",
            "The database {path} was written by a newer version of SXSH Desktop. Update the "
            "application to open it; the file has not been changed.",
        ),
        "database_damaged": QCoreApplication.translate(
            "Problems",
            "The file {path} is not a readable SXSH database (it is damaged or another kind of "
            "file). It has not been changed; restore a backup or choose another file.",
        ),
        "database_read_only": QCoreApplication.translate(
            "Problems",
            "The database {path} cannot be written: the file or its folder is read-only, or you "
            "have no permission to change it.",
        ),
        "database_locked": QCoreApplication.translate(
            "Problems", "The database {path} is busy in another program. Close it there and try again."
        ),
        "disk_full": QCoreApplication.translate(
            "Problems",
            "The disk holding {path} is full. The last change was not saved; free some space and "
            "make it again.",
        ),
        "database_disk_full": QCoreApplication.translate(
            "Problems",
            "The disk holding {path} is full: the database cannot be opened for work. Nothing was "
            "lost; free some space and start again.",
        ),
        # An office database shared on PostgreSQL.
        "record_changed": QCoreApplication.translate(
            "Problems",
            "Someone else saved this record after you opened it. Your edit was not saved and theirs "
            "was kept: reload it and make your edit again.",
        ),
        "not_permitted": QCoreApplication.translate(
            "Problems",
            "You may not change this record: it belongs to another member of staff, and only they or "
            "a lead may change it.",
        ),
        "database_unreachable": QCoreApplication.translate(
            "Problems",
            "The database server {path} cannot be reached. Check the address and that the server is "
            "running, then try again.",
        ),
        "database_login": QCoreApplication.translate(
            "Problems", "The database server {path} refused the login: check the user name and password."
        ),
        "database_needs_admin": QCoreApplication.translate(
            "Problems",
            "The database {path} must be created or updated to this version by an administrator "
            "before it can be used.",
        ),
        # Outputs (the report, the workbook): told apart by why the file was not written.
        "output_not_written.disk_full": QCoreApplication.translate(
            "Problems", "The disk is full: {path} was not written. Free some space and try again."
        ),
        "output_not_written.no_permission": QCoreApplication.translate(
            "Problems",
            "{path} cannot be written: the file is open in another program, or the folder is "
            "read-only or not yours. Close the file there or choose another folder, and try again.",
        ),
        "output_not_written.no_folder": QCoreApplication.translate(
            "Problems", "{path} cannot be written: its folder does not exist. Choose another folder."
        ),
        "output_not_written.is_folder": QCoreApplication.translate(
            "Problems", "{path} is a folder. Give the file a name."
        ),
        "report_font_missing": QCoreApplication.translate(
            "Problems",
            "A font the report needs is missing or damaged, so the report was not written. "
            "Reinstall SXSH Desktop.",
        ),
        "pdf_unreadable": QCoreApplication.translate(
            "Problems",
            "{path} is not a readable PDF: it is damaged or incomplete, so it cannot be shown or "
            "printed. Write the report again and retry.",
        ),
        # Encrypted packages (sxsh_desktop/sync/errors.py): {path} is the package or key file.
        # The field rules (``domain/validation.py``) with a reason: the same sentence as the
        # command line's, in the user's language.
        "invalid.email": QCoreApplication.translate(
            "Problems", "E-mail must be an e-mail address like name@example.vn (got {value})"
        ),
        "invalid.phone": QCoreApplication.translate(
            "Problems",
            "Phone must hold a phone number of 8 to 15 digits, with spaces, dots, dashes, brackets "
            "or a short note if wanted, e.g. 0239 3855 123 or +84 912 345 678 (got {value})",
        ),
        "invalid.sector_code": QCoreApplication.translate(
            "Problems", "Sector must be a VSIC code of digits, e.g. 2392 (got {value})"
        ),
        "records_to_fix": QCoreApplication.translate(
            "Problems",
            "{count} stored value(s) break a field rule and cannot be sent: {records}. Fix them "
            "(File ▸ Records to fix) and try again.",
        ),
        "wrong_passphrase": QCoreApplication.translate(
            "Problems",
            "The passphrase of the Centre's key is wrong. Nothing was changed; try again (capital "
            "letters and Vietnamese accents count).",
        ),
        "wrong_key": QCoreApplication.translate(
            "Problems",
            "{path} is not addressed to this Centre's key: it was made for another Centre, or its "
            "beginning is damaged. Nothing was imported.",
        ),
        "package_damaged": QCoreApplication.translate(
            "Problems",
            "{path} is damaged or is not an SXSH package, so it cannot be opened. Nothing was "
            "imported; ask the sender to export it again.",
        ),
        "package_invalid": QCoreApplication.translate(
            "Problems",
            "{path} is signed and intact, but some of its records are not valid. Nothing was "
            "imported; ask the sender to check the assessment and export it again.",
        ),
        "package_newer": QCoreApplication.translate(
            "Problems",
            "The package was made by a newer version of SXSH Desktop. Update the application to "
            "import it. Nothing was imported.",
        ),
        "unknown_sender": QCoreApplication.translate(
            "Problems",
            "The package is signed by a key that is not registered here: {name} (fingerprint "
            "{fingerprint}). Nothing was imported.",
        ),
        "revoked_sender": QCoreApplication.translate(
            "Problems",
            "The package is signed by the key of {name} (fingerprint {fingerprint}), which has been "
            "revoked. Nothing was imported.",
        ),
        "bad_signature": QCoreApplication.translate(
            "Problems",
            "The package's signature does not match its content: it was changed after it was "
            "signed. Nothing was imported.",
        ),
        "already_imported": QCoreApplication.translate(
            "Problems", "This package was already imported on {date}; importing it again changes nothing."
        ),
        "conflict_not_found": QCoreApplication.translate(
            "Problems", "This conflict no longer exists. Nothing was changed."
        ),
        "sync.nothing_chosen": QCoreApplication.translate(
            "Problems", "Choose at least one assessment to export."
        ),
        "sync.nothing_to_export": QCoreApplication.translate(
            "Problems", "There is no assessment to export yet."
        ),
        "sync.nothing_changed": QCoreApplication.translate(
            "Problems", "Nothing has changed since the last export ({date}): there is nothing to send."
        ),
        "sync.busy": QCoreApplication.translate(
            "Problems", "Another export ran at the same time. Try again."
        ),
        "sync.photo_missing": QCoreApplication.translate(
            "Problems",
            "A photo of the assessment has lost its image, so the package was not written. Remove "
            "that photo or add it again, then export again.",
        ),
        "sync.not_written": QCoreApplication.translate(
            "Problems",
            "{path} cannot be written: the disk is full, or the folder is read-only or missing. "
            "Nothing was written; choose another folder.",
        ),
        "sync.not_readable": not_readable,
        "sync.bad_choice": QCoreApplication.translate(
            "Problems", "Choose which version to keep: the office's or the incoming one."
        ),
        "sync.already_resolved": QCoreApplication.translate(
            "Problems", "This conflict was already resolved on {date}."
        ),
        "record_identity.other_kind": QCoreApplication.translate(
            "Problems",
            "The package sends a record with the id {record_id}, which the office holds as another "
            "kind of record; an id belongs to one kind of record for life. Nothing was imported.",
        ),
        "record_identity.other_parent": QCoreApplication.translate(
            "Problems",
            "The package moves the record {record_id} under another parent or assessment; a record "
            "stays under its parent for life. Nothing was imported.",
        ),
        "sync.not_a_consultant": QCoreApplication.translate(
            "Problems",
            "{name}'s key is not the key of a consultant in use; the assessment was not shared.",
        ),
        "sync.not_found": QCoreApplication.translate(
            "Problems", "No assessment with id {assessment_id}. Nothing was changed."
        ),
        "sync.parent_deleted": QCoreApplication.translate(
            "Problems",
            "The incoming version belongs to a record the office deleted. Resolve that record's "
            "conflict first, keeping its incoming version.",
        ),
        "sync.unknown_reference_kind": QCoreApplication.translate(
            "Problems", "{kind} is not a kind of reference data. Nothing was written."
        ),
        "sync.empty_reference_kind": QCoreApplication.translate(
            "Problems", "There are no {kind} in the reference data to send."
        ),
        "sync.no_such_enterprise": QCoreApplication.translate(
            "Problems", "No enterprise with id {id} is in the registry."
        ),
        "sync.no_enterprises": QCoreApplication.translate(
            "Problems", "There is no enterprise in the registry to send."
        ),
        "sync.enterprise_invalid": QCoreApplication.translate(
            "Problems", "The enterprise {name} cannot be sent: {problem}. Correct it and try again."
        ),
        "sync.reference_nothing_chosen": QCoreApplication.translate(
            "Problems", "Nothing to send: choose some reference data or enterprises."
        ),
        "key.not_centre": QCoreApplication.translate(
            "Problems", "Only the Centre signs reference packages, with the Centre key of this installation."
        ),
        "key.no_recipients": QCoreApplication.translate(
            "Problems",
            "No consultant key is registered to encrypt the enterprises to. Register the consultants' "
            "keys first, or send the reference data without enterprises.",
        ),
        "key.no_centre_key": QCoreApplication.translate(
            "Problems",
            "The Centre's public key is not installed here: install it first (Packages ▸ Keys, with the "
            "key file from the Industrial Promotion Centre). Nothing was installed.",
        ),
        "key.not_public_key": QCoreApplication.translate(
            "Problems",
            "{path} is not a valid SXSH public key file (it is damaged or another kind of file). "
            "Nothing was installed.",
        ),
        "key.key_newer": QCoreApplication.translate(
            "Problems",
            "{path} was made by a newer version of SXSH Desktop. Update the application to install it.",
        ),
        "key.not_readable": not_readable,
        "key.not_identity": QCoreApplication.translate(
            "Problems", "{path} is not an age identity file holding the Centre's key."
        ),
        "key.short_passphrase": QCoreApplication.translate(
            "Problems", "The passphrase must have at least {minimum} characters."
        ),
        "key.no_name": QCoreApplication.translate("Problems", "Give the Centre's key a name."),
        "key.centre_exists": QCoreApplication.translate(
            "Problems", "This installation already has a Centre key; it is never replaced."
        ),
        "key.no_centre": QCoreApplication.translate(
            "Problems",
            "This installation has no Centre key. At the office, create it in Packages ▸ Keys; "
            "elsewhere, import with the Centre's identity file.",
        ),
        "key.revoked_again": QCoreApplication.translate(
            "Problems",
            "The key of {name} (fingerprint {fingerprint}) was revoked on {date}; a revoked key is "
            "not trusted again.",
        ),
        "key.not_found": QCoreApplication.translate("Problems", "This key is not registered here."),
        "key.ambiguous": QCoreApplication.translate(
            "Problems", "Several registered keys match; give more of the key id."
        ),
        # This computer's signing key, kept in the keychain or sealed with a passphrase.
        "key.passphrase_needed": QCoreApplication.translate(
            "Problems",
            "This computer's signing key is protected with a passphrase, and none was given. Nothing "
            "was signed.",
        ),
        "key.new_passphrase_needed": QCoreApplication.translate(
            "Problems",
            "This computer has no keychain to keep its signing key in: a passphrase is needed to "
            "protect it. Nothing was made.",
        ),
        "key.wrong_device_passphrase": QCoreApplication.translate(
            "Problems",
            "The passphrase of this computer's signing key is wrong. Nothing was signed; try again "
            "(capital letters and Vietnamese accents count).",
        ),
        "key.not_in_keychain": QCoreApplication.translate(
            "Problems",
            "This computer's keychain does not hold the key that signs packages from this database (it "
            "was copied from another computer or user, or the keychain was reset). Nothing was signed.",
        ),
        "key.damaged_signing_key": QCoreApplication.translate(
            "Problems", "This computer's signing key is damaged. Nothing was signed."
        ),
        "key.passphrases_differ": QCoreApplication.translate(
            "Problems", "The two passphrases differ; nothing was made."
        ),
        "bad_spreadsheet.not_spreadsheet": QCoreApplication.translate(
            "Problems", "{name} is not a spreadsheet (.xlsx, .xls or .csv); nothing was imported."
        ),
        "bad_spreadsheet.encrypted": QCoreApplication.translate(
            "Problems",
            "{name} is protected by a password; open it in Excel, remove the password and save a copy. "
            "Nothing was imported.",
        ),
        "bad_spreadsheet.too_many_rows": QCoreApplication.translate(
            "Problems",
            "{name} has more than 100,000 rows; split it into smaller files. Nothing was imported.",
        ),
        "bad_spreadsheet.zip_bomb": QCoreApplication.translate(
            "Problems",
            "{name} would unpack to far more than it holds, as a zip bomb does; it was not opened. Nothing "
            "was imported.",
        ),
        "bad_spreadsheet.huge_cell": QCoreApplication.translate(
            "Problems",
            "A cell of {name} holds more characters than Excel allows; the file is damaged or not a facility "
            "list. Nothing was imported.",
        ),
        "bad_spreadsheet.damaged": QCoreApplication.translate(
            "Problems", "{name} is damaged and cannot be read. Nothing was imported."
        ),
        "bad_spreadsheet.too_large": QCoreApplication.translate(
            "Problems", "{name} is larger than 64 MiB; a facility list is far smaller. Nothing was imported."
        ),
        "key.centre_not_installed": QCoreApplication.translate(
            "Problems",
            "The Centre's public key is not installed. Install it in Packages ▸ Keys with the key "
            "file from the Industrial Promotion Centre.",
        ),
        "key.no_ministry_key": QCoreApplication.translate(
            "Problems",
            "The ministry's public key is not installed here: install it first with the key file from the "
            "ministry ('sxsh rollup trust-ministry FILE').",
        ),
        "key.no_sender": QCoreApplication.translate(
            "Problems",
            "The province key that sent this roll-up is no longer registered here.",
        ),
        "key.registered_otherwise": QCoreApplication.translate(
            "Problems",
            "This key is already registered for another role or province; revoke it first.",
        ),
        "sync.long_comment": QCoreApplication.translate(
            "Problems",
            "The comments are longer than 10,000 characters.",
        ),
        "sync.no_comment": QCoreApplication.translate(
            "Problems",
            "A returned roll-up needs comments saying what to correct.",
        ),
        "sync.no_office_key": QCoreApplication.translate(
            "Problems",
            "No office key with that id is registered here.",
        ),
        "sync.no_such_submission": QCoreApplication.translate(
            "Problems",
            "No roll-up received matches {id}.",
        ),
        "sync.not_current": QCoreApplication.translate(
            "Problems",
            "A newer roll-up of this province and year was received since: decide on that one.",
        ),
        "sync.unknown_province": QCoreApplication.translate(
            "Problems",
            "No province has the code {code}.",
        ),
        "rollup_refused.unregistered_signer": QCoreApplication.translate(
            "Problems",
            "The package is signed by a key not registered here ({name}, fingerprint {fingerprint}). Nothing"
            " was imported.",
        ),
        "rollup_refused.revoked_signer": QCoreApplication.translate(
            "Problems",
            "The package is signed by the revoked key of {name} (fingerprint {fingerprint}). Nothing was "
            "imported.",
        ),
        "rollup_refused.replayed": QCoreApplication.translate(
            "Problems",
            "The package is number {sequence} from its sender, but number {last} was already received: an "
            "older or replayed package is refused. Nothing was imported.",
        ),
        "rollup_refused.foreign_province": QCoreApplication.translate(
            "Problems",
            "The package is for {province}, but its sender's key is registered for {registered}: an office "
            "sends only its own province's. Nothing was imported.",
        ),
        "rollup_refused.unknown_submission": QCoreApplication.translate(
            "Problems",
            "The ministry's reply decides on a roll-up that was not sent from here. Nothing was imported.",
        ),
    }


def known_problems() -> set[str]:
    """The codes (``code`` or ``code.reason``) that have a translated message."""
    return set(_templates())


def problem_text(problem: KnownProblem, path: Path | str | None = None) -> str:
    """What the user reads about ``problem``; ``path`` is the file it concerns (the database
    unless told)."""
    values = {
        "path": str(getattr(problem, "path", None) or path or _open_database or ""),
        "pid": str(getattr(problem, "pid", "")),
        "host": str(getattr(problem, "host", "")),
        **getattr(problem, "params", {}),
    }
    reason = getattr(problem, "reason", None)
    template = _templates().get(f"{problem.code}.{reason}" if reason else problem.code)
    if template is None or ("{path}" in template and not values["path"]):
        return problem.message
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation naming what the problem lacks
        return problem.message
