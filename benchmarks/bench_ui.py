"""The desktop app on a large visit: what the user waits for, and what typing costs.

Everything here runs on the GUI thread except the preview build, so each
number is time during which the window does not answer. The preview is built
in the background; "longest stall" is the longest gap between 1 ms timer
ticks on the GUI thread while it builds (what typing would feel).
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import Result, medians
from benchmarks.generate import ensure_large_visit


def run(repeats: int = 5) -> list[Result]:
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from briefing.model import check_visit
    from briefing.model.photos import photo_problem
    from briefing.storage import dump_visit
    from briefing.ui.app import create_app, new_window
    from briefing.ui.checkspanel import blocking_entries
    from briefing.ui.commands import SetValue

    path = ensure_large_visit()
    app = create_app()
    window = new_window()
    window.preview.timer.stop()
    window.show()

    def open_file() -> None:
        photo_problem.cache_clear()
        window.doc.undo_stack.setClean()
        window.files.new()  # lets go of the file (and its lock) so that it opens again
        window.files.open_path(path)
        window.preview.timer.stop()
        app.processEvents()

    details = window.doc.visit.details

    def keystroke() -> None:
        nonlocal details
        details = window.doc.visit.details
        window.doc.push(SetValue(window.doc, "details", details, "summary", details.summary + "x", "Typing"))
        app.processEvents()

    def checks() -> None:
        check_visit(window.doc.visit)
        blocking_entries(window.doc.visit)

    def people_checks() -> None:
        # What the checks panel runs after a People keystroke: not the programme's sweep.
        person = window.doc.visit.attendees[0]
        window.doc.push(SetValue(window.doc, "attendees", person, "role", person.role + "x", "Typing"))
        window.checks.refresh()

    def programme_checks() -> None:
        stop = window.doc.visit.itinerary[0]
        window.doc.push(SetValue(window.doc, "itinerary", stop, "title", stop.title + "x", "Typing"))
        window.checks.refresh()

    def recovery() -> None:
        dump_visit(window.doc.visit)

    open_file()
    timed = medians({"open": open_file}, repeats)
    window.preview.timer.stop()
    typing = medians(
        {
            "key": keystroke,
            "checks": checks,
            "people": people_checks,
            "programme": programme_checks,
            "recovery": recovery,
        },
        repeats,
    )

    # The preview: wall time of a build, and the longest GUI stall meanwhile.
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.timeout.connect(tick)
    ticker.start(1)
    want = window.preview.generation + 1
    done = []
    window.preview.loaded.connect(lambda g: done.append(g) if g >= want else None)
    window.preview.failed.connect(lambda m: done.append(-1))
    start = last[0] = time.perf_counter()
    window.preview.rebuild()
    while not done:
        app.processEvents()
        time.sleep(0.0005)
    build = time.perf_counter() - start
    ticker.stop()
    window.doc.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    size_mb = path.stat().st_size / 1e6
    return [
        Result(
            name=f"app: open a {size_mb:.1f} MB visit (window ready)",
            seconds=timed["open"],
            note=f"median of {repeats}",
        ),
        Result(name="app: one keystroke in a field (undo command + views)", seconds=typing["key"]),
        Result(name="app: checks after edits stop (warnings + save blockers)", seconds=typing["checks"]),
        Result(
            name="app: checks after a People keystroke (programme not checked again)",
            seconds=typing["people"],
            reference="same after a Programme keystroke",
            reference_seconds=typing["programme"],
        ),
        Result(name="app: recovery copy (dump_visit, every 30 s of changes)", seconds=typing["recovery"]),
        Result(name="app: preview build in the background (wall)", seconds=build),
        Result(
            name="app: longest GUI stall during that build",
            seconds=max(gaps) if gaps else float("nan"),
            note=f"median tick gap {statistics.median(gaps) * 1000:.1f} ms" if gaps else "",
        ),
    ]


if __name__ == "__main__":
    for result in run():
        print(f"{result.name}: {result.seconds * 1000:.1f} ms {result.note}")
