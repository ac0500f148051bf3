"""The app's icons: small SVGs in resources/icons, loaded once.

The SVGs are drawn in one dark stroke colour; a white copy is added for the
Selected mode so that an icon stays visible on a dark selection.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from briefing.resources import resource

STROKE = "#3d4b5c"
SIZES = (16, 20, 24, 32, 48)


def _pixmap(svg: bytes, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(size * 2, size * 2)  # sharp on high-density screens
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def icon(name: str) -> QIcon:
    """``icon("save")`` -> resources/icons/save.svg; an empty icon if it is missing."""
    path = resource("icons", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    # Built from pixmaps: the SVG icon engine ignores pixmaps added for a mode.
    data = path.read_bytes()
    white = data.replace(STROKE.encode(), b"#ffffff")
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_pixmap(data, size), QIcon.Mode.Normal)
        result.addPixmap(_pixmap(white, size), QIcon.Mode.Selected)
    return result
