"""Render resources/icons/briefing.svg as the PNG sizes the desktops want.

Writes packaging/icons/hicolor/SIZExSIZE/apps/briefing.png (freedesktop's
hicolor theme, installed by `make install-desktop`); the standalone build's
Windows and macOS icons come from the 256 px one (PyInstaller converts it).
Run after changing the icon: `.venv/bin/python tools/render_icons.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["render_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(REPO / "resources" / "icons" / "briefing.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = REPO / "packaging" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "briefing.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
