"""PySide6 6.12.0 drops a reference to None on every Qt call that returns
nothing, and to True on every signal emitted from Python; a long editing
session must survive anyway (see briefing/ui/pyside_refcounts.py)."""

import os
import subprocess
import sys

import pytest

from briefing.ui.pyside_refcounts import needs_guard, pyside_version

CODE = """
{guard}
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    changed = Signal(object)

app = QCoreApplication.instance() or QCoreApplication([])
source = Source()
for n in range(200_000):
    source.changed.emit(n)      # drops a reference to True (6.12.0)
    source.setObjectName("x")   # drops a reference to None (6.12.0)
print("alive")
"""


def run(guard: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", CODE.format(guard=guard)], capture_output=True, text=True, timeout=120, env=env
    )


def test_a_long_session_of_qt_calls_does_not_abort_the_interpreter(tmp_path):
    """The app's start-up applies the guard (create_app, which makes the QApplication)."""
    home = {name: str(tmp_path / name) for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")}
    done = run("from briefing.ui.app import create_app\ncreate_app()", env={**os.environ, **home})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"


def test_importing_the_ui_changes_no_reference_count():
    code = "import sys; before = sys.getrefcount(None); import briefing.ui.app; print(sys.getrefcount(None) - before)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert abs(int(done.stdout)) < 100_000


def test_the_guard_is_for_pyside_6_12_0_on_python_3_11_only():
    assert needs_guard((6, 12, 0), (3, 11, 7))
    for pyside, python in [
        ((6, 12, 1), (3, 11, 7)),
        ((6, 11, 2), (3, 11, 7)),
        ((6, 12, 0), (3, 12, 1)),
        ((6, 12, 0), (3, 13, 0)),
    ]:
        assert not needs_guard(pyside, python), (pyside, python)
    assert not needs_guard((6, 12, 0), (3, 11, 7), "pypy")


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal from Python 3.12")
def test_the_guard_is_still_needed_with_this_pyside():
    """When this fails, PySide6 is fixed and pyside_refcounts.py can go."""
    assert run("").returncode != 0


def test_the_guards_counter_is_ctypes_own_ssize_t():
    import ctypes

    from briefing.ui.pyside_refcounts import _ssize_t

    counter = _ssize_t()
    assert ctypes.sizeof(counter) == ctypes.sizeof(ctypes.c_ssize_t)
    box = ctypes.c_ssize_t(-(2**31) - 12345)  # signed, and wider than 32 bits on a 64-bit Python
    assert counter.from_address(ctypes.addressof(box)).value == box.value
    counter.from_address(ctypes.addressof(box)).value += 2**40
    assert box.value == 2**40 - 2**31 - 12345


@pytest.mark.skipif(not needs_guard(pyside_version(), sys.version_info), reason="no guard on this combination")
def test_the_guard_raises_the_counts_without_loading_ctypes():
    code = (
        "import sys; from briefing.ui.pyside_refcounts import make_singletons_immortal; "
        "print(make_singletons_immortal(), sys.getrefcount(None) > 2**40, 'ctypes' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "False"]
