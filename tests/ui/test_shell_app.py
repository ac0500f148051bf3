"""run_app, as `briefing FILE` calls it: the window opens the file, a refused file leaves an empty visit."""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from briefing.ui import app as app_module


def run_and_look(monkeypatch, path) -> dict:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app_module, "_handle_termination", lambda app: None)
    seen: dict = {}

    def look() -> None:
        window = app_module._windows[-1]
        seen.update(path=window.doc.path, title=window.windowTitle(), stops=len(window.doc.visit.itinerary))
        window.doc.undo_stack.setClean()
        QApplication.closeAllWindows()

    QTimer.singleShot(300, look)
    seen["status"] = app_module.run_app(str(path) if path else None)
    return seen


def test_run_app_opens_the_file(monkeypatch, sample, qapp):
    seen = run_and_look(monkeypatch, sample)
    assert seen["status"] == 0
    assert seen["path"] == sample
    assert seen["stops"] > 0
    assert seen["title"].startswith("sample.visit.yaml")


def test_run_app_with_a_refused_file_shows_why_and_starts_empty(monkeypatch, tmp_path, dialogs, qapp):
    bad = tmp_path / "bad.visit.yaml"
    bad.write_text("format: briefing-visit\nversion: 99\nvisit: {}\n", encoding="utf-8")
    seen = run_and_look(monkeypatch, bad)
    assert seen["path"] is None and seen["stops"] == 0
    assert "bad.visit.yaml" in dialogs.shown[-1].text
    assert "version" in dialogs.shown[-1].info.lower()


def test_a_file_sent_by_the_system_opens(window, sample, qapp, monkeypatch):
    from PySide6.QtGui import QFileOpenEvent

    monkeypatch.setattr(app_module, "_windows", [window])
    opener = app_module.FileOpener.install(qapp, platform="darwin")
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(sample)))
    finally:
        qapp.removeEventFilter(opener)
    assert window.doc.path == sample


def test_only_macos_gets_a_filter_on_every_event_of_the_app(window, sample, qapp, monkeypatch):
    """Elsewhere files come as arguments, and a Python filter on the whole app slows the start."""
    from PySide6.QtGui import QFileOpenEvent

    monkeypatch.setattr(app_module, "_windows", [window])
    assert app_module.FileOpener.install(qapp, platform="linux") is None
    assert app_module.FileOpener.install(qapp, platform="win32") is None
    QApplication.sendEvent(qapp, QFileOpenEvent(str(sample)))
    assert window.doc.path is None  # no filter was there to open it


def test_a_termination_during_the_recovery_question_at_start_quits(monkeypatch, qapp, tmp_path):
    """The question comes before the main loop: app.exec() must not start afterwards."""
    from PySide6.QtCore import QCoreApplication

    from briefing.model import Visit
    from briefing.ui.recovery import RecoveryFile, leftovers

    visit = Visit()
    visit.details.title = "Left by a crash"
    left = RecoveryFile(tmp_path / "recovery")
    left.write(visit, None)
    crashed = subprocess.Popen([sys.executable, "-c", "pass"])  # a process that has ended
    crashed.wait()
    note = json.loads(left.note_path.read_text(encoding="utf-8"))
    note["pid"] = crashed.pid
    left.note_path.write_text(json.dumps(note), encoding="utf-8")
    # run_app renames the app (its data folder moves): look in this folder.
    monkeypatch.setattr(app_module, "leftovers", lambda: leftovers(left.folder))
    monkeypatch.setattr(app_module, "_terminated", None)
    monkeypatch.setattr(app_module, "_handle_termination", lambda app: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    exits = []
    # The real exit would leave pytest-qt's application unable to run event loops.
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(lambda code=0: exits.append(code)))

    def ask_restore(*_args):
        app_module.on_terminate(15)  # SIGTERM while the question is open
        return "later"

    monkeypatch.setattr(app_module.dialogs, "ask_restore", ask_restore)
    stuck = []

    def unstick() -> None:  # only if run_app entered its main loop after all
        stuck.append(True)
        for window in list(app_module._windows):
            window.doc.undo_stack.setClean()
        QApplication.closeAllWindows()

    guard = QTimer()  # stopped below: it must not close a later test's windows
    guard.setSingleShot(True)
    guard.timeout.connect(unstick)
    guard.start(3000)
    status = app_module.run_app(None)
    guard.stop()
    assert stuck == []
    assert status == 128 + 15
    assert exits == [128 + 15]
    for window in list(app_module._windows):
        window.doc.undo_stack.setClean()
        window.close()


def test_a_termination_answers_an_open_dialog_with_cancel(monkeypatch, qapp, qtbot):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialog

    monkeypatch.setattr(app_module, "_terminated", None)
    monkeypatch.setattr(app_module, "_windows", [])
    exits = []
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setModal(True)
    stuck = []
    QTimer.singleShot(50, lambda: app_module.on_terminate(15))
    guard = QTimer(dialog)  # dies with the dialog
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: (stuck.append(True), dialog.accept()))
    guard.start(3000)
    result = dialog.exec()
    assert stuck == [] and result == QDialog.DialogCode.Rejected
    assert exits == [128 + 15]
