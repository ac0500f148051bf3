"""An installed Briefing (not the checkout) finds its bundled sample.

setup.py maps resources/ into the package as briefing/resources_data. Building
the package (what a wheel holds) takes a fraction of a second, so the test
builds it into a temporary folder and runs the command line from there, away
from the checkout. (A full `pip install` into a fresh venv was checked by hand:
it takes ~15 s, mostly installing PySide6.)
"""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_a_built_package_carries_the_sample(tmp_path, sample):
    build = tmp_path / "build"
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build", "--build-base", str(build)],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=120,
    )
    lib = build / "lib"
    assert (lib / "briefing" / "resources_data" / "samples" / "sample.visit.yaml").is_file()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import sys, briefing.cli, briefing.resources as r;"
        "print(r.__file__, file=sys.stderr);"
        "sys.exit(briefing.cli.main(['sample']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=elsewhere,
        env={**os.environ, "PYTHONPATH": str(lib)},
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode().strip() == str(lib / "briefing" / "resources.py")
    assert done.stdout == sample.read_bytes()
