"""run_app, as `briefing FILE` calls it: the window opens the file, a refused file leaves an empty visit."""

from __future__ import annotations

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
    opener = app_module.FileOpener()
    qapp.installEventFilter(opener)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(sample)))
    finally:
        qapp.removeEventFilter(opener)
    assert window.doc.path == sample
