"""An operating-system keychain for the tests: kept in memory, one per simulated computer.

No test touches the real keychain of the machine it runs on; a test that needs a computer without
any keychain installs ``keyring``'s own "fail" backend instead (see ``no_keychain``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail


class MemoryKeychain(KeyringBackend):
    """A keychain that forgets everything with its process, like a computer that is not this one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@contextmanager
def using(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def no_keychain() -> KeyringBackend:
    """A computer with no keychain at all (CI, a headless Linux): keyring's own failing backend."""
    return fail.Keyring()
