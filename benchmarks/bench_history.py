"""Reading a large visit that carries a long history (format version 2), against PyYAML's C loader.

The large visit is given 30 issued revisions, each a snapshot of its 150 stops
and 300 people, as years of re-issues would leave it; reading it through
``briefing check`` must stay within 1.5x of a bare ``yaml.load`` of the same
text (aim 1.1x).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import sys

import yaml

from benchmarks import Result, medians
from benchmarks.generate import BENCH_DIR, large_visit
from briefing.atomic import atomic_write
from briefing.cli import main
from briefing.model.photos import photo_problem
from briefing.model.revisions import issue
from briefing.storage import dump_visit

TARGET_RATIO = 1.5
REVISIONS = 30
HISTORY_VISIT = BENCH_DIR / "history.visit.yaml"


def ensure_history_visit() -> str:
    if not HISTORY_VISIT.exists():
        visit = large_visit()
        visit.details.revision = 1
        for n in range(REVISIONS):
            visit.itinerary[n % len(visit.itinerary)].title += f" (rev. {n + 1})"  # each revision changes a little
            visit = issue(visit, dt.datetime(2027, 4, 1, 9) + dt.timedelta(days=n), by="Pôle presse", note=f"r{n}")
        BENCH_DIR.mkdir(exist_ok=True)
        atomic_write(HISTORY_VISIT, dump_visit(visit).encode("utf-8"))
    return str(HISTORY_VISIT)


def run(repeats: int = 7) -> list[Result]:
    path = ensure_history_visit()
    size_mb = HISTORY_VISIT.stat().st_size / 1e6

    def check() -> None:
        photo_problem.cache_clear()
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            if main(["check", path]) != 0:
                raise RuntimeError(f"briefing check refused the history visit:\n{sink.getvalue()}")

    def bare_yaml() -> None:
        with open(path, encoding="utf-8") as handle:
            yaml.load(handle.read(), Loader=yaml.CSafeLoader)

    timed = medians({"check": check, "yaml": bare_yaml}, repeats)
    return [
        Result(
            name=f"briefing check, {size_mb:.1f} MB visit with {REVISIONS} issued revisions",
            seconds=timed["check"],
            reference="yaml.load CSafeLoader",
            reference_seconds=timed["yaml"],
            target_ratio=TARGET_RATIO,
            note=f"median of {repeats}",
        )
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
    sys.exit(0)
