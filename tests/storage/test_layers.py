"""The storage layer runs where there is no screen and no PDF library."""

import subprocess
import sys

CODE = """
import sys
import briefing.storage
from briefing.storage import load_visit, read_visit, dump_visit, save_visit
print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'reportlab'))))
"""


def test_importing_storage_loads_no_qt_and_no_reportlab():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
