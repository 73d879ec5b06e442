"""A cache of what a function computes from a class (a record class's fields, rules, layout)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TypeVar

R = TypeVar("R")


def per_class(func: Callable[[type], R]) -> Callable[[type], R]:
    """``functools.cache`` for a function of one class, computed once per class.

    Typed as taking any class: mypy does not count a class object such as ``type[Enterprise]`` as
    hashable when the class's instances are not (a dataclass with ``eq``), although every class is.
    """
    return cache(func)
