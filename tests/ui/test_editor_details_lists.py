"""The Visit page's classification list (issue 7 item 31)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.model import Details, Visit
from briefing.ui.commands import SetValue
from briefing.ui.document import VisitDocument
from briefing.ui.editors.details import DetailsEditor


def items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_classifications_follow_the_packs_language_without_a_blank_item(qtbot):
    visit = Visit(details=Details(title="T", start_date=dt.date(2027, 3, 18), classification="Diffusion restreinte"))
    doc = VisitDocument(visit)
    editor = DetailsEditor(doc)
    qtbot.addWidget(editor)
    combo = editor.form.widget("classification")
    assert items(combo) == ["Non protégé", "Diffusion restreinte"]
    assert all(text.strip() for text in items(combo))
    assert combo.currentText() == "Diffusion restreinte"

    doc.push(SetValue(doc, "details", visit.details, "language", "en", "Edit Language", merge=False))
    assert items(combo) == ["OFFICIAL", "OFFICIAL-SENSITIVE"]
    assert combo.currentText() == "Diffusion restreinte"  # what is written is kept
    assert visit.details.classification == "Diffusion restreinte"

    doc.undo_stack.undo()
    assert items(combo) == ["Non protégé", "Diffusion restreinte"]
    assert combo.lineEdit().placeholderText() == "None"


def test_the_classifications_clear_button_clears_it_in_one_undoable_step(qtbot):
    visit = Visit(details=Details(title="T", start_date=dt.date(2027, 3, 18), classification="Diffusion restreinte"))
    doc = VisitDocument(visit)
    editor = DetailsEditor(doc)
    qtbot.addWidget(editor)
    line = editor.form.widget("classification").lineEdit()
    (button,) = [action for action in line.actions() if action.objectName() == "clearButton"]
    assert button.isVisible()
    button.trigger()
    assert line.text() == "" and visit.details.classification == ""
    assert not button.isVisible()  # nothing left to clear
    doc.undo_stack.undo()
    assert visit.details.classification == "Diffusion restreinte" and line.text() == "Diffusion restreinte"
    assert button.isVisible()


def test_the_clear_button_looks_like_qts_own_where_the_icon_theme_has_none(qapp):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QStyle

    from briefing.ui.editors.clear_button import clear_icon

    if QIcon.hasThemeIcon("edit-clear"):
        pytest.skip("Qt's would be the desktop theme's")
    qts = qapp.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
    for size in (16, 24, 32, 64):
        assert clear_icon().pixmap(size).toImage() == qts.pixmap(size).toImage()
