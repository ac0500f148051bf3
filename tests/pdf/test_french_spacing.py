"""French no-break spaces: each rule applies wherever its text occurs, alone or
mixed with the others, and text with none of it comes back as it was."""

from __future__ import annotations

import pytest

from briefing.pdf.text import french


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Préfète du Rhône", "Préfète du Rhône"),
        ("Attention : presse !", "Attention\u202f: presse\u202f!"),
        ("« Oui »", "«\u202fOui\u202f»"),
        ("3 000 personnes", "3\u00a0000\u00a0personnes"),
        ("Arrivée à 11 h 30", "Arrivée à 11\u00a0h\u00a030"),
        ("l'équipe", "l\u2019équipe"),
        ("Durée : 20 min, l'accueil", "Durée\u202f: 20\u00a0min, l\u2019accueil"),
    ],
)
def test_french_spacing(typed, printed):
    assert french(typed) == printed
