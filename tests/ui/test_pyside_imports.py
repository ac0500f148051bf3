"""PySide6's import hook answered without reading every module's source (briefing/ui/pyside_imports.py).

Run in fresh interpreters: the hook only sees modules imported after PySide6,
and this test process has imported everything already.
"""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import inspect, json, sys
sys.path.insert(0, sys.argv[2])
import PySide6.QtCore
skipped = False
if sys.argv[1] == "skip":
    from briefing.ui.pyside_imports import skip_source_reads
    skipped = skip_source_reads()
read = []
original = inspect.getsource
def getsource(module):
    read.append(getattr(module, "__name__", "?"))
    return original(module)
inspect.getsource = getsource
import plain_module, qt_module, lazy_qt_module
feature = sys.modules["shibokensupport.feature"]
marks = {name: feature.pyside_feature_dict.get(name) for name in ("plain_module", "qt_module", "lazy_qt_module")}
print(json.dumps({"skipped": skipped, "read": read, "marks": marks}))
"""


def run(tmp_path, mode: str) -> dict:
    (tmp_path / "plain_module.py").write_text("import decimal\nVALUE = decimal.Decimal(1)\n")
    (tmp_path / "qt_module.py").write_text("from PySide6.QtCore import QObject\n\nclass Thing(QObject):\n    pass\n")
    (tmp_path / "lazy_qt_module.py").write_text("def later():\n    from PySide6.QtCore import QObject\n")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode, str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_pyside6_reads_the_source_of_each_module_imported_after_it(tmp_path):
    """What the skip is for (a canary: should PySide6 drop its hook, the skip can go too)."""
    found = run(tmp_path, "as-is")
    assert {"plain_module", "qt_module", "lazy_qt_module"} <= set(found["read"])
    assert found["marks"] == {"plain_module": -1, "qt_module": 0, "lazy_qt_module": 0}


def test_after_the_skip_no_source_is_read_and_modules_using_pyside6_are_told_apart(tmp_path):
    found = run(tmp_path, "skip")
    assert found["skipped"] is True
    assert found["read"] == []
    # A module that imports PySide6 only in a function is left out of feature
    # switching: the same as using no feature, which Briefing never does.
    assert found["marks"] == {"plain_module": -1, "qt_module": 0, "lazy_qt_module": -1}


def test_briefing_uses_no_pyside6_feature():
    """The skip is safe only while no module turns on a feature (snake_case, true_property)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "briefing"
    turns_on = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.MULTILINE)
    users = [str(p) for p in root.rglob("*.py") if turns_on.search(p.read_text(encoding="utf-8"))]
    assert users == []


def test_an_odd_module_never_makes_an_import_fail():
    import types

    from briefing.ui.pyside_imports import uses_pyside

    class Hostile:
        def __getattr__(self, name):
            raise RuntimeError("no attributes here")

    module = types.ModuleType("odd")
    module.thing = Hostile()
    assert uses_pyside(module) is False
