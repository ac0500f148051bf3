"""Long work off the GUI thread: a function run in QThreadPool on a snapshot.

The worker never touches widgets. It reports through a QObject living on the
GUI thread, so the connected slots run there (queued connections). A ``tag``
travels with the result so callers can discard stale ones.
"""

from __future__ import annotations

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
        try:
            result = self.fn(*self.args)
        except Exception as exc:  # reported to the user by the caller, as a dialog
            self.signals.failed.emit(self.tag, str(exc) or type(exc).__name__, traceback.format_exc())
        else:
            self.signals.done.emit(self.tag, result)


class _Relay(QObject):
    """Lives on the GUI thread; the worker's signals reach it queued.

    It is a child of the object whose methods it calls back, so when that
    object goes (a window closed during a build) the relay goes with it and
    Qt drops the late result instead of calling into a deleted widget.
    """

    def __init__(self, signals: TaskSignals, on_done: Callable, on_failed: Callable):
        owner = getattr(on_done, "__self__", None)
        super().__init__(owner if isinstance(owner, QObject) else None)
        self.signals, self.on_done, self.on_failed = signals, on_done, on_failed
        signals.done.connect(self.deliver_done)
        signals.failed.connect(self.deliver_failed)

    def deliver_done(self, tag, result) -> None:
        _running.discard(self)
        self.on_done(tag, result)

    def deliver_failed(self, tag, message: str, tb: str) -> None:
        _running.discard(self)
        self.on_failed(tag, message, tb)


_running: set[_Relay] = set()


def start(task: Task, on_done: Callable, on_failed: Callable, pool: QThreadPool | None = None) -> None:
    """Run ``task``; ``on_done(tag, result)`` or ``on_failed(tag, message, tb)`` on the GUI thread."""
    relay = _Relay(task.signals, on_done, on_failed)
    _running.add(relay)  # alive until the task reports
    relay.destroyed.connect(lambda *_: _running.discard(relay))
    (pool or QThreadPool.globalInstance()).start(task)
