"""The sample enterprises and assessments: loaded on request (``sxsh demo``) or offered once."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sxsh_desktop.services.changes import Changes, Outcome

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

SAMPLE_OFFERED_KEY = "demo_offered"  # database meta: the date the sample was first offered


def load_sample_data(store: Store) -> Outcome[list[str]]:
    """Add the sample (each assessment with its photos in one transaction); the assessments already
    there are left as they are. The value is the ids of the sample's assessments."""
    from sxsh_desktop.demo import load_demo

    ids = load_demo(store)
    return Outcome(ids, Changes.of(["enterprise", "assessment"], ids, ids))


def offer_sample_once(store: Store) -> bool:
    """Whether to offer the sample now: on an empty registry of a database that can be written, once
    per database (the offer is recorded, whatever the answer)."""
    database = store.database
    if database.read_only or store.count_enterprises() > 0 or database.get_meta(SAMPLE_OFFERED_KEY):
        return False
    database.set_meta(SAMPLE_OFFERED_KEY, date.today().isoformat())
    return True
