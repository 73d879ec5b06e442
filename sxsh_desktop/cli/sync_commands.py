"""``sxsh keys ...``, ``sxsh export``, ``sxsh import``, ``sxsh conflicts ...``: encrypted packages."""

from __future__ import annotations

import argparse
import os
import sys
from getpass import getpass
from pathlib import Path
from typing import Any

from sxsh_desktop.cli.context import CommandError, open_store, print_json, print_table
from sxsh_desktop.services import packages
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync.importer import ImportPreview
from sxsh_desktop.sync.keys import MIN_PASSPHRASE_LENGTH, ROLE_CENTRE, PublicKey, TrustedKey

PASSPHRASE_ENV_VAR = "SXSH_PASSPHRASE"


def register(subparsers: Any) -> None:
    keys_parser = subparsers.add_parser("keys", help="keys of encrypted packages")
    keys_commands = keys_parser.add_subparsers(dest="keys_command", metavar="KEYS_COMMAND")
    keys_commands.required = True
    init = keys_commands.add_parser(
        "init-centre", help=f"create the Centre's key pair (passphrase: prompt or ${PASSPHRASE_ENV_VAR})"
    )
    init.add_argument(
        "--name", default="Trung tâm Khuyến công", help="the Centre's name shown to consultants"
    )
    init.set_defaults(handler=run_init_centre)
    public = keys_commands.add_parser("export-public", help="write this installation's public key file")
    public.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    public.add_argument(
        "--device", action="store_true", help="the device key even at the office (default: the Centre's key)"
    )
    public.set_defaults(handler=run_export_public)
    identity = keys_commands.add_parser(
        "export-identity",
        help="write the Centre's passphrase-encrypted age identity (for 'age -d -i FILE')",
    )
    identity.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    identity.set_defaults(handler=run_export_identity)
    trust = keys_commands.add_parser(
        "trust", help="install the Centre's public key or register a consultant's"
    )
    trust.add_argument("file", type=Path, metavar="FILE")
    trust.set_defaults(handler=run_trust)
    listing = keys_commands.add_parser("list", help="own and registered keys with their fingerprints")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    revoke = keys_commands.add_parser(
        "revoke", help="stop accepting packages signed by a key (a stolen laptop's): asks to confirm which"
    )
    revoke.add_argument(
        "key", metavar="KEY", help="the consultant's name, the fingerprint (10 digits or more) or the key id"
    )
    revoke.add_argument("--yes", action="store_true", help="do not ask (scripts): revoke the key found")
    revoke.set_defaults(handler=run_revoke)

    export_parser = subparsers.add_parser(
        "export", help="write an encrypted package (default: everything changed since the last export)"
    )
    export_parser.add_argument("--assessment", action="append", metavar="ID", help="an assessment to send")
    export_parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.sxsh")
    export_parser.set_defaults(handler=run_export)

    import_parser = subparsers.add_parser("import", help="import an encrypted package at the office")
    import_parser.add_argument("file", type=Path, metavar="FILE.sxsh")
    import_parser.add_argument(
        "--identity", type=Path, metavar="FILE", help="an age identity file instead of the stored Centre key"
    )
    import_parser.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    import_parser.add_argument("--json", action="store_true", help="print the preview as JSON")
    import_parser.add_argument(
        "--approve-new-key",
        action="store_true",
        help="register the sender's key if it is new (compare its fingerprint first)",
    )
    import_parser.set_defaults(handler=run_import)

    conflicts_parser = subparsers.add_parser("conflicts", help="records changed at both ends")
    conflict_commands = conflicts_parser.add_subparsers(dest="conflicts_command", metavar="CONFLICTS_COMMAND")
    conflict_commands.required = True
    conflict_list = conflict_commands.add_parser("list", help="open conflicts, both versions side by side")
    conflict_list.add_argument("--json", action="store_true")
    conflict_list.set_defaults(handler=run_conflicts)
    resolve = conflict_commands.add_parser("resolve", help="keep one version of a conflicting record")
    resolve.add_argument("conflict_id", metavar="ID")
    resolve.add_argument("--keep", required=True, choices=("office", "incoming"))
    resolve.set_defaults(handler=run_resolve)

    share = subparsers.add_parser(
        "share", help="let another registered consultant change an assessment the office received"
    )
    share.add_argument("assessment_id", metavar="ASSESSMENT_ID")
    share.add_argument("--with", dest="consultant", required=True, metavar="KEY", help="key id or name")
    share.set_defaults(handler=run_share)


