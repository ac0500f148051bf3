"""Input widgets shared by the editors, and how their keys reach the app.

Line edits without Qt's length limit, a warning sign for a wrong text, taking
the value still being typed, and the filter that sends Ctrl+Z to the window's
Undo instead of a field's private history. Date and time fields are in
datetime_fields.py, multi-line text in text_field.py.
"""

from __future__ import annotations

import contextlib
import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QWidget,
)

from briefing.ui.editors.datetime_fields import TypedField
from briefing.ui.editors.warning_sign import WarningSign


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
# Event filters held back while the first window is built (see hold_event_filters).
_held: list[tuple[QWidget, QObject]] | None = None


def hold_event_filters() -> None:
    """Until release_event_filters(), the editors' Python event filters wait.

    A Python filter receives every event of its widget, and the first one
    makes PySide6 create the Python types of all ~50 event classes: ~3-5 ms
    before the first paint, for events (a key, a focus change) that only come
    once the window is on screen. The app holds them while its first window
    is built and releases them once it has painted.
    """
    global _held
    _held = []


def release_event_filters() -> None:
    global _held
    held, _held = _held, None
    for widget, watcher in held or ():
        with contextlib.suppress(RuntimeError):  # the widget was deleted meanwhile
            widget.installEventFilter(watcher)


def filter_events(widget: QWidget, watcher: QObject) -> None:
    """``widget.installEventFilter(watcher)``, held back while the first window is built."""
    if _held is None:
        widget.installEventFilter(watcher)
    else:
        _held.append((widget, watcher))


def use_app_undo(widget: QWidget) -> None:
    global _UNDO_FILTER
    if _UNDO_FILTER is None:
        _UNDO_FILTER = AppUndoFilter()
    filter_events(widget, _UNDO_FILTER)
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


def flag_when(line_edit: QLineEdit, wrong, tooltip: str) -> QAction:
    """A warning sign inside ``line_edit`` while ``wrong(text)`` holds (typed or loaded)."""
    action = WarningSign(line_edit)
    action.setToolTip(tooltip)

    def update(text: str) -> None:
        action.show_if(bool(text) and wrong(text))

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
