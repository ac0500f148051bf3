"""The guide's screenshots are made from the real window by a script (tools/guide_screenshots.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]


def test_the_script_makes_every_picture_the_guide_shows(tmp_path):
    temporary = tmp_path / "tmp"  # the script's throw-away settings go here
    temporary.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temporary)}
    done = subprocess.run(
        [sys.executable, str(REPO / "tools" / "guide_screenshots.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # Each run left its settings folder behind (a folder in /tmp per test run).
    assert sorted(p.name for p in temporary.iterdir()) == []
    guide = (REPO / "docs" / "guide.md").read_text(encoding="utf-8")
    shown = re.findall(r"\]\(images/([\w-]+\.png)\)", guide)
    assert len(shown) >= 3
    for name in shown:
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == (1280, 800), name
        # A real window, not a blank one: more than a handful of colours.
        colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
        assert len(colours) > 20, name
        assert (REPO / "docs" / "images" / name).is_file(), f"docs/images/{name} is not committed"
