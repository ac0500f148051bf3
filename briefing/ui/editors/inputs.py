"""Input widgets shared by the editors, and how their keys reach the app.

A date field that may be "not set", conversions between Qt and Python dates
and times, and the filter that sends Ctrl+Z to the window's Undo instead of a
field's private history.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QObject, QTime, QTimer
from PySide6.QtGui import QAction, QKeySequence, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QTimeEdit,
    QWidget,
)

# QDateEdit cannot be empty: this date stands for "not set" and shows as text.
NO_DATE = QDate(1900, 1, 1)


class AppUndoFilter(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the window's Undo/Redo actions.

    Line and text edits keep a private undo history and swallow those keys; the
    app's history already holds every keystroke, so the private one would only
    disagree with it.
    """

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
        ):
            event.ignore()
            return True
        return False


_UNDO_FILTER = None


def use_app_undo(widget: QWidget) -> None:
    global _UNDO_FILTER
    if _UNDO_FILTER is None:
        _UNDO_FILTER = AppUndoFilter()
    widget.installEventFilter(_UNDO_FILTER)
    if isinstance(widget, QPlainTextEdit):
        widget.setUndoRedoEnabled(False)


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def from_qdate(value: QDate) -> dt.date | None:
    return None if value == NO_DATE or not value.isValid() else dt.date(value.year(), value.month(), value.day())


def to_qtime(value: dt.time | None) -> QTime:
    return QTime(value.hour, value.minute) if value else QTime(0, 0)


def from_qtime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


_COMPLETE_TIME = re.compile(r"\d\d:\d\d")
IDLE_MS = 1500


def typed_editing(box: QAbstractSpinBox, complete) -> None:
    """Values typed into ``box`` are taken when the user is done, not per key.

    Without keyboard tracking the box reports its value on Return, on leaving it,
    or on an arrow key; reporting every key would store half-typed values
    ("01:00" on the way to "11:30"), re-sort the programme and reload the field
    under the cursor. A pause with a complete text (``complete(text)``) also
    reports it, so a value typed just before Ctrl+S is not left out.
    """
    box.setKeyboardTracking(False)
    idle = QTimer(box)
    idle.setSingleShot(True)
    idle.setInterval(IDLE_MS)

    def flush() -> None:
        text = box.text()
        if box.hasFocus() and complete(text) and box.validate(text, 0)[0] == QValidator.State.Acceptable:
            box.interpretText()

    idle.timeout.connect(flush)
    box.lineEdit().textChanged.connect(lambda _t: box.hasFocus() and idle.start())


class TimeEdit(QTimeEdit):
    """HH:mm; a click selects the hours or minutes under it, so typing replaces them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        typed_editing(self, _COMPLETE_TIME.fullmatch)

        # Clicks land on the inner line edit, not on the box.
        self.lineEdit().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self, self._select_section)
        return super().eventFilter(obj, event)

    def _select_section(self) -> None:
        section = self.currentSection()
        if not self.lineEdit().hasSelectedText() and section != QTimeEdit.Section.NoSection:
            self.setSelectedSection(section)


class DateEdit(QDateEdit):
    """A date with a calendar popup that may also be "not set" (``special`` text)."""

    def __init__(self, special: str, near=None, parent=None):
        super().__init__(parent)
        self.near = near  # () -> the date to start from when "not set"
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(special)

    def _near(self) -> QDate:
        value = self.near() if self.near else None
        return to_qdate(value) if value else QDate.currentDate()

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(to_qdate(value))
        if value is None:
            # Open the calendar near the visit (or today), not in 1900.
            near = self._near()
            self.calendarWidget().setCurrentPage(near.year(), near.month())

    def stepBy(self, steps: int) -> None:
        if self.date() == NO_DATE:
            self.setDate(self._near())  # the arrow keys start from a sensible day
        else:
            super().stepBy(steps)

    def value(self) -> dt.date | None:
        return from_qdate(self.date())


def flag_when(line_edit: QLineEdit, wrong, tooltip: str) -> QAction:
    """A warning sign inside ``line_edit`` while ``wrong(text)`` holds (typed or loaded)."""
    action = line_edit.addAction(
        QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        QLineEdit.ActionPosition.TrailingPosition,
    )
    action.setToolTip(tooltip)

    def update(text: str) -> None:
        action.setVisible(bool(text) and wrong(text))

    line_edit.textChanged.connect(update)
    update(line_edit.text())
    return action


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def not_an_email(text: str) -> bool:
    return _EMAIL.fullmatch(text.strip()) is None
