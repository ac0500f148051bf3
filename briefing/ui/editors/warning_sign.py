"""The warning sign a field shows at its end while its text is wrong."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

from briefing.ui.icons import warning_icon


class WarningSign(QAction):
    """A warning sign at the end of a line edit, hidden until :meth:`show_if` a problem.

    Its icon is fetched the first time it is shown: most fields never show it.
    """

    def __init__(self, line_edit: QLineEdit):
        super().__init__(line_edit)
        self.setVisible(False)
        line_edit.addAction(self, QLineEdit.ActionPosition.TrailingPosition)

    def show_if(self, shown: bool) -> None:
        if shown and self.icon().isNull():
            self.setIcon(warning_icon())
        self.setVisible(shown)
