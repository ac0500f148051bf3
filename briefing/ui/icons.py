"""The app's icons: small SVGs in resources/icons, loaded once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from briefing.resources import resource


@cache
def icon(name: str) -> QIcon:
    """``icon("save")`` -> resources/icons/save.svg; an empty icon if it is missing."""
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
