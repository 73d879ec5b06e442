"""``sxsh-desktop``: starts the window."""

from __future__ import annotations

import sys


def import_before_qt() -> None:
    """Import the Qt-free modules the window needs before it shows, before Qt itself: once PySide
    is loaded, it reads the source of every module imported after it (looking for its
    ``__feature__`` switch), a cost paid again at every start. (What the registry's first rows
    need, the domain model above all, is imported once the window is on screen.)"""
    import threading  # noqa: F401

    import sxsh_desktop.domain.dates
    import sxsh_desktop.domain.labels
    import sxsh_desktop.domain.text
    import sxsh_desktop.store.errors  # noqa: F401


def main() -> int:
    import_before_qt()
    from sxsh_desktop.ui.application import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
