"""Editors inside the programme table: calendar dates, HH:mm times, press access."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from briefing.model.visit import PRESS_ACCESS
from briefing.ui.editors.datetime_fields import DateEdit, TimeEdit, TypedField
from briefing.ui.models.stops import END, START, StopRole, press_label

PRESS_COLOURS = {
    "open": QColor(46, 125, 50),
    "pool": QColor(21, 101, 192),
    "photo-op": QColor(123, 31, 162),
    "closed": QColor(97, 97, 97),
}


class TypedCellDelegate(QStyledItemDelegate):
    """A date or time cell: Return or Tab on a text that cannot be read keeps
    the cell open, flagged with its message, instead of closing it unstored."""

    def eventFilter(self, editor, event):
        if (
            isinstance(editor, TypedField)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not editor.commit()
        ):
            return True
        return super().eventFilter(editor, event)


class DateDelegate(TypedCellDelegate):
    def __init__(self, visit_start, parent=None):
        super().__init__(parent)
        self.visit_start = visit_start

    def createEditor(self, parent, option, index):
        editor = DateEdit("", self.visit_start, parent)
        editor.delegate = self
        return editor

    def setEditorData(self, editor, index):
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor, model, index):
        # Typed text is read on demand; a text that is not a date stores nothing.
        if editor.commit() and editor.value() is not None:
            model.setData(index, editor.value())


class TimeDelegate(TypedCellDelegate):
    """HH:mm; an empty end starts from the start time plus 30 minutes."""

    def createEditor(self, parent, option, index):
        editor = TimeEdit(parent)
        editor.delegate = self
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole)
        if value is None and index.column() == END:
            stop = index.data(StopRole)
            start = stop.start or dt.time(9, 0)
            minutes = min(23 * 60 + 59, start.hour * 60 + start.minute + 30)
            value = dt.time(minutes // 60, minutes % 60)
        editor.set_value(value or dt.time(9, 0))

    def setModelData(self, editor, model, index):
        # Typed text is read on demand; a time that is not one stores nothing.
        if editor.commit() and index.column() in (START, END):
            model.setData(index, editor.value())


class PressDelegate(QStyledItemDelegate):
    """Press access drawn as a coloured badge, chosen from a list."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for value in PRESS_ACCESS:
            editor.addItem(press_label(value), value)
        return editor

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData())

    def paint(self, painter: QPainter, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        colour = PRESS_COLOURS.get(index.data(Qt.ItemDataRole.EditRole), QColor(97, 97, 97))
        metrics = opt.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 14, opt.rect.width() - 6)
        height = min(metrics.height() + 4, opt.rect.height() - 4)
        rect = QRectF(opt.rect.x() + 4, opt.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white"))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 10)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)
        painter.restore()

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setWidth(size.width() + 16)
        return size
