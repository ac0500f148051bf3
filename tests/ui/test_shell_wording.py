"""Dialog titles, Undo wording and the calendar's today (issue 7 item 32)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox

from briefing.ui.editors.datetime_fields import DateEdit


def test_remove_question_keeps_a_short_window_title(window, sample, monkeypatch):
    window.files.open_path(sample)
    visit = window.doc.visit
    visit.attendees[0].name = "Cyrille-Alexandre Zimmermann-Delacroix de Montbrison"
    visit.itinerary[0].attendees.append(visit.attendees[0].id)
    seen = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: seen.append((box.windowTitle(), box.text())) or QMessageBox.StandardButton.Yes
    )
    people = window.editors.show_section("attendees")
    people.select_row(0)
    people.remove_item()
    assert seen == [("Briefing", "Remove Cyrille-Alexandre Zimmermann-Delacroix de Montbrison?")]


def test_the_edit_menu_says_what_the_button_said(window, sample):
    window.files.open_path(sample)
    people = window.editors.show_section("attendees")
    people.confirm_remove = lambda name, stops: True
    people.select_row(0)
    people.buttons["remove"].click()
    assert people.buttons["remove"].text() == "Remove"
    assert window.actions_.undo.text() == "&Undo Remove person"
    window.actions_.undo.trigger()
    assert window.actions_.redo.text() == "&Redo Remove person"
    window.actions_.redo.trigger()
    window.doc.undo_stack.clear()
    assert window.actions_.undo.text() == "&Undo" and not window.actions_.undo.isEnabled()


def test_french_undo_reads_as_french(make_window, qapp, sample):
    from briefing.ui.i18n import install_translations

    installed = install_translations(qapp, "fr")
    try:
        window = make_window()
        window.files.open_path(sample)
        people = window.editors.show_section("attendees")
        people.confirm_remove = lambda name, stops: True
        people.select_row(0)
        people.buttons["remove"].click()
        assert window.actions_.undo.text() == "&Annuler « Supprimer la personne »"
        window.doc.undo_stack.clear()
        from briefing.ui.commands import SetItem

        window.doc.push(
            SetItem(
                window.doc,
                "sensitivities",
                window.doc.visit.sensitivities,
                0,
                "x",
                qapp.translate("ListEditor", "Edit item"),
            )
        )
        assert window.actions_.undo.text() == "&Annuler « Modifier l’élément »"
        assert "Modification d’un" not in window.actions_.undo.text()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_the_calendar_popup_marks_today(qtbot):
    field = DateEdit("Not set")
    qtbot.addWidget(field)
    field.show()
    field.show_calendar()  # the popup is made when it is opened
    mark = field.calendarWidget().dateTextFormat(QDate.currentDate())
    assert mark.fontWeight() == QFont.Weight.Bold
    assert mark.background().color().alpha() > 0
    assert field.calendarWidget().dateTextFormat(QDate.currentDate().addDays(3)).fontWeight() != QFont.Weight.Bold
