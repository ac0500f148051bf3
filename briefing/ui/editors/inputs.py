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
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QTimeEdit,
    QWidget,
)

from briefing.ui.models.dates import numeric_date_format

# QDateEdit cannot be empty: this date stands for "not set" and shows as text.
NO_DATE = QDate(1900, 1, 1)


class AppUndoFilter(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the window's Undo/Redo actions.

    Line and text edits, and the line edit inside date, time and number boxes,
    keep a private undo history and swallow those keys; the app's history
    already holds every change, so the private one would only disagree with it.
    A box's half-typed value is taken first, so Undo takes back the typing.
    """

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
        ):
            if isinstance(obj, QAbstractSpinBox) and event.matches(QKeySequence.StandardKey.Undo):
                obj.interpretText()
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


# QLineEdit holds 32,767 characters unless told otherwise, and cuts a longer
# text at the first key pressed: a pasted speech would lose its end silently.
NO_LIMIT = 2**31 - 1


def unlimited(line_edit: QLineEdit) -> QLineEdit:
    line_edit.setMaxLength(NO_LIMIT)
    return line_edit


class LongTextDelegate(QStyledItemDelegate):
    """The default cell editor, without the line edit's length limit."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            unlimited(editor)
        return editor


_PARAGRAPH = "\u2029"  # how the text document stores a line break


def _raw_positions(value: str) -> list[int]:
    """Where each character of the document's raw text starts in ``value``
    (CRLF is one break there), then ``len(value)``."""
    starts, i = [], 0
    while i < len(value):
        starts.append(i)
        i += 2 if value.startswith("\r\n", i) else 1
    starts.append(len(value))
    return starts


def spliced(value: str, old_raw: str, new_raw: str, cursor: int | None = None) -> str:
    """``value`` with the change from ``old_raw`` to ``new_raw`` (the document's
    raw text before and after an edit) made to it, and nothing else changed.

    ``cursor`` (where the edit left the cursor) places an edit among equal
    characters: a break typed before a CRLF goes before it.
    """
    starts = _raw_positions(value)
    if len(starts) - 1 != len(old_raw):  # not the text shown: take the document's
        return new_raw.replace(_PARAGRAPH, "\n")
    limit = min(len(old_raw), len(new_raw))
    after = len(new_raw) - cursor if cursor is not None and 0 <= cursor <= len(new_raw) else limit
    tail = 0
    while tail < min(limit, after) and old_raw[-1 - tail] == new_raw[-1 - tail]:
        tail += 1
    head = 0
    while head < limit - tail and old_raw[head] == new_raw[head]:
        head += 1
    typed = new_raw[head : len(new_raw) - tail].replace(_PARAGRAPH, "\n")
    return value[: starts[head]] + typed + value[starts[len(old_raw) - tail] :]


class TextField(QPlainTextEdit):
    """Multi-line plain text that changes only what the user changes.

    ``toPlainText()`` turns no-break spaces into spaces, U+2028 into a line
    break and CRLF into LF: this field keeps the stored text and makes each
    edit of the document to it instead (see :func:`spliced`).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._value = ""
        self._raw = ""
        self._setting = False
        self.textChanged.connect(self._follow)  # first, before any reader of value()

    def value(self) -> str:
        return self._value

    def set_value(self, value: str) -> None:
        self._setting = True
        try:
            self._value = value
            self.setPlainText(value)
        finally:
            self._setting = False
        self._raw = self.document().toRawText()

    def _follow(self) -> None:
        raw = self.document().toRawText()
        if not self._setting:
            self._value = spliced(self._value, self._raw, raw, self.textCursor().position())
        self._raw = raw


def show_keeping_cursor(field: TextField, value: str) -> None:
    """Show ``value`` (an undo, another view) with the cursor where it was."""
    pos = field.textCursor().position()
    field.set_value(value)
    cursor = field.textCursor()
    cursor.setPosition(min(pos, len(field.document().toRawText())))
    field.setTextCursor(cursor)


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


class SectionClick(QObject):
    """A click in a date or time box selects the part under it (day, hours...),
    so typing replaces it instead of being refused by a part already full."""

    def __init__(self, box: QDateTimeEdit):
        super().__init__(box)
        self.box = box
        box.lineEdit().installEventFilter(self)  # clicks land on the inner line edit

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self, self._select)
        return False

    def _select(self) -> None:
        box = self.box
        section = box.currentSection()
        if box.is_set() and not box.lineEdit().hasSelectedText() and section != QDateTimeEdit.Section.NoSection:
            box.setSelectedSection(section)


class TimeEdit(QTimeEdit):
    """HH:mm; a click selects the hours or minutes under it, so typing replaces them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        typed_editing(self, _COMPLETE_TIME.fullmatch)
        self._click = SectionClick(self)

    def is_set(self) -> bool:
        return True


def _complete_date(text: str) -> bool:
    return sum(c.isdigit() for c in text) == 8


class DateEdit(QDateEdit):
    """A date typed in the locale's order or picked in a calendar; it may also be
    "not set" (``special`` text, the box's minimum date).

    While not set, the first digit typed starts from a sensible day (``near()``,
    else today) and replaces its day, so "03122026" reads 03/12/2026 rather than
    being added to the "not set" text; the calendar opens on that day's month.
    """

    def __init__(self, special: str, near=None, parent=None):
        super().__init__(parent)
        self.near = near  # () -> the date to start from when "not set"
        self.setCalendarPopup(True)
        self.setDisplayFormat(numeric_date_format(self.locale()))
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(special)
        typed_editing(self, _complete_date)
        self._click = SectionClick(self)

    def _near(self) -> QDate:
        value = self.near() if self.near else None
        return to_qdate(value) if value else QDate.currentDate()

    def is_set(self) -> bool:
        return self.date() != NO_DATE

    def set_value(self, value: dt.date | None) -> None:
        if self.date() != to_qdate(value):  # the same date again would move the cursor
            self.setDate(to_qdate(value))

    def _start_near(self) -> None:
        """Show the near day without reporting it: only what the user types or
        picks next is a change."""
        blocked = self.blockSignals(True)
        try:
            self.setDate(self._near())
        finally:
            self.blockSignals(blocked)
        self.setSelectedSection(self.sectionAt(0))

    def keyPressEvent(self, event) -> None:
        unset = not self.is_set()
        if unset and event.text()[:1].isdigit():
            self._start_near()
        super().keyPressEvent(event)
        self._calendar_near(unset)  # Alt+Down or F4 may have opened it

    def mousePressEvent(self, event) -> None:
        unset = not self.is_set()
        super().mousePressEvent(event)
        self._calendar_near(unset)

    def _calendar_near(self, unset: bool) -> None:
        calendar = self.calendarWidget()
        if unset and calendar is not None and calendar.isVisible():
            near = self._near()
            calendar.setCurrentPage(near.year(), near.month())

    def stepBy(self, steps: int) -> None:
        if not self.is_set():
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


def take_typed_value() -> None:
    """Store what the user typed in the focused date, time or number field.

    Those fields report their value only when the user is done (see
    typed_editing), so Save, Export or Print pressed while a typed time is
    still under the cursor would otherwise use the value before it.
    """
    widget = QApplication.focusWidget()
    while widget is not None and not isinstance(widget, QAbstractSpinBox):
        widget = widget.parentWidget()
    if widget is not None:
        widget.interpretText()
