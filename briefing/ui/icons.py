"""The app's icons: small SVGs in resources/icons, drawn when first painted.

``QIcon(path)`` hands the file to Qt's SVG icon engine, which renders each
size the first time something paints it (rendering every size and mode up
front cost ~76 ms at start-up). The SVGs are drawn in one dark stroke colour;
resources/icons/selected holds white copies for the Selected mode, so that an
icon stays visible on a dark selection (tools/selected_icons.py makes them).
Only icons drawn in lists and tables get their copy: toolbars, menus and
buttons never draw the Selected mode, and each copy is a file read at start-up.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from briefing.resources import resource

STROKE = "#3d4b5c"
SELECTED = "#ffffff"


def selected_copy(svg: bytes) -> bytes:
    """The SVG as drawn on a selection."""
    return svg.replace(STROKE.encode(), SELECTED.encode())


@cache
def icon(name: str, on_selection: bool = False) -> QIcon:
    """``icon("save")`` -> resources/icons/save.svg; an empty icon if it is missing.

    ``on_selection``: drawn in a list or a table, where a selected row is dark
    (the white copy is drawn there).
    """
    path = resource("icons", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    result = QIcon(str(path))
    if on_selection:
        white = resource("icons", "selected", f"{name}.svg")
        if white.is_file():
            result.addFile(str(white), QSize(), QIcon.Mode.Selected)
    return result


@cache
def warning_icon() -> QIcon:
    """The style's warning sign, as the fields, tables and badges show it.

    Asked for once it is needed: the first one costs ~5 ms (an icon theme
    lookup), and QStyle's Python type with its enums as much again.
    """
    from PySide6.QtWidgets import QApplication, QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
