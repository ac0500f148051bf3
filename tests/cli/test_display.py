"""Before Qt loads: a sentence instead of Qt's abort when no window can open."""

import ctypes
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import cli_display

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 checks are for Linux")


@pytest.fixture(autouse=True)
def own_cache(monkeypatch, tmp_path):
    """Remembered checks go to a folder of the test's own, never the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def x11(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    return monkeypatch


def test_a_chosen_platform_is_left_to_qt(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv("DISPLAY", raising=False)
    assert cli_display.display_problem() is None


def test_no_display_at_all(x11):
    x11.delenv("DISPLAY", raising=False)
    assert "no desktop session" in cli_display.display_problem()


def test_a_display_that_does_not_answer(x11):
    try:
        ctypes.CDLL("libxcb.so.1")
    except OSError:
        pytest.skip("libxcb is not installed")
    x11.setattr(cli_display, "missing_xcb_library", lambda: None)
    x11.setenv("DISPLAY", ":987")
    assert "cannot reach the screen :987" in cli_display.display_problem()


def test_a_missing_system_library_names_its_package(x11, tmp_path):
    x11.setenv("DISPLAY", ":0")
    x11.setattr(cli_display, "xcb_plugin", lambda: Path("/opt/qt/libqxcb.so"))

    def cdll(name, mode=0):
        raise OSError("libxcb-cursor.so.0: cannot open shared object file: No such file or directory")

    x11.setattr(ctypes, "CDLL", cdll)
    problem = cli_display.display_problem()
    assert "libxcb-cursor.so.0 is missing" in problem
    assert "apt-get install libxcb-cursor0" in problem


def test_the_app_command_reports_it_and_stops(cli, x11):
    x11.setenv("DISPLAY", ":0")
    x11.setattr(cli_display, "missing_xcb_library", lambda: "libxcb-icccm.so.4")
    status, out, err = cli()
    assert status == 1
    assert out == ""
    assert "libxcb-icccm4" in err


def test_a_successful_library_check_is_remembered_until_the_libraries_change(x11, tmp_path):
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"plugin")
    x11.setattr(cli_display, "xcb_plugin", lambda: plugin)
    x11.setattr(cli_display, "reaches_x_server", lambda: True)
    x11.setenv("DISPLAY", ":0")
    answers = [None, None, "libxcb-cursor.so.0", "libxcb-cursor.so.0"]
    asked = []

    def check():
        asked.append(1)
        return answers[len(asked) - 1]

    x11.setattr(cli_display, "missing_xcb_library", check)
    assert cli_display.display_problem() is None
    assert cli_display.display_problem() is None
    assert len(asked) == 1  # the second start trusts the first
    plugin.write_bytes(b"another Qt")  # PySide6 upgraded: checked again
    assert cli_display.display_problem() is None
    assert len(asked) == 2
    x11.setenv("LD_LIBRARY_PATH", "/elsewhere")  # other libraries: checked again, and a problem...
    assert "libxcb-cursor.so.0 is missing" in cli_display.display_problem()
    assert "libxcb-cursor.so.0 is missing" in cli_display.display_problem()
    assert len(asked) == 4  # ...is never remembered


def test_a_reached_server_is_remembered_while_it_runs(x11, tmp_path):
    x11.setattr(cli_display, "remembered_missing_library", lambda: None)
    x11.setattr(cli_display, "X_LOCKS", tmp_path)
    x11.setenv("DISPLAY", ":4242")
    x11.setenv("XAUTHORITY", str(tmp_path / "Xauthority"))
    lock = tmp_path / ".X4242-lock"
    lock.write_text(f"{os.getpid():10d}\n")  # a running process: the server
    answers = []
    x11.setattr(cli_display, "reaches_x_server", lambda: answers.append(1) or True)
    assert cli_display.display_problem() is None
    assert cli_display.display_problem() is None
    assert len(answers) == 1  # the second start trusts the first
    (tmp_path / "Xauthority").write_bytes(b"another cookie")
    assert cli_display.display_problem() is None
    assert len(answers) == 2
    lock.write_text(f"{os.getppid():10d}\n")  # another server on that display
    assert cli_display.display_problem() is None
    assert len(answers) == 3
    x11.setenv("DISPLAY", "otherhost:0")  # over the network: asked each time
    cli_display.display_problem()
    cli_display.display_problem()
    assert len(answers) == 5


def test_a_lock_left_by_a_dead_server_is_not_trusted(x11, tmp_path):
    x11.setattr(cli_display, "remembered_missing_library", lambda: None)
    x11.setattr(cli_display, "X_LOCKS", tmp_path)
    x11.setenv("DISPLAY", ":4242")
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (tmp_path / ".X4242-lock").write_text(f"{int(finished.stdout):10d}\n")  # that process is gone
    answers = [True, True, False, False]
    x11.setattr(cli_display, "reaches_x_server", lambda: answers.pop(0))
    assert cli_display.display_problem() is None
    assert cli_display.display_problem() is None
    assert len(answers) == 2  # asked each time: the next server on that display may be another
    assert "cannot reach the screen :4242" in cli_display.display_problem()
    assert "cannot reach the screen :4242" in cli_display.display_problem()
    assert answers == []


def test_the_check_loads_no_ctypes_until_it_must_ask():
    probe = "import sys; from briefing import cli_display; print('ctypes' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
