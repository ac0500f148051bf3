"""A declared dependency that is missing is an installation to repair, not a pack quietly made without it."""

from __future__ import annotations

import subprocess
import sys

BLOCKED = """
import sys
sys.modules["pyphen"] = None  # as if it were not installed
try:
    import briefing.pdf.hyphenation
except ImportError as error:
    print("refused:", error.name)
else:
    print("loaded")
"""


def test_the_pack_does_not_load_without_pyphen():
    out = subprocess.run([sys.executable, "-c", BLOCKED], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "refused: pyphen"
