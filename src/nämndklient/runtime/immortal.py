"""Guard against PySide6 6.12's reference leak on None, True and False under Python 3.11.

Measured here: every void Qt call made from Python (`resize`, `setText`, …) and every
`data()` that returns None takes one reference from `None` without giving it back;
after some hundred thousand calls CPython frees `None` and aborts the process
("Fatal Python error: none_dealloc"). Python 3.12 made these singletons immortal;
on 3.11 we do the same by hand, giving them so many references (2**40) that no
session can use them up. They are static objects that are never legitimately
freed, so the extra count changes nothing else. Remove this when Qt for Python
fixes the leak (checked by tests/gui/test_long_session.py).
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40
_done = False


def make_singletons_immortal() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        _done = True
        return
    for singleton in (None, True, False, Ellipsis, NotImplemented):
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    _done = True
