"""Fixtures for the command-line tests: run the CLI in-process or as a program."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.resources import sample_visit_path

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(capsys):
    """The CLI in this process: cli(*argv) -> (status, stdout, stderr)."""

    def run(*argv: str) -> tuple[int, str, str]:
        status = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return status, out, err

    return run


@pytest.fixture
def sample() -> Path:
    return sample_visit_path()


@pytest.fixture
def program():
    return run_program


def run_program(*argv: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m briefing ARGV`` as a separate program."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("BRIEFING_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "briefing", *map(str, argv)],
        capture_output=True,
        text=True,
        cwd=cwd or REPO,
        env=full_env,
        timeout=120,
    )
