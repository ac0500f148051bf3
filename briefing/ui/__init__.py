"""The desktop app (PySide6). Nothing outside this package imports Qt widgets."""

from briefing.ui.signal_refs import keep_bools_alive

# Before any signal is emitted: see signal_refs.py (PySide6 6.12.0 on Python 3.11).
keep_bools_alive()
