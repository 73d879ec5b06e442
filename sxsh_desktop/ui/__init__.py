"""The Qt user interface. Importing it first protects the interpreter from a PySide6 defect."""

from __future__ import annotations

import ctypes
import sys

# PySide6 6.12.0 releases a reference to None on every call of a method that returns nothing (and
# to True/False on some virtual-method returns) but never took one: on Python 3.12 and later these
# objects are immortal and nothing happens; on 3.11 their count falls a few thousand calls after
# start and the interpreter aborts ("none_dealloc"). Giving them as many references as 3.12's
# immortal objects have keeps them alive for any session length.
_PROTECTED_SINGLETONS = (None, True, False)
_IMMORTAL_REFERENCES = 1 << 40


def _make_singletons_immortal() -> None:
    if sys.version_info >= (3, 12) or not hasattr(sys, "getrefcount"):
        return
    for singleton in _PROTECTED_SINGLETONS:
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, the first field
        if count.value < _IMMORTAL_REFERENCES:
            count.value += _IMMORTAL_REFERENCES


_make_singletons_immortal()
