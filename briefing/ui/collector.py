"""The garbage collector waits while the app starts.

Starting the app makes some 40,000 objects the collector tracks, nearly all
living as long as the app (modules, classes, enums, the window's widgets): it
ran ~75 times among them before the first paint, found next to nothing to
free, and took ~13 ms. It is paused from the start of the desktop app's path until the first
window has painted; then the objects made so far are frozen (left out of all
later collections, which also keeps those short while the user types) and
collection resumes. A timer resumes it should no paint come. The first window
is among the frozen objects: once it is closed (another window open), they
are handed back to the collector, or that window and its visit would stay in
memory for good.
"""

from __future__ import annotations

import gc

_paused = False
_frozen = False


def pause() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume(freeze: bool = True) -> None:
    """Once the app is up; does nothing unless :func:`pause` stopped the collector.

    ``freeze=False`` when the app ended or never started: nothing to keep.
    """
    global _paused, _frozen
    if _paused:
        _paused = False
        if freeze:
            gc.freeze()
            _frozen = True
        gc.enable()


def thaw() -> None:
    """The first window is gone: what the start made may be garbage now, so collections see it again."""
    global _frozen
    resume(freeze=False)  # gone before it painted: nothing to keep
    if _frozen:
        _frozen = False
        gc.unfreeze()
