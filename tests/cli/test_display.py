"""Before Qt loads: a sentence instead of Qt's abort when no window can open."""

import ctypes
import sys
from pathlib import Path

import pytest

from briefing import cli_display

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 checks are for Linux")


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
