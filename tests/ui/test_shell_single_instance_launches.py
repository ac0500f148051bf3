"""Launches in quick succession end in one Briefing: real `briefing FILE` processes, started together.

Each launch runs the app as `briefing FILE` does, and says which files its
windows hold whenever a later launch hands it some. All of a test's launches
share folders of their own (settings, data, the runtime folder that holds the
socket), so they meet each other and nothing else.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time

import pytest
from PySide6.QtCore import QCoreApplication

from briefing.resources import sample_visit_path
from briefing.ui import app as app_module
from briefing.ui import single_instance

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the socket file is a Unix thing; Windows has named pipes")

# Waits for the word to go (a file appearing) after its imports, so that the
# launches reach start() within a millisecond or so of one another.
LAUNCH = """
import json, os, sys, time
from briefing.ui import app as app_module

opened = app_module.open_files

def open_files(paths):
    opened(paths)
    print(json.dumps(sorted(str(w.doc.path) for w in app_module._windows)), flush=True)

app_module.open_files = open_files
from briefing.cli import main

while not os.path.exists(sys.argv[1]):
    time.sleep(0.0005)
sys.exit(main(sys.argv[2:]))
"""


@pytest.fixture
def launches(tmp_path):
    """start(*files) launches `briefing FILE` for each file at the same instant; killed at the end if still running."""
    # Short: a socket's path has room for about 100 bytes.
    temporary = tempfile.mkdtemp(prefix="bf")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": temporary, "XDG_RUNTIME_DIR": temporary}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    started: list[subprocess.Popen] = []

    def start(*files) -> list[subprocess.Popen]:
        go = tmp_path / f"go{len(started)}"
        group = [
            subprocess.Popen(
                [sys.executable, "-c", LAUNCH, str(go), str(file)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for file in files
        ]
        started.extend(group)
        time.sleep(1)  # all of them importing, then waiting for the word
        go.touch()
        return group

    start.temporary = temporary
    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(30)
    shutil.rmtree(temporary, ignore_errors=True)


def copies_of_sample(folder, *names):
    for name in names:
        shutil.copyfile(sample_visit_path(), folder / name)
    return [folder / name for name in names]


def one_left(processes, timeout=60) -> subprocess.Popen:
    """The one launch still running once all the others have handed over their files (and quit)."""
    deadline = time.monotonic() + timeout
    while sum(p.poll() is None for p in processes) > 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    running = [p for p in processes if p.poll() is None]
    assert len(running) == 1, f"{len(running)} launches still running"
    for process in processes:
        if process is not running[0]:
            assert process.returncode == 0, process.stderr.read().decode()[-2000:]
    return running[0]


def windows_after(process, handed_over: int, timeout=30) -> list[str]:
    """What the windows of PROCESS hold once it has taken the files of HANDED_OVER later launches."""
    deadline = time.monotonic() + timeout
    line = b""
    for _ in range(handed_over):
        line = b""
        while not line.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            assert remaining > 0 and select.select([process.stdout], [], [], remaining)[0], "no files were handed over"
            line += os.read(process.stdout.fileno(), 1)
    return json.loads(line)


def test_two_files_launched_at_the_same_instant_open_in_one_briefing(launches, tmp_path):
    first, second = copies_of_sample(tmp_path, "first.visit.yaml", "second.visit.yaml")
    survivor = one_left(launches(first, second))
    assert windows_after(survivor, 1) == [str(first), str(second)]


def test_one_file_launched_twice_at_the_same_instant_opens_once(launches, tmp_path):
    (visit,) = copies_of_sample(tmp_path, "visit.visit.yaml")
    survivor = one_left(launches(visit, visit))
    assert windows_after(survivor, 1) == [str(visit)]


def test_three_files_launched_at_the_same_instant_open_in_one_briefing(launches, tmp_path):
    files = copies_of_sample(tmp_path, "a.visit.yaml", "b.visit.yaml", "c.visit.yaml")
    survivor = one_left(launches(*files))
    assert windows_after(survivor, 2) == [str(f) for f in files]


def test_the_socket_file_of_a_killed_briefing_is_taken_over(launches, tmp_path):
    first, second, third = copies_of_sample(tmp_path, "first.visit.yaml", "second.visit.yaml", "third.visit.yaml")
    (killed,) = launches(first)
    deadline = time.monotonic() + 60
    while not os.listdir(launches.temporary) and time.monotonic() < deadline:
        time.sleep(0.05)
    (left,) = os.listdir(launches.temporary)
    killed.send_signal(signal.SIGKILL)
    killed.wait(30)
    assert stat.S_ISSOCK(os.stat(os.path.join(launches.temporary, left)).st_mode)  # nobody accepts on it now

    survivor = one_left(launches(second, third))
    assert windows_after(survivor, 1) == [str(second), str(third)]


def test_the_socket_file_is_for_its_user_alone_whatever_the_umask(tmp_path):
    """Claimed before the window is built, so it has to be made private there, not by QLocalServer."""
    temporary = tempfile.mkdtemp(prefix="bf")
    claim = (
        "import os, stat, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from briefing.ui import single_instance\n"
        "app = QCoreApplication([])\n"
        "server = single_instance.start([])\n"
        "print(oct(os.stat(single_instance.socket_file(server.name)).st_mode))\n"
        "print(len(os.listdir(sys.argv[1])))\n"
        "server.close()\n"
    )
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": temporary, "XDG_RUNTIME_DIR": temporary}
        done = subprocess.run(
            [sys.executable, "-c", claim, temporary], env=env, capture_output=True, timeout=60, umask=0
        )
        assert done.returncode == 0, done.stderr.decode()[-2000:]
        mode, files = done.stdout.decode().splitlines()
        assert stat.S_ISSOCK(int(mode, 8))
        assert int(mode, 8) & 0o077 == 0
        assert files == "1"  # the private folder it was made in is gone
        assert os.listdir(temporary) == []  # and closing removed it
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def test_a_launch_waits_for_a_briefing_still_starting_longer_than_it_waits_for_a_busy_one(qtbot, monkeypatch, tmp_path):
    """The first Briefing answers once its window has painted: seconds after its start on a cold, busy machine."""
    temporary = tempfile.mkdtemp(prefix="bf")
    monkeypatch.setenv("TMPDIR", temporary)
    monkeypatch.setenv("XDG_RUNTIME_DIR", temporary)
    QCoreApplication.setOrganizationName(app_module.ORGANISATION)  # named as a started app names it
    (visit,) = copies_of_sample(tmp_path, "visit.visit.yaml")
    first = single_instance.start([])  # its window not painted yet: it does not answer
    asked: list = []
    first.open_requested.connect(asked.append)
    later = subprocess.Popen(
        [sys.executable, "-m", "briefing", str(visit)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        # The later launch has connected (its connection waits to be accepted)...
        assert select.select([first.claimed], [], [], 60)[0]
        qtbot.wait(single_instance.ANSWER_MS + 1000)  # ...and waited longer than for a running app
        first.listen_later()
        qtbot.waitUntil(lambda: later.poll() is not None and bool(asked), timeout=30_000)
        assert later.returncode == 0, later.stderr.read().decode()[-2000:]
        assert asked == [[str(visit)]]
    finally:
        first.close()
        if later.poll() is None:
            later.kill()
        later.wait(30)
        shutil.rmtree(temporary, ignore_errors=True)
