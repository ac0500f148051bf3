"""The version 1 fixture must open, with this content, in every release."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.model import Contact, Details, Message, Person, Question, Stop, Visit
from briefing.storage import load_visit

V1 = Path(__file__).resolve().parents[1] / "fixtures" / "v1"


def test_version_1_file_loads_to_its_content():
    portrait = (V1 / "portrait.jpg").read_bytes()
    loaded = load_visit(V1 / "full.visit.yaml")
    # Written when the principal was typed twice: the role on the Visit page says more than
    # the People entry's. It opens as written, and the difference is named (issue 7 item 29).
    assert [(w.code, w.path, w.line) for w in loaded.warnings] == [
        ("principal-role-differs", "visit.principal_role", 8)
    ]
    assert loaded.visit == Visit(
        Details(
            title="Visite du secrétaire d'État chargé du numérique à Marseille",
            principal="Cédric O",
            principal_role="Secrétaire d'État chargé du numérique",
            start_date=dt.date(2026, 3, 12),
            end_date=dt.date(2026, 3, 13),
            location="Marseille",
            timezone="Europe/Paris",
            language="fr",
            classification="Diffusion restreinte",
            status="final",
            revision=3,
            prepared_by="Service de presse",
            objectives=["Saluer l'ouverture du campus", "Annoncer le plan « 10 000 développeurs »"],
            summary="Deux jours à Marseille.\n\nRencontres avec les étudiants et les entreprises.\n",
        ),
        [
            Stop(
                id="arrivee",
                start=dt.time(8, 45),
                end=dt.time(9, 15),
                title="Arrivée en gare Saint-Charles",
                venue="Gare Saint-Charles",
                address="Square Narvik, 13001 Marseille",
                press="photo-op",
                attendees=["cedric", "prefete"],
                notes="Accueil par la préfète.",
            ),
            Stop(
                id="visite",
                date=dt.date(2026, 3, 13),
                start=dt.time(10, 0),
                end=dt.time(11, 30),
                title="Visite de La Plateforme",
                venue="La Plateforme",
                address="8 rue d'Hozier, 13002 Marseille",
                press="pool",
                attendees=["cedric", "directrice"],
                notes="Parcours dans les salles de cours.\nÉchange avec trois promotions.",
            ),
        ],
        [
            Person(
                id="cedric",
                name="Cédric O",
                role="Secrétaire d'État",
                organisation="Gouvernement",
                category="principal",
                bio="Né en 1982. Ancien conseiller.",
                pronunciation="sé-drik O",
                phone="0612345678",
                email="cabinet@example.gouv.fr",
                photo=portrait,
            ),
            Person(id="prefete", name="Mme la préfète", category="official", photo=portrait),
            Person(id="directrice", name="12345", role="NO", organisation="yes", category="host"),
        ],
        [
            Message(
                headline="La France forme les talents du numérique.",
                points=["10 000 places en 2026", "1,5 million d'euros"],
                stop="visite",
            ),
            Message(headline="Marseille est une capitale du numérique."),
        ],
        [Question("Combien coûte le plan ?", "1,5 million d'euros sur trois ans.")],
        ["Grève des contrôleurs SNCF le 12 mars", "on"],
        [
            Contact("Chef de cabinet", "Cabinet", "+33 6 00 00 00 00", "chef.cabinet@example.gouv.fr"),
            Contact("Officier de sécurité"),
        ],
    )
