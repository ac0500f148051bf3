"""A tiny file that could take the machine: 2,500 stops at the same hour.

Every pair of them overlaps (3,123,750 pairs in 160 KB of YAML). The checks
find overlaps with a sort and a sweep and list at most a few of a kind, with a
count of the rest, so ``briefing check`` must stay under LIMIT_SECONDS and
LIMIT_MB of resident memory as a whole process, and a keystroke in the app on
that visit under LIMIT_KEY_SECONDS, the checks it schedules included.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import Result
from benchmarks.generate import BENCH_DIR

STOPS = 2500
LIMIT_SECONDS = 1.0
LIMIT_MB = 200
LIMIT_KEY_SECONDS = 0.050
OVERLAPS_VISIT = BENCH_DIR / "overlaps.visit.yaml"


def ensure_overlaps_visit(stops: int = STOPS) -> Path:
    lines = [
        "format: briefing-visit",
        "version: 1",
        "visit:",
        "  title: Every stop at ten",
        "  principal: Cédric O",
        "  start_date: 2027-06-03",
        "itinerary:",
    ]
    for i in range(stops):
        lines += [f"  - id: s{i}", '    start: "10:00"', '    end: "11:00"', f"    title: Stop {i}"]
    text = "\n".join(lines) + "\n"
    if not OVERLAPS_VISIT.exists() or OVERLAPS_VISIT.read_text(encoding="utf-8") != text:
        BENCH_DIR.mkdir(exist_ok=True)
        OVERLAPS_VISIT.write_text(text, encoding="utf-8")
    return OVERLAPS_VISIT


def check_process(path: Path) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one ``briefing check`` process."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "briefing", "check", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"briefing check refused the benchmark file: {child.stderr.read().decode()}")
    child.stderr.close()
    return seconds, usage.ru_maxrss / 1024  # kilobytes on Linux


def _verdict(value: float, limit: float) -> str:
    return "ok" if value <= limit else "ABOVE LIMIT"


def typing(path: Path, keys: int = 30) -> tuple[list[float], list[float]]:
    """Per keystroke in a stop's title: the key itself, and the longest of the checks it schedules."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from briefing.ui.app import create_app, new_window

    app = create_app()
    window = new_window()
    window.show()
    window.files.open_path(path)
    window.preview.timer.stop()  # the preview builds in the background: not what this measures
    window.editors.show_section("itinerary")
    programme = window.editors.editors["itinerary"]
    programme.table.selectRow(5)
    title = programme.form.widget("title")
    app.processEvents()
    key_times, check_times = [], []
    for letter in ("Visite du port " * 10)[:keys]:
        start = time.perf_counter()
        QApplication.sendEvent(title, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, letter))
        app.processEvents()
        key_times.append(time.perf_counter() - start)
        window.preview.timer.stop()
        # What the key's timers run a moment later, on the same thread: the
        # table's recheck and the panel's refresh, each its own stall.
        start = time.perf_counter()
        programme.model._recheck()
        table = time.perf_counter() - start
        start = time.perf_counter()
        window.checks.refresh()
        check_times.append(max(table, time.perf_counter() - start))
    window.doc.undo_stack.setClean()
    window.close()
    app.processEvents()
    return key_times, check_times


def run(repeats: int = 3) -> list[Result]:
    path = ensure_overlaps_visit()
    runs = [check_process(path) for _ in range(repeats)]
    seconds = statistics.median(s for s, _ in runs)
    memory = max(mb for _, mb in runs)
    keys, checks = typing(path)
    key, check = statistics.median(keys), statistics.median(checks)
    return [
        Result(
            name=f"briefing check, {STOPS:,} overlapping stops, whole process",
            seconds=seconds,
            note=f"limit {LIMIT_SECONDS * 1000:.0f} ms: {_verdict(seconds, LIMIT_SECONDS)}; "
            f"peak {memory:.0f} MB, limit {LIMIT_MB} MB: {_verdict(memory, LIMIT_MB)}",
        ),
        Result(
            name=f"app: keystroke in a stop title, {STOPS:,} overlapping stops",
            seconds=key,
            note=f"median of {len(keys)}, limit {LIMIT_KEY_SECONDS * 1000:.0f} ms: "
            f"{_verdict(key, LIMIT_KEY_SECONDS)}; worst {max(keys) * 1000:.1f} ms",
        ),
        Result(
            name="app: longest check that keystroke schedules (table, panel)",
            seconds=check,
            note=f"median of {len(checks)}, limit {LIMIT_KEY_SECONDS * 1000:.0f} ms: "
            f"{_verdict(check, LIMIT_KEY_SECONDS)}; worst {max(checks) * 1000:.1f} ms",
        ),
    ]


if __name__ == "__main__":
    for result in run():
        print(f"{result.name}: {result.seconds * 1000:.1f} ms; {result.note}")
