"""File > Issue Revision, the Changes panel, the other exports and Import People, in the window."""

from __future__ import annotations

import icalendar
import pytest


@pytest.fixture
def opened(window, sample, monkeypatch):
    window.files.open_path(sample)
    answers = []
    monkeypatch.setattr(window.outputs, "exec_dialog", lambda dialog: answers.pop(0)(dialog) if answers else False)
    return window, answers


def test_the_changes_panel_lists_what_differs_from_revision_2(opened, qtbot):
    window, _ = opened
    panel = window.changes
    assert panel.windowTitle() == "Changes since revision 2"
    assert "Nouvelle personne\u00a0: Nadia Ferhat" in panel.lines
    stop = next(s for s in window.doc.visit.itinerary if s.id == "depart")
    from briefing.ui.commands import SetValue

    window.doc.push(SetValue(window.doc, "itinerary", stop, "venue", "Parvis", "Edit venue", merge=False))
    qtbot.waitUntil(lambda: any("Parvis" in line for line in panel.lines), timeout=3000)


def test_issue_revision_exports_the_pack_of_revision_n_and_is_one_undo_step(opened, qtbot, dialogs, tmp_path):
    window, answers = opened

    def fill(dialog):
        dialog.note.setText("Nouvel horaire du point presse")
        dialog.by.setText("Pôle presse")
        return True

    answers.append(fill)
    pack = tmp_path / "revision-3.pdf"
    dialogs.save_paths.append(str(pack))
    visit = window.doc.visit
    window.actions_.issue.trigger()
    assert visit.details.revision == 4 and visit.details.uid
    assert [h.revision for h in visit.history] == [2, 3]
    assert visit.history[-1].note == "Nouvel horaire du point presse" and visit.history[-1].by == "Pôle presse"
    qtbot.waitUntil(lambda: pack.exists() and pack.stat().st_size > 0, timeout=10000)
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(pack).pages[:4])
    assert "Révision 3" in text  # made before the revision was raised
    qtbot.waitUntil(lambda: window.changes.windowTitle() == "Changes since revision 3", timeout=3000)
    assert window.changes.lines == []
    window.doc.undo_stack.undo()
    assert visit.details.revision == 3 and not visit.details.uid and [h.revision for h in visit.history] == [2]


def export_staff_programmes(window, answers, monkeypatch, folder) -> None:
    """File > Export > Personal Programmes, the staff ticked, into ``folder``."""
    monkeypatch.setattr("briefing.ui.dialogs.choose_folder", lambda *a: str(folder))
    answers.append(lambda dialog: dialog.tick("staff") or True)
    window.actions_.export_personal.trigger()


def test_card_personal_programmes_and_calendar(opened, qtbot, dialogs, tmp_path, monkeypatch):
    window, answers = opened
    card = tmp_path / "card.pdf"
    dialogs.save_paths.append(str(card))
    window.actions_.export_card.trigger()
    qtbot.waitUntil(card.exists, timeout=10000)

    folder = tmp_path / "programmes"
    folder.mkdir()
    export_staff_programmes(window, answers, monkeypatch, folder)
    expected = {"sample-camille-vasseur.pdf", "sample-thomas-regnier.pdf", "sample-nadia-ferhat.pdf"}
    qtbot.waitUntil(lambda: {p.name for p in folder.iterdir()} == expected, timeout=20000)
    qtbot.waitUntil(lambda: any("3 files written" in s.text for s in dialogs.shown), timeout=5000)

    answers.append(lambda dialog: True)  # the whole visit
    calendar = tmp_path / "visit.ics"
    dialogs.save_paths.append(str(calendar))
    window.actions_.export_calendar.trigger()
    qtbot.waitUntil(calendar.exists, timeout=10000)
    assert len(list(icalendar.Calendar.from_ical(calendar.read_bytes()).walk("VEVENT"))) == 10


