"""The desktop app (PySide6). Nothing outside this package imports Qt widgets."""

from briefing.ui.pyside_refcounts import make_singletons_immortal

# Before any Qt call: see pyside_refcounts.py (PySide6 6.12.0 on Python 3.11).
make_singletons_immortal()
