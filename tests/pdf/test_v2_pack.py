"""Version 2 in the pack: logistics in each event's block, the transfer above it, lines to take, distribution."""

from __future__ import annotations

from dataclasses import replace

from briefing.resources import sample_visit_path
from briefing.storage import load_visit

from .pdf_helpers import build


def flat(pdf) -> str:
    return " ".join(pdf.text.split())


def test_the_samples_logistics_transfer_lines_to_take_and_distribution():
    text = flat(build(load_visit(sample_visit_path()).visit))
    assert "Accueil par : Cyril Zimmermann, Julie Marchetti" in text
    assert "Arrivée : Dépose rue d’Hozier, devant l’entrée principale" in text
    assert "Prise de parole (5 min) : Conclusion de la table ronde" in text
    assert "Contact sur place : Julie Marchetti (La Plateforme)" in text
    assert "3 min à pied" in text
    assert "SI ON VOUS POUSSE" in text and "CONTEXTE — NE PAS UTILISER EN PUBLIC" in text
    assert "DIFFUSION Cabinet du secrétaire d’État chargé du numérique" in text


def test_nothing_is_printed_for_logistics_left_empty_and_english_words():
    visit = load_visit(sample_visit_path()).visit
    for stop in visit.itinerary:
        stop.arrival = stop.dress = stop.on_site_contact = ""
        stop.met_by = []
    english = replace(visit, details=replace(visit.details, language="en"))
    text = flat(build(english))
    assert "Met by" not in text and "Arrival:" not in text and "Dress" not in text
    assert "Speaks (5 min): Conclusion" in text and "3 min on foot" in text
    assert "IF PRESSED" in text and "BACKGROUND — NOT FOR USE" in text
