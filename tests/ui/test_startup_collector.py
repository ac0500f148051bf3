"""The garbage collector waits while the app starts, and resumes once the window has painted."""

from __future__ import annotations

import gc
import json
import os

from briefing.ui import collector

from .fresh import copy_of_sample, run_fresh


def test_a_pause_resumes_with_what_start_up_made_frozen():
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        collector.pause()
        assert not gc.isenabled()
        made = [[n] for n in range(1000)]  # lives on, like start-up's modules and widgets
        collector.resume()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen + len(made)
        collector.resume()  # once only
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_start_that_ends_without_a_window_only_turns_the_collector_back_on():
    frozen = gc.get_freeze_count()
    try:
        collector.pause()
        collector.resume(freeze=False)
        assert gc.isenabled() and gc.get_freeze_count() == frozen
    finally:
        gc.enable()


def test_a_collector_turned_off_by_someone_else_is_left_off():
    gc.disable()
    try:
        collector.pause()
        collector.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_window_says_when_it_first_paints(make_window, qtbot):
    window = make_window(show=False)
    with qtbot.waitSignal(window.firstPainted, timeout=10_000):
        window.show()


# `briefing FILE` as launched: collections counted from the pause to the first
# paint of the window, and whether the collector is back on just after; whether
# QtNetwork was loaded at the first paint, and the server listens just after.
LAUNCH = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from briefing.ui import collector

runs = []
gc.callbacks.append(lambda phase, info: phase == "start" and runs.append(info["generation"]))
seen = {}
real_pause = collector.pause

def pause():
    seen["at_pause"] = len(runs)
    real_pause()

collector.pause = pause
original = QMainWindow.paintEvent

def paintEvent(self, event):
    original(self, event)
    if type(self).__name__ == "MainWindow" and "painted" not in seen:
        seen["painted"] = len(runs) - seen["at_pause"]
        seen["network_at_paint"] = "PySide6.QtNetwork" in sys.modules
        QTimer.singleShot(0, after)

def after():
    seen["enabled"] = gc.isenabled()
    seen["frozen"] = gc.get_freeze_count()
    seen["listening"] = QApplication.instance()._briefing_instance.listening()
    print(json.dumps(seen), flush=True)
    QApplication.closeAllWindows()
    QApplication.quit()

QMainWindow.paintEvent = paintEvent
from briefing.cli import main
sys.exit(main(sys.argv[1:]))
"""


def launch(tmp_path) -> dict:
    return json.loads(run_fresh(LAUNCH, tmp_path, str(copy_of_sample(tmp_path)))[-1])


def test_the_collector_does_not_run_while_the_app_starts(tmp_path):
    seen = launch(tmp_path)
    assert seen["painted"] == 0  # ~75 collections before the pause was there
    assert seen["enabled"] and seen["frozen"] > 10_000


def test_a_first_start_loads_the_network_module_once_its_window_is_up(tmp_path):
    """No Briefing runs (no socket file): nobody to ask, the server listens after the first paint."""
    seen = launch(tmp_path)
    assert not seen["network_at_paint"] or os.name != "posix"
    assert seen["listening"]


# `briefing FILE` as launched; once its window has painted, a second window is
# opened and the first closed: whether the first window's visit is still alive.
CLOSE_FIRST = """
import gc, json, sys, weakref
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from briefing.ui import app
from briefing.ui.mainwindow import MainWindow

seen = {}
original = MainWindow.paintEvent

def paintEvent(self, event):
    original(self, event)
    if "frozen" not in seen:
        seen["frozen"] = 0
        QTimer.singleShot(0, after)

def spin(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

def after():
    first = app._windows[0]
    seen["frozen"] = gc.get_freeze_count()
    visit = weakref.ref(first.doc.visit)
    app.open_files([])
    first.close()
    del first
    spin(200)
    QCoreApplication.sendPostedEvents(None, 0)  # the window's deferred delete
    gc.collect()
    seen["first_visit_alive"] = visit() is not None
    seen["windows"] = len(app._windows)
    print(json.dumps(seen), flush=True)
    QApplication.closeAllWindows()

MainWindow.paintEvent = paintEvent
from briefing.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_first_window_closed_is_freed_though_start_up_was_frozen(tmp_path):
    """gc.freeze() at the first paint keeps every object of the start out of
    collections: the first window's, and the visit it opened, too. Closed while
    another window stays open, that window must not stay in memory for good."""
    seen = json.loads(run_fresh(CLOSE_FIRST, tmp_path, str(copy_of_sample(tmp_path)))[-1])
    assert seen["frozen"] > 10_000 and seen["windows"] == 1
    assert not seen["first_visit_alive"]
