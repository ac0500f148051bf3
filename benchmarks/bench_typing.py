"""Typing in the app on the large visit while the preview rebuilds.

Two things a press officer feels, each beside its limit:

- **Latency and stalls.** Keys arrive every 30 ms (a fast typist) into the
  summary while packs are built back to back. A key's latency is how late the
  GUI thread got to it plus the time to handle it; a stall is the longest gap
  between 1 ms timer ticks. The reference is the same run with the pack built
  in a thread of the app, as before the builder process: reportlab holds the
  interpreter lock there.
- **Memory.** 10,000 characters typed across four fields with 200 preview
  rebuilds; the resident memory of the app's process may grow by less than
  20 MB (the undo history itself is small: one command per field and pause).
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import briefing.ui  # noqa: F401  (guards PySide6 6.12.0's reference counts before any Qt call)
from benchmarks import Result
from benchmarks.generate import ensure_large_visit

KEY_INTERVAL_MS = 30
STALL_LIMIT = 0.050
MEMORY_LIMIT_MB = 20.0
CHARACTERS = 10_000
FIELDS = ("title", "location", "principal", "summary")
# Words, as people type: one 2,500-letter word cannot be split across lines,
# and every build of the pack then failed instead of being shown.
TYPED = "abcdefghi "


def resident_mb() -> float:
    """The process's resident memory now (Linux), else its peak."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError, AttributeError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def _in_thread(snapshot: bytes, paper: str):
    """The preview's build as it was: in a thread of the app's own process."""
    from briefing.model.snapshot import thaw
    from briefing.pdf import PackOptions, build_pack_bytes

    return build_pack_bytes(thaw(snapshot), PackOptions(paper=paper))


def _key(text: str):
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, text)


def _wait(app, condition, timeout: float = 300) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the preview did not finish building")
        app.processEvents()
        time.sleep(0.001)


def _build_once(app, preview) -> None:
    done = []
    want = preview.generation + 1

    def landed(generation):
        if generation >= want:
            done.append(generation)

    preview.loaded.connect(landed)
    preview.failed.connect(done.append)
    try:
        preview.rebuild()
        _wait(app, lambda: bool(done) and not preview.building)
    finally:
        preview.loaded.disconnect(landed)
        preview.failed.disconnect(done.append)


def typing_during_builds(app, window, builds: int) -> tuple[list[float], float]:
    """(key latencies, longest stall) while ``builds`` packs are built back to back."""
    from PySide6.QtCore import Qt, QTimer

    field = window.editors.editors["details"].form.widget("summary")
    preview = window.preview
    _build_once(app, preview)  # warm: reportlab loaded, the builder process up

    latencies: list[float] = []
    gaps: list[float] = []
    last = [time.perf_counter()]
    due = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    def key() -> None:
        # Armed one key at a time, so each key's lateness is its own.
        begin = time.perf_counter()
        app.sendEvent(field, _key(TYPED[len(latencies) % len(TYPED)]))
        latencies.append(max(0.0, begin - due[0]) + time.perf_counter() - begin)
        arm()

    ticker, typist = QTimer(), QTimer()
    typist.setSingleShot(True)

    def arm() -> None:
        due[0] = time.perf_counter() + KEY_INTERVAL_MS / 1000
        typist.start()

    for timer, interval, slot in ((ticker, 1, tick), (typist, KEY_INTERVAL_MS, key)):
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(slot)
        timer.setInterval(interval)
    landed = [0]

    def next_build(_generation) -> None:
        landed[0] += 1
        if landed[0] < builds:
            preview.rebuild()

    preview.loaded.connect(next_build)
    last[0] = time.perf_counter()
    ticker.start()
    arm()
    preview.rebuild()
    try:
        _wait(app, lambda: landed[0] >= builds and not preview.building)
    finally:
        ticker.stop()
        typist.stop()
        preview.loaded.disconnect(next_build)
    preview.timer.stop()
    return latencies, max(gaps)


def stalls(app, window, builds: int = 3) -> list[Result]:
    from briefing.ui import pack_process

    real = pack_process.build_in_process
    pack_process.build_in_process = _in_thread
    try:
        thread_keys, thread_stall = typing_during_builds(app, window, builds)
    finally:
        pack_process.build_in_process = real
    process_keys, process_stall = typing_during_builds(app, window, builds)
    reference = "same, pack built in a thread"
    return [
        Result(
            name=f"typing: longest GUI stall during {builds} preview builds (large visit)",
            seconds=process_stall,
            reference=reference,
            reference_seconds=thread_stall,
            limit=STALL_LIMIT,
        ),
        Result(
            name="typing: key latency, median (a key every 30 ms during builds)",
            seconds=statistics.median(process_keys),
            reference=reference,
            reference_seconds=statistics.median(thread_keys),
        ),
        Result(
            name="typing: key latency, slowest key",
            seconds=max(process_keys),
            reference=reference,
            reference_seconds=max(thread_keys),
            limit=STALL_LIMIT,
        ),
    ]


def memory(app, window, rebuilds: int) -> Result:
    from briefing.ui.commands import SetValue

    form = window.editors.editors["details"].form
    preview = window.preview
    per_build = max(1, CHARACTERS // rebuilds)
    per_field = CHARACTERS // len(FIELDS)

    def type_chars(first: int, count: int) -> None:
        for n in range(first, first + count):
            widget = form.widget(FIELDS[min(n // per_field, len(FIELDS) - 1)])
            if app.focusWidget() is not widget:
                widget.setFocus()
            app.sendEvent(widget, _key(TYPED[n % len(TYPED)]))
        app.processEvents()

    type_chars(0, 50)  # warm: each field's first edit, caches
    _build_once(app, preview)
    gc.collect()
    before = resident_mb()
    typed = 0
    for n in range(rebuilds):
        count = CHARACTERS - typed if n == rebuilds - 1 else per_build
        type_chars(typed, count)
        typed += count
        _build_once(app, preview)
    preview.timer.stop()
    gc.collect()
    growth = resident_mb() - before
    commands = sum(1 for o in gc.get_objects() if isinstance(o, SetValue))
    return Result(
        name=f"typing: memory growth, {typed:,} characters + {rebuilds} preview builds (large visit)",
        seconds=growth,
        unit="MB",
        limit=MEMORY_LIMIT_MB,
        note=f"{commands} undo commands alive",
    )


def run(rebuilds: int | None = None) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from briefing.ui.app import create_app, new_window

    rebuilds = rebuilds or int(os.environ.get("BRIEFING_BENCH_REBUILDS", "200"))
    path = ensure_large_visit()
    app = create_app()
    window = new_window()
    window.show()
    window.files.open_path(path)
    window.editors.show_section("details")
    window.preview.timer.stop()
    try:
        results = stalls(app, window)
        results.append(memory(app, window, rebuilds))
    finally:
        window.doc.undo_stack.setClean()
        window.close()
        QApplication.processEvents()
    return results


if __name__ == "__main__":
    for result in run():
        reference = f" ({result.reference}: {result.shown(result.reference_seconds)})" if result.reference else ""
        print(f"{result.name}: {result.shown(result.seconds)}{reference} {result.note}")
