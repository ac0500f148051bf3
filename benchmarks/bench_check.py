"""`briefing check` on a large visit, against PyYAML's C loader reading the same file.

The check is timed in this process through the command line's own entry point
(briefing.cli.main), so it includes everything the command does: reading the
file, strict parsing with line numbers, building the model and its warnings.
The reference is the least any YAML reader must do: read the text and
``yaml.load(text, Loader=yaml.CSafeLoader)``.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys

import yaml

from benchmarks import Result, medians
from benchmarks.generate import ensure_large_visit
from briefing.cli import main
from briefing.model.photos import photo_problem

TARGET_RATIO = 1.5


def run(repeats: int = 7) -> list[Result]:
    path = ensure_large_visit()
    size_mb = path.stat().st_size / 1e6

    def check() -> None:
        # A real `briefing check` is a fresh process: forget the photo checks
        # that the model caches for the app, or every run after the first is free.
        photo_problem.cache_clear()
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            status = main(["check", str(path)])
        if status != 0:
            raise RuntimeError(f"briefing check refused the benchmark file:\n{sink.getvalue()}")

    def bare_yaml() -> None:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

    def whole_process() -> None:
        subprocess.run([sys.executable, "-m", "briefing", "check", str(path)], check=True, capture_output=True)

    timed = medians({"check": check, "yaml": bare_yaml}, repeats)
    process = medians({"process": whole_process}, repeats=3)["process"]
    return [
        Result(
            name=f"briefing check, {size_mb:.1f} MB visit",
            seconds=timed["check"],
            reference="yaml.load CSafeLoader",
            reference_seconds=timed["yaml"],
            target_ratio=TARGET_RATIO,
            note=f"median of {repeats}",
        ),
        Result(
            name="briefing check, same file, whole process",
            seconds=process,
            note="median of 3; includes starting Python and imports (no Qt)",
        ),
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
    sys.exit(0)
