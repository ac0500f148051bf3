"""`make bench` keeps working when a benchmark module is absent or broken; each runs in a process of its own."""

import os
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

GOOD = """
from benchmarks import Result

def run():
    return [Result("fast thing", 0.002, "reference", 0.004, 1.5)]
"""
BROKEN = """
def run():
    raise RuntimeError("no luck")
"""
# Says in which process it runs, so that a test can see that each module has its own.
PROCESS = """
import os
from benchmarks import Result

def run():
    return [Result(f"process {os.getpid()}", 0.001)]
"""


@pytest.fixture
def runner(monkeypatch, tmp_path):
    """The runner, with fake benchmark modules its child processes can import."""
    monkeypatch.syspath_prepend(str(REPO))
    from benchmarks import __main__ as runner

    for name, text in (("fake_good", GOOD), ("fake_broken", BROKEN), ("fake_pid", PROCESS)):
        (tmp_path / f"{name}.py").write_text(textwrap.dedent(text), encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(tmp_path), str(REPO)]))
    return runner


def test_an_absent_module_is_skipped(runner, monkeypatch, capfd):
    monkeypatch.setattr(runner, "MODULES", ("fake_good", "not_written_yet"))
    assert runner.main() == 0
    out, err = capfd.readouterr()
    assert "fast thing" in out
    assert "0.50x" in out and "ok" in out
    assert "not_written_yet is not there" in err


def test_a_broken_module_is_reported_without_hiding_the_others(runner, monkeypatch, capfd):
    monkeypatch.setattr(runner, "MODULES", ("fake_broken", "fake_good"))
    assert runner.main() == 1
    out, err = capfd.readouterr()
    assert "fake_broken FAILED" in out
    assert "fast thing" in out
    assert "no luck" in err


def test_each_module_runs_in_a_process_of_its_own(runner):
    results = runner.collect(("fake_pid", "fake_pid"))
    pids = {r.name for r in results}
    assert len(pids) == 2 and f"process {os.getpid()}" not in pids
