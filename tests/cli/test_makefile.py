"""`make` picks the newest Python the suite passes on, and skips one it cannot run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="GNU make is not installed")


def fake_bin(folder: Path, working: list[str], broken: list[str]) -> Path:
    folder.mkdir()
    for name in working:
        (folder / name).symlink_to(sys.executable)
    for name in broken:
        # What a pyenv shim does for a version that is not selected.
        script = folder / name
        script.write_text("#!/bin/sh\necho 'pyenv: command not found' >&2\nexit 127\n")
        script.chmod(0o755)
    return folder


def chosen(path: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHON", "MAKEFLAGS", "MAKELEVEL")}
    env["PATH"] = f"{path}:/usr/bin:/bin"
    done = subprocess.run(
        ["make", "-s", "-C", str(REPO), "which-python"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_make_prefers_python_3_13_then_3_12(tmp_path):
    assert chosen(fake_bin(tmp_path / "a", ["python3.13", "python3.12", "python3.11"], [])) == "python3.13"
    assert chosen(fake_bin(tmp_path / "b", ["python3.12", "python3.11"], [])) == "python3.12"


def test_a_python_that_is_there_but_cannot_run_is_skipped(tmp_path):
    assert chosen(fake_bin(tmp_path / "c", ["python3.11"], ["python3.13", "python3.12"])) == "python3.11"


def test_another_python_gets_a_venv_of_its_own(tmp_path):
    done = subprocess.run(
        ["make", "-n", "-B", "-C", str(REPO), "setup", "PYTHON=python3.12"],
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL")},
    )
    assert ".venv-python3.12/bin/python" in done.stdout
