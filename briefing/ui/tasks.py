"""Long work off the GUI thread: a function run in QThreadPool on a snapshot.

The worker never touches widgets. Its signals are connected straight to the
receiver's bound methods: the receiver lives on the GUI thread, so the slots
run there (queued connections), and when the receiver goes (a window closed
during a build) Qt drops the late result instead of calling into a deleted
widget. Nothing else is kept per task, so nothing accumulates build after
build. A ``tag`` travels with the result so callers can discard stale ones.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    done = Signal(object, object)  # tag, result
    failed = Signal(object, str, str)  # tag, message, traceback


class Task(QRunnable):
    def __init__(self, fn: Callable, *args, tag=None):
        super().__init__()
        self.fn, self.args, self.tag = fn, args, tag
        self.signals = TaskSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        # PySide6 does not always let go of a finished QRunnable's Python side
        # (seen with 6.12: about one in five of 200 quick tasks stayed alive):
        # keep nothing on it, so at worst an empty shell is left, not the
        # snapshot of a whole visit or a signals object.
        fn, args, signals = self.fn, self.args, self.signals
        self.fn = self.args = self.signals = None
        try:
            result = fn(*args)
        except Exception as exc:  # reported to the user by the caller, as a dialog
            _emit(signals.failed, self.tag, str(exc) or type(exc).__name__, traceback.format_exc())
        else:
            _emit(signals.done, self.tag, result)
        # The signals object lives on the GUI thread: deleted there, after the result it queued.
        with contextlib.suppress(RuntimeError):
            signals.deleteLater()


def _emit(signal, *args) -> None:
    # RuntimeError: the signals' C++ side is gone, the interpreter is shutting
    # down under this thread. Nobody is left to tell.
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


def start(task: Task, on_done: Callable, on_failed: Callable, pool: QThreadPool | None = None) -> None:
    """Run ``task``; ``on_done(tag, result)`` or ``on_failed(tag, message, tb)`` on the GUI thread.

    Both must be bound methods of a QObject living on the GUI thread.
    """
    for slot in (on_done, on_failed):
        if not isinstance(getattr(slot, "__self__", None), QObject):
            raise TypeError("task results go to a QObject's method, which Qt calls on that object's thread")
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_failed)
    (pool or QThreadPool.globalInstance()).start(task)
