"""Keys and fingerprints, and the ``sxsh keys / export / import / conflicts`` commands."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from pyrage import passphrase as age_passphrase

from sxsh_desktop.cli import main
from sxsh_desktop.domain import model
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import keys
from sxsh_desktop.sync.errors import KeyProblem
from tests.sync_world import PASSPHRASE, World, small_document


def test_fingerprints_are_six_groups_of_five_digits_that_differ_between_keys(tmp_path: Path) -> None:
    first, second = Store.open(tmp_path / "a.sqlite3"), Store.open(tmp_path / "b.sqlite3")
    one, two = keys.device_keys(first).public, keys.device_keys(second).public
    assert re.fullmatch(r"\d{5}( \d{5}){5}", one.fingerprint)
    assert one.fingerprint != two.fingerprint
    assert keys.device_keys(first).public == one  # made once, kept
    first.close()
    second.close()


def test_a_public_key_file_round_trips_and_a_damaged_one_is_refused(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "a.sqlite3")
    public = keys.device_keys(store, "Nguyễn Thị Hoa").public
    path = tmp_path / "hoa.json"
    path.write_bytes(public.to_file_bytes())
    assert keys.PublicKey.read_file(path) == public
    data = json.loads(path.read_text(encoding="utf-8"))
    data["age_recipient"] = str(keys.device_keys(Store.open(tmp_path / "b.sqlite3")).public.age_recipient)
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(KeyProblem, match="fingerprint does not match") as refused:
        keys.PublicKey.read_file(path)
    assert refused.value.field == "fingerprint"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(KeyProblem, match="not a public key file"):
        keys.PublicKey.read_file(path)
    store.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes in the file system are POSIX")
def test_a_pipe_or_a_device_given_as_a_key_file_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A FIFO with no writer would hang a plain read, and /dev/zero never ends."""
    pipe = tmp_path / "khoa.json"
    os.mkfifo(pipe)
    db = tmp_path / "office.sqlite3"
    for path in (pipe, Path("/dev/zero")):
        assert main(["--db", str(db), "keys", "trust", str(path)]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "is not a file" in err[0]
        with pytest.raises(KeyProblem, match="not a file"):
            keys.read_identity_file(path, lambda: "")
    store = Store.open(db)
    assert keys.trusted_keys(store) == []
    store.close()


def test_the_centres_secrets_are_stored_only_encrypted(tmp_path: Path) -> None:
    world = World(tmp_path)
    sealed = keys.centre_identity_file(world.office)
    assert b"AGE-SECRET-KEY" not in sealed and b"AGE-SECRET-KEY" not in world.office.path.read_bytes()
    assert str(world.centre.identity) in age_passphrase.decrypt(sealed, PASSPHRASE).decode()
    with pytest.raises(KeyProblem, match="already has a Centre key"):
        keys.create_centre(world.office, "Trung tâm khác", "một mật khẩu khác")
    world.close()


def test_a_short_passphrase_is_refused(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "office.sqlite3")
    with pytest.raises(KeyProblem, match="at least 8") as refused:
        keys.create_centre(store, "Trung tâm", "ngắn")
    assert refused.value.field == "passphrase"
    assert keys.centre_public(store) is None
    store.close()


def _sxsh(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_command_line_from_key_creation_to_conflicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    office, laptop = tmp_path / "office.sqlite3", tmp_path / "laptop.sqlite3"
    monkeypatch.setenv("SXSH_PASSPHRASE", PASSPHRASE)
    code, out, _ = _sxsh(
        capsys, "--db", office, "keys", "init-centre", "--name", "Trung tâm Khuyến công Hà Tĩnh"
    )
    assert code == 0 and "Fingerprint:" in out
    centre_fingerprint = out.split("Fingerprint: ")[1].strip()
    assert _sxsh(capsys, "--db", office, "keys", "export-public", "-o", tmp_path / "centre.json")[0] == 0
    code, out, _ = _sxsh(capsys, "--db", laptop, "keys", "trust", tmp_path / "centre.json")
    assert code == 0 and centre_fingerprint in out

    store = Store.open(laptop)
    document = small_document(store)
    store.close()
    package = tmp_path / "gửi văn phòng.sxsh"
    code, out, _ = _sxsh(
        capsys, "--db", laptop, "export", "--assessment", document.assessment.id, "-o", package
    )
    assert code == 0 and "Package 1" in out and package.exists()

    # The Centre's identity unlocked once (scrypt is slow on purpose); the imports below use it plainly.
    sealed_identity = tmp_path / "centre.age"  # passphrase-encrypted, as 'age -d -i' takes it
    assert _sxsh(capsys, "--db", office, "keys", "export-identity", "-o", sealed_identity)[0] == 0
    plain_identity = tmp_path / "centre.key"
    plain_identity.write_bytes(age_passphrase.decrypt(sealed_identity.read_bytes(), PASSPHRASE))

    # The office has not registered the laptop's key: refused, with the fingerprint to compare.
    code, _, err = _sxsh(capsys, "--db", office, "import", package, "--identity", plain_identity)
    assert code == 2 and "not registered" in err
    assert _sxsh(capsys, "--db", laptop, "keys", "export-public", "-o", tmp_path / "an.json")[0] == 0
    assert _sxsh(capsys, "--db", office, "keys", "trust", tmp_path / "an.json")[0] == 0

    code, out, _ = _sxsh(
        capsys, "--db", office, "import", package, "--identity", plain_identity, "--dry-run", "--json"
    )
    assert code == 0 and json.loads(out)["counts"]["new"] == 8 and not json.loads(out)["applied"]
    code, out, _ = _sxsh(capsys, "--db", office, "import", package, "--identity", plain_identity)
    assert code == 0 and "Imported." in out
    code, _, err = _sxsh(capsys, "--db", office, "import", package, "--identity", plain_identity)
    assert code == 2 and "already imported" in err

    code, out, _ = _sxsh(capsys, "--db", office, "keys", "list", "--json")
    listed = json.loads(out)
    assert [k["kind"] for k in listed] == ["own centre", "own device", "trusted consultant"]
    assert listed[0]["fingerprint"] == centre_fingerprint

    # Both ends change the same solution: one conflict, listed with both values, then resolved.
    solution_id = document.solutions[0].id
    for path, value in ((office, 40_000_000.0), (laptop, 57_000_000.0)):
        opened = Store.open(path)
        opened.update(model.Solution, solution_id, investment=value)
        opened.close()
    second = tmp_path / "lần 2.sxsh"
    assert _sxsh(capsys, "--db", laptop, "export", "-o", second)[0] == 0
    code, out, _ = _sxsh(capsys, "--db", office, "import", second)  # the stored key, with its passphrase
    assert code == 0 and "conflicts 1" in out and "Missing" not in out
    code, out, _ = _sxsh(capsys, "--db", office, "conflicts", "list", "--json")
    [conflict] = json.loads(out)
    assert conflict["differences"] == [
        {"field": "investment", "office": 40_000_000.0, "incoming": 57_000_000.0}
    ]
    code, out, _ = _sxsh(capsys, "--db", office, "conflicts", "resolve", conflict["id"], "--keep", "incoming")
    assert code == 0 and "incoming" in out
    opened = Store.open(office)
    assert opened.get(model.Solution, solution_id).investment == 57_000_000.0
    opened.close()
    assert "No open conflicts." in _sxsh(capsys, "--db", office, "conflicts", "list")[1]

    monkeypatch.setenv("SXSH_PASSPHRASE", "không phải mật khẩu")
    code, _, err = _sxsh(capsys, "--db", office, "import", package)
    assert code == 2 and "Wrong passphrase" in err

    code, out, _ = _sxsh(capsys, "--db", office, "keys", "revoke", listed[2]["key_id"][:12], "--yes")
    assert code == 0 and "Revoked" in out
