"""A time limit for a test's step, so that a layout loop fails instead of
blocking the suite (pytest-timeout is not among the test tools)."""

from __future__ import annotations

import contextlib
import signal


@contextlib.contextmanager
def time_limit(seconds: float):
    """Raise TimeoutError in the main thread once ``seconds`` have passed."""

    def expired(signum, frame):
        raise TimeoutError(f"still running after {seconds:g} s: a layout that never ends?")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
