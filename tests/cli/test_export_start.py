"""An export starts without the web: no urllib.request, http or email modules
(xml.sax.saxutils imports them all, a tenth of an export's start-up, for an
escape function of three replacements)."""

from __future__ import annotations

import subprocess
import sys

import pytest

WRAPPER = """
import sys
from briefing.cli import main
status = main(sys.argv[1:])
web = sorted(m for m in sys.modules if m.split(".")[0] in ("http", "email") or m == "urllib.request")
print("WEB-MODULES:" + ",".join(web), file=sys.stderr)
sys.exit(status)
"""


@pytest.mark.parametrize("how", [[], ["--as", "card"], ["--for", "thomas-regnier"]])
def test_an_export_loads_no_web_modules(sample, tmp_path, how):
    argv = ["export", str(sample), *how, "-o", str(tmp_path / "out.pdf")]
    done = subprocess.run([sys.executable, "-c", WRAPPER, *argv], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stderr.splitlines() if line.startswith("WEB-MODULES:"))
    assert line == "WEB-MODULES:"
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
