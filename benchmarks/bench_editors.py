"""The section editors on a large visit (150 stops over 5 days, 300 people).

What a press officer feels: how long opening takes with every editor alive,
how long one keystroke in a stop's title takes (all editors and item models
follow it), and filtering the people list. A keystroke should fit in one frame
at 60 Hz; the reference is the same keystroke with no editor listening, that
is the undo command alone.
"""

from __future__ import annotations

import copy
import os

from benchmarks import Result, medians
from benchmarks.generate import large_visit
from briefing.ui.pyside_refcounts import make_singletons_immortal

make_singletons_immortal()  # before any Qt call, as the app does (PySide6 6.12.0 on Python 3.11)

FRAME = 1 / 60


def run(repeats: int = 7) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from briefing.model import Visit
    from briefing.ui.commands import SetValue
    from briefing.ui.document import VisitDocument
    from briefing.ui.editors import EDITORS

    app = QApplication.instance() or QApplication([])
    visit = large_visit()
    doc = VisitDocument(Visit())
    editors = {key: cls(doc) for key, cls in EDITORS}
    for editor in editors.values():
        editor.resize(900, 700)
        editor.show()
    app.processEvents()

    copies = [copy.deepcopy(visit) for _ in range(4)]  # made outside the timing

    def open_visit() -> None:
        doc.replace(copies.pop(), None)
        app.processEvents()

    timings = medians({"open": open_visit}, repeats=3)
    doc.replace(visit, None)
    app.processEvents()
    programme = editors["itinerary"]
    programme.table.selectRow(5)
    title = programme.form.widget("title")
    letters = iter("Visite du port autonome de Marseille, quai de la Joliette " * 50)

    def keystroke() -> None:
        event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, next(letters))
        QApplication.sendEvent(title, event)
        app.processEvents()

    bare = VisitDocument(large_visit())
    stop = bare.visit.itinerary[5]

    def bare_keystroke() -> None:
        bare.push(SetValue(bare, "itinerary", stop, "title", stop.title + "x", "t"))

    people = editors["attendees"]
    words = iter(["mar", "ma", "m", "", "du", "d", ""] * 20)

    def filter_people() -> None:
        people.filter.setText(next(words))
        app.processEvents()

    timings.update(medians({"key": keystroke, "bare": bare_keystroke, "filter": filter_people}, repeats=repeats * 3))
    for editor in editors.values():
        editor.close()
    return [
        Result(name="editors: open a large visit (all 7 editors)", seconds=timings["open"]),
        Result(
            name="editors: one keystroke in a stop title",
            seconds=timings["key"],
            reference="the undo command alone",
            reference_seconds=timings["bare"],
            note=f"one frame is {FRAME * 1000:.0f} ms",
        ),
        Result(name="editors: filter 300 people", seconds=timings["filter"]),
    ]