def test_import_people_from_a_french_excel_csv_in_one_undo_step(opened, dialogs, tmp_path):
    window, answers = opened
    sheet = tmp_path / "contacts.csv"
    sheet.write_bytes(
        "Prénom;Nom;Fonction;Organisme\r\nAnne;Dupré;Préfète;Préfecture\r\nCyril;Zimmermann;Fondateur;La Plateforme\r\n"
        ";;Sans nom;\r\n".encode("cp1252")
    )
    dialogs.open_paths.append(str(sheet))
    seen = {}

    def accept(dialog):
        seen["summary"] = dialog.summary.text()
        return True

    answers.append(accept)
    before = len(window.doc.visit.attendees)
    window.actions_.import_people.trigger()
    assert "1 person will be added." in seen["summary"] and "1 row skipped" in seen["summary"]
    assert "row 4: no name" in seen["summary"]
    added = window.doc.visit.attendees[before:]
    assert [(p.id, p.name, p.role) for p in added] == [("anne-dupre", "Anne Dupré", "Préfète")]
    window.doc.undo_stack.undo()
    assert len(window.doc.visit.attendees) == before


def test_what_a_personal_programme_cannot_print_is_said_once_a_field(opened, qtbot, dialogs, tmp_path, monkeypatch):
    from briefing.pdf.fonts import SUBSTITUTE
    from briefing.ui.commands import SetValue

    window, answers = opened
    people = window.doc.visit.attendees
    staff = [i for i, p in enumerate(people) if p.category == "staff"]
    first = people[staff[0]]
    window.doc.push(SetValue(window.doc, "attendees", first, "role", "Conseiller 漢", "Edit role", merge=False))
    window.checks.refresh()
    export_staff_programmes(window, answers, monkeypatch, tmp_path)
    qtbot.waitUntil(lambda: any("with warnings" in s.text for s in dialogs.shown), timeout=30000)
    (shown,) = [s for s in dialogs.shown if "with warnings" in s.text]
    assert shown.text == f"{len(staff)} written, with warnings."
    # Every programme lists the staff, so each met the role: said once, with where it is.
    assert shown.info.splitlines() == [
        f"• Role of entry {staff[0] + 1}, on the People page: Some characters cannot be printed with the pack's "
        f"font (“漢” (U+6F22)); they are shown as “{SUBSTITUTE}”."
    ]


def test_a_first_issue_dialog_keeps_its_few_lines_together(qtbot):
    """Without a list of changes to give room to, the note did not float halfway down an empty dialog."""
    import datetime as dt

    from PySide6.QtWidgets import QCheckBox, QLabel

    from briefing.model import Details, Visit
    from briefing.ui.issuing import IssueDialog
    from briefing.ui.settings import Settings

    dialog = IssueDialog(Visit(Details(title="T", principal="P", start_date=dt.date(2027, 3, 16))), Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    label = dialog.findChild(QLabel)
    line = label.fontMetrics().height()
    gap = dialog.note.mapTo(dialog, dialog.note.rect().topLeft()).y() - label.geometry().bottom()
    assert gap < 2 * line
    export = dialog.findChild(QCheckBox)
    assert export.geometry().top() - dialog.by.mapTo(dialog, dialog.by.rect().bottomLeft()).y() < 2 * line


def test_the_revision_shown_is_the_visits_after_an_issue_is_undone_and_after_new(opened, dialogs):
    """The floor of issued revisions clamped the field: New showed revision 4 for a visit at 1."""
    from briefing.ui.issuing import record_issue

    window, _answers = opened
    doc = window.doc
    field = window.editors.show_section("details").form.widget("revision")
    record_issue(doc, "n", "b")
    assert field.value() == doc.visit.details.revision == 4
    steps = doc.undo_stack.count()
    doc.undo_stack.undo()
    assert field.value() == doc.visit.details.revision == 3
    doc.undo_stack.redo()
    assert field.value() == 4 and doc.undo_stack.count() == steps  # no step made by the field itself
    from PySide6.QtWidgets import QMessageBox

    dialogs.answer(QMessageBox.StandardButton.Discard)
    window.files.new()
    assert field.value() == doc.visit.details.revision == 1
