"""Known problems as translated sentences for the user (never a traceback).

Problems are recognised by their stable ``code``; the database ones name the file. A problem
whose code is not listed here is shown with its own (English) message.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sxsh_desktop.errors import KnownProblem


def problem_title() -> str:
    return QCoreApplication.translate("Problems", "SXSH Desktop")


_open_database: Path | None = None


def set_open_database(path: Path | None) -> None:
    """The database the window works on: the file a database problem concerns unless told."""
    global _open_database
    _open_database = path


def problem_text(problem: KnownProblem, path: Path | str | None = None) -> str:
    """What the user reads about ``problem``; ``path`` is the database file it concerns."""
    where = str(getattr(problem, "path", None) or path or _open_database or "")
    messages = {
        "database_in_use": QCoreApplication.translate(
            "Problems",
            "The database {path} is already open in another SXSH Desktop window (process {pid} on "
            "{host}). Switch to that window, or close it and try again.",
        ),
        "database_newer": QCoreApplication.translate(
            "Problems",
            "The database {path} was written by a newer version of SXSH Desktop. Update the "
            "application to open it; the file has not been changed.",
        ),
        "database_damaged": QCoreApplication.translate(
            "Problems",
            "The file {path} is not a readable SXSH database (it is damaged or another kind of "
            "file). It has not been changed; restore a backup or choose another file.",
        ),
        "database_read_only": QCoreApplication.translate(
            "Problems",
            "The database {path} cannot be written: the file or its folder is read-only, or you "
            "have no permission to change it.",
        ),
        "database_locked": QCoreApplication.translate(
            "Problems", "The database {path} is busy in another program. Close it there and try again."
        ),
        "disk_full": QCoreApplication.translate(
            "Problems",
            "The disk holding {path} is full. The last change was not saved; free some space and "
            "make it again.",
        ),
        # Outputs (the report, the workbook): told apart by why the file was not written.
        "output_not_written.disk_full": QCoreApplication.translate(
            "Problems", "The disk is full: {path} was not written. Free some space and try again."
        ),
        "output_not_written.no_permission": QCoreApplication.translate(
            "Problems",
            "{path} cannot be written: the file is open in another program, or the folder is "
            "read-only or not yours. Close the file there or choose another folder, and try again.",
        ),
        "output_not_written.no_folder": QCoreApplication.translate(
            "Problems", "{path} cannot be written: its folder does not exist. Choose another folder."
        ),
        "output_not_written.is_folder": QCoreApplication.translate(
            "Problems", "{path} is a folder. Give the file a name."
        ),
        "report_font_missing": QCoreApplication.translate(
            "Problems",
            "A font the report needs is missing or damaged, so the report was not written. "
            "Reinstall SXSH Desktop.",
        ),
    }
    reason = getattr(problem, "reason", None)
    template = messages.get(f"{problem.code}.{reason}" if reason else problem.code)
    if template is None or ("{path}" in template and not where):
        return problem.message
    return template.format(path=where, pid=getattr(problem, "pid", ""), host=getattr(problem, "host", ""))
