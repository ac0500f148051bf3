"""`make bench` keeps working when a benchmark module is absent or broken."""

import sys
import types
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def runner(monkeypatch):
    monkeypatch.syspath_prepend(str(REPO))
    from benchmarks import Result
    from benchmarks import __main__ as runner

    good = types.ModuleType("benchmarks.fake_good")
    good.run = lambda: [Result("fast thing", 0.002, "reference", 0.004, 1.5)]
    broken = types.ModuleType("benchmarks.fake_broken")

    def explode():
        raise RuntimeError("no luck")

    broken.run = explode
    monkeypatch.setitem(sys.modules, "benchmarks.fake_good", good)
    monkeypatch.setitem(sys.modules, "benchmarks.fake_broken", broken)
    return runner


def test_an_absent_module_is_skipped(runner, monkeypatch, capsys):
    monkeypatch.setattr(runner, "MODULES", ("benchmarks.fake_good", "benchmarks.not_written_yet"))
    assert runner.main() == 0
    out, err = capsys.readouterr()
    assert "fast thing" in out
    assert "0.50x" in out and "ok" in out
    assert "not_written_yet is not there" in err


def test_a_broken_module_is_reported_without_hiding_the_others(runner, monkeypatch, capsys):
    monkeypatch.setattr(runner, "MODULES", ("benchmarks.fake_broken", "benchmarks.fake_good"))
    assert runner.main() == 1
    out, err = capsys.readouterr()
    assert "fake_broken FAILED" in out
    assert "fast thing" in out
    assert "no luck" in err
