"""PySide6 6.12.0 drops a reference to True on every signal emitted from Python;
the app must survive a long editing session anyway (see briefing/ui/signal_refs.py)."""

import subprocess
import sys

CODE = """
import briefing.ui
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    changed = Signal(object)

app = QCoreApplication([])
source = Source()
for n in range(200_000):
    source.changed.emit(n)
print("alive")
"""


def test_many_emits_from_python_do_not_abort_the_interpreter():
    done = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"
