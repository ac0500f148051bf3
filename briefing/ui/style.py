"""A calm, consistent look: Fusion with a light palette and a few touches.

Fusion looks the same on every system, so spacing tested here is spacing
users get. The style sheet only sets what Fusion leaves plain: the section
list and the status bar.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1f3a5f"

SHEET = f"""
QListWidget#sectionList {{
    border: none;
    background: #eef1f5;
    padding: 8px 6px;
    outline: 0;
}}
QListWidget#sectionList::item {{
    padding: 4px 10px;
    border-radius: 6px;
    color: #26323f;
}}
QListWidget#sectionList::item:selected {{
    background: {ACCENT};
    color: white;
}}
QListWidget#sectionList::item:hover:!selected {{
    background: #dde3ea;
}}
QWidget#previewBar {{
    background: #eef1f5;
    border-bottom: 1px solid #d9dde3;
}}
QLabel#previewPage {{
    color: #4a5868;
}}
QLabel#previewStatus {{
    background: #f6f2e7;
    color: #5b4a1f;
}}
QPdfView#previewView {{
    background: #d9dde3;
}}
QToolBar#mainToolbar {{
    spacing: 4px;
    padding: 4px 6px;
    border: none;
}}
QStatusBar QToolButton#warningCount {{
    color: #8a5a00;
    padding: 0 8px;
}}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f8fa"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f5f8"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#f1f3f6"))
    app.setPalette(palette)
    app.setStyleSheet(SHEET)
