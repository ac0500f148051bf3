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
    """Annuler la suppression de la personne: never a button's verb after Annuler (issue 7 item 32)."""
    from briefing.ui.commands import SetItem
    from briefing.ui.i18n import install_translations

    installed = install_translations(qapp, "fr")
    try:
        window = make_window()
        window.files.open_path(sample)
        people = window.editors.show_section("attendees")
        people.confirm_remove = lambda name, stops: True
        people.select_row(0)
        # The button keeps its verb, on one line: the menu's words are the translation's second line.
        assert people.buttons["remove"].toolTip().startswith("Supprimer la personne (")
        assert "\n" not in people.buttons["remove"].toolTip()
        people.buttons["remove"].click()
        assert window.actions_.undo.text() == "&Annuler la suppression de la personne"
        window.actions_.undo.trigger()
        assert window.actions_.redo.text() == "&Rétablir la suppression de la personne"
        window.doc.undo_stack.clear()
        container = window.doc.visit.sensitivities
        edit_item = qapp.translate("ListEditor", "Edit item")
        window.doc.push(SetItem(window.doc, "sensitivities", container, 0, "x", edit_item))
        assert window.actions_.undo.text() == "&Annuler la modification"
        details = window.editors.show_section("details")
        field = details.form.widget("title")
        field.setText("Visite")
        field.textEdited.emit("Visite")
        assert window.actions_.undo.text() == "&Annuler la modification de «\u00a0Titre\u00a0»"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_every_undo_name_reads_after_annuler(qapp):
    """Each French undo name is a noun phrase after its button's verb, so Annuler reads as French."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "briefing_fr.ts"
    names = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            text, source = message.findtext("translation") or "", message.findtext("source") or ""
            if "\n" in text and "\n" not in source:  # one line in English, two in French: an undo step's names
                names[(context.findtext("name"), message.findtext("source"))] = text
    # The phrases the stack is named with: every list's Add/Remove/Move, edits, and the programme's steps.
    for key in [("ListEditor", "Edit item"), ("Form", "Edit {field}"), ("ProgrammeEditor", "Delete stop")]:
        assert key in names
    for (context, source), text in names.items():
        button, menu = text.split("\n")
        assert button and menu, (context, source)
        assert menu.split()[0] in ("le", "la", "les") or menu.startswith("l’"), (context, source, menu)
        assert not menu[0].isupper(), (context, source, menu)  # it follows "Annuler "


def test_the_calendar_popup_marks_today(qtbot):
    field = DateEdit("Not set")
    qtbot.addWidget(field)
    field.show()
    field.show_calendar()  # the popup is made when it is opened
    mark = field.calendarWidget().dateTextFormat(QDate.currentDate())
    assert mark.fontWeight() == QFont.Weight.Bold
    assert mark.background().color().alpha() > 0
    assert field.calendarWidget().dateTextFormat(QDate.currentDate().addDays(3)).fontWeight() != QFont.Weight.Bold
