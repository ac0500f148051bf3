"""Before Qt loads: a sentence instead of Qt's abort when no window can open."""

import ctypes
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

    x11.setattr(cli_display.ctypes, "CDLL", cdll)
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
