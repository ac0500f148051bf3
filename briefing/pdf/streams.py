"""Settings global to the process that making a PDF changes for its duration:
how its streams are written (shared by the pack and the pocket card, which
imports this alone, not the pack's builder and its sections), and the cyclic
garbage collector, paused while a pack is made.

Both are counted, so that documents made at once in several threads (the app's
preview) restore the setting only when the last ends."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable

from reportlab import rl_config


class _Shared:
    """A setting changed while at least one user needs it, then put back as it was."""

    def __init__(self, change: Callable[[], object], restore: Callable[[object], None]):
        self._change, self._restore = change, restore
        self._lock = threading.Lock()
        self._users = 0
        self._saved = None

    @contextlib.contextmanager
    def __call__(self):
        with self._lock:
            if self._users == 0:
                self._saved = self._change()
            self._users += 1
        try:
            yield
        finally:
            with self._lock:
                self._users -= 1
                if self._users == 0:
                    self._restore(self._saved)


def _no_a85():
    saved, rl_config.useA85 = rl_config.useA85, 0
    return saved


def _a85_back(saved) -> None:
    rl_config.useA85 = saved


# Compressed streams without reportlab's ASCII85 layer on top: a smaller file,
# and a fifth less time for a large pack (the encoder is pure Python).
binary_streams = _Shared(_no_a85, _a85_back)


def _pause_collector() -> bool:
    was = gc.isenabled()
    gc.disable()
    return was


def _resume_collector(was: bool) -> None:
    if was:
        gc.enable()
        # The cycles the pack left (reportlab's, 16,000 objects for a large
        # pack) are freed now, by whoever paused, not by whatever runs next.
        gc.collect(0)


# Laying out a pack keeps tens of thousands of objects alive until its end
# (the story, each paragraph's lines, the pages held for their numbers): the
# collector's full passes over them took an eighth of a large pack's time, and
# found nothing to free until the end. Reference counting still frees the rest.
paused_collector = _Shared(_pause_collector, _resume_collector)
