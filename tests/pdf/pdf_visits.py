"""Test visits built as Python objects (the storage layer is written in parallel)."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image, ImageDraw

from briefing.model import Contact, Details, Message, Person, Question, Stop, Visit


def portrait(seed: int, size=(480, 600), fmt="JPEG", mode="RGB") -> bytes:
    """A plain drawn portrait: a head and shoulders on a tinted background."""
    shade = 150 + (seed * 37) % 90
    image = Image.new("RGB", size, (shade, shade - 20, 200 - (seed * 13) % 60))
    d = ImageDraw.Draw(image)
    w, h = size
    d.ellipse((w * 0.3, h * 0.18, w * 0.7, h * 0.55), fill=(236, 204, 176))
    d.rectangle((w * 0.15, h * 0.62, w * 0.85, h), fill=(40 + seed * 20 % 120, 50, 80))
    image = image.convert(mode)
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def marseille() -> Visit:
    """A realistic French visit: Cédric O and Olivia Grégoire at La Plateforme, Marseille."""
    day1, day2 = dt.date(2027, 6, 3), dt.date(2027, 6, 4)
    t = dt.time
    details = Details(
        title="Visite du secrétaire d\u2019État chargé du numérique à Marseille",
        principal="Cédric O",
        principal_role="Secrétaire d\u2019État chargé de la Transition numérique et des Communications électroniques",
        start_date=day1,
        end_date=day2,
        location="Marseille (Bouches-du-Rhône)",
        language="fr",
        classification="Diffusion restreinte",
        status="draft",
        revision=3,
        prepared_by="Service de presse — cabinet du secrétaire d\u2019État",
        objectives=[
            "Saluer le modèle inclusif de La Plateforme, école du numérique ouverte à tous les profils.",
            "Annoncer le soutien de l\u2019État à l\u2019objectif de 3 000 personnes formées par an.",
            "Valoriser les partenariats avec Orange et le Crédit Agricole Alpes Provence.",
            "Montrer le lien entre économie sociale et solidaire et performance économique.",
        ],
        summary=(
            "Un an et demi après sa première visite, Cédric O revient à La Plateforme, à la Joliette, "
            "avec Olivia Grégoire. L\u2019école forme aujourd\u2019hui 200 étudiants de tous horizons et vise "
            "« 3 000 personnes par an ».\n\nLa visite met en avant l\u2019inclusion par le numérique et les "
            "partenariats avec les grandes entreprises du territoire."
        ),
    )
    people = [
        Person(
            "cedric-o",
            "Cédric O",
            "Secrétaire d\u2019État chargé du numérique",
            "Gouvernement",
            "principal",
            bio="Né en 1982 à Lyon, diplômé d\u2019HEC. Ancien conseiller de Pierre Moscovici à Bercy, "
            "puis directeur général adjoint de Safran Aircraft Engines.\n\nSecrétaire d\u2019État chargé du "
            "numérique depuis mars 2019.",
            pronunciation="sé-drik O",
            photo=portrait(1),
        ),
        Person(
            "olivia-gregoire",
            "Olivia Grégoire",
            "Secrétaire d\u2019État chargée de l\u2019Économie sociale, solidaire et responsable",
            "Gouvernement",
            "official",
            bio="Ancienne dirigeante d\u2019une agence de conseil, députée de Paris depuis 2017.",
            pronunciation="o-li-vi-a gré-gwar",
            photo=portrait(2),
        ),
        Person(
            "prefet",
            "Christophe Mirmand",
            "Préfet de la région Provence-Alpes-Côte d\u2019Azur",
            "État",
            "official",
            bio="Préfet de région depuis 2020.",
        ),
        Person(
            "cyril-z",
            "Cyril Zimmermann",
            "Fondateur",
            "La Plateforme",
            "host",
            bio="Entrepreneur du numérique, fondateur d\u2019Hi-Media, il a créé La Plateforme en 2019 "
            "pour « mélanger les profils d\u2019horizons différents ».",
            pronunciation="si-ril zi-mèr-man",
            photo=portrait(3, fmt="PNG"),
        ),
        Person(
            "elisabeth-f",
            "Élisabeth Fonteix",
            "Directrice de la formation et du développement des compétences",
            "Groupe Orange",
            "partner",
            bio="Pilote les partenariats école-entreprise "
            "du groupe ; Orange a accueilli deux alternants de La Plateforme.",
            photo=portrait(4),
        ),
        Person(
            "serge-m",
            "Serge Magdeleine",
            "Directeur général",
            "Crédit Agricole Alpes Provence",
            "partner",
            bio="Directeur général de la caisse régionale depuis 2019.",
        ),
        Person(
            "etudiante",
            "Inès Benali",
            "Étudiante en deuxième année",
            "La Plateforme",
            "guest",
            bio="Ancienne aide-soignante, en reconversion vers le développement logiciel.",
        ),
        Person("afp", "Marie Lefèvre", "Journaliste", "AFP Marseille", "press", phone="06 12 34 56 78"),
        Person(
            "conseiller",
            "Julien Marchand",
            "Conseiller presse",
            "Cabinet du secrétaire d\u2019État",
            "staff",
            phone="06 98 76 54 32",
            email="julien.marchand@numerique.gouv.fr",
        ),
    ]
    stops = [
        Stop(
            "arrivee",
            day1,
            t(9, 30),
            t(9, 45),
            "Arrivée à la gare Saint-Charles",
            "Gare Saint-Charles",
            "Square Narvik, 13001 Marseille",
            "closed",
            ["cedric-o", "conseiller", "prefet"],
            "Accueil par le préfet sur le quai. Véhicule officiel côté boulevard Voltaire.",
        ),
        Stop(
            "plateforme",
            day1,
            t(10, 0),
            t(11, 15),
            "Visite de La Plateforme et échanges avec les étudiants",
            "La Plateforme",
            "8 rue d\u2019Hozier, 13002 Marseille (la Joliette)",
            "pool",
            ["cedric-o", "olivia-gregoire", "cyril-z", "elisabeth-f", "serge-m", "etudiante"],
            "Accueil par Cyril Zimmermann. Tour des salles de projet (15 min), puis table ronde avec "
            "six étudiants aux parcours variés.\nLe pool presse suit la visite des salles uniquement.",
        ),
        Stop(
            "signature",
            day1,
            t(11, 15),
            t(11, 45),
            "Signature de la convention de partenariat",
            "La Plateforme — amphithéâtre",
            "8 rue d\u2019Hozier, 13002 Marseille",
            "open",
            ["cedric-o", "olivia-gregoire", "cyril-z", "elisabeth-f", "serge-m", "afp"],
            "Prises de parole : Cyril Zimmermann (3 min), Élisabeth Fonteix (2 min), Serge Magdeleine "
            "(2 min), Olivia Grégoire (4 min), Cédric O (6 min).",
        ),
        Stop(
            "photo",
            day1,
            t(11, 45),
            t(12, 0),
            "Photo de famille avec la promotion 2027",
            "Parvis",
            "8 rue d\u2019Hozier, 13002 Marseille",
            "photo-op",
            ["cedric-o", "olivia-gregoire", "cyril-z"],
        ),
        Stop(
            "dejeuner",
            day1,
            t(12, 30),
            t(14, 0),
            "Déjeuner de travail avec les acteurs de l\u2019ESS",
            "Les Grandes Tables de la Friche",
            "41 rue Jobin, 13003 Marseille",
            "closed",
            ["cedric-o", "olivia-gregoire", "prefet"],
            "Huit convives. Plan de table en annexe du cabinet.",
        ),
        Stop(
            "depart",
            day2,
            t(9, 0),
            None,
            "Entretien avec la presse régionale",
            "Préfecture",
            "Place Félix-Baret, 13006 Marseille",
            "open",
            ["cedric-o", "afp", "conseiller"],
        ),
    ]
    messages = [
        Message(
            "Le numérique doit embarquer tout le monde : c\u2019est une question de solidarité et de "
            "performance économique.",
            [
                "200 étudiants formés aujourd\u2019hui, objectif 3 000 par an.",
                "Un migrant et une personne sans domicile fixe formés cette année.",
            ],
            "plateforme",
        ),
        Message(
            "Les grandes entreprises ont besoin des talents que forment des écoles comme La Plateforme.",
            [
                "Orange : développement logiciel, cybersécurité, data et IA.",
                "Deux alternants accueillis chez Orange en 2026-2027.",
            ],
            "signature",
        ),
        Message(
            "L\u2019économie sociale et solidaire construit l\u2019économie de demain, pas dans cinq ans.",
            ["« On est en train de casser les murs » — rapprocher l\u2019ESS et les entreprises."],
        ),
    ]
    qa = [
        Question(
            "Combien l\u2019État investit-il dans La Plateforme ?",
            "L\u2019État accompagne l\u2019école via le plan d\u2019investissement dans les compétences ; "
            "le montant exact sera précisé par le ministère du Travail.",
        ),
        Question(
            "Les formations garantissent-elles un emploi ?",
            "Le taux d\u2019insertion de la première promotion est de 78 % à six mois. L\u2019enjeu est "
            "d\u2019aller chercher des profils qui n\u2019auraient pas eu accès à ces métiers.",
        ),
        Question(
            "Que répondez-vous aux critiques sur la fracture numérique à Marseille ?",
            "Précisément : c\u2019est le sens de cette visite. 13 millions de Français sont éloignés "
            "du numérique ; le Pass numérique en touche déjà 400 000.",
        ),
    ]
    sensitivities = [
        "Grève des agents de la métropole annoncée le même jour : possible rassemblement devant la gare.",
        "Ne pas commenter le dossier de la fermeture du site de Gémenos (Crédit Agricole) : procédure en cours.",
    ]
    contacts = [
        Contact("Julien Marchand", "Conseiller presse", "06 98 76 54 32", "julien.marchand@numerique.gouv.fr"),
        Contact("Sophie Ravel", "Cheffe de cabinet adjointe", "06 11 22 33 44", "sophie.ravel@numerique.gouv.fr"),
        Contact(
            "Préfecture — cellule presse", "Permanence", "04 84 35 40 00", "pref-communication@bouches-du-rhone.gouv.fr"
        ),
        Contact("La Plateforme — accueil", "Coordination sur place", "04 91 00 00 00", "contact@laplateforme.io"),
    ]
    return Visit(details, stops, people, messages, qa, sensitivities, contacts)