# --- passphrases ----------------------------------------------------------------------------------


def _passphrase(prompt: str, *, confirm: bool = False) -> str:
    """From $SXSH_PASSPHRASE (scripts) or a prompt that does not echo (people)."""
    value = os.environ.get(PASSPHRASE_ENV_VAR)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CommandError(
            f"A passphrase is needed: set {PASSPHRASE_ENV_VAR} or run the command in a terminal."
        )
    value = getpass(prompt)
    if confirm and getpass("Repeat the passphrase: ") != value:
        raise CommandError("The two passphrases differ; nothing was created.")
    return value


def _device_passphrase(new: bool) -> str:
    """The passphrase of this computer's signing key (kept with one where there is no keychain)."""
    if not new:
        return _passphrase("Passphrase of this computer's signing key: ")
    if os.environ.get(PASSPHRASE_ENV_VAR) is None and sys.stdin.isatty():
        print(
            "This computer has no keychain to keep its signing key in: choose a passphrase to protect "
            f"it (at least {MIN_PASSPHRASE_LENGTH} characters); every export asks for it.",
            file=sys.stderr,
        )
    return _passphrase("New passphrase for this computer's signing key: ", confirm=True)


def _with_store(args: argparse.Namespace, action: Any) -> int:
    store = open_store(args)
    try:
        return int(action(store) or 0)
    finally:
        store.close()


# --- keys ------------------------------------------------------------------------------------------


def run_init_centre(args: argparse.Namespace) -> int:
    def action(store: Store) -> None:
        if packages.has_centre_key(store):
            raise CommandError("This installation already has a Centre key; it is never replaced.")
        secret = _passphrase("Passphrase for the Centre's key: ", confirm=True)
        public = packages.create_centre_key(store, args.name, secret).value
        print(f"Centre key created: {public.name}")
        print(f"Fingerprint: {public.fingerprint}")

    return _with_store(args, action)


def run_export_public(args: argparse.Namespace) -> int:
    def action(store: Store) -> None:
        centre = None if args.device else packages.centre_key(store)
        public = centre or packages.device_key(store, ask=_device_passphrase)
        packages.write_public_key(public, args.output)
        print(f"Public key of {public.name} ({public.role}) written to {args.output}")
        print(f"Fingerprint: {public.fingerprint}")

    return _with_store(args, action)


def run_export_identity(args: argparse.Namespace) -> int:
    def action(store: Store) -> None:
        packages.write_centre_identity(store, args.output)
        print(f"The Centre's identity (encrypted with its passphrase) written to {args.output}")

    return _with_store(args, action)


def run_trust(args: argparse.Namespace) -> int:
    def action(store: Store) -> None:
        public = packages.read_public_key(args.file)
        packages.trust_key(store, public)
        what = "Centre key installed" if public.role == ROLE_CENTRE else "Consultant key registered"
        print(f"{what}: {public.name}")
        print(f"Fingerprint: {public.fingerprint}  (compare it with the sender, e.g. by phone)")

    return _with_store(args, action)


def run_list(args: argparse.Namespace) -> int:
    def action(store: Store) -> None:
        rows: list[dict[str, Any]] = []
        centre = packages.centre_key(store)
        own = [("own centre", centre)] if centre is not None else []
        own.append(("own device", packages.device_key(store, ask=_device_passphrase)))
        for kind, public in own:
            rows.append(_key_row(kind, public, None))
        for trusted in packages.trusted_keys(store):
            kind = "revoked" if trusted.revoked else f"trusted {trusted.public.role}"
            rows.append(_key_row(kind, trusted.public, trusted))
        if args.json:
            print_json(rows)
        else:
            print_table(
                ["kind", "name", "key id", "fingerprint"],
                [[r["kind"], r["name"], r["key_id"][:16], r["fingerprint"]] for r in rows],
            )

    return _with_store(args, action)


def _key_row(kind: str, public: PublicKey, trusted: TrustedKey | None) -> dict[str, Any]:
    return {
        "kind": kind,
        "name": public.name,
        "role": public.role,
        "device_id": public.device_id,
        "key_id": public.key_id,
        "fingerprint": public.fingerprint,
        "added_at": trusted.added_at.isoformat() if trusted else None,
        "revoked_at": trusted.revoked_at.isoformat() if trusted and trusted.revoked_at else None,
    }


