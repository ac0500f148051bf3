"""Work that can wait until a window has been drawn once.

At start-up, what the user waits for is the window with the visit in it; a
notice about the file (its hand-written comments) is a second window whose
making and mapping would come first. Such work is handed to after_first_paint:
it runs as soon as the window has painted, or at once if it already has.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_PROPERTY = "_briefing_painted"


class _Waiter(QObject):
    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.waiting: list[Callable[[], None]] = []
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            obj.setProperty(_PROPERTY, True)
            QTimer.singleShot(0, self, self._run)  # once this paint is on screen
        return False

    def _run(self) -> None:
        waiting, self.waiting = self.waiting, []
        for work in waiting:
            work()
        self.deleteLater()


def after_first_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` once ``widget`` has painted; now if it has (or is hidden, so will not paint soon)."""
    if widget.property(_PROPERTY) or not widget.isVisible():
        work()
        return
    waiter = widget.findChild(_Waiter)
    if waiter is None:
        waiter = _Waiter(widget)
    waiter.waiting.append(work)
