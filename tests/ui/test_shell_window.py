"""The window's pieces: sections, checks panel, errors dialog, preferences, layout."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from briefing.ui import errors
from briefing.ui.commands import SetValue
from briefing.ui.preferences import PreferencesDialog
from briefing.ui.settings import Settings


class Emitter(QObject):
    fire = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_a_dialog_and_the_app_goes_on(window, dialogs, qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    emitter = Emitter()

    def broken():
        raise ValueError("kaboom")

    emitter.fire.connect(broken)
    emitter.fire.emit()
    qtbot.wait(10)
    assert dialogs.shown, "no dialog for the exception"
    shown = dialogs.shown[-1]
    assert shown.icon == QMessageBox.Icon.Critical
    assert "kaboom" in shown.details and "ValueError" in shown.details
    assert window.isVisible()
    emitter.fire.emit()  # the event loop still runs slots
    assert len(dialogs.shown) == 2


def test_the_sections_are_listed_in_order(window):
    titles = [window.sections.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(window.sections.count())]
    assert titles == ["Visit", "Programme", "People", "Messages", "Questions", "Sensitivities", "Contacts"]
    assert window.editors.count() == 7
    window.sections.setCurrentRow(3)
    assert window.editors.currentIndex() == 3


def test_checks_panel_lists_warnings_live_and_goes_to_the_item(window, sample, qtbot):
    window.files.open_path(sample)
    baseline = len(window.checks.entries)
    index = next(i for i, s in enumerate(window.doc.visit.itinerary) if not s.is_travel)
    stop = window.doc.visit.itinerary[index]
    window.doc.push(SetValue(window.doc, "itinerary", stop, "end", dt.time(0, 1), "Edit end", merge=False))
    qtbot.waitUntil(lambda: len(window.checks.entries) > baseline, timeout=3000)
    entry = next(e for e in window.checks.entries if "ends" in e.text)
    assert entry.path == ("itinerary", index, "end")
    assert "(" in window.sections.item(1).text()  # the Programme row shows its count
    n = len(window.checks.entries)
    assert window.warning_label.text() == ("1 warning" if n == 1 else f"{n} warnings")
    calls = []
    editor = window.editors.editors["itinerary"]
    if hasattr(editor, "focus_path"):
        original = editor.focus_path
        editor.focus_path = lambda path: (calls.append(path), original(path))
    window.sections.setCurrentRow(0)
    row = window.checks.entries.index(entry)
    window.checks.list.itemActivated.emit(window.checks.list.item(row))
    assert window.editors.currentIndex() == 1
    assert calls == [("itinerary", index, "end")]
    window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: len(window.checks.entries) == baseline, timeout=3000)


def test_file_warnings_that_checks_do_not_repeat_are_listed(window):
    from briefing.storage import Problem

    window.checks.set_file_warnings([Problem("Something odd", 3, "contacts[0].phone", "odd")])
    entry = next(e for e in window.checks.entries if not e.blocking)
    assert entry.text == "Something odd"
    assert entry.path == ("contacts", 0, "phone")


def test_preferences_are_saved(window, qtbot):
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.accept()
    settings = Settings()
    assert settings.language() == "fr"
    assert settings.paper() == "letter"


def test_preferences_say_a_new_language_waits_for_the_next_start(window, qtbot):
    window.settings.set_language("en")
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.note.isVisible() and dialog.note.isEnabled()  # plain text, not greyed out
    assert "next time Briefing starts" in dialog.note.text()
    assert not dialog.note.font().bold()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.note.font().bold()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.note.font().bold()


def test_geometry_and_preview_visibility_are_remembered(make_window):
    first = make_window()
    first.actions_.preview.setChecked(False)
    first.resize(700, 500)  # the offscreen screen is 800×600
    first.close()
    second = make_window()
    assert second.preview.isHidden()
    assert not second.actions_.preview.isChecked()
    assert second.size().width() == 700


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_the_window_fits_small_screens(make_window, size):
    window = make_window()
    assert window.minimumSizeHint().width() <= size[0]
    assert window.minimumSizeHint().height() <= size[1] - 40
    window.resize(*size)
    assert window.sections.width() >= window.sections.sizeHintForColumn(0)


def test_title_names_the_file(window, sample):
    assert window.windowTitle() == "Untitled[*] — Briefing"
    window.files.open_path(sample)
    assert window.windowTitle() == "sample.visit.yaml[*] — Briefing"


def test_main_actions_have_shortcuts_and_icons(window):
    a = window.actions_
    for action in (a.new, a.open, a.save, a.export, a.print, a.undo, a.redo):
        assert not action.shortcut().isEmpty(), action.text()
        assert not action.icon().isNull(), action.text()
    assert a.export.shortcut().toString() == "Ctrl+E"
    assert a.print.shortcut().toString() == "Ctrl+P"
    assert window.checks.list.accessibleName()
    assert window.preview.accessibleName()
    assert window.sections.accessibleName()
    assert Qt.WidgetAttribute.WA_DeleteOnClose


def test_sections_have_keyboard_shortcuts(window):
    actions = window.actions_.sections
    assert [a.shortcut().toString() for a in actions] == [f"Ctrl+{n}" for n in range(1, 8)]
    actions[4].trigger()
    assert window.editors.currentIndex() == 4


def test_enter_on_a_warning_goes_to_it(window, sample, qtbot):
    window.files.open_path(sample)
    first = next(i for i, s in enumerate(window.doc.visit.itinerary) if not s.is_travel)
    stop = window.doc.visit.itinerary[first]
    window.doc.push(SetValue(window.doc, "itinerary", stop, "end", dt.time(0, 1), "Edit end", merge=False))
    window.checks.refresh()
    row = next(i for i, e in enumerate(window.checks.entries) if e.path == ("itinerary", first, "end"))
    window.checks.list.setCurrentRow(row)
    window.checks.list.setFocus()
    qtbot.keyClick(window.checks.list, Qt.Key.Key_Return)
    assert window.editors.currentIndex() == window.editors.keys.index("itinerary")


def test_checks_say_what_stops_a_save(window, qtbot):
    window.checks.refresh()
    first = window.checks.entries[0]
    assert first.blocking
    assert first.text == "The visit needs a first day before it can be saved."
    assert first.path == ("visit", "start_date")
    details = window.doc.visit.details
    window.doc.push(SetValue(window.doc, "details", details, "start_date", dt.date(2027, 3, 16), "Edit date"))
    window.checks.refresh()
    assert not any(e.blocking for e in window.checks.entries)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_toolbar_fits_a_1280_pixel_screen_without_hiding_actions(make_window, qapp, language):
    from PySide6.QtWidgets import QToolBar, QToolButton

    from briefing.ui.i18n import install_translations

    installed = install_translations(qapp, language)
    try:
        window = make_window()
        toolbar = window.findChild(QToolBar, "mainToolbar")
        needed = sum(w.sizeHint().width() for w in toolbar.findChildren(QToolButton) if w.defaultAction())
        assert needed + 40 <= 1280, f"{needed} px of toolbar buttons"
        labels = [w.defaultAction().text() for w in toolbar.findChildren(QToolButton) if w.defaultAction()]
        if language == "fr":
            assert "E&xporter en PDF…" in labels
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_about_names_the_app(window, dialogs):
    window.actions_.about.trigger()
    assert "Briefing" in dialogs.shown[-1].text


def test_f6_moves_between_panes(wide_window, qtbot, qapp):
    window = wide_window
    window.activateWindow()
    window.sections.setFocus()
    window.focus_next_pane(1)
    editor = window.editors.currentWidget()
    assert editor.isAncestorOf(qapp.focusWidget()) or qapp.focusWidget() is editor
    window.focus_next_pane(1)
    assert qapp.focusWidget() is window.preview.pages
    window.focus_next_pane(-1)
    window.focus_next_pane(-1)
    assert qapp.focusWidget() is window.sections


def test_the_warning_count_opens_the_checks(window):
    window.checks.hide()
    window.checks.refresh()  # a new visit: no first day yet
    assert window.warning_label.isVisibleTo(window)
    window.warning_label.click()
    assert window.checks.isVisible()


def test_the_preview_toggle_says_the_same_thing_shown_or_hidden_and_the_editor_takes_the_room(wide_window, qtbot):
    window = wide_window
    action = window.actions_.preview
    assert action.isCheckable() and action.isChecked()
    assert "Show" not in action.text() and "Hide" not in action.text()  # the check mark says which
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.preview.width() > 100, timeout=2000)
    before = window.editors.width()
    action.trigger()
    assert not window.preview.isVisible() and not action.isChecked()
    qtbot.waitUntil(lambda: window.editors.width() > before + 100, timeout=2000)
    action.trigger()
    assert window.preview.isVisible()
