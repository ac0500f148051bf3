"""Words of the pack's language shared by what is made from a visit: changes, calendars (plain text, no Qt)."""

from __future__ import annotations

import datetime as dt

from briefing.model.revisions import Change

MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_PRESS = {
    "fr": {
        "open": "ouvert à la presse",
        "pool": "pool",
        "photo-op": "tour d’images",
        "closed": "hors presse",
        "": "sans presse",
    },
    "en": {"open": "open", "pool": "pool", "photo-op": "photo-op", "closed": "closed", "": "no press"},
}
_CATEGORIES = {
    "fr": {"principal": "personnalité", "official": "autorité", "host": "hôte", "partner": "partenaire",
           "guest": "invité", "press": "presse", "staff": "équipe"},
    "en": {"principal": "principal", "official": "official", "host": "host", "partner": "partner",
           "guest": "guest", "press": "press", "staff": "staff"},
}  # fmt: skip
NBSP = "\u00a0"
# Labels of a stop's facts, as the pack prints them.
_LABELS = {
    "fr": {"press": "Presse", "attendees": "Participants", "travellers": "Voyageurs", "notes": "Notes",
           "reference": "Référence", "arrival": "Arrivée", "met_by": "Accueil par", "speaks": "Prise de parole",
           "dress": "Tenue", "on_site_contact": "Contact sur place", "transfer": "Trajet", "minutes": "min"},
    "en": {"press": "Press", "attendees": "Attendees", "travellers": "Travelling", "notes": "Notes",
           "reference": "Reference", "arrival": "Arrival", "met_by": "Met by", "speaks": "Speaks",
           "dress": "Dress", "on_site_contact": "On-site contact", "transfer": "Transfer", "minutes": "min"},
}  # fmt: skip
_WORDS = {
    "fr": {
        "heading": "Modifications depuis la révision {n}",
        "none": "Aucune modification.",
        "people": "Personnes",
        "stop-added": "Nouvelle étape{c} {q}, {when}",
        "stop-removed": "Étape supprimée{c} {q} ({when})",
        "stop-time": "{q}{c} {old} → {new}",
        "stop-venue": "{q}{c} lieu {old} → {new}",
        "stop-renamed": "{old} devient {q}",
        "stop-press": "{q}{c} {old} → {new}",
        "stop-attendees": "{q}{c} participants {delta}",
        "stop-greeters": "{q}{c} accueil par {delta}",
        "stop-reference": "{q}{c} référence {old} → {new}",
        "person-added": "Nouvelle personne{c} {name}",
        "person-removed": "Personne retirée{c} {name}",
        "person-renamed": "{old} devient {new}",
        "person-role": "{name}{c} fonction {old} → {new}",
        "person-organisation": "{name}{c} organisme {old} → {new}",
        "person-category": "{name}{c} {old} → {new}",
        "title": "Titre{c} {old} → {new}",
        "principal": "Personnalité{c} {old} → {new}",
        "dates": "Dates{c} {old} → {new}",
        "location": "Lieu{c} {old} → {new}",
        "nothing": "(aucun)",
    },
    "en": {
        "heading": "Changes since revision {n}",
        "none": "No changes.",
        "people": "People",
        "stop-added": "New item{c} {q}, {when}",
        "stop-removed": "Item removed{c} {q} ({when})",
        "stop-time": "{q}{c} {old} → {new}",
        "stop-venue": "{q}{c} venue {old} → {new}",
        "stop-renamed": "{old} renamed {q}",
        "stop-press": "{q}{c} press {old} → {new}",
        "stop-attendees": "{q}{c} attendees {delta}",
        "stop-greeters": "{q}{c} met by {delta}",
        "stop-reference": "{q}{c} reference {old} → {new}",
        "person-added": "New person{c} {name}",
        "person-removed": "Person removed{c} {name}",
        "person-renamed": "{old} is now {new}",
        "person-role": "{name}{c} role {old} → {new}",
        "person-organisation": "{name}{c} organisation {old} → {new}",
        "person-category": "{name}{c} {old} → {new}",
        "title": "Title{c} {old} → {new}",
        "principal": "Principal{c} {old} → {new}",
        "dates": "Dates{c} {old} → {new}",
        "location": "Location{c} {old} → {new}",
        "nothing": "(none)",
    },
}


