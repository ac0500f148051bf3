"""A long stop title does not widen the message form past the window."""

from __future__ import annotations

import datetime as dt

from briefing.model import Details, Message, Stop, Visit
from briefing.ui.document import VisitDocument
from briefing.ui.editors.messages import MessagesEditor


def test_the_stop_choice_is_as_wide_as_the_form_not_its_longest_title(qtbot):
    long_title = "Table ronde avec les étudiants, les partenaires et les élus " * 4
    visit = Visit(
        details=Details(title="V", principal="P", start_date=dt.date(2027, 6, 3)),
        itinerary=[Stop(id="a", title=long_title, start=dt.time(9))],
        messages=[Message(headline="H", stop="a")],
    )
    editor = MessagesEditor(VisitDocument(visit))
    qtbot.addWidget(editor)
    combo = editor.stop_combo
    assert combo.count() >= 1
    assert combo.sizeHint().width() < combo.fontMetrics().horizontalAdvance(long_title) / 2
