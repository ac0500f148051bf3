"""fontconfig is set up on a thread of its own while the first window is built."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from briefing.ui import app as app_module
from briefing.ui import font_warmup

from .fresh import run_fresh
from .test_shell_app import run_and_look

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt uses fontconfig on Linux")

# FC_DEBUG=1024 makes fontconfig name each configuration file as it loads it.
# The warm-up runs and is waited for, then Qt lays out its first text: which
# of the two loaded the configuration?
WARM_UP_THEN_QT = """
import ctypes, os, sys
from PySide6.QtGui import QGuiApplication  # loads Qt's fontconfig, sets nothing up
from briefing.ui import font_warmup

libc = ctypes.CDLL(None)
def mark(text):
    libc.fflush(None)  # fontconfig's lines go through C's buffered stdout
    os.write(1, (text + "\\n").encode())

thread = font_warmup.start() if sys.argv[1] == "warm" else None
if thread is not None:
    thread.join(30)
    mark(f"thread {thread.name} daemon={thread.daemon} alive={thread.is_alive()}")
mark("=== Qt")
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
field = QLineEdit("Visite de la ministre")
field.show()
app.processEvents()
field.sizeHint()
mark("=== done")
"""


def config_loads(lines: list[str]) -> tuple[int, int]:
    """(configuration files loaded before Qt started, loaded after)."""
    qt = lines.index("=== Qt")
    loads = [n for n, line in enumerate(lines) if line.strip().startswith("Loading config file from")]
    return sum(n < qt for n in loads), sum(n > qt for n in loads)


@linux_only
def test_the_warm_up_loads_fontconfig_before_qt_needs_it(tmp_path, monkeypatch):
    monkeypatch.setenv("FC_DEBUG", "1024")
    lines = run_fresh(WARM_UP_THEN_QT, tmp_path, "warm")
    assert "thread fontconfig warm-up daemon=True alive=False" in lines
    before, after = config_loads(lines)
    assert before > 0
    assert after == 0  # Qt found it done


@linux_only
def test_without_the_warm_up_qt_loads_fontconfig_itself(tmp_path, monkeypatch):
    """What the warm-up takes off the main thread: the probe above sees a difference."""
    monkeypatch.setenv("FC_DEBUG", "1024")
    before, after = config_loads(run_fresh(WARM_UP_THEN_QT, tmp_path, "cold"))
    assert (before, after != 0) == (0, True)


NO_QT = """
from briefing.ui import font_warmup
print(font_warmup.start())
print(any("libfontconfig" in line for line in open("/proc/self/maps")))
"""


@linux_only
def test_nothing_is_warmed_up_before_qt_has_loaded_fontconfig(tmp_path):
    """A fontconfig of our own would be work Qt never uses."""
    assert run_fresh(NO_QT, tmp_path) == ["None", "False"]


def test_fcinit_calls_the_real_function(qapp):
    function = font_warmup.fcinit()
    if function is None:
        assert not sys.platform.startswith("linux")  # Windows, macOS: Qt draws text without fontconfig
        return
    assert function() == 1  # FcTrue; set up already, it only says so


def test_the_app_warms_fonts_up_when_it_starts_its_window(monkeypatch, sample, qapp):
    started = []
    monkeypatch.setattr(font_warmup, "start", lambda: started.append(True))
    assert run_and_look(monkeypatch, sample)["status"] == 0
    assert started == [True]


def test_a_launch_that_hands_its_file_over_warms_nothing_up(monkeypatch, sample, qapp):
    started = []
    monkeypatch.setattr(font_warmup, "start", lambda: started.append(True))
    monkeypatch.setattr(app_module.single_instance, "start", lambda paths: None)
    monkeypatch.setattr(app_module, "create_app", lambda: qapp)
    assert app_module.run_app(str(sample)) == 0
    assert started == []


def test_the_library_is_the_one_qt_links_against():
    """The soname Qt's libraries name: RTLD_NOLOAD finds only a library loaded under that name."""
    if not sys.platform.startswith("linux"):
        pytest.skip("Qt uses fontconfig on Linux")
    import PySide6

    gui = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"
    if not gui.exists():
        pytest.skip("a PySide6 without its own Qt libraries")
    assert font_warmup.LIBRARY.encode() in gui.read_bytes()
