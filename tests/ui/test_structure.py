"""One rule for output names in the app and on the command line; settings only through Settings; slots connected once."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import QFileDialog

import briefing
from briefing.cli_files import default_output


def test_the_app_suggests_the_names_the_command_line_writes(window, sample, monkeypatch, tmp_path):
    visit = tmp_path / "visits" / "visite.visit.yml"
    shutil.copyfile(sample, visit)
    window.files.open_path(visit)
    suggested = []

    def save_as(parent, title, name, *rest, **options):
        suggested.append(name)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window.exporter.export_dialog()
    window.outputs.export_card()
    assert [Path(s).name for s in suggested] == [
        default_output(visit, ".pdf").name,
        default_output(visit, ".pdf", kind="card").name,
    ]
    assert Path(suggested[0]).name == "visite.pdf"

    jobs = []
    monkeypatch.setattr("briefing.ui.dialogs.choose_folder", lambda *a: str(visit.parent))
    monkeypatch.setattr(window.outputs, "_run", lambda made, busy: jobs.extend(made))
    ids = ["anne.o'neil", "x"]
    window.outputs._to_folder(lambda *a: [], ids, ".ics", "")
    assert [Path(path) for _writer, path, _pid in jobs] == [default_output(visit, ".ics", pid) for pid in ids]


def test_the_read_only_state_reaches_the_title_once(window):
    assert window.files.receivers(SIGNAL("readOnlyChanged(bool)")) == 1


def test_the_issue_dialog_offers_who_issued_last_from_the_settings(window, sample, monkeypatch):
    window.files.open_path(sample)
    window.settings.set_issued_by("Pôle presse")
    offered = []

    def answer(dialog):
        offered.append(dialog.by.text())
        dialog.by.setText("Cabinet")
        dialog.accept()
        return False  # then cancelled: the visit is not issued

    monkeypatch.setattr(window.outputs, "exec_dialog", answer)
    window.actions_.issue.trigger()
    assert offered == ["Pôle presse"]
    assert window.settings.issued_by() == "Cabinet"


def test_nothing_but_settings_py_reads_or_writes_qsettings():
    root = Path(briefing.__file__).parent
    users = []
    for source in root.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        if "QSettings" in names:
            users.append(source.relative_to(root).as_posix())
    assert users == ["ui/settings.py"]
