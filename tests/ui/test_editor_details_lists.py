"""The Visit page's classification list (issue 7 item 31)."""

from __future__ import annotations

import datetime as dt

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
