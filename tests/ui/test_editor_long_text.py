"""Single-line fields hold texts longer than QLineEdit's default 32,767 characters."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit

from briefing.model import Details, Stop, Visit
from briefing.ui.document import VisitDocument
from briefing.ui.editors.details import DetailsEditor
from briefing.ui.editors.programme import ProgrammeEditor
from briefing.ui.models.stops import TITLE

LONG = "Un titre très long. " * 2000  # 40,000 characters


def visit() -> Visit:
    return Visit(
        details=Details(title=LONG, principal="P", start_date=dt.date(2027, 6, 3)),
        itinerary=[Stop(id="s1", title=LONG, start=dt.time(9, 0))],
    )


def test_backspace_in_a_long_title_removes_one_character(qtbot):
    doc = VisitDocument(visit())
    editor = DetailsEditor(doc)
    qtbot.addWidget(editor)
    editor.show()
    title = editor.form.widget("title")
    title.setFocus()
    title.end(False)
    QTest.keyClick(title, Qt.Key.Key_Backspace)
    assert doc.visit.details.title == LONG[:-1]


def test_a_long_stop_title_edited_in_the_table_stays_whole(qtbot):
    doc = VisitDocument(visit())
    editor = ProgrammeEditor(doc)
    qtbot.addWidget(editor)
    editor.show()
    table = editor.table
    index = editor.model.index(0, TITLE)
    table.setCurrentIndex(index)
    table.edit(index)
    cell = table.indexWidget(index) or table.findChild(QLineEdit)
    assert isinstance(cell, QLineEdit)
    assert cell.text() == LONG
    cell.end(False)
    QTest.keyClick(cell, Qt.Key.Key_Backspace)
    table.commitData(cell)
    table.closeEditor(cell, QAbstractItemDelegate.EndEditHint.NoHint)
    assert doc.visit.itinerary[0].title == LONG[:-1]
