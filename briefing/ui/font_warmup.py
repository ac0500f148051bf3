"""fontconfig's set-up, done on the second core while the window is built.

On Linux the first text a Qt window lays out makes fontconfig read its
configuration (some fifty XML files) and its font caches: about 27 million
instructions, 5 to 6 ms, in the middle of every start. That work needs neither
Python nor Qt, so a thread does it while the main thread imports and builds
the window; when Qt calls FcInit() for its font database, it is done.

The call goes through ctypes' foreign-function machinery, which lets go of the
interpreter lock for its duration: the two threads really run side by side.
fontconfig is thread-safe (since 2.10): should Qt ask first all the same, both
load the configuration and one copy is dropped.
"""

from __future__ import annotations

import os
import threading

# The fontconfig that Qt's own libraries were linked against.
LIBRARY = "libfontconfig.so.1"


class _Library:
    """What _ctypes asks of a library to find a function in it: its handle."""

    def __init__(self, handle: int):
        self._handle = handle


def fcinit():
    """FcInit() of the fontconfig already in the process, or None.

    None where there is none (Windows, macOS, or before PySide6's QtGui is
    imported): a fontconfig of our own would be work for nothing, as Qt would
    never use it. Built from _ctypes, not ctypes: importing ctypes costs
    ~2.5 ms of the start, half of what this saves.
    """
    try:
        from _ctypes import FUNCFLAG_CDECL, CFuncPtr, _SimpleCData, dlopen
    except ImportError:  # no dlopen: Windows
        return None
    try:
        handle = dlopen(LIBRARY, os.RTLD_NOLOAD | os.RTLD_LAZY)
    except (OSError, AttributeError):  # not loaded; AttributeError: no RTLD_NOLOAD here
        return None

    class FcBool(_SimpleCData):
        _type_ = "i"

    class Function(CFuncPtr):
        _flags_ = FUNCFLAG_CDECL
        _restype_ = FcBool

    return Function(("FcInit", _Library(handle)))


def start() -> threading.Thread | None:
    """Set fontconfig up on a thread of its own; None when there is no fontconfig to set up."""
    function = fcinit()
    if function is None:
        return None
    # A daemon: a start that ends at once (a file handed to the running
    # Briefing) does not wait for fonts it will never draw.
    thread = threading.Thread(target=function, name="fontconfig warm-up", daemon=True)
    thread.start()
    return thread
