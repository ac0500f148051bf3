"""Probes run in a fresh interpreter: this test process has imported everything already."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def copy_of_sample(tmp_path: Path) -> Path:
    """The bundled sample under another name: opened as a file, not as the sample."""
    from briefing.resources import sample_visit_path

    copy = tmp_path / "visite.visit.yaml"
    copy.write_bytes(sample_visit_path().read_bytes())
    return copy


def run_fresh(script: str, tmp_path: Path, *args: str) -> list[str]:
    """The output lines of ``script`` run offscreen, with the user's folders under ``tmp_path``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, cwd=REPO, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.splitlines()
