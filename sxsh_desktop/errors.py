"""Known problems: each has a stable code (the UI translates by it) and a clear English message.

Anything that is not one of these is a bug and goes to the crash handler.
"""

from __future__ import annotations


class KnownProblem(Exception):
    """A problem the user can understand and act on; never shown as a traceback."""

    code = "error"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(KnownProblem):
    """Bad input: the message names the field."""

    code = "invalid"
    # Set on some problems only (read with getattr), for the window to word them in the user's
    # language: why (e.g. "required", "taken") and the values the message names.
    reason: str
    params: dict[str, str]
