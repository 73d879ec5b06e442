"""Record ids typed on the command line: a whole UUID or a unique beginning of one, like git."""

from __future__ import annotations

import re
from typing import TypeVar

from sxsh_desktop.cli.context import CommandError
from sxsh_desktop.domain.model import SyncFields
from sxsh_desktop.store.repository import Store

R = TypeVar("R", bound=SyncFields)

_ID_START = re.compile(r"[0-9a-fA-F][0-9a-fA-F-]{0,35}")


def resolve_id(store: Store, cls: type[R], text: str, what: str, argument: str = "ID") -> str:
    """The full id of the one ``cls`` record whose id starts with ``text``."""
    if not _ID_START.fullmatch(text):
        raise CommandError(
            f"{argument}: {text!r} is not an id; give a UUID or its first characters "
            "(hexadecimal digits and hyphens)"
        )
    matches = store.ids_starting_with(cls, text.lower(), limit=2)
    if not matches:
        raise CommandError(f"{argument}: no {what} has an id starting with {text!r}")
    if len(matches) > 1:
        raise CommandError(f"{argument}: several {what}s have ids starting with {text!r}; type more of it")
    return matches[0]
