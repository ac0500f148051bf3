"""Input widgets shared by the editors, and how their keys reach the app.

Date and time fields typed whole (a date may be "not set"), multi-line text
that keeps the characters the user did not touch, line edits without Qt's
length limit, and the filter that sends Ctrl+Z to the window's Undo instead
of a field's private history.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QToolTip,
    QWidget,
)

from briefing.ui.editors.today import mark_today
from briefing.ui.editors.typed import date_complete, date_order, read_date, read_time, time_complete
from briefing.ui.icons import icon
from briefing.ui.models.dates import numeric_date_format, show_date

translate = QCoreApplication.translate
LAST_MINUTE = 23 * 60 + 59


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
            elif isinstance(obj, TypedField) and event.matches(QKeySequence.StandardKey.Undo):
                obj.commit()
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


IDLE_MS = 1500


class TypedField(QLineEdit):
    """A value typed whole as text and read when the user is done.

    The text is read on Return, on leaving the field, after a pause once it is
    complete, and when Save, Close or Export asks (:meth:`commit`); reading it
    per key would store half-typed values ("1" on the way to "11:30"). A text
    that cannot be read is left as typed, flagged with a warning and a message,
    and not stored; Escape shows the stored value again. A click anywhere
    selects the whole value, so typing replaces it.
    """

    valueChanged = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.delegate = None  # the item delegate, when editing a table cell
        self._value = None
        self._problem = ""
        self._warning = self.addAction(
            QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        self._warning.setVisible(False)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self._pause)
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(self.commit)
        self.editingFinished.connect(self.commit)

    # what subclasses say ------------------------------------------------
    def read(self, text: str):
        """The value ``text`` stands for, or None."""
        raise NotImplementedError

    def show_text(self, value) -> str:
        raise NotImplementedError

    def complete(self, text: str) -> bool:
        """Whether ``text`` needs nothing more typed (a pause may then take it)."""
        raise NotImplementedError

    def refusal(self, text: str) -> str:
        """What to tell the user about ``text``, which cannot be read."""
        raise NotImplementedError

    # value --------------------------------------------------------------
    def value(self):
        return self._value

    def set_value(self, value) -> None:
        """Show ``value`` (loading, undo): not reported as a change."""
        self._value = value
        self._idle.stop()
        self._set_problem("")
        text = self.show_text(value)
        if self.text() != text:
            self.setText(text)

    def choose(self, value) -> None:
        """Take ``value`` as the user's choice (calendar, arrow keys)."""
        changed = value != self._value
        self.set_value(value)
        if changed:
            self.valueChanged.emit(value)

    def problem(self) -> str:
        """The message about the text shown, which could not be read ("" if none)."""
        return self._problem

    def commit(self) -> bool:
        """Take the typed text; False when it cannot be read (then nothing is stored)."""
        self._idle.stop()
        text = self.text()
        if text == self.show_text(self._value) or not text.strip():
            self.set_value(self._value)  # nothing typed, or all of it erased: keep the value
            return True
        value = self.read(text)
        if value is None:
            self._set_problem(self.refusal(text))
            if self.isVisible():
                QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self._problem, self)
            return False
        changed = value != self._value
        self.set_value(value)
        if changed:
            self.valueChanged.emit(value)
        return True

    def revert(self) -> None:
        self.set_value(self._value)
        self.selectAll()

    def _set_problem(self, message: str) -> None:
        self._problem = message
        self._warning.setVisible(bool(message))
        self._warning.setToolTip(message)
        self.setToolTip(message)
        self.setAccessibleDescription(message)

    def _edited(self, _text: str) -> None:
        self._idle.start()

    def _pause(self) -> None:
        text = self.text()
        if self.hasFocus() and self.complete(text) and self.read(text) is not None:
            self.commit()

    # keys and clicks ----------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and (self._problem or self.text() != self.show_text(self._value)):
            self.revert()
            return
        steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 4, Qt.Key.Key_PageDown: -4}
        if event.key() in steps and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if self.commit():
                self.step(steps[event.key()])
            return
        super().keyPressEvent(event)

    def step(self, steps: int) -> None:
        """Up and Down: the next or previous value."""

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.hasSelectedText():
            self.selectAll()  # a click anywhere takes the whole value: typing replaces it


