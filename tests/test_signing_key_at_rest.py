"""The consultant's signing key at rest: in the keychain or sealed with a passphrase, never in clear in
the database; a copied database cannot sign; a stolen key is revoked quickly at the office."""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519
from sqlalchemy import insert, select

from sxsh_desktop.cli import main
from sxsh_desktop.store import schema
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import export, keys
from sxsh_desktop.sync.errors import KeyProblem, RevokedSenderError
from tests.keychain import MemoryKeychain, no_keychain, using
from tests.sync_world import World, small_document

ROOT = Path(__file__).resolve().parents[1]
DEVICE_PASSPHRASE = "Mật khẩu máy của An 2026"


def _answer(passphrase: str) -> keys.PassphrasePrompt:
    asked: list[bool] = []

    def ask(new: bool) -> str:
        asked.append(new)
        return passphrase

    ask.asked = asked  # type: ignore[attr-defined]
    return ask


def _stored(store: Store) -> bytes:
    with store.database.read() as connection:
        row = connection.execute(
            select(schema.sync_own_key.c.signing_key).where(schema.sync_own_key.c.role == "device")
        ).one()
    return bytes(row.signing_key)


def _file_bytes(path: Path) -> bytes:
    """The database and whatever lies beside it (its write-ahead log), as a thief would copy them."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")) if p.is_file())


def _seed(pair: keys.KeyPair) -> bytes:
    return pair.signing_key.private_bytes_raw()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    opened = World(tmp_path)
    yield opened
    opened.close()


def _copy_alone(store: Store, target: Path) -> Path:
    """The database file alone, copied after its program closed it (as from a stolen laptop)."""
    store.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(store.path, target)
    return target


# --- in the keychain ----------------------------------------------------------------------------------


def test_with_a_keychain_the_key_lives_there_and_a_copied_database_cannot_sign(
    world: World, tmp_path: Path, _keychain_in_memory: MemoryKeychain
) -> None:
    consultant = world.consultant("an")
    small_document(consultant)
    pair = keys.device_keys(consultant)
    assert keys.device_protection(consultant) == keys.PROTECTION_KEYCHAIN
    assert _keychain_in_memory.get_password(keys.KEYCHAIN_SERVICE, pair.public.key_id) is not None
    world.import_(world.export(consultant))  # signs and is accepted, nothing asked
    path = consultant.path
    world.stores.remove(consultant)
    copy = _copy_alone(consultant, tmp_path / "kẻ trộm" / "sxsh.sqlite3")
    assert _seed(pair) not in path.read_bytes() and _seed(pair) not in copy.read_bytes()

    with using(MemoryKeychain()):  # another computer: its keychain never held this key
        stolen = Store.open(copy)
        try:
            assert keys.device_public(stolen) == pair.public  # the public part is there, of course
            with pytest.raises(KeyProblem, match="not in this computer's keychain") as refused:
                export.export_package(stolen, tmp_path / "giả mạo.sxsh")
            assert refused.value.reason == "not_in_keychain"
            assert not (tmp_path / "giả mạo.sxsh").exists()
        finally:
            stolen.close()


def test_a_key_the_keychain_gives_back_changed_is_refused(
    tmp_path: Path, _keychain_in_memory: MemoryKeychain
) -> None:
    store = Store.open(tmp_path / "an.sqlite3")
    try:
        public = keys.device_public(store)
        other = Ed25519PrivateKey.generate().private_bytes_raw()
        _keychain_in_memory.set_password(
            keys.KEYCHAIN_SERVICE, public.key_id, base64.b64encode(other).decode("ascii")
        )
        with pytest.raises(KeyProblem) as refused:
            keys.device_keys(store)
        assert refused.value.reason == "damaged_signing_key"
    finally:
        store.close()


# --- sealed with a passphrase -------------------------------------------------------------------------


def test_without_a_keychain_the_key_is_sealed_with_a_passphrase_and_a_copy_cannot_sign(
    world: World, tmp_path: Path
) -> None:
    with using(no_keychain()):
        consultant = Store.open(tmp_path / "an.sqlite3")
        world.stores.append(consultant)
        keys.trust(consultant, world.centre.public)
        # Made on first use, with a new passphrase (nobody to ask: refused, nothing stored).
        with pytest.raises(KeyProblem) as refused:
            keys.device_public(consultant)
        assert refused.value.reason == "new_passphrase_needed"
        with pytest.raises(KeyProblem, match="at least 8"):
            keys.device_public(consultant, ask=_answer("ngắn"))
        assert keys.device_protection(consultant) is None
        ask = _answer(DEVICE_PASSPHRASE)
        public = keys.device_public(consultant, "an", ask=ask)
        assert ask.asked == [True]  # type: ignore[attr-defined]
        keys.trust(world.office, public)
        assert keys.device_protection(consultant) == keys.PROTECTION_PASSPHRASE
        assert _stored(consultant).startswith(b"age-encryption.org/v1\n")

        small_document(consultant)
        with pytest.raises(KeyProblem) as refused:
            keys.device_keys(consultant)  # no passphrase given
        assert refused.value.reason == "passphrase_needed"
        with pytest.raises(KeyProblem, match="Wrong passphrase") as refused:
            keys.device_keys(consultant, ask=_answer("không phải mật khẩu"))
        assert refused.value.reason == "wrong_device_passphrase"
        signer = keys.device_keys(consultant, ask=_answer(DEVICE_PASSPHRASE))
        package = tmp_path / "gửi.sxsh"
        export.export_package(consultant, package, signer=signer)
        assert world.import_(package).counts["new"] == 8

        world.stores.remove(consultant)
        path = consultant.path
        copy = _copy_alone(consultant, tmp_path / "kẻ trộm" / "an.sqlite3")
        assert _seed(signer) not in _file_bytes(path) and _seed(signer) not in copy.read_bytes()
        stolen = Store.open(copy)
        try:
            with pytest.raises(KeyProblem) as refused:
                export.export_package(stolen, tmp_path / "giả mạo.sxsh")
            assert refused.value.reason == "passphrase_needed"
            with pytest.raises(KeyProblem):
                keys.device_keys(stolen, ask=_answer("Mật khẩu đoán bừa 123"))
        finally:
            stolen.close()


# --- keys stored in clear by an earlier version -------------------------------------------------------


def _clear_key(store: Store) -> keys.KeyPair:
    """The device key as earlier versions stored it: the signing key in clear in the database."""
    identity, signing_key = x25519.Identity.generate(), Ed25519PrivateKey.generate()
    public = keys.PublicKey(
        keys.ROLE_CONSULTANT,
        "KS. Nguyễn Văn An",
        store.device_id,
        str(identity.to_public()),
        signing_key.public_key().public_bytes_raw(),
    )
    with store.database.begin() as connection:
        connection.execute(
            insert(schema.sync_own_key).values(
                role="device",
                name=public.name,
                device_id=public.device_id,
                age_recipient=public.age_recipient,
                verify_key=base64.b64encode(public.verify_key).decode("ascii"),
                age_identity=f"{identity}\n".encode(),
                signing_key=signing_key.private_bytes_raw(),
                created_at=keys.utc_now(),
            )
        )
    return keys.KeyPair(public, identity, signing_key)


def test_a_clear_key_moves_into_the_keychain_on_first_use_and_leaves_no_trace(
    tmp_path: Path, _keychain_in_memory: MemoryKeychain
) -> None:
    store = Store.open(tmp_path / "an.sqlite3")
    old = _clear_key(store)
    assert _seed(old) in _file_bytes(store.path)
    assert keys.device_public(store) == old.public  # nothing asked
    assert keys.device_protection(store) == keys.PROTECTION_KEYCHAIN
    assert _seed(keys.device_keys(store)) == _seed(old)  # the same key: the office knows it
    assert _seed(old) not in _file_bytes(store.path)
    store.close()
    assert _seed(old) not in _file_bytes(store.path)


def test_without_a_keychain_a_clear_key_is_sealed_the_first_time_a_passphrase_can_be_asked(
    tmp_path: Path,
) -> None:
    with using(no_keychain()):
        store = Store.open(tmp_path / "an.sqlite3")
        old = _clear_key(store)
        # Nobody to ask (a script without a passphrase): it still signs, and stays as it was.
        assert _seed(keys.device_keys(store)) == _seed(old)
        assert keys.device_protection(store) == keys.PROTECTION_CLEAR
        ask = _answer(DEVICE_PASSPHRASE)
        pair = keys.device_keys(store, ask=ask)
        assert ask.asked == [True, False]  # type: ignore[attr-defined]  # chosen, then used to sign
        assert _seed(pair) == _seed(old)
        assert keys.device_protection(store) == keys.PROTECTION_PASSPHRASE
        store.close()
        assert _seed(old) not in _file_bytes(store.path)


# --- the command line, with no keychain at all ------------------------------------------------------


def _sxsh_process(*args: str | Path, passphrase: str | None) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value for key, value in os.environ.items() if key not in ("SXSH_PASSPHRASE", "DISPLAY")
    }
    environment.update(
        PYTHONPATH=str(ROOT),
        # As on CI or a headless Linux: keyring finds no keychain at all.
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent",
    )
    if passphrase is not None:
        environment["SXSH_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "sxsh_desktop", *map(str, args)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,  # no hang: a prompt nobody can answer is refused at once
        check=False,
    )


def test_the_command_line_without_a_keychain_uses_the_passphrase_and_never_waits(
    world: World, tmp_path: Path
) -> None:
    laptop = tmp_path / "laptop.sqlite3"
    store = Store.open(laptop)
    keys.trust(store, world.centre.public)
    small_document(store)
    store.close()
    public_file = tmp_path / "an.json"

    refused = _sxsh_process("--db", laptop, "keys", "export-public", "-o", public_file, passphrase=None)
    assert refused.returncode == 2 and "SXSH_PASSPHRASE" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr

    made = _sxsh_process(
        "--db", laptop, "keys", "export-public", "-o", public_file, passphrase=DEVICE_PASSPHRASE
    )
    assert made.returncode == 0, made.stderr
    keys.trust(world.office, keys.PublicKey.read_file(public_file))

    package = tmp_path / "gửi.sxsh"
    assert _sxsh_process("--db", laptop, "export", "-o", package, passphrase=None).returncode == 2
    wrong = _sxsh_process("--db", laptop, "export", "-o", package, passphrase="không phải mật khẩu")
    assert wrong.returncode == 2 and "Wrong passphrase" in wrong.stderr and not package.exists()
    sent = _sxsh_process("--db", laptop, "export", "-o", package, passphrase=DEVICE_PASSPHRASE)
    assert sent.returncode == 0, sent.stderr
    assert world.import_(package).counts["new"] == 8
    opened = Store.open(laptop)
    try:
        assert keys.device_protection(opened) == keys.PROTECTION_PASSPHRASE
    finally:
        opened.close()


# --- revoking a stolen key at the office --------------------------------------------------------------


def test_a_stolen_key_is_revoked_by_name_after_confirming_and_its_packages_are_refused(
    world: World, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    consultant = world.consultant("KS. Trần Thị Bình")
    small_document(consultant)
    package = world.export(consultant)
    public = keys.device_public(consultant)
    office = str(world.office.path)

    # Not in a terminal, without --yes: the key is shown, nothing is revoked.
    assert main(["--db", office, "keys", "revoke", "ks. trần thị bình"]) == 2
    captured = capsys.readouterr()
    assert public.fingerprint in captured.out and "KS. Trần Thị Bình" in captured.out
    assert len(captured.err.strip().splitlines()) == 1 and "--yes" in captured.err
    assert not keys.find_key(world.office, public.key_id).revoked

    # In a terminal: the person sees which key and answers.
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    assert main(["--db", office, "keys", "revoke", public.fingerprint]) == 0
    assert "Nothing revoked" in capsys.readouterr().out
    assert not keys.find_key(world.office, public.key_id).revoked
    monkeypatch.setattr("builtins.input", lambda _prompt: "y")
    assert main(["--db", office, "keys", "revoke", public.fingerprint.replace(" ", "")[:12]]) == 0
    assert "Revoked: KS. Trần Thị Bình" in capsys.readouterr().out
    assert keys.find_key(world.office, public.key_id).revoked

    # Its packages are refused: exit 2, one line, the office database unchanged.
    before = world.dump()
    code = main(["--db", office, "import", str(package), "--identity", str(_identity_file(world))])
    captured = capsys.readouterr()
    assert code == 2 and "revoked" in captured.err
    assert len(captured.err.strip().splitlines()) == 1 and "Traceback" not in captured.err
    assert world.dump() == before
    with pytest.raises(RevokedSenderError):
        world.import_(package)


def _identity_file(world: World) -> Path:
    path = world.root / "centre.key"
    path.write_text(f"{world.centre.identity}\n", encoding="utf-8")
    return path


def test_an_ambiguous_or_unknown_key_is_not_revoked(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    world.consultant("an")
    assert main(["--db", str(world.office.path), "enterprise", "list"]) == 0  # reference data installed
    before = world.dump()
    assert main(["--db", str(world.office.path), "keys", "revoke", "không ai", "--yes"]) == 2
    assert "No registered key matches" in capsys.readouterr().err
    assert world.dump() == before


# --- the window ---------------------------------------------------------------------------------------


def test_the_window_asks_for_the_passphrase_through_its_dialogs(tmp_path: Path, qapp: object) -> None:
    from sxsh_desktop.ui.dialogs import ScriptedDialogs, install_dialogs
    from sxsh_desktop.ui.packages.keys_dialog import KeysDialog, unlock_signer

    scripted = ScriptedDialogs()
    previous = install_dialogs(scripted)
    store = Store.open(tmp_path / "an.sqlite3")
    try:
        with using(no_keychain()):
            # The keys dialog makes the key: a new passphrase, typed twice.
            scripted.answers.extend([DEVICE_PASSPHRASE, DEVICE_PASSPHRASE])
            dialog = KeysDialog(store, "KS. Nguyễn Văn An")
            assert dialog.device is not None and dialog.device.fingerprint in dialog.ui.deviceLabel.text()
            dialog.close()
            assert [kind for kind, _title, _text in scripted.asked] == ["text", "text"]
            assert keys.device_protection(store) == keys.PROTECTION_PASSPHRASE

            scripted.answers.append("sai mật khẩu rồi")  # a wrong passphrase: told, nothing signed
            assert unlock_signer(None, store) is None
            assert scripted.asked[-1][0] == "warn" and "sai mật khẩu rồi" not in scripted.asked[-1][2]
            scripted.answers.append(None)  # closed: nothing said
            count = len(scripted.asked)
            assert unlock_signer(None, store) is None
            assert len(scripted.asked) == count + 1
            scripted.answers.append(DEVICE_PASSPHRASE)
            signer = unlock_signer(None, store)
            assert signer is not None and signer.public == dialog.device
    finally:
        store.close()
        install_dialogs(previous)
