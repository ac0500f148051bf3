"""``python -m benchmarks``: every benchmark, then one table of medians and ratios."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

from benchmarks import Result

# bench_pdf is written by the PDF work; the table goes on without it.
MODULES = (
    "benchmarks.bench_check",
    "benchmarks.bench_history",
    "benchmarks.bench_overlaps",
    "benchmarks.bench_pdf",
    "benchmarks.bench_outputs",
    "benchmarks.bench_editors",
    "benchmarks.bench_ui",
    "benchmarks.bench_startup",
    "benchmarks.bench_typing",
)
_MARK = "benchmark results: "
REPO = Path(__file__).resolve().parents[1]


def collect(names: tuple[str, ...] = MODULES) -> list[Result]:
    """Each benchmark in a process of its own, as a user's app or command is.

    Run one after the other in one process, a benchmark inherited what the
    earlier ones left: their visits in memory for the garbage collector to
    walk, their windows, their warm caches. A 2,500-stop check measured 51 ms
    there against 28 ms on its own.
    """
    results: list[Result] = []
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        child = subprocess.run(
            [sys.executable, "-m", "benchmarks", "--one", name],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
            check=False,
        )
        found = [line for line in child.stdout.splitlines() if line.startswith(_MARK)]
        if child.returncode != 0 or not found:
            print(f"{name} failed (exit status {child.returncode})", file=sys.stderr)
            results.append(Result(name=f"{name} FAILED", seconds=float("nan"), note=f"exit status {child.returncode}"))
            continue
        results.extend(Result(**fields) for fields in json.loads(found[-1][len(_MARK) :]))
    return results


def run_one(name: str) -> int:
    """``--one NAME``: one benchmark module, its results as a JSON line on stdout."""
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name != name:
            raise
        print(f"({name} is not there; skipped)", file=sys.stderr)
        results: list[Result] = []
    else:
        try:
            results = _as_results(module.run())
        except Exception as error:  # one broken benchmark must not hide the others
            print(f"{name} failed: {type(error).__name__}: {error}", file=sys.stderr)
            results = [Result(name=f"{name} FAILED", seconds=float("nan"), note=type(error).__name__)]
    print(_MARK + json.dumps([asdict(r) for r in results]), flush=True)
    return 0


def _as_results(found) -> list[Result]:
    """Results as they come; a plain dict with name and seconds is accepted too."""
    out = []
    for item in found or []:
        if isinstance(item, Result):
            out.append(item)
        elif isinstance(item, dict):
            out.append(Result(**{k: v for k, v in item.items() if k in Result.__dataclass_fields__}))
        else:
            out.append(Result(name=str(item), seconds=float("nan")))
    return out


def table(results: list[Result]) -> str:
    header = ("benchmark", "median", "reference", "ref. median", "ratio", "target", "")
    rows = [header]
    for r in results:
        ratio = r.ratio
        verdict = ""
        if ratio is not None and r.target_ratio is not None:
            verdict = "ok" if ratio <= r.target_ratio else "ABOVE TARGET"
        if r.limit is not None and r.seconds == r.seconds:
            verdict = "ABOVE LIMIT" if r.seconds > r.limit else (verdict or "ok")
        target = f"<= {r.target_ratio:g}x" if r.target_ratio is not None else ""
        if r.limit is not None:
            target = f"<= {r.shown(r.limit)}"
        rows.append(
            (
                r.name,
                r.shown(r.seconds),
                r.reference,
                r.shown(r.reference_seconds) if r.reference_seconds else "",
                f"{ratio:.2f}x" if ratio is not None else "",
                target,
                ", ".join(part for part in (verdict, r.note) if part),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | tuple[str, ...] = ()) -> int:
    if len(argv) == 2 and argv[0] == "--one":
        return run_one(argv[1])
    results = collect(MODULES)
    print(table(results))
    return 1 if any(r.name.endswith("FAILED") for r in results) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
