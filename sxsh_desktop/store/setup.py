"""First-use setup of a store: the shipped reference data."""

from __future__ import annotations

from sxsh_desktop.domain.reference_files import load_reference_files
from sxsh_desktop.store.repository import Store


def ensure_reference(store: Store) -> None:
    """Install the reference data shipped in ``resources/reference`` if the database has none."""
    if not store.has_reference() and not store.database.read_only:
        store.install_reference(load_reference_files())
