"""A message's "If pressed" and "Background" lists, the Visit page's distribution, and the revision floor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from briefing.model import Details, Message, Revision, Visit
from briefing.ui.document import VisitDocument
from briefing.ui.editors.details import DetailsEditor
from briefing.ui.editors.messages import MessagesEditor

from .keys import type_text


def doc() -> VisitDocument:
    visit = Visit(Details(title="V", principal="P", start_date=dt.date(2027, 3, 16), revision=4))
    visit.messages.append(Message(headline="Le numérique pour tous"))
    visit.history.append(Revision(3, dt.datetime(2027, 3, 10, 16, 30)))
    return VisitDocument(visit)


def add_typed(qtbot, editor, text: str) -> None:
    qtbot.mouseClick(editor.buttons["add"], Qt.MouseButton.LeftButton)  # opens an editor on the new item
    (line,) = editor.view.viewport().findChildren(QLineEdit)
    type_text(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.view.viewport().findChildren(QLineEdit))


def test_if_pressed_and_background_lines_are_added_and_undone(qtbot):
    d = doc()
    editor = MessagesEditor(d)
    qtbot.addWidget(editor)
    editor.show()
    editor.view.setCurrentIndex(editor.view.model().index(0, 0))
    message = d.visit.messages[0]
    add_typed(qtbot, editor.if_pressed, "Les moyens sont là.")
    add_typed(qtbot, editor.background, "Chiffres à confirmer.")
    assert message.if_pressed == ["Les moyens sont là."] and message.background == ["Chiffres à confirmer."]
    d.undo_stack.undo()
    d.undo_stack.undo()  # the text, then the new line
    assert message.background == [] and message.if_pressed == ["Les moyens sont là."]


def test_distribution_and_a_revision_that_stays_above_the_last_issued(qtbot):
    d = doc()
    editor = DetailsEditor(d)
    qtbot.addWidget(editor)
    editor.show()
    add_typed(qtbot, editor.distribution, "Préfecture des Bouches-du-Rhône")
    assert d.visit.details.distribution == ["Préfecture des Bouches-du-Rhône"]
    revision = editor.revision
    assert revision.minimum() == 4
    revision.setFocus()
    revision.lineEdit().selectAll()
    qtbot.keyClicks(revision, "2")
    qtbot.keyClick(revision, Qt.Key.Key_Tab)
    assert d.visit.details.revision == 4  # revision 3 was issued: 2 cannot be typed
