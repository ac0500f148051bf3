"""The standalone app (dist/Briefing/, `make dist`), tried as a user would.

`make test-dist` builds it and runs these with BRIEFING_DIST naming the
folder; without it they are skipped. The folder is copied elsewhere first,
and run with an empty environment (`env -i`): nothing of the checkout, the
venv or this shell may be what makes it work.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

DIST = os.environ.get("BRIEFING_DIST")
pytestmark = pytest.mark.skipif(not DIST, reason="tests of the standalone build: run `make test-dist`")

CLI = "briefing" if sys.platform.startswith("linux") else "briefing-cli"


@pytest.fixture(scope="module")
def app(tmp_path_factory) -> Path:
    assert Path(DIST, "Briefing").is_file(), f"no standalone app in {DIST}"
    copy = tmp_path_factory.mktemp("elsewhere") / "Briefing"
    shutil.copytree(DIST, copy, symlinks=True)
    return copy


def run(app: Path, *args: str, cwd: Path, env: dict | None = None, timeout: int = 120):
    return subprocess.run(
        ["env", "-i", *(f"{k}={v}" for k, v in (env or {}).items()), str(app / CLI), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_the_folder_is_lean(app):
    names = [p.name for p in app.rglob("*")]
    for unwanted in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "libgtk", "pytest"):
        assert not [n for n in names if unwanted in n], unwanted
    size = sum(p.stat().st_size for p in app.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 300 * 2**20, f"{size / 2**20:.0f} MB"


def test_sample_check_and_export_with_an_empty_environment(app, tmp_path):
    done = run(app, "sample", "-o", "visite.visit.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    done = run(app, "check", "visite.visit.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr

    done = run(app, "export", "visite.visit.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    pack = tmp_path / "visite.pdf"
    assert pack.read_bytes().startswith(b"%PDF")
    assert pack.stat().st_size > 20_000
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pack)], capture_output=True, text=True, check=True).stdout
        assert "NotoSans" in fonts  # the bundled fonts, from inside the folder


def test_a_refused_file_is_a_sentence_not_a_traceback(app, tmp_path):
    (tmp_path / "bad.visit.yaml").write_text("format: briefing-visit\nversion: 99\n", encoding="utf-8")
    done = run(app, "check", "bad.visit.yaml", cwd=tmp_path)
    assert done.returncode == 1
    assert "version" in done.stderr.lower()
    assert "Traceback" not in done.stderr
    assert run(app, "--help", cwd=tmp_path).returncode == 0


@pytest.fixture
def screen():
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("opening the window needs Xvfb and xdotool (apt-get install xvfb xdotool)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"], pass_fds=(write,)
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    yield display
    server.terminate()
    server.wait(10)


def windows_named(display: str, text: str) -> list[str]:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", text],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
    )
    return found.stdout.split()


def test_the_window_opens_and_a_second_launch_joins_it(app, tmp_path, screen):
    for name in ("first", "second"):
        assert run(app, "sample", "-o", f"{name}.visit.yaml", cwd=tmp_path).returncode == 0
    env = ["env", "-i", f"DISPLAY={screen}", f"HOME={tmp_path / 'home'}"]
    (tmp_path / "home").mkdir()
    errors = tmp_path / "stderr.txt"
    with open(errors, "wb") as stderr:
        first = subprocess.Popen([*env, str(app / "Briefing"), "first.visit.yaml"], cwd=tmp_path, stderr=stderr)
    try:
        deadline = time.monotonic() + 60
        while not windows_named(screen, "first.visit.yaml") and time.monotonic() < deadline:
            assert first.poll() is None, "the app quit"
            time.sleep(0.5)
        (window,) = windows_named(screen, "first.visit.yaml")
        if shutil.which("import"):
            time.sleep(3)  # let it paint: a picture of the window, with its text, not a blank rectangle
            shot = tmp_path / "window.png"
            subprocess.run(["import", "-display", screen, "-window", window, str(shot)], check=True, timeout=60)
            assert shot.stat().st_size > 20_000, "the window looks blank"
            shutil.copyfile(shot, Path(DIST).parent / "test-dist-window.png")  # to look at

        visit_every_section(screen, window)
        assert first.poll() is None
        assert "Unexpected error" not in errors.read_text(errors="replace"), errors.read_text(errors="replace")[-3000:]

        second = subprocess.run([*env, str(app / "Briefing"), "second.visit.yaml"], cwd=tmp_path, timeout=60)
        assert second.returncode == 0
        deadline = time.monotonic() + 30
        while not windows_named(screen, "second.visit.yaml") and time.monotonic() < deadline:
            time.sleep(0.5)
        assert windows_named(screen, "second.visit.yaml"), "the running app did not open the second file"
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGTERM)
        assert first.wait(30) == 128 + signal.SIGTERM


def visit_every_section(display: str, window: str) -> None:
    """Show each section's editor, as View > Go to Section (Ctrl+N) does: each is built,
    its module imported by name, when first shown."""
    from briefing.ui.editors import SECTION_EDITORS

    env = {**os.environ, "DISPLAY": display}
    # The sample has comments: a message says that saving drops them. It is
    # modal, so the window's keys wait until it is answered.
    for message in windows_named(display, "^Briefing$"):
        subprocess.run(["xdotool", "windowfocus", "--sync", message], env=env, check=True, timeout=30)
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True, timeout=30)
    time.sleep(0.5)
    assert not windows_named(display, "^Briefing$"), "a message is still open"
    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True, timeout=30)
    for number in range(len(SECTION_EDITORS), 0, -1):  # the first (details) last: it is shown already
        subprocess.run(["xdotool", "key", "--clearmodifiers", f"ctrl+{number}"], env=env, check=True, timeout=30)
        time.sleep(0.5)


def test_a_multiprocessing_child_is_handled_before_the_command_line(app, tmp_path):
    """A frozen app's child process (the spawn start method) is this executable with multiprocessing's arguments.

    freeze_support() must take them before the command line does: here the
    child's pipe is not real, so multiprocessing's child code fails, but it
    is that code (spawn_main) that ran, not `briefing` refusing its arguments.
    """
    done = run(app, "--multiprocessing-fork", "tracker_fd=-1", "pipe_handle=-1", cwd=tmp_path)
    assert "spawn_main" in done.stderr
    assert "usage:" not in done.stderr
