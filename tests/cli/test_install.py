"""An installed Briefing (a wheel, not the checkout) finds its bundled sample.

pyproject.toml maps resources/ into the package as briefing/resources_data
(there is no setup.py). The
test builds a wheel from a copy of the sources (a build in the checkout would
leave build/ behind and race with other runs), unpacks it and runs the
command line from there, away from the checkout: a few seconds. (A full
`pip install` into a fresh venv was checked by hand: ~15 s, mostly PySide6.)
"""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_a_wheel_carries_the_sample(tmp_path, sample):
    source = tmp_path / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("briefing", "resources"):
        shutil.copytree(REPO / folder, source / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = dist.glob("briefing-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        assert "briefing/resources_data/samples/sample.visit.yaml" in archive.namelist()
        # Every module of the checkout, in every package folder (the packages are listed by hand).
        modules = {p.relative_to(source).as_posix() for p in (source / "briefing").rglob("*.py")}
        assert modules - set(archive.namelist()) == set()
        archive.extractall(site)

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
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode().strip() == str(site / "briefing" / "resources.py")
    assert done.stdout == sample.read_bytes()

    # The pack's fonts too: an export from the installed copy embeds them from there.
    assert "briefing/resources_data/fonts/OFL.txt" in archive.namelist()
    code = (
        "import sys, briefing.cli, briefing.pdf.fonts as f;"
        "status = briefing.cli.main(['export', sys.argv[1], '-o', 'pack.pdf']);"
        "print(f.resource('fonts', f.FILES[f.REGULAR]), file=sys.stderr);"
        "sys.exit(status)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(sample)],
        cwd=elsewhere,
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode().strip() == str(site / "briefing" / "resources_data" / "fonts" / "NotoSans-Regular.ttf")
    assert (elsewhere / "pack.pdf").read_bytes().startswith(b"%PDF")
