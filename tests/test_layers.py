"""The wall between layers: the core must run where there is no screen.

Imports go downward only (model <- storage, pdf <- cli <- ui). Each layer is
imported in a fresh interpreter, since this test process may already hold Qt.
"""

import subprocess
import sys

import pytest

from briefing.resources import sample_visit_path

CODE = """
import sys
{code}
loaded = sorted(m for m in sys.modules if m.split('.')[0] in {forbidden!r})
print('LOADED:' + ','.join(loaded))
"""

QT = ("PySide6", "shiboken6")


def loaded_by(code: str, forbidden: tuple[str, ...]) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", CODE.format(code=code, forbidden=forbidden)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    last = out.splitlines()[-1].removeprefix("LOADED:")  # what the code printed comes before
    return [m for m in last.split(",") if m]


@pytest.mark.parametrize(
    ("code", "forbidden"),
    [
        (
            "import briefing.model, briefing.model.checks, briefing.model.photos, briefing.model.revisions, "
            "briefing.model.words, briefing.model.logistics",
            (*QT, "yaml", "reportlab", "icalendar"),
        ),
        ("from briefing.storage import load_visit, read_visit, dump_visit, save_visit", (*QT, "reportlab")),
        ("import briefing.pdf, briefing.pdf.build", (*QT, "yaml")),
        ("import briefing.ical", (*QT, "yaml", "reportlab")),
        ("import briefing.imports", (*QT, "yaml", "reportlab", "openpyxl")),
    ],
    ids=["model", "storage", "pdf", "ical", "imports"],
)
def test_each_layer_loads_only_what_it_may(code, forbidden):
    assert loaded_by(code, forbidden) == []


def test_the_command_lines_check_and_export_load_no_qt(tmp_path):
    # The whole path, not only the imports: reading, checking, laying out, writing.
    code = (
        "from briefing.cli import main\n"
        f"assert main(['check', {str(sample_visit_path())!r}]) == 0\n"
        f"assert main(['export', {str(sample_visit_path())!r}, '-o', {str(tmp_path / 'p.pdf')!r}]) == 0\n"
    )
    assert loaded_by(code, QT) == []
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
