"""Typing in a multi-line field changes only what is typed: no-break spaces,
U+2028 line separators and CRLF line ends elsewhere in the text are kept."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from briefing.model import Details, Question, Visit
from briefing.ui.document import VisitDocument
from briefing.ui.editors.details import DetailsEditor
from briefing.ui.editors.lists import QuestionsEditor, SensitivitiesEditor
from briefing.ui.editors.text_field import spliced

TEXT = "Le 18\u00a0mars\u00a0: visite.\u2028Suite\r\nFin\u00a0!"


def type_text(widget, text: str) -> None:
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))


def visit() -> Visit:
    return Visit(
        details=Details(title="V", principal="P", start_date=dt.date(2027, 6, 3), summary=TEXT),
        qa=[Question(TEXT, TEXT)],
        sensitivities=[TEXT],
    )


def at(field, position: int) -> None:
    field.setFocus()
    cursor = field.textCursor()
    cursor.setPosition(position)
    field.setTextCursor(cursor)


def test_typing_at_the_end_of_a_summary_keeps_the_rest(qtbot):
    doc = VisitDocument(visit())
    editor = DetailsEditor(doc)
    qtbot.addWidget(editor)
    editor.show()
    summary = editor.form.widget("summary")
    summary.setFocus()
    summary.moveCursor(QTextCursor.MoveOperation.End)
    type_text(summary, " Merci\u00a0!")
    assert doc.visit.details.summary == TEXT + " Merci\u00a0!"
    doc.undo_stack.undo()
    assert doc.visit.details.summary == TEXT


def test_deleting_and_breaking_lines_in_an_answer_touches_only_them(qtbot):
    doc = VisitDocument(visit())
    editor = QuestionsEditor(doc)
    qtbot.addWidget(editor)
    editor.show()
    answer = editor.form.widget("answer")
    at(answer, 0)
    QTest.keyClick(answer, Qt.Key.Key_Delete)  # "L"
    at(answer, len("e 18\u00a0mars\u00a0: visite.\u2028Suite"))
    QTest.keyClick(answer, Qt.Key.Key_Return)
    assert doc.visit.qa[0].answer == "e 18\u00a0mars\u00a0: visite.\u2028Suite\n\r\nFin\u00a0!"
    assert doc.visit.qa[0].question == TEXT


def test_a_sensitivity_keeps_its_characters(qtbot):
    doc = VisitDocument(visit())
    editor = SensitivitiesEditor(doc)
    qtbot.addWidget(editor)
    editor.show()
    editor.text.setFocus()
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor.text, "é")
    assert doc.visit.sensitivities == [TEXT + "é"]


@pytest.mark.parametrize(
    ("value", "old", "new", "expected"),
    [
        ("a\r\nb", "a\u2029b", "a\u2029xb", "a\r\nxb"),
        ("a\r\nb", "a\u2029b", "ab", "ab"),
        ("a\u00a0b", "a\u00a0b", "a\u00a0\u2029b", "a\u00a0\nb"),
        ("x\ry", "x\u2029y", "x\u2029y!", "x\ry!"),
    ],
)
def test_spliced_changes_only_the_edit(value, old, new, expected):
    assert spliced(value, old, new) == expected


def test_spliced_places_a_break_at_the_cursor():
    # the cursor is after what was typed
    assert spliced("a\r\nb", "a\u2029b", "a\u2029\u2029b", cursor=3) == "a\r\n\nb"
    assert spliced("a\r\nb", "a\u2029b", "a\u2029\u2029b", cursor=2) == "a\n\r\nb"
