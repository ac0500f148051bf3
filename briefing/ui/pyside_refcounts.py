"""A guard against a reference-counting bug in PySide6 6.12.0.

``SignalInstance.emit()`` returns ``True`` without taking a reference, so every
signal emitted from Python code drops one reference to ``True``. On Python 3.11
``True`` is an ordinary object: after a few hundred edits its count reaches
zero and the interpreter aborts ("bool_dealloc: deallocating True or False"),
taking unsaved work with it. Python 3.12 and later make ``True`` immortal, so
there the bug is harmless; here we give ``True`` and ``False`` a reference
count so large that no session can use it up, which is what 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 emits is centuries of editing; far below the signed 64-bit limit.
_HEADROOM = 1 << 40


def keep_bools_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for value in (True, False):
        refcount = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt is the first field
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