class TimeEdit(TypedField):
    """A time typed as people do: 9:30, 9h30, 930 or 9; shown HH:mm."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._value = dt.time(9, 0)
        self.setText("09:00")
        self.setPlaceholderText("HH:MM")
        self.setMaxLength(16)

    def read(self, text: str):
        return read_time(text)

    def show_text(self, value) -> str:
        return value.strftime("%H:%M") if value is not None else ""

    def complete(self, text: str) -> bool:
        return time_complete(text)

    def refusal(self, text: str) -> str:
        return translate("Inputs", "“{text}” is not a time of day. Type it as 9:30, 9h30 or 930.").format(
            text=text.strip()
        )

    def step(self, steps: int) -> None:
        """Quarter hours (Up, Down), hours (Page Up, Page Down), within the day."""
        value = self._value or dt.time(9, 0)
        minutes = max(0, min(LAST_MINUTE, value.hour * 60 + value.minute + steps * 15))
        self.choose(dt.time(minutes // 60, minutes % 60))
        self.selectAll()


class DateEdit(TypedField):
    """A date typed whole in the language's order (18/03/2027, 18/3, 18.03.27,
    2027-03-18, 18032027) or picked in a calendar; it may be "not set"
    (``special``, shown greyed). A date typed without its year takes the year of
    the date shown, else of ``near()``, else this year."""

    def __init__(self, special: str, near=None, parent=None):
        super().__init__(parent)
        self.near = near  # () -> the date to start from when "not set"
        self.special = special
        self.setPlaceholderText(special)
        self.format = numeric_date_format(self.locale())
        self.order = date_order(self.format)
        self._calendar_action = self.addAction(icon("calendar"), QLineEdit.ActionPosition.TrailingPosition)
        self._calendar_action.setToolTip(translate("Inputs", "Choose in a calendar (Alt+Down)"))
        self._calendar_action.triggered.connect(self.show_calendar)
        self._popup = None

    def _near(self) -> dt.date:
        return self._value or (self.near() if self.near else None) or dt.date.today()

    def is_set(self) -> bool:
        return self._value is not None

    def read(self, text: str):
        return read_date(text, self.order, self._near())

    def show_text(self, value) -> str:
        return show_date(value, self.locale()) if value is not None else ""

    def complete(self, text: str) -> bool:
        return date_complete(text)

    def refusal(self, text: str) -> str:
        example = show_date(dt.date(2027, 3, 18), self.locale())
        return translate("Inputs", "“{text}” is not a date. Type it as {example}.").format(
            text=text.strip(), example=example
        )

    def step(self, steps: int) -> None:
        """Days (Up, Down); from "not set", the day the field starts near."""
        self.choose(self._near() + dt.timedelta(days=steps) if self._value is not None else self._near())
        self.selectAll()

    def keyPressEvent(self, event) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        if not self.commit():
            return
        popup = QCalendarWidget(self)
        mark_today(popup)
        popup.setWindowFlags(Qt.WindowType.Popup)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        near = self._near()
        popup.setSelectedDate(QDate(near.year, near.month, near.day))
        popup.clicked.connect(lambda day: self._picked(popup, day))
        popup.activated.connect(lambda day: self._picked(popup, day))
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()
        popup.setFocus()
        self._popup = popup

    def _picked(self, popup, day: QDate) -> None:
        popup.close()
        self._popup = None
        self.choose(dt.date(day.year(), day.month(), day.day()))
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def calendarWidget(self):
        return self._popup


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
    while widget is not None and not isinstance(widget, QAbstractSpinBox | TypedField):
        widget = widget.parentWidget()
    if isinstance(widget, TypedField):
        if widget.commit() and widget.delegate is not None:
            widget.delegate.commitData.emit(widget)  # a table cell: into the model now
    elif widget is not None:
        widget.interpretText()
