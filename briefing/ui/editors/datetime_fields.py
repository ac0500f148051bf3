"""Date and time fields typed whole, as people type them.

``QDateEdit`` and ``QTimeEdit`` type by sections: two digits jump to the month,
a typed "/" skips on, a click edits only the part under it and 10:65 becomes
10:06. These fields are line edits that read the whole text themselves
(typed.py) and say so when they cannot.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QToolTip

from briefing.ui.editors.typed import date_complete, date_order, read_date, read_time, time_complete
from briefing.ui.editors.warning_sign import WarningSign
from briefing.ui.icons import icon
from briefing.ui.models.dates import numeric_date_format, show_date

translate = QCoreApplication.translate
LAST_MINUTE = 23 * 60 + 59

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
        self._warning = WarningSign(self)
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
        self._warning.show_if(bool(message))
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
        # The calendar and its text formats are loaded when one is first opened, not at start-up.
        from PySide6.QtWidgets import QCalendarWidget

        from briefing.ui.editors.today import mark_today

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
