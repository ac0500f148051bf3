"""PySide6 6.12.0 drops a reference to None on every Qt call that returns
nothing, and to True on every signal emitted from Python; a long editing
session must survive anyway (see briefing/ui/pyside_refcounts.py)."""

import subprocess
import sys

import pytest

CODE = """
{guard}
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    changed = Signal(object)

app = QCoreApplication([])
source = Source()
for n in range(200_000):
    source.changed.emit(n)      # drops a reference to True (6.12.0)
    source.setObjectName("x")   # drops a reference to None (6.12.0)
print("alive")
"""


def run(guard: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CODE.format(guard=guard)], capture_output=True, text=True, timeout=120)


def test_a_long_session_of_qt_calls_does_not_abort_the_interpreter():
    done = run("import briefing.ui")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal from Python 3.12")
def test_the_guard_is_still_needed_with_this_pyside():
    """When this fails, PySide6 is fixed and pyside_refcounts.py can go."""
    assert run("").returncode != 0