def run_revoke(args: argparse.Namespace) -> int:
    def action(store: Store) -> None:
        found = packages.find_key(store, args.key)
        public = found.public
        if found.revoked:
            when = f"{found.revoked_at:%d/%m/%Y}"
            print(f"Already revoked on {when}: {public.name} (fingerprint {public.fingerprint})")
            return
        print(
            f"Key of {public.name} ({public.role}), registered {found.added_at:%d/%m/%Y}\n"
            f"Fingerprint: {public.fingerprint}"
        )
        if not args.yes:
            if not sys.stdin.isatty():
                raise CommandError("Nothing revoked: confirm with --yes when not in a terminal.")
            answer = input("Revoke it? Packages signed with it will be refused from now on. [y/N] ")
            if answer.strip().lower() not in {"y", "yes", "c", "có"}:
                print("Nothing revoked.")
                return
        key = packages.revoke_key(store, public.key_id).value
        print(f"Revoked: {key.public.name} (fingerprint {key.public.fingerprint})")

    return _with_store(args, action)


# --- export and import ----------------------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    def action(store: Store) -> None:
        signer = packages.unlock_device_key(store, ask=_device_passphrase)
        result = packages.export_packages(store, args.output, args.assessment, signer=signer).value
        print(
            f"Package {result.sequence} written to {result.path}: {len(result.assessment_ids)} assessments, "
            f"{result.record_count} records, {result.photo_count} photos, {result.tombstone_count} deletions"
        )

    return _with_store(args, action)


def run_import(args: argparse.Namespace) -> int:
    def action(store: Store) -> None:
        if args.identity is not None:
            identities = packages.file_identities(
                args.identity, lambda: _passphrase("Passphrase of the identity: ")
            )
        else:
            if not packages.has_centre_key(store):
                raise CommandError(
                    "This installation has no Centre key: run 'sxsh keys init-centre', "
                    "or give --identity FILE."
                )
            identities = packages.centre_identities(store, _passphrase("Passphrase of the Centre's key: "))
        preview = packages.import_package(
            store, args.file, identities, dry_run=args.dry_run, approve_new_key=args.approve_new_key
        ).value
        if args.json:
            print_json(preview.to_json())
        else:
            _print_preview(preview)

    return _with_store(args, action)


def _print_preview(preview: ImportPreview) -> None:
    sender = preview.sender
    print(
        f"Package {preview.sequence} from {sender.name}, made {preview.created_at:%d/%m/%Y %H:%M} UTC "
        f"(fingerprint {sender.fingerprint}{', new key approved' if preview.sender_is_new else ''})"
    )
    counts = preview.counts
    print(
        f"new {counts['new']} · updated {counts['updated']} · unchanged {counts['unchanged']} · "
        f"deleted {counts['deleted']} · conflicts {counts['conflict']}"
    )
    if preview.missing_sequences:
        missing = str(preview.missing_sequences)  # ranges: 2, 5–7
        print(f"Missing earlier packages from this sender: {missing}")
    for change in preview.conflicts:
        print(f"  conflict: {change.entity} {change.label!r}: {change.reason}")
    print("Imported." if preview.applied else "Dry run: nothing was written.")


# --- conflicts --------------------------------------------------------------------------------------


def run_conflicts(args: argparse.Namespace) -> int:
    def action(store: Store) -> None:
        found = packages.open_conflicts(store)
        if args.json:
            print_json(
                [
                    {
                        "id": c.id,
                        "entity": c.entity,
                        "record_id": c.record_id,
                        "assessment_id": c.assessment_id,
                        "sender": c.sender_name,
                        "detected_at": c.detected_at.isoformat(),
                        "reason": c.reason,
                        "differences": [
                            {"field": name, "office": office, "incoming": incoming}
                            for name, office, incoming in c.differences()
                        ],
                    }
                    for c in found
                ]
            )
            return
        if not found:
            print("No open conflicts.")
        for c in found:
            print(f"{c.id}  {c.entity} {c.record_id} from {c.sender_name}: {c.reason}")
            print_table(["field", "office", "incoming"], [list(d) for d in c.differences()])
            print()

    return _with_store(args, action)


def run_resolve(args: argparse.Namespace) -> int:
    def action(store: Store) -> None:
        resolved = packages.resolve_conflict(store, args.conflict_id, args.keep).value
        print(f"Resolved: kept the {resolved.resolution} version of {resolved.entity} {resolved.record_id}.")

    return _with_store(args, action)


def run_share(args: argparse.Namespace) -> int:
    def action(store: Store) -> None:
        consultant = packages.share_assessment(store, args.assessment_id, args.consultant).value
        print(f"Shared: {consultant.public.name} may now change assessment {args.assessment_id}.")

    return _with_store(args, action)
