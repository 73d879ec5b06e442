"""``sxsh-desktop``: starts the window."""

from __future__ import annotations

import sys


def main() -> int:
    from sxsh_desktop.ui.application import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
