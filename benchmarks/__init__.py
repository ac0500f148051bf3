"""Benchmarks, run by ``make bench`` (``python -m benchmarks``); never part of the tests.

Each benchmark module has ``run() -> list[Result]``; ``__main__`` prints them as
one table. A Result is a measured median, optionally compared with a
reference measured in the same run (so that the ratio does not depend on the
machine) and with the ratio the project aims at.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    name: str
    seconds: float  # median
    reference: str = ""
    reference_seconds: float | None = None
    target_ratio: float | None = None
    note: str = ""
    limit: float | None = None  # an absolute bound on the median, in its own unit
    unit: str = "s"  # "s" (shown in ms) or "MB"

    def shown(self, value: float) -> str:
        if value != value:  # NaN: failed
            return "-"
        return f"{value:.1f} MB" if self.unit == "MB" else f"{value * 1000:.1f} ms"

    @property
    def ratio(self) -> float | None:
        if not self.reference_seconds:
            return None
        return self.seconds / self.reference_seconds


def medians(functions: dict[str, Callable[[], object]], repeats: int = 7) -> dict[str, float]:
    """Median wall time of each function; runs are interleaved so that drift hits all alike."""
    for function in functions.values():
        function()  # warm up: imports, caches, disk
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeats):
        for name, function in functions.items():
            start = time.perf_counter()
            function()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}
