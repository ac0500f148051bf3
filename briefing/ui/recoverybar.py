"""The bar offering a recovered copy of the visit just opened (left by a crash, not restored yet)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QToolBar

from briefing.ui.recovery import Leftover

translate = QCoreApplication.translate


def when(text: str) -> str:
    """A copy's time in the user's words ("5/12/26 14:32"); the text as kept if it is not a time."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def holds(leftover: Leftover) -> str:
    """What a copy holds, to tell copies apart: title, number of stops, time."""
    title = leftover.title or translate("Files", "Untitled")
    stops = (
        translate("Recovery", "1 stop")
        if leftover.stops == 1
        else translate("Recovery", "{n} stops").format(n=leftover.stops)
    )
    return translate("Recovery", "“{title}”, {stops}, saved {when}").format(
        title=title, stops=stops, when=when(leftover.saved_at)
    )


class _Notice(QLabel):
    """A wrapped label as tall as its text at the width it has (a tool bar asks the
    plain label's hint, which wraps at a narrow guess and is three lines tall)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.width() if self.width() > 100 else hint.width()
        return QSize(hint.width(), self.heightForWidth(width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


class RecoveryBar(QToolBar):
    """Shown above the editors; a tool bar of the window so that it needs no place in its layout."""

    restoreRequested = Signal(object)  # Leftover
    discarded = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("recoveryBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not a tool bar the user hides from a menu
        self.leftover: Leftover | None = None
        self.label = _Notice(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.restore_button = QPushButton(translate("Recovery", "Restore"), self)
        self.discard_button = QPushButton(translate("Recovery", "Discard"), self)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setContentsMargins(6, 0, 12, 0)
        self.addWidget(self.label)
        self.addWidget(self.restore_button)
        self.addWidget(self.discard_button)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        # A row of its own under the tool bar, across the window, like a browser's notice.
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)

    def offer(self, leftover: Leftover, count: int = 1) -> None:
        self.leftover = leftover
        text = translate("Recovery", "A recovered copy of this visit is waiting: {what}.").format(what=holds(leftover))
        if count > 1:
            text += " " + translate("Recovery", "({n} copies; this is the newest.)").format(n=count)
        self.label.setText(text)
        self.show()

    def _restore(self) -> None:
        if self.leftover is not None:
            self.restoreRequested.emit(self.leftover)

    def _discard(self) -> None:
        if self.leftover is not None:
            self.leftover.remove()
        self.leftover = None
        self.hide()
        self.discarded.emit()  # an older copy may be waiting too
