"""Standard keys: Ctrl+Y redoes too, Ctrl+W closes, cut/copy/paste act on the focused field."""

from __future__ import annotations

import sys

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from briefing.ui.commands import SetValue


def activate(window, qtbot) -> None:
    """Shortcuts only reach the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.sections.setFocus()


not_mac = pytest.mark.skipif(sys.platform == "darwin", reason="Cmd+Shift+Z and Cmd+W are the Mac's keys")


@not_mac
def test_ctrl_y_redoes(window, qtbot):
    details = window.doc.visit.details
    window.doc.push(SetValue(window.doc, "details", details, "title", "Avec titre", "Edit title", merge=False))
    window.doc.undo_stack.undo()
    assert details.title == ""
    assert QKeySequence("Ctrl+Y") in window.actions_.redo.shortcuts()
    activate(window, qtbot)
    qtbot.keyClick(window.sections, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert details.title == "Avec titre"


@not_mac
def test_ctrl_w_closes_the_window(make_window, qtbot):
    window = make_window()
    assert QKeySequence("Ctrl+W") in window.actions_.close.shortcuts()
    activate(window, qtbot)
    qtbot.keyClick(window.sections, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible(), timeout=2000)


def test_copy_and_paste_from_the_edit_menu_act_on_the_focused_field(window, qtbot):
    fields = [f for f in window.editors.currentWidget().findChildren(QLineEdit) if f.isVisible() and not f.isReadOnly()]
    source, target = fields[0], fields[1]
    source.setText("Marseille")
    window.activateWindow()
    source.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is source, timeout=2000)
    source.selectAll()
    window.actions_.copy.trigger()
    assert QApplication.clipboard().text() == "Marseille"
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=2000)
    target.clear()
    window.actions_.paste.trigger()
    assert target.text() == "Marseille"
    target.selectAll()
    window.actions_.cut.trigger()
    assert target.text() == ""
