"""Start-up: launch of ``briefing sample.visit.yaml`` to its window on screen.

What the user waits for is a whole process, so each run is one: from the
moment the process is started to the first paint of the main window. The
reference is a bare PySide6 ``QMainWindow`` script started the same way in the
same run, interleaved with the app's runs, so the ratio says what Briefing
adds on this machine. On Linux an Xvfb screen is used when there is one (a
real X connection, fonts and all); otherwise Qt's offscreen platform.

Both run with their own empty settings and data folders, kept from one run to
the next as a user's are (the first, unmeasured run fills them).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import Result

TARGET = 2.0  # the bound; the aim is 1.5
REPO = Path(__file__).resolve().parents[1]

# Both probes say "shown" once the window has painted, then quit.
_SHOWN = """
def _report_shown(cls):
    original = cls.paintEvent
    state = {"done": False}

    def paintEvent(self, event):
        original(self, event)
        if not state["done"] and self.isWindow():
            state["done"] = True
            print("shown", flush=True)
            QTimer.singleShot(0, QApplication.closeAllWindows)
            QTimer.singleShot(0, QApplication.quit)

    cls.paintEvent = paintEvent
"""

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n" + _SHOWN + "_report_shown(QMainWindow)\n"
    "app = QApplication(sys.argv)\n"
    "window = QMainWindow()\n"
    "window.resize(1200, 760)\n"
    "window.show()\n"
    "app.exec()\n"
)

# The app exactly as `briefing FILE` starts it (the console script calls
# briefing.cli.main); QMainWindow learns to say "shown", as in the bare script
# (the app's window paints through it). Nothing of the app is imported ahead:
# the order of imports changes their cost (see briefing/ui/pyside_imports.py),
# and the app pauses the garbage collector from its start, so importing its
# modules before would change the amount of work, not only its order.
APP = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n" + _SHOWN + "_report_shown(QMainWindow)\n"
    "from briefing.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@contextlib.contextmanager
def screen():
    """(environment, description): an Xvfb of our own when possible, else offscreen."""
    xvfb = shutil.which("Xvfb") if sys.platform.startswith("linux") else None
    if xvfb is None:
        yield {"QT_QPA_PLATFORM": "offscreen"}, "offscreen"
        return
    read, write = os.pipe()
    process = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()
        if not number:
            yield {"QT_QPA_PLATFORM": "offscreen"}, "offscreen (Xvfb did not start)"
            return
        yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}, "Xvfb"
    finally:
        process.terminate()
        process.wait(10)


def launch(code: str, args: list[str], env: dict[str, str], timeout: float = 60, attempts: int = 3) -> float:
    """Seconds from starting the process to its "shown".

    On a heavily loaded machine a start now and then fails to reach the X
    server at all; such a start is tried again, not counted.
    """
    for attempt in range(attempts):
        try:
            return _launch_once(code, args, env, timeout)
        except RuntimeError as error:
            if attempt == attempts - 1 or "could not connect to display" not in str(error):
                raise
    raise AssertionError("unreachable")


def _launch_once(code: str, args: list[str], env: dict[str, str], timeout: float) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    try:
        line = process.stdout.readline()
        elapsed = time.perf_counter() - start
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    if line.strip() != "shown":
        raise RuntimeError(f"the window was never shown: {process.stderr.read()[-2000:]}")
    return elapsed


def measure(repeats: int = 9) -> tuple[float, float, str]:
    """(app median, bare window median, screen) in seconds."""
    from briefing.resources import sample_visit_path

    with tempfile.TemporaryDirectory(prefix="briefing-startup-") as folder, screen() as (display, where):
        home = Path(folder)
        sample = home / "sample.visit.yaml"
        shutil.copyfile(sample_visit_path(), sample)
        # An installed app runs from compiled bytecode: let the warm-up run write
        # it, as pip's install step would have (PYTHONDONTWRITEBYTECODE would
        # make every measured start compile the whole app from source).
        dropped = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "PYTHONDONTWRITEBYTECODE")
        env = {k: v for k, v in os.environ.items() if k not in dropped}
        env.update(display)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = str(home / name.lower())
        runs = {"app": (APP, [str(sample)]), "bare": (BARE, [])}
        for code, args in runs.values():
            launch(code, args, env)  # warm up: disk cache, remembered settings
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(repeats):
            for name, (code, args) in runs.items():
                times[name].append(launch(code, args, env))
        return statistics.median(times["app"]), statistics.median(times["bare"]), where


def run(repeats: int = 9) -> list[Result]:
    app, bare, where = measure(repeats)
    return [
        Result(
            name=f"start-up: `briefing sample.visit.yaml` to window shown ({where})",
            seconds=app,
            reference="bare QMainWindow script",
            reference_seconds=bare,
            target_ratio=TARGET,
            note="aim 1.5x",
        )
    ]


if __name__ == "__main__":
    app, bare, where = measure()
    print(f"app {app * 1000:.0f} ms, bare window {bare * 1000:.0f} ms, ratio {app / bare:.2f}x on {where}")
