"""The wall between layers: the core must run where there is no screen."""

import subprocess
import sys

import pytest

CODE = """
import sys
import {module}
loaded = sorted(m for m in sys.modules if m.split('.')[0] in {forbidden!r})
print(','.join(loaded))
"""


def loaded_by(module: str, forbidden: tuple[str, ...]) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", CODE.format(module=module, forbidden=forbidden)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return [m for m in out.split(",") if m]


@pytest.mark.parametrize("module", ["briefing.model"])
def test_model_loads_no_qt_yaml_or_reportlab(module):
    assert loaded_by(module, ("PySide6", "yaml", "reportlab")) == []
