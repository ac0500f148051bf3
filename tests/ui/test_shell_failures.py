"""Failures the user must hear about: recovery copies that cannot be written, an editor that fails."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from briefing.ui import sections
from briefing.ui.commands import SetValue


def notices(window) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "notice") if box.isVisible()]


def test_a_recovery_copy_that_cannot_be_written_is_said_once(window, monkeypatch, qtbot):
    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(window.files.recovery, "write", full)
    details = window.doc.visit.details
    window.doc.push(SetValue(window.doc, "details", details, "title", "Sans copie", "Edit title", merge=False))
    window.files.write_recovery()
    message = window.statusBar().currentMessage()
    assert "Automatic recovery copies cannot be written" in message
    assert "No space left on device" in message
    assert str(window.files.recovery.folder) in message
    assert len(notices(window)) == 1
    assert not notices(window)[0].isModal()  # the user keeps typing
    window.files.write_recovery()
    assert len(notices(window)) == 1  # once, not every 30 seconds
    assert window.doc.modified  # nothing else changed


def test_an_editor_that_fails_to_start_shows_the_error(make_window, monkeypatch, qtbot):
    from briefing.ui.editors.lists import QuestionsEditor

    real = sections.editor_classes()

    class Broken(QuestionsEditor):
        def __init__(self, doc, parent):
            raise RuntimeError("editor exploded")

    monkeypatch.setattr(sections, "editor_classes", lambda: [(k, Broken if k == "qa" else c) for k, c in real])
    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: seen.append(info))
    window = make_window()
    window.editors.show_section("qa")  # built when first chosen
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen[0][0] is RuntimeError and "editor exploded" in str(seen[0][1])
    page = window.editors.editors["qa"]
    assert isinstance(page, sections.BrokenSection)
    assert "error" in page.text()
