"""A line edit's clear button, as QLineEdit.setClearButtonEnabled makes it, without the icon theme.

Qt's own button asks the style for its icon, and the style first searches the
desktop's icon theme for "edit-clear" (index files and folders on disk:
~6 ms at every start, for the classification field); where the theme has none,
as on Windows, macOS and a bare X server, Qt draws its own built-in icon,
which this button takes directly. It shows while there is text, and a click
clears the text and says so as typing would (textEdited), as Qt's does.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLineEdit

QT_CLEAR_ICON = ":/qt-project.org/styles/commonstyle/images/cleartext-{size}.png"
_icon: QIcon | None = None


def clear_icon() -> QIcon:
    global _icon
    if _icon is None:
        _icon = QIcon()
        for size in (16, 32, 128):
            _icon.addFile(QT_CLEAR_ICON.format(size=size))
    return _icon


def add_clear_button(edit: QLineEdit) -> None:
    action = edit.addAction(clear_icon(), QLineEdit.ActionPosition.TrailingPosition)
    action.setObjectName("clearButton")

    def clear() -> None:
        if edit.text():
            edit.clear()
            edit.textEdited.emit("")

    action.triggered.connect(clear)
    edit.textChanged.connect(lambda text: action.setVisible(bool(text)))
    action.setVisible(bool(edit.text()))
