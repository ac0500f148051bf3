"""A guard against a reference-counting bug of PySide6 6.12.0 on Python 3.11.

PySide6 6.12.0 hands back ``None``, ``True`` and ``False`` without taking a
reference: every Qt method that returns nothing (``setText``, ``fill``...)
drops one reference to ``None``, and every signal emitted from Python drops
one to ``True``. Python 3.12 made these objects immortal, so there the bug is
harmless; on 3.11 their counts run down as the user works and the interpreter
aborts ("none_dealloc: deallocating None"), taking unsaved work with it.

We give these few objects a reference count no session can use up, which is
what Python 3.12 does. tests/ui/test_editor_pyside_refcounts.py shows the abort
without this guard and its absence with it.

Only that combination gets the guard (6.9 to 6.11 take their references, and
Python 3.12 and later need none), and only when the app starts
(briefing.ui.app.create_app): importing briefing.ui changes nothing.
"""

from __future__ import annotations

import struct
import sys

# 2**40 lost references is centuries of editing; far below the 64-bit limit.
_HEADROOM = 1 << 40
_SINGLETONS = (None, True, False, Ellipsis, NotImplemented)


AFFECTED_PYSIDE = (6, 12, 0)
AFFECTED_PYTHON = (3, 11)


def needs_guard(pyside: tuple[int, ...], python: tuple[int, ...], implementation: str = "cpython") -> bool:
    return implementation == "cpython" and tuple(pyside[:3]) == AFFECTED_PYSIDE and tuple(python[:2]) == AFFECTED_PYTHON


def pyside_version() -> tuple[int, ...]:
    import PySide6  # the package only: its version, before any Qt call

    return tuple(PySide6.__version_info__[:3])


def _ssize_t():
    """ctypes' c_ssize_t, made from the base ctypes builds its types on.

    Importing ctypes defines its thirty-odd types first (~2.5 ms of every
    start); this runs on CPython 3.11 only, where _ctypes is what ctypes is.
    """
    from _ctypes import _SimpleCData

    class SsizeT(_SimpleCData):
        _type_ = "q" if struct.calcsize("n") == 8 else "i"

    return SsizeT


def make_singletons_immortal() -> bool:
    """Apply the guard where it is needed; says whether it was."""
    if not needs_guard(pyside_version(), sys.version_info, sys.implementation.name):
        return False
    ssize_t = _ssize_t()
    for value in _SINGLETONS:
        refcount = ssize_t.from_address(id(value))  # ob_refcnt is the first field
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
    return True
