"""A personal programme: one person's stops only, their name on the cover, the marking on every page."""

from __future__ import annotations

import pytest

from briefing.resources import sample_visit_path
from briefing.storage import load_visit

from .pdf_helpers import build


@pytest.fixture(scope="module")
def visit():
    return load_visit(sample_visit_path()).visit


def test_a_staff_members_programme_holds_their_stops_and_their_messages(visit):
    pdf = build(visit, recipient="thomas-regnier")
    flat = " ".join(pdf.text.split())
    assert "PROGRAMME PERSONNEL" in pdf.pages[0] and "Thomas Régnier" in pdf.pages[0]
    for mine in ("Arrivée de Cédric O", "Accueil par Cyril Zimmermann", "Départ de la délégation", "TGV INOUI 6101"):
        assert mine in flat
    for theirs in ("Table ronde avec des étudiants", "Point presse conjoint", "Visite de l’école"):
        assert theirs not in flat  # nobody else's schedule leaks into it
    assert "Un an et demi après une première visite" in flat  # the message of a stop he attends
    assert "Questions-réponses" not in flat and "Points de vigilance" not in flat and "Qui est qui" not in flat
    assert all("DIFFUSION RESTREINTE" in page.upper() for page in pdf.pages)


def test_a_guest_gets_no_key_messages(visit):
    flat = " ".join(build(visit, recipient="yanis-b").text.split())
    assert "Table ronde avec des étudiants" in flat and "Arrivée de Cédric O" not in flat
    assert "Messages clés" not in flat


def test_what_the_cover_cannot_print_of_its_reader_points_at_the_reader():
    # The cover names the programme's reader where the pack names the principal: a warning
    # about the reader's name or role must lead to that person, not to the principal's fields.
    visit = load_visit(sample_visit_path()).visit
    index = next(i for i, p in enumerate(visit.attendees) if p.id == "thomas-regnier")
    visit.attendees[index].role = "Conseiller 漢"
    paths = {w.path for w in build(visit, recipient="thomas-regnier").warnings}
    assert paths == {("attendees", index, "role")}
