"""Queries over many ids stay under SQLite's limit on bound parameters."""

from __future__ import annotations

from sxsh_desktop.store.chunks import IDS_PER_STATEMENT, chunked


def test_long_id_lists_are_cut_to_what_one_statement_binds() -> None:
    ids = [str(n) for n in range(2 * IDS_PER_STATEMENT + 1)]
    slices = list(chunked(ids))
    assert [len(s) for s in slices] == [IDS_PER_STATEMENT, IDS_PER_STATEMENT, 1]
    assert [i for s in slices for i in s] == ids
    assert list(chunked([])) == []
