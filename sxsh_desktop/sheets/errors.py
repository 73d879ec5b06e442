"""Spreadsheets the importer refuses: one clear line each, nothing changed."""

from __future__ import annotations

from sxsh_desktop.errors import KnownProblem


class SpreadsheetError(KnownProblem):
    """A file that cannot be read as a facility list."""

    code = "bad_spreadsheet"

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason
