"""Headings, labels and dates in the visit's language (French or English).

Written out here rather than taken from the system locale, which differs from
one machine to the next and would make the same visit print differently.
"""

from __future__ import annotations

import datetime as dt

from briefing.model.words import MONTHS, NBSP, WEEKDAYS, clock

WORDS = {
    "fr": {
        "pack": "Dossier de visite",
        "personal": "Programme personnel",
        "contents": "Sommaire",
        "purpose": "Objet de la visite",
        "objectives": "Objectifs",
        "summary": "En bref",
        "glance": "Programme en un coup d\u2019\u0153il",
        "messages": "Messages clés",
        "programme": "Déroulé détaillé",
        "people": "Qui est qui",
        "attendance": "Qui participe à quoi",
        "qa": "Questions-réponses",
        "sensitivities": "Points de vigilance",
        "contacts": "Contacts du jour",
        "time": "Heure",
        "what": "Séquence",
        "where": "Lieu",
        "press": "Presse",
        "name": "Nom",
        "role": "Fonction",
        "phone": "Téléphone",
        "email": "Courriel",
        "principal": "Personnalité",
        "dates": "Dates",
        "date": "Date",
        "place": "Lieu",
        "status": "Statut",
        "revision": "Révision",
        "prepared_by": "Préparé par",
        "produced": "Édité le",
        "draft": "Projet",
        "final": "Version définitive",
        "draft_mark": "PROJET",
        "page_of": "Page {page} sur {total}",
        "participants": "Participants",
        "notes": "Notes",
        "stop_messages": "Messages à faire passer",
        "pronunciation": "Prononciation",
        "question": "Q.",
        "answer": "R.",
        "legend": "Légende presse",
        "stop": "Séquence",
        "at": "à",
        "to": "au",
        "from": "du",
        "key_message_at": "À placer lors de\u202f:",
        "continued": "(suite)",
        "arrival": "Arrivée",
        "met_by": "Accueil par",
        "speaks": "Prise de parole",
        "dress": "Tenue",
        "on_site_contact": "Contact sur place",
        "reference": "Référence",
        "if_pressed": "Si on vous pousse",
        "background": "Contexte \u2014 ne pas utiliser en public",
        "distribution": "Diffusion",
    },
    "en": {
        "pack": "Briefing pack",
        "personal": "Personal programme",
        "contents": "Contents",
        "purpose": "Purpose",
        "objectives": "Objectives",
        "summary": "Summary",
        "glance": "Programme at a glance",
        "messages": "Key messages",
        "programme": "Detailed programme",
        "people": "Who\u2019s who",
        "attendance": "Who attends what",
        "qa": "Questions and answers",
        "sensitivities": "Sensitivities",
        "contacts": "Contacts for the day",
        "time": "Time",
        "what": "What",
        "where": "Where",
        "press": "Press",
        "name": "Name",
        "role": "Role",
        "phone": "Phone",
        "email": "Email",
        "principal": "Principal",
        "dates": "Dates",
        "date": "Date",
        "place": "Place",
        "status": "Status",
        "revision": "Revision",
        "prepared_by": "Prepared by",
        "produced": "Produced",
        "draft": "Draft",
        "final": "Final",
        "draft_mark": "DRAFT",
        "page_of": "Page {page} of {total}",
        "participants": "Taking part",
        "notes": "Notes",
        "stop_messages": "Messages for this stop",
        "pronunciation": "Say",
        "question": "Q.",
        "answer": "A.",
        "legend": "Press access",
        "stop": "Stop",
        "at": "at",
        "to": "to",
        "from": "",
        "key_message_at": "Best placed at:",
        "continued": "(continued)",
        "arrival": "Arrival",
        "met_by": "Met by",
        "speaks": "Speaks",
        "dress": "Dress",
        "on_site_contact": "On-site contact",
        "reference": "Reference",
        "if_pressed": "If pressed",
        "background": "Background \u2014 not for use",
        "distribution": "Distribution",
    },
}

CATEGORIES = {
    "fr": {
        "principal": "Personnalité principale",
        "official": "Autorités",
        "host": "Hôtes",
        "partner": "Partenaires",
        "guest": "Invités",
        "press": "Presse",
        "staff": "Équipe",
    },
    "en": {
        "principal": "Principal",
        "official": "Officials",
        "host": "Hosts",
        "partner": "Partners",
        "guest": "Guests",
        "press": "Press",
        "staff": "Staff",
    },
}

# Short words for the press badge, and the sentence the legend gives each.
PRESS = {
    "fr": {
        "open": ("OUVERT", "ouvert à la presse"),
        "pool": ("POOL", "pool de presse restreint"),
        "photo-op": ("IMAGES", "tour d\u2019images, sans questions"),
        "closed": ("HORS PRESSE", "hors presse"),
    },
    "en": {
        "open": ("OPEN", "open to the press"),
        "pool": ("POOL", "press pool only"),
        "photo-op": ("PHOTO", "photo opportunity, no questions"),
        "closed": ("CLOSED", "closed to the press"),
    },
}

# Words around a name that are not the name: honorifics before, post-nominals after.
HONORIFICS = {
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "me",
    "dr",
    "pr",
    "mgr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "sir",
    "dame",
    "lord",
    "lady",
    "cllr",
    "rt",
    "hon",
    "prof",
    "rev",
    "the",
    "s.e",
    "se",
}
POST_NOMINALS = {
    "mp",
    "mep",
    "msp",
    "ms",
    "mla",
    "am",
    "obe",
    "cbe",
    "mbe",
    "kbe",
    "dbe",
    "kc",
    "qc",
    "phd",
    "jp",
    "dl",
    "frs",
    "cb",
    "cmg",
    "kcb",
    "jr",
    "sr",
}


def initials(name: str) -> str:
    """``AS`` for "Alex Sobel MP", ``JD`` for "Mme Jeanne Dupont": first and last
    words of the name itself, honorifics and post-nominals left out."""
    words = [w for w in name.replace("-", " ").replace(",", " ").split() if w[:1].isalpha()]

    def bare(w: str) -> str:
        return w.strip(".").lower()

    while len(words) > 1 and bare(words[0]) in HONORIFICS:
        words.pop(0)
    while len(words) > 1 and bare(words[-1]) in POST_NOMINALS:
        words.pop()
    picked = words[:1] + words[-1:][: len(words) > 1]
    return "".join(w[0] for w in picked).upper()


def language(lang: str) -> str:
    return lang if lang in WORDS else "fr"


def word(lang: str, key: str) -> str:
    return WORDS[language(lang)][key]


def category(lang: str, key: str) -> str:
    return CATEGORIES[language(lang)].get(key, key)


# How a transfer is made, after its length: "10 min en voiture" / "10 min by car".
TRANSFER = {
    "fr": {"car": "en voiture", "walk": "à pied", "train": "en train", "plane": "en avion", "boat": "en bateau",
           "other": "de trajet"},
    "en": {"car": "by car", "walk": "on foot", "train": "by train", "plane": "by plane", "boat": "by boat",
           "other": "transfer"},
}  # fmt: skip


def transfer(lang: str, minutes: int | None, mode: str) -> str:
    how = TRANSFER[language(lang)].get(mode, TRANSFER[language(lang)]["other"])
    return f"{minutes}\u00a0min {how}" if minutes is not None else how[0].upper() + how[1:]


def press(lang: str, key: str) -> tuple[str, str]:
    table = PRESS[language(lang)]
    return table.get(key, table["closed"])


def _day_number(lang: str, day: int) -> str:
    # French writes the first of the month as an ordinal: « 1er juin ».
    return "1er" if lang == "fr" and day == 1 else str(day)


def long_date(lang: str, day: dt.date, weekday: bool = True) -> str:
    """``jeudi 3 juin 2027`` / ``Thursday 3 June 2027``."""
    lang = language(lang)
    text = f"{_day_number(lang, day.day)} {MONTHS[lang][day.month - 1]} {day.year}"
    return f"{WEEKDAYS[lang][day.weekday()]} {text}" if weekday else text


def date_range(lang: str, first: dt.date | None, last: dt.date | None) -> str:
    """One day, or ``du 3 au 4 juin 2027`` / ``3 to 4 June 2027``."""
    lang = language(lang)
    if first is None:
        return ""
    if last is None or last <= first:
        return long_date(lang, first)
    if (first.year, first.month) == (last.year, last.month):
        start = _day_number(lang, first.day)
    elif first.year == last.year:
        start = f"{_day_number(lang, first.day)} {MONTHS[lang][first.month - 1]}"
    else:
        start = long_date(lang, first, weekday=False)
    end = long_date(lang, last, weekday=False)
    if lang == "fr":
        return f"du {start} au {end}"
    return f"{start} to {end}"


# French keeps a number with its unit and the parts of a time together with a
# no-break space; a line may still break after the dash of a range.
# Before « : ; ! ? » and inside « », in the pack's own French labels.
NNBSP = "\u202f"


def time_range(lang: str, start: dt.time | None, end: dt.time | None) -> str:
    """``9 h 30 – 10 h 05`` / ``09:30–10:05``, or the start alone."""
    first, last = clock(lang, start), clock(lang, end)
    if not (first and last):
        return first
    if language(lang) == "fr":
        return f"{first}{NBSP}\u2013 {last}"
    return f"{first}\u2013{last}"


def duration(lang: str, minutes: int | None) -> str:
    """``45 min``, ``1 h``, ``1 h 30``; nothing for an unknown or negative length."""
    if minutes is None or minutes <= 0:
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest}{NBSP}min"
    if not rest:
        return f"{hours}{NBSP}h"
    if language(lang) == "fr":
        return f"{hours}{NBSP}h{NBSP}{rest:02d}"
    return f"{hours}{NBSP}h {rest}{NBSP}min"


def label_colon(lang: str, text: str) -> str:
    """``Prononciation : `` / ``Say: ``: French puts a narrow no-break space before the colon."""
    return f"{text}{NNBSP}: " if language(lang) == "fr" else f"{text}: "


def produced_at(lang: str, when: dt.datetime) -> str:
    return f"{long_date(lang, when.date())} {word(lang, 'at')} {clock(lang, when.time())}"
