"""Background tasks leave nothing behind: no relay or signals object per build."""

from __future__ import annotations

import gc
import weakref

import shiboken6
from PySide6.QtCore import QObject, QThreadPool

from briefing.ui import tasks


class Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.results = []

    def done(self, tag, result):
        self.results.append((tag, result))

    def failed(self, tag, message, tb):
        self.results.append((tag, message))


def live_task_objects() -> int:
    """QObjects made for tasks (signals, relays) still alive."""
    gc.collect()
    return sum(
        1
        for o in gc.get_objects()
        if isinstance(o, QObject) and type(o).__module__ == tasks.__name__ and shiboken6.isValid(o)
    )


N = 200


def test_finished_tasks_leave_no_objects_behind(qtbot):
    receiver = Receiver()
    pool = QThreadPool()  # its own: other tests' builds cannot hold these tasks up
    made = []
    for n in range(N):
        task = tasks.Task(pow, n, 2, tag=n)
        made.append(weakref.ref(task.signals))
        tasks.start(task, receiver.done, receiver.failed, pool)
        del task
    qtbot.waitUntil(lambda: len(receiver.results) == N, timeout=10_000)
    pool.waitForDone()
    assert sorted(receiver.results) == [(n, n * n) for n in range(N)]

    def alive() -> int:
        gc.collect()
        return sum(1 for ref in made if ref() is not None)

    # A pool thread may still hold its last task for a moment: a few, not one per task.
    qtbot.waitUntil(lambda: alive() <= pool.maxThreadCount() + 1, timeout=3000)


def test_preview_rebuilds_leave_no_objects_behind(window, qtbot):
    before = live_task_objects()
    for _ in range(4):
        with qtbot.waitSignal(window.preview.loaded, timeout=60_000):
            window.preview.rebuild()
    qtbot.waitUntil(lambda: live_task_objects() - before <= 2, timeout=3000)


def test_a_result_for_a_receiver_that_is_gone_is_dropped(qtbot):
    receiver = Receiver()
    task = tasks.Task(pow, 3, 2, tag="late")
    tasks.start(task, receiver.done, receiver.failed)
    QThreadPool.globalInstance().waitForDone()
    shiboken6.delete(receiver)  # the window closed while the task ran
    qtbot.wait(20)  # the queued result arrives to nobody, without an error


def test_a_task_whose_signals_are_gone_ends_quietly():
    # At interpreter shutdown the signals' C++ side can go before a worker emits.
    task = tasks.Task(pow, 2, 10)
    shiboken6.delete(task.signals)
    task.run()
    assert (
        task.signals is None and task.args is None
    )  # nothing kept once run  # no RuntimeError out of the worker thread


def test_results_go_to_a_qobjects_method_only():
    import pytest

    with pytest.raises(TypeError):
        tasks.start(tasks.Task(pow, 2, 2), lambda *a: None, lambda *a: None)
