"""Lists of ids cut to the size one SQL statement can bind.

SQLite refuses a statement with more bound parameters than its limit (999 in older builds), so a
query over many ids (``WHERE id IN (…)``) is run once per slice of ``IDS_PER_STATEMENT``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

IDS_PER_STATEMENT = 500  # well under SQLite's limit on bound parameters

T = TypeVar("T")


def chunked(items: Sequence[T], size: int = IDS_PER_STATEMENT) -> Iterator[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size``; nothing for an empty sequence."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
