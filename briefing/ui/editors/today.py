"""The calendar popup of a date field shows today at a glance."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont, QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget


def mark_today(calendar: QCalendarWidget) -> None:
    """Today in bold, on the highlight colour's light tint (the selected day keeps the full colour)."""
    today = QDate.currentDate()
    mark = QTextCharFormat()
    mark.setFontWeight(QFont.Weight.Bold)
    tint = calendar.palette().color(QPalette.ColorRole.Highlight)
    tint.setAlpha(60)
    mark.setBackground(tint)
    calendar.setDateTextFormat(today, mark)
