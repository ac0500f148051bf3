"""The principal is one person: the Visit page and People stay one (issue 7 item 29)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.model import Details, Person, Visit
from briefing.ui.document import VisitDocument
from briefing.ui.editors.details import DetailsEditor
from briefing.ui.editors.people import PeopleEditor


@pytest.fixture
def pages(qtbot):
    def make(visit: Visit):
        doc = VisitDocument(visit)
        details, people = DetailsEditor(doc), PeopleEditor(doc)
        for widget in (details, people):
            qtbot.addWidget(widget)
        return doc, details, people

    return make


def type_into(line, text: str) -> None:
    line.setText(text)
    line.textEdited.emit(text)
    line.editingFinished.emit()


def visit_with(*people: Person) -> Visit:
    return Visit(details=Details(title="T", start_date=dt.date(2027, 3, 18)), attendees=list(people))


def test_typing_the_principal_adds_them_to_people_once(pages):
    doc, details, _people = pages(visit_with(Person(id="host", name="Anne Host", category="host")))
    type_into(details.form.widget("principal_role"), "Ministre")
    type_into(details.form.widget("principal"), "Cédric O")
    principal = [p for p in doc.visit.attendees if p.category == "principal"]
    assert [(p.name, p.role, p.id) for p in principal] == [("Cédric O", "Ministre", "cedric-o")]
    # Renaming on the Visit page renames the person: still one.
    type_into(details.form.widget("principal"), "Cédric Ö")
    assert [p.name for p in doc.visit.attendees if p.category == "principal"] == ["Cédric Ö"]
    assert len(doc.visit.attendees) == 2
    assert principal[0].id == "cedric-o"


def test_editing_the_principal_in_people_changes_the_visit_page(pages):
    minister = Person(id="m", name="Cédric O", role="Secrétaire d'État", category="principal")
    visit = visit_with(minister)
    visit.details.principal, visit.details.principal_role = minister.name, minister.role
    doc, details, people = pages(visit)
    people.select_row(0)
    type_into(people.form.widget("name"), "Clara Chappaz")
    type_into(people.form.widget("role"), "Ministre déléguée")
    assert (doc.visit.details.principal, doc.visit.details.principal_role) == ("Clara Chappaz", "Ministre déléguée")
    assert details.form.widget("principal").text() == "Clara Chappaz"
    doc.undo_stack.undo()
    assert (minister.role, doc.visit.details.principal_role) == ("Secrétaire d'État", "Secrétaire d'État")


def test_picking_the_principal_from_people(pages):
    old = Person(id="a", name="Ancien", category="principal")
    new = Person(id="b", name="Nouvelle", role="Ministre", category="official")
    doc, details, _people = pages(visit_with(old, new))
    menu = details.pick_principal.menu()
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.text().startswith("Nouvelle"))
    action.trigger()
    assert (new.category, old.category) == ("principal", "guest")  # one principal
    assert (doc.visit.details.principal, doc.visit.details.principal_role) == ("Nouvelle", "Ministre")
    doc.undo_stack.undo()  # one step
    assert (new.category, old.category) == ("official", "principal")


def test_typing_the_name_of_someone_in_people_picks_them(pages):
    someone = Person(id="cy", name="Cyrille Zimmermann", category="official")
    doc, details, _people = pages(visit_with(someone))
    type_into(details.form.widget("principal"), "Cyrille Zimmermann")
    assert someone.category == "principal"
    assert len(doc.visit.attendees) == 1


def test_making_someone_principal_in_people_updates_the_visit_page(pages):
    someone = Person(id="cy", name="Cyrille Zimmermann", role="Préfet", category="official")
    doc, _details, people = pages(visit_with(someone))
    people.select_row(0)
    combo = people.form.widget("category")
    combo.setCurrentIndex(combo.findData("principal"))
    combo.activated.emit(combo.currentIndex())
    assert (doc.visit.details.principal, doc.visit.details.principal_role) == ("Cyrille Zimmermann", "Préfet")


DRIFTED = """\
format: briefing-visit
version: 1
visit:
  title: Visite
  principal: Cédric O
  principal_role: Secrétaire d'État chargé du numérique
  start_date: 2027-03-16
attendees:
  - id: clara
    name: Clara Chappaz
    role: Ministre déléguée
    category: principal
"""


def test_a_file_whose_two_principals_drifted_opens_as_written_flagged_and_mended_in_one_step(window, tmp_path):
    path = tmp_path / "drifted.visit.yaml"
    path.write_text(DRIFTED, encoding="utf-8")
    window.files.open_path(path)
    doc = window.doc
    # Nothing is rewritten on open: only the user knows which name is right.
    assert (doc.visit.details.principal, doc.visit.attendees[0].name) == ("Cédric O", "Clara Chappaz")
    assert not doc.undo_stack.canUndo() and not window.isWindowModified()
    window.checks.refresh()
    texts = {e.path: e.text for e in window.checks.entries}
    assert "“Cédric O” on the Visit page but “Clara Chappaz” in People" in texts[("visit", "principal")]
    assert "Ministre déléguée" in texts[("visit", "principal_role")]
    # Going to it shows the Visit page's Principal field.
    window.editors.go_to(("visit", "principal"))
    details = window.editors.currentWidget()
    assert details is window.editors.editor("details")
    # Picking the principal already ticked in From People mends both fields, in one undo step.
    menu = details.pick_principal.menu()
    menu.aboutToShow.emit()
    (ticked,) = [a for a in menu.actions() if a.isChecked()]
    ticked.trigger()
    assert (doc.visit.details.principal, doc.visit.details.principal_role) == ("Clara Chappaz", "Ministre déléguée")
    window.checks.refresh()
    assert not [e for e in window.checks.entries if e.path[:1] == ("visit",)]
    doc.undo_stack.undo()
    assert doc.visit.details.principal == "Cédric O" and not doc.undo_stack.canUndo()
    # Typing the right name on the Visit page renames the person too.
    type_into(details.form.widget("principal"), "Cédric O")
    assert doc.visit.attendees[0].name == "Cédric O"


def test_tab_goes_from_the_principal_to_their_role_and_alt_down_opens_the_people(window, qtbot):
    """Typing the Visit page in order: the From People button must not swallow the role (issue 7 item 29)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.doc.visit.attendees.append(Person(id="cy", name="Cyrille Zimmermann", category="official"))
    details = window.editors.show_section("details")
    window.activateWindow()
    principal = details.form.widget("principal")
    principal.setFocus()
    qtbot.waitUntil(principal.hasFocus)
    qtbot.keyClick(principal, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is details.form.widget("principal_role")
    principal.setFocus()
    qtbot.waitUntil(principal.hasFocus)
    menu = details.pick_principal.menu()
    qtbot.keyClick(principal, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == ["Cyrille Zimmermann"]
    menu.close()