def _lang(language: str) -> str:
    return language if language in _WORDS else "fr"


def word(language: str, key: str) -> str:
    return _WORDS[_lang(language)][key]


def quote(language: str, text: str) -> str:
    return f"«{NBSP}{text}{NBSP}»" if _lang(language) == "fr" else f"\u201c{text}\u201d"


def clock(language: str, t: dt.time | None) -> str:
    """9 h 30 in French (9 h on the hour), 09:30 in English."""
    if t is None:
        return ""
    if _lang(language) == "fr":
        return f"{t.hour}{NBSP}h" + (f"{NBSP}{t.minute:02d}" if t.minute else "")
    return f"{t:%H:%M}"


def span(language: str, start: dt.time | None, end: dt.time | None) -> str:
    if end is None:
        return clock(language, start)
    dash = f"{NBSP}– " if _lang(language) == "fr" else "–"
    return f"{clock(language, start)}{dash}{clock(language, end)}"


def day(language: str, date: dt.date | None) -> str:
    """mardi 16 mars 2027 / Tuesday 16 March 2027."""
    if date is None:
        return ""
    lang = _lang(language)
    number = "1er" if lang == "fr" and date.day == 1 else str(date.day)
    return f"{WEEKDAYS[lang][date.weekday()]} {number} {MONTHS[lang][date.month - 1]} {date.year}"


def label(language: str, key: str) -> str:
    return _LABELS[_lang(language)][key]


def press(language: str, key: str) -> str:
    """A press access in a few words: "hors presse", "pool" / "closed", "pool"."""
    return _PRESS[_lang(language)].get(key, key)


def category(language: str, key: str) -> str:
    return _CATEGORIES[_lang(language)].get(key, key)


def heading(language: str, revision: int) -> str:
    return word(language, "heading").format(n=revision)


def describe(change: Change, language: str, names: dict[str, str] | None = None) -> str:
    """One change as a line of the changes page (and of ``diff``)."""
    lang = _lang(language)
    names = names or {}
    colon = f"{NBSP}:" if lang == "fr" else ":"
    q = quote(lang, change.subject)
    nothing = _WORDS[lang]["nothing"]

    def shown(value) -> str:
        return quote(lang, value) if value else nothing

    fields = {"c": colon, "q": q, "name": change.subject}
    what = change.what
    if what == "stop-added":
        fields["when"] = span(lang, *change.new)
    elif what == "stop-removed":
        fields["when"] = span(lang, *change.old)
    elif what == "stop-time":
        (old_day, *old_times), (new_day, *new_times) = change.old, change.new
        old, new = span(lang, *old_times), span(lang, *new_times)
        if old_day != new_day:
            old, new = f"{day(lang, old_day)} {old}", f"{day(lang, new_day)} {new}"
        fields.update(old=old, new=new)
    elif what == "stop-press":
        fields.update(old=press(lang, change.old), new=press(lang, change.new))
    elif what in ("stop-attendees", "stop-greeters"):
        parts = [f"+ {names.get(i, i)}" for i in change.new] + [f"− {names.get(i, i)}" for i in change.old]
        fields["delta"] = (" ; " if lang == "fr" else "; ").join(parts)
    elif what == "person-category":
        fields.update(old=category(lang, change.old), new=category(lang, change.new))
    elif what == "dates":
        (a0, a1), (b0, b1) = change.old, change.new
        fields.update(old=_dates(lang, a0, a1), new=_dates(lang, b0, b1))
    elif what in ("stop-renamed", "person-renamed"):
        fields.update(old=shown(change.old), new=shown(change.new))
    elif what in ("principal", "location"):
        fields.update(old=change.old or nothing, new=change.new or nothing)
    else:
        fields.update(old=shown(change.old), new=shown(change.new))
    return _WORDS[lang][what].format(**fields)


def _dates(lang: str, first: dt.date | None, last: dt.date | None) -> str:
    if first is None:
        return _WORDS[lang]["nothing"]
    if last is None or last == first:
        return day(lang, first)
    return f"{day(lang, first)} – {day(lang, last)}"
