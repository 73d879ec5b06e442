"""Keys: this installation's own key pairs, the public keys it trusts, fingerprints people can read.

Every installation has a *device* key pair, made on first use: an age X25519 identity (so that the
consultant can open their own packages) and an Ed25519 signing key (packages are signed with it).
The office also has the *Centre* key pair; its secrets are stored as a standard passphrase-encrypted
age file (scrypt) holding a standard age identity file, so the plain ``age`` tool can use it too.
The Centre's Ed25519 key is stored encrypted to the Centre's own age key: one passphrase unlocks both.

The device's signing key is never kept in clear in the database, so that a copied database or a
stolen laptop cannot sign packages as the consultant. It is kept in the operating system's keychain
(Windows Credential Manager, macOS Keychain, the Secret Service on Linux) where there is one; the
database then only says so. Where there is none, it is sealed with a passphrase the same way as the
Centre's secrets (``seal``/``unseal``), and every signature asks for it. A key stored in clear by an
earlier version is protected the first time it is used. Asking is left to the caller: functions
that may need a passphrase take ``ask`` (``PassphrasePrompt``).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import getpass
import hashlib
import json
import platform
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import passphrase as age_passphrase
from pyrage import x25519
from sqlalchemy import Connection, insert, select, update

from sxsh_desktop.domain.model import utc_now
from sxsh_desktop.store import schema
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync.errors import KeyProblem, WrongPassphraseError
from sxsh_desktop.sync.files import read_regular_file

ROLE_CENTRE = "centre"
ROLE_CONSULTANT = "consultant"
ROLES = (ROLE_CENTRE, ROLE_CONSULTANT)
_OWN_DEVICE = "device"  # sync_own_key.role of the installation's own device key pair

PUBLIC_KEY_FORMAT = "sxsh-public-key"
PUBLIC_KEY_VERSION = 1
MIN_PASSPHRASE_LENGTH = 8
# Where the device's signing key lives in the operating system's keychain (the user is the key id).
KEYCHAIN_SERVICE = "SXSH Desktop signing key"
PROTECTION_KEYCHAIN = "keychain"
PROTECTION_PASSPHRASE = "passphrase"
PROTECTION_CLEAR = "clear"  # written by earlier versions only; protected on first use
_IN_KEYCHAIN = b"sxsh-signing-key-in-keychain-v1"  # the database's signing_key when the keychain has it
_AGE_HEADER = b"age-encryption.org/v1\n"
_SEED_LENGTH = 32
_KEYCHAIN_TIMEOUT = 60.0  # seconds: a keychain that waits for an unlock nobody can give is left
_MAX_PUBLIC_KEY_FILE = 64 * 1024
_MAX_IDENTITY_FILE = 64 * 1024  # a few lines of text, sealed or not
_FINGERPRINT_GROUPS = 6  # 6 groups of 5 digits from 30 bytes of the SHA-256: about 100 bits


def fingerprint_digits(digest: bytes) -> str:
    """Digits to read over the phone: each 5-byte slice of the digest becomes 5 decimal digits."""
    groups = [int.from_bytes(digest[i * 5 : i * 5 + 5], "big") % 100_000 for i in range(_FINGERPRINT_GROUPS)]
    return " ".join(f"{group:05d}" for group in groups)


@dataclass(frozen=True)
class PublicKey:
    """What another installation needs to know of one: whom to encrypt to, whose signature to trust."""

    role: str
    name: str
    device_id: str
    age_recipient: str
    verify_key: bytes  # raw Ed25519 public key, 32 bytes

    def _digest(self) -> bytes:
        material = b"sxsh-public-key-v1\n" + self.age_recipient.encode("ascii") + b"\n" + self.verify_key
        return hashlib.sha256(material).digest()

    @property
    def key_id(self) -> str:
        return self._digest().hex()

    @property
    def fingerprint(self) -> str:
        return fingerprint_digits(self._digest())

    def recipient(self) -> x25519.Recipient:
        return x25519.Recipient.from_str(self.age_recipient)

    def verifies(self, signature: bytes, data: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.verify_key).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True

    def to_json(self) -> dict[str, Any]:
        return {
            "format": PUBLIC_KEY_FORMAT,
            "version": PUBLIC_KEY_VERSION,
            "role": self.role,
            "name": self.name,
            "device_id": self.device_id,
            "age_recipient": self.age_recipient,
            "ed25519_public_key": base64.b64encode(self.verify_key).decode("ascii"),
            "fingerprint": self.fingerprint,
        }

    @classmethod
    def from_json(cls, data: Any, where: str = "public key") -> PublicKey:
        """A public key from its JSON form; anything malformed is refused with the field named."""
        if not isinstance(data, dict):
            raise KeyProblem(f"The {where} is not a JSON object.", reason="not_public_key")

        def text(name: str) -> str:
            value = data.get(name)
            if not isinstance(value, str) or not value or len(value) > 500:
                raise KeyProblem(f"The {where} has no valid '{name}'.", field=name, reason="not_public_key")
            return value

        if data.get("format") != PUBLIC_KEY_FORMAT:
            raise KeyProblem(
                f"The {where} is not an SXSH public key.", field="format", reason="not_public_key"
            )
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version > PUBLIC_KEY_VERSION:
            raise KeyProblem(
                f"The {where} has an unknown version ({version!r}).", field="version", reason="key_newer"
            )
        role = text("role")
        if role not in ROLES:
            raise KeyProblem(
                f"The {where} has an unknown role ({role!r}).", field="role", reason="not_public_key"
            )
        recipient = text("age_recipient")
        try:
            x25519.Recipient.from_str(recipient)
        except pyrage.RecipientError as exc:
            raise KeyProblem(
                f"The {where} has an invalid age recipient.", field="age_recipient", reason="not_public_key"
            ) from exc
        try:
            verify_key = base64.b64decode(text("ed25519_public_key"), validate=True)
            Ed25519PublicKey.from_public_bytes(verify_key)
        except (binascii.Error, ValueError) as exc:
            raise KeyProblem(
                f"The {where} has an invalid Ed25519 public key.",
                field="ed25519_public_key",
                reason="not_public_key",
            ) from exc
        key = cls(role, text("name"), text("device_id"), recipient, verify_key)
        if "fingerprint" in data and data["fingerprint"] != key.fingerprint:
            raise KeyProblem(
                f"The {where} is damaged: its fingerprint does not match its keys.",
                field="fingerprint",
                reason="not_public_key",
            )
        return key

    def to_file_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def read_file(cls, path: Path) -> PublicKey:
        raw = read_regular_file(
            path,
            _MAX_PUBLIC_KEY_FILE,
            what="public key file",
            problem=KeyProblem,
            reason="not_public_key",
            unreadable=KeyProblem,
        )
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise KeyProblem(
                f"{path.name} is not a public key file (not readable JSON).", reason="not_public_key"
            ) from exc
        return cls.from_json(data, where=f"public key file {path.name}")


@dataclass(frozen=True)
class KeyPair:
    public: PublicKey
    identity: x25519.Identity
    signing_key: Ed25519PrivateKey

    @classmethod
    def generate(cls, role: str, name: str, device_id: str) -> KeyPair:
        """A new key pair: an age X25519 identity to decrypt with and an Ed25519 key to sign with."""
        identity, signing_key = x25519.Identity.generate(), Ed25519PrivateKey.generate()
        public = PublicKey(
            role, name, device_id, str(identity.to_public()), signing_key.public_key().public_bytes_raw()
        )
        return cls(public, identity, signing_key)

    def sign(self, data: bytes) -> bytes:
        return self.signing_key.sign(data)


@dataclass(frozen=True)
class TrustedKey:
    public: PublicKey
    added_at: datetime
    revoked_at: datetime | None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


def default_key_name() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in some service accounts
        user = "sxsh"
    return f"{user}@{platform.node() or 'sxsh'}"


# A prompt for a passphrase: given whether it is a new one (to choose, and confirm), it returns it,
# or raises a KnownProblem (the user cancelled, the two entries differ, no terminal to ask on).
PassphrasePrompt = Callable[[bool], str]


def seal(secret: bytes, passphrase: str) -> bytes:
    """``secret`` encrypted with ``passphrase``: a standard age file (scrypt), as ``age -p`` writes."""
    sealed: bytes = age_passphrase.encrypt(secret, passphrase)
    return sealed


def unseal(sealed: bytes, passphrase: str, wrong: Callable[[], Exception] | None = None) -> bytes:
    """What ``seal`` sealed; a wrong passphrase raises ``wrong()`` (default: the Centre's problem)."""
    try:
        secret: bytes = age_passphrase.decrypt(sealed, passphrase)
    except pyrage.DecryptError as exc:
        raise (wrong() if wrong is not None else WrongPassphraseError()) from exc
    return secret


def _identity_file_text(name: str, role: str, identity: x25519.Identity) -> str:
    return (
        f"# SXSH Desktop {role} identity: {name}\n"
        f"# created: {utc_now().isoformat()}\n"
        f"# public key: {identity.to_public()}\n"
        f"{identity}\n"
    )


def parse_identities(text: str) -> list[x25519.Identity]:
    """The identities of an age identity file (comment lines start with '#')."""
    identities = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            identities.append(x25519.Identity.from_str(line))
        except pyrage.IdentityError as exc:
            raise KeyProblem(
                "The identity file holds a line that is not an age X25519 identity.", reason="not_identity"
            ) from exc
    if not identities:
        raise KeyProblem("The identity file holds no age identity.", reason="not_identity")
    return identities


def _public_from_row(row: Any, role: str) -> PublicKey:
    return PublicKey(role, row.name, row.device_id, row.age_recipient, base64.b64decode(row.verify_key))


def _own_row(connection: Connection, role: str) -> Any:
    table = schema.sync_own_key
    return connection.execute(select(table).where(table.c.role == role)).first()


# --- the device key pair -------------------------------------------------------------------------


def _keychain() -> Any | None:
    """The operating system's keychain (a ``keyring`` backend), None where there is none usable."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        return backend if backend.priority > 0 else None  # the "fail" and "null" backends are not
    except Exception:  # a backend that cannot even say what it is
        return None


def _in_keychain(action: Callable[[], Any]) -> tuple[bool, Any]:
    """Run a keychain call, never hanging: (False, None) if it failed or did not answer in time."""
    outcome: list[Any] = []

    def run() -> None:
        # Locked, refused, no service behind it: the keychain is then not there for us.
        with contextlib.suppress(Exception):
            outcome.append(action())

    worker = threading.Thread(target=run, name="sxsh-keychain", daemon=True)
    worker.start()
    worker.join(_KEYCHAIN_TIMEOUT)
    return (True, outcome[0]) if outcome else (False, None)


def _keychain_store(key_id: str, seed: bytes) -> bool:
    backend = _keychain()
    if backend is None:
        return False
    value = base64.b64encode(seed).decode("ascii")
    stored, _ = _in_keychain(lambda: backend.set_password(KEYCHAIN_SERVICE, key_id, value))
    if not stored:
        return False
    read, back = _in_keychain(lambda: backend.get_password(KEYCHAIN_SERVICE, key_id))
    return read and back == value  # trusted only once it gives the key back


def _keychain_seed(key_id: str) -> bytes | None:
    backend = _keychain()
    if backend is None:
        return None
    _, value = _in_keychain(lambda: backend.get_password(KEYCHAIN_SERVICE, key_id))
    try:
        return base64.b64decode(value, validate=True) if isinstance(value, str) else None
    except binascii.Error:
        return None


def _keychain_forget(key_id: str) -> None:
    backend = _keychain()
    if backend is not None:
        _in_keychain(lambda: backend.delete_password(KEYCHAIN_SERVICE, key_id))


def protection_of(stored: bytes) -> str:
    """How a device signing key is kept, from what the database holds of it."""
    if stored == _IN_KEYCHAIN:
        return PROTECTION_KEYCHAIN
    if stored.startswith(_AGE_HEADER):
        return PROTECTION_PASSPHRASE
    return PROTECTION_CLEAR


def _passphrase_needed() -> KeyProblem:
    return KeyProblem(
        "This computer's signing key is protected with a passphrase, and none was given.",
        reason="passphrase_needed",
    )


def _protect(key_id: str, seed: bytes, ask: PassphrasePrompt | None) -> bytes:
    """What the database keeps of a signing key: a mark for the keychain, or the sealed key."""
    if _keychain_store(key_id, seed):
        return _IN_KEYCHAIN
    if ask is None:
        raise KeyProblem(
            "This computer has no keychain for its signing key: a passphrase is needed to protect it.",
            reason="new_passphrase_needed",
        )
    passphrase = ask(True)
    check_new_passphrase(passphrase)
    return seal(seed, passphrase)


def _wrong_device_passphrase() -> KeyProblem:
    return KeyProblem(
        "Wrong passphrase for this computer's signing key. Nothing was signed.",
        reason="wrong_device_passphrase",
    )


def _device_row(store: Store, name: str | None, ask: PassphrasePrompt | None) -> Any:
    """The device key's row, made on first use; a key still in clear is protected when it can be."""
    device_id = store.device_id  # read first: it may be written in a transaction of its own
    with store.reading() as connection:
        row = _own_row(connection, _OWN_DEVICE)
    if row is None:
        # Made and protected outside any transaction: a passphrase prompt must not hold the lock.
        made = KeyPair.generate(ROLE_CONSULTANT, name or default_key_name(), device_id)
        public, identity, signing_key = made.public, made.identity, made.signing_key
        stored = _protect(public.key_id, signing_key.private_bytes_raw(), ask)
        with store.transaction() as connection:
            row = _own_row(connection, _OWN_DEVICE)
            if row is None:
                connection.execute(
                    insert(schema.sync_own_key).values(
                        role=_OWN_DEVICE,
                        name=public.name,
                        device_id=public.device_id,
                        age_recipient=public.age_recipient,
                        verify_key=base64.b64encode(public.verify_key).decode("ascii"),
                        age_identity=_identity_file_text(public.name, "device", identity).encode("utf-8"),
                        signing_key=stored,
                        created_at=utc_now(),
                    )
                )
                row = _own_row(connection, _OWN_DEVICE)
        if row.verify_key != base64.b64encode(public.verify_key).decode("ascii") and stored == _IN_KEYCHAIN:
            _keychain_forget(public.key_id)  # another window made the key first: ours is not used
        return row
    stored = bytes(row.signing_key)
    if protection_of(stored) == PROTECTION_CLEAR and not store.database.read_only:
        public = _public_from_row(row, ROLE_CONSULTANT)
        try:
            protected = _protect(public.key_id, stored, ask)
        except KeyProblem:
            if ask is not None:
                raise
            return row  # no keychain and nobody to ask: protected the next time someone can be asked
        table = schema.sync_own_key
        with store.transaction() as connection:
            connection.execute(
                update(table)
                .where(table.c.role == _OWN_DEVICE, table.c.signing_key == stored)
                .values(signing_key=protected)
            )
            row = _own_row(connection, _OWN_DEVICE)
        store.database.erase_old_versions()  # the key in clear must not stay in the log
    return row


def device_public(store: Store, name: str | None = None, *, ask: PassphrasePrompt | None = None) -> PublicKey:
    """This installation's device public key, the key pair made on first use (``ask`` is asked for
    a new passphrase where there is no keychain to keep its signing key in)."""
    return _public_from_row(_device_row(store, name, ask), ROLE_CONSULTANT)


def device_identity(
    store: Store, name: str | None = None, *, ask: PassphrasePrompt | None = None
) -> x25519.Identity:
    """The device's age identity (to open what was encrypted to this installation); never asks for
    the signing key's passphrase unless the key pair is made now."""
    [identity] = parse_identities(_device_row(store, name, ask).age_identity.decode("utf-8"))
    return identity


def device_protection(store: Store) -> str | None:
    """How the device's signing key is kept (``PROTECTION_*``), None before it is made."""
    with store.reading() as connection:
        row = _own_row(connection, _OWN_DEVICE)
    return protection_of(bytes(row.signing_key)) if row is not None else None


def device_keys(store: Store, name: str | None = None, *, ask: PassphrasePrompt | None = None) -> KeyPair:
    """This installation's device key pair with its signing key unlocked, made on first use.

    The signing key comes from the keychain, or from its sealed copy with the passphrase ``ask``
    gives. Refused (``KeyProblem``) when it cannot be had: the keychain does not hold it (a copied
    database, another user or computer), no passphrase, a wrong one."""
    row = _device_row(store, name, ask)
    public = _public_from_row(row, ROLE_CONSULTANT)
    stored = bytes(row.signing_key)
    protection = protection_of(stored)
    if protection == PROTECTION_KEYCHAIN:
        seed = _keychain_seed(public.key_id)
        if seed is None:
            raise KeyProblem(
                "This computer's signing key is not in this computer's keychain (the database was "
                "copied from another computer or user, or the keychain was reset). Packages cannot be "
                "signed with it.",
                reason="not_in_keychain",
            )
    elif protection == PROTECTION_PASSPHRASE:
        if ask is None:
            raise _passphrase_needed()
        seed = unseal(stored, ask(False), _wrong_device_passphrase)
    else:
        seed = stored
    try:
        signing_key = Ed25519PrivateKey.from_private_bytes(seed)
    except ValueError as exc:
        raise KeyProblem("This computer's signing key is damaged.", reason="damaged_signing_key") from exc
    if signing_key.public_key().public_bytes_raw() != public.verify_key:
        raise KeyProblem(
            "The signing key found does not belong to this computer's public key.",
            reason="damaged_signing_key",
        )
    [identity] = parse_identities(row.age_identity.decode("utf-8"))
    return KeyPair(public, identity, signing_key)


# --- the Centre's key pair -----------------------------------------------------------------------


def centre_public(store: Store) -> PublicKey | None:
    """The Centre's own public key, if this installation is the office."""
    with store.reading() as connection:
        row = _own_row(connection, ROLE_CENTRE)
    return _public_from_row(row, ROLE_CENTRE) if row is not None else None


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise KeyProblem(
            f"The passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters.",
            field="passphrase",
            reason="short_passphrase",
            minimum=str(MIN_PASSPHRASE_LENGTH),
        )


def check_centre_name(name: str) -> None:
    if not name.strip():
        raise KeyProblem("The Centre's key needs a name.", field="name", reason="no_name")


def create_centre(store: Store, name: str, passphrase: str) -> PublicKey:
    """Make the Centre's key pair; its secrets are kept encrypted with ``passphrase``."""
    check_new_passphrase(passphrase)
    check_centre_name(name)
    if centre_public(store) is not None:
        raise KeyProblem(
            "This installation already has a Centre key; it is never replaced silently.",
            reason="centre_exists",
        )
    made = KeyPair.generate(ROLE_CENTRE, name.strip(), store.device_id)
    public, identity, signing_key = made.public, made.identity, made.signing_key
    sealed_identity = seal(
        _identity_file_text(public.name, ROLE_CENTRE, identity).encode("utf-8"), passphrase
    )
    sealed_signing_key = pyrage.encrypt(signing_key.private_bytes_raw(), [identity.to_public()])
    with store.transaction() as connection:
        connection.execute(
            insert(schema.sync_own_key).values(
                role=ROLE_CENTRE,
                name=public.name,
                device_id=public.device_id,
                age_recipient=public.age_recipient,
                verify_key=base64.b64encode(public.verify_key).decode("ascii"),
                age_identity=sealed_identity,
                signing_key=sealed_signing_key,
                created_at=utc_now(),
            )
        )
    return public


def centre_identity_file(store: Store) -> bytes:
    """The Centre's identity as a passphrase-encrypted age file: ``age -d -i FILE`` accepts it."""
    with store.reading() as connection:
        row = _own_row(connection, ROLE_CENTRE)
    if row is None:
        raise KeyProblem(
            "This installation has no Centre key (run 'sxsh keys init-centre' at the office).",
            reason="no_centre",
        )
    return bytes(row.age_identity)


def unlock_centre(store: Store, passphrase: str) -> KeyPair:
    """The Centre's key pair, decrypted with its passphrase."""
    with store.reading() as connection:
        row = _own_row(connection, ROLE_CENTRE)
    if row is None:
        raise KeyProblem(
            "This installation has no Centre key (run 'sxsh keys init-centre' at the office).",
            reason="no_centre",
        )
    identity_text = unseal(bytes(row.age_identity), passphrase)
    [identity] = parse_identities(identity_text.decode("utf-8"))
    signing_seed = pyrage.decrypt(bytes(row.signing_key), [identity])
    return KeyPair(
        _public_from_row(row, ROLE_CENTRE), identity, Ed25519PrivateKey.from_private_bytes(signing_seed)
    )


def read_identity_file(path: Path, ask_passphrase: Callable[[], str]) -> list[x25519.Identity]:
    """Identities from an age identity file, plain or passphrase-encrypted (as age itself accepts)."""
    data = read_regular_file(
        path,
        _MAX_IDENTITY_FILE,
        what="key file",
        problem=KeyProblem,
        reason="not_identity",
        unreadable=KeyProblem,
    )
    if data.startswith(_AGE_HEADER):
        data = unseal(data, ask_passphrase())
    try:
        return parse_identities(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise KeyProblem(f"{path.name} is not an age identity file.", reason="not_identity") from exc


# --- trusted public keys -------------------------------------------------------------------------


def _trusted_from_row(row: Any) -> TrustedKey:
    return TrustedKey(_public_from_row(row, row.role), row.added_at, row.revoked_at)


def find_trusted(connection: Connection, key_id: str) -> TrustedKey | None:
    table = schema.sync_trusted_key
    row = connection.execute(select(table).where(table.c.key_id == key_id)).first()
    return _trusted_from_row(row) if row is not None else None


def trust_on(connection: Connection, key: PublicKey) -> TrustedKey:
    """Register ``key`` inside a caller's transaction (see ``trust``)."""
    existing = find_trusted(connection, key.key_id)
    if existing is not None:
        if existing.revoked:
            raise KeyProblem(
                f"The key of {key.name} (fingerprint {key.fingerprint}) was revoked on "
                f"{existing.revoked_at:%d/%m/%Y}; a revoked key is not trusted again.",
                reason="revoked_again",
                name=key.name,
                fingerprint=key.fingerprint,
                date=f"{existing.revoked_at:%d/%m/%Y}",
            )
        return existing
    table = schema.sync_trusted_key
    now = utc_now()
    if key.role == ROLE_CENTRE:
        # One Centre at a time: packages go to the key installed last.
        connection.execute(
            update(table)
            .where(table.c.role == ROLE_CENTRE, table.c.revoked_at.is_(None))
            .values(revoked_at=now)
        )
    connection.execute(
        insert(table).values(
            key_id=key.key_id,
            role=key.role,
            name=key.name,
            device_id=key.device_id,
            age_recipient=key.age_recipient,
            verify_key=base64.b64encode(key.verify_key).decode("ascii"),
            added_at=now,
            revoked_at=None,
        )
    )
    return TrustedKey(key, now, None)


def trust(store: Store, key: PublicKey) -> TrustedKey:
    """Install the Centre's public key (at a consultant's) or register a consultant's (at the office)."""
    with store.transaction() as connection:
        return trust_on(connection, key)


def trusted_keys(store: Store) -> list[TrustedKey]:
    table = schema.sync_trusted_key
    with store.reading() as connection:
        rows = connection.execute(select(table).order_by(table.c.role, table.c.name, table.c.added_at)).all()
    return [_trusted_from_row(row) for row in rows]


def find_key(store: Store, text: str) -> TrustedKey:
    """A trusted key by key id (or its start, at least 8 characters), fingerprint or exact name."""
    wanted = text.strip().lower()
    digits = wanted.replace(" ", "")
    matches = [
        key
        for key in trusted_keys(store)
        if (len(wanted) >= 8 and key.public.key_id.startswith(wanted))
        or (
            digits.isdigit()
            and len(digits) >= 10
            and key.public.fingerprint.replace(" ", "").startswith(digits)
        )
        or key.public.name.lower() == wanted
    ]
    if not matches:
        raise KeyProblem(f"No registered key matches '{text}'.", reason="not_found")
    if len(matches) > 1:
        raise KeyProblem(
            f"'{text}' matches {len(matches)} keys; give more of the key id.", reason="ambiguous"
        )
    return matches[0]


def revoke(store: Store, key_id: str) -> TrustedKey:
    """Stop trusting a key: its packages are refused from now on (the history is kept)."""
    table = schema.sync_trusted_key
    with store.transaction() as connection:
        key = find_trusted(connection, key_id)
        if key is None:
            raise KeyProblem(f"No registered key with id {key_id}.", reason="not_found")
        if key.revoked:
            return key
        now = utc_now()
        connection.execute(update(table).where(table.c.key_id == key_id).values(revoked_at=now))
    return TrustedKey(key.public, key.added_at, now)


def centre_recipient_key(store: Store) -> PublicKey:
    """The Centre key packages are encrypted to: the installed Centre key, or the office's own."""
    own = centre_public(store)
    if own is not None:
        return own
    active = [k for k in trusted_keys(store) if k.public.role == ROLE_CENTRE and not k.revoked]
    if not active:
        raise KeyProblem(
            "The Centre's public key is not installed. Install it first ('sxsh keys trust FILE' with the "
            "key file from the Industrial Promotion Centre).",
            reason="centre_not_installed",
        )
    return max(active, key=lambda k: k.added_at).public
