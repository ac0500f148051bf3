"""For the whole suite: what the app does at start before any Qt call."""

from briefing.ui.pyside_refcounts import make_singletons_immortal

# The tests make their QApplication through pytest-qt, not create_app: they
# need the same guard (PySide6 6.12.0 on Python 3.11, see pyside_refcounts.py).
make_singletons_immortal()
