"""Rows of a table -> people to add to a visit: columns guessed from French and English headers.

Nothing is half-imported: ``people_from`` returns the people to add, the rows
skipped as duplicates and the rows with problems; the caller adds them all in
one step (one undo step in the app) or not at all.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from briefing.imports.table import Table
from briefing.model import Person, Visit
from briefing.model.people import slug, unique_id

# The fields a column can fill, in the order the preview offers them.
FIELDS = (
    "name",
    "first_name",
    "last_name",
    "role",
    "organisation",
    "category",
    "phone",
    "email",
    "pronunciation",
    "bio",
)

# Headers as people write them, without accents, in lower case, punctuation as spaces.
_HEADERS = {
    "name": ("nom complet", "nom et prenom", "prenom et nom", "name", "full name", "display name", "nom prenom"),
    "first_name": ("prenom", "first name", "given name", "firstname"),
    "last_name": ("nom de famille", "last name", "surname", "family name", "lastname"),
    "role": ("fonction", "job title", "role", "poste", "qualite", "position"),
    "organisation": (
        "organisme", "organisation", "organization", "company", "societe", "entreprise", "structure",
        "institution", "administration", "employer",
    ),
    "category": ("categorie", "category", "type", "groupe", "group"),
    "phone": (
        "telephone", "tel", "phone", "mobile", "portable", "mobile phone", "business phone", "telephone mobile",
        "telephone portable", "numero de telephone", "phone number", "tel portable",
    ),
    "email": ("courriel", "email", "e mail", "mail", "e mail address", "email address", "adresse electronique", "adresse mail"),
    "pronunciation": ("prononciation", "pronunciation"),
    "bio": ("bio", "biographie", "biography"),
}  # fmt: skip
_CATEGORY_WORDS = {
    "principal": ("principal", "personnalite"),
    "official": ("official", "officiel", "officielle", "autorite", "autorites", "elu", "elue", "prefecture"),
    "host": ("host", "hote", "hotes", "accueil"),
    "partner": ("partner", "partenaire", "partenaires"),
    "guest": ("guest", "invite", "invitee", "invites"),
    "press": ("press", "presse", "media", "medias", "journaliste", "journalist"),
    "staff": ("staff", "equipe", "cabinet", "collaborateur", "collaboratrice", "conseiller", "conseillere"),
}


def _plain(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_).split())


def guess_columns(headers: list[str]) -> dict[str, int]:
    """Field -> column index, from the headers; a field is guessed for one column at most."""
    plain = [_plain(h) for h in headers]
    found: dict[str, int] = {}
    for field_name, names in _HEADERS.items():
        for i, header in enumerate(plain):
            if header in names and i not in found.values():
                found.setdefault(field_name, i)
    # "Nom" is the surname beside a "Prénom" column, the whole name otherwise.
    if "nom" in plain:
        i = plain.index("nom")
        if i not in found.values():
            found.setdefault("last_name" if "first_name" in found else "name", i)
    # Outlook's "Title" is Mr or Ms; taken as the role only when nothing else is.
    if "role" not in found:
        for i, header in enumerate(plain):
            if header in ("title", "titre") and i not in found.values():
                found["role"] = i
                break
    if "name" in found and ("first_name" in found or "last_name" in found):
        found.pop("name")  # first and last name columns are combined: the more precise pair wins
    return found


def category_of(text: str) -> str | None:
    """The category a cell names ("Presse", "Partner"…); None when it names none."""
    word = _plain(text)
    if not word:
        return "guest"
    for category, words in _CATEGORY_WORDS.items():
        if word in words or word == category:
            return category
    return None


@dataclass
class RowProblem:
    row: int  # as the spreadsheet numbers it
    code: str  # no-name, bad-category
    value: str = ""


@dataclass
class Import:
    people: list[Person] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)  # row numbers skipped as already there
    problems: list[RowProblem] = field(default_factory=list)


def _key(name: str, organisation: str) -> tuple[str, str]:
    return _plain(name), _plain(organisation)


def people_from(table: Table, columns: dict[str, int], visit: Visit) -> Import:
    """The people the rows describe, with ids from their names that the visit never used."""
    result = Import()
    seen = {_key(p.name, p.organisation) for p in visit.attendees}
    taken = visit.ids_ever_used("attendees")

    def cell(row: list[str], name: str) -> str:
        i = columns.get(name)
        return row[i].strip() if i is not None and i < len(row) else ""

    for number, row in zip(table.numbers, table.rows, strict=True):
        name = cell(row, "name") or " ".join(p for p in (cell(row, "first_name"), cell(row, "last_name")) if p)
        if not name:
            result.problems.append(RowProblem(number, "no-name"))
            continue
        category = category_of(cell(row, "category"))
        if category is None:
            result.problems.append(RowProblem(number, "bad-category", cell(row, "category")))
            continue
        key = _key(name, cell(row, "organisation"))
        if key in seen:
            result.duplicates.append(number)
            continue
        seen.add(key)
        person_id = unique_id(slug(name), taken)
        taken.add(person_id)
        result.people.append(
            Person(
                id=person_id,
                name=name,
                role=cell(row, "role"),
                organisation=cell(row, "organisation"),
                category=category,
                bio=cell(row, "bio"),
                pronunciation=cell(row, "pronunciation"),
                phone=cell(row, "phone"),
                email=cell(row, "email"),
            )
        )
    return result
