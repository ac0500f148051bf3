"""Issuing a revision and what changed since: computed once, worded the same for the pack, the app and diff."""

from __future__ import annotations

import datetime as dt
import uuid

from briefing.model import Details, Person, Stop, Visit
from briefing.model.revisions import changes_since, compare_visits, issue, visit_uid
from briefing.model.words import describe, heading

DAY = dt.date(2027, 3, 16)
NOW = dt.datetime(2027, 3, 10, 16, 30, 12, 999)


def base(language="fr") -> Visit:
    return Visit(
        Details(title="Visite", principal="Cédric O", start_date=DAY, revision=2, language=language),
        [
            Stop(
                id="accueil", start=dt.time(9, 10), end=dt.time(9, 25), title="Accueil", venue="Hall", attendees=["co"]
            ),
            Stop(id="visite", start=dt.time(9, 30), end=dt.time(10), title="Visite", notes="n"),
            Stop(
                id="train",
                kind="travel",
                mode="train",
                start=dt.time(7),
                venue="Paris",
                destination="Marseille",
                press="",
            ),
        ],
        [Person(id="co", name="Cédric O", category="principal", bio="long"), Person(id="cz", name="Cyril Zimmermann")],
    )


def test_issue_records_revision_n_gives_the_uid_and_raises_the_revision():
    visit = base()
    issued = issue(visit, NOW, by="Pôle presse", note="Première diffusion")
    (entry,) = issued.history
    assert entry.revision == 2 and issued.details.revision == 3
    assert entry.issued == dt.datetime(2027, 3, 10, 16, 30, 12)
    assert (entry.by, entry.note) == ("Pôle presse", "Première diffusion")
    assert [s.id for s in entry.itinerary] == ["train", "accueil", "visite"]  # programme order
    assert all(s.date == DAY for s in entry.itinerary)  # every stop's date written
    assert entry.itinerary[2].notes == "" and entry.attendees[0].bio == ""  # no notes or bios kept
    expected = str(uuid.uuid5(uuid.NAMESPACE_URL, "briefing:Visite|Cédric O"))
    assert issued.details.uid == expected == visit_uid(visit)
    assert visit.details.revision == 2 and not visit.history  # the original is left alone
    again = issue(issued, NOW)
    assert again.details.uid == expected and [h.revision for h in again.history] == [2, 3]


def test_nothing_changed_right_after_issuing():
    issued = issue(base(), NOW)
    assert changes_since(issued.issued_before(), issued) == []


def test_changes_are_listed_by_day_in_programme_order_then_people():
    issued = issue(base(), NOW)
    v = issued
    accueil, visite, _train = v.itinerary
    visite.start, visite.end = dt.time(9, 45), dt.time(10, 15)
    accueil.title, accueil.venue, accueil.press = "Accueil officiel", "Parvis", "pool"
    accueil.attendees = ["cz"]
    v.itinerary.remove(_train)
    v.itinerary.append(Stop(id="presse", start=dt.time(11), end=dt.time(11, 15), title="Point presse", press="open"))
    visite.notes = "changed notes are not compared"
    v.attendees[1].role = "Fondateur"
    v.attendees.append(Person(id="om", name="Olivia Grégoire"))
    names = {p.id: p.name for p in v.attendees}
    lines = [describe(c, "fr", names) for c in changes_since(v.issued_before(), v)]
    assert lines == [
        "Étape supprimée\u00a0: «\u00a0Train Paris → Marseille\u00a0» (7\u00a0h)",
        "«\u00a0Accueil\u00a0» devient «\u00a0Accueil officiel\u00a0»",
        "«\u00a0Accueil officiel\u00a0»\u00a0: lieu «\u00a0Hall\u00a0» → «\u00a0Parvis\u00a0»",
        "«\u00a0Accueil officiel\u00a0»\u00a0: hors presse → pool",
        "«\u00a0Accueil officiel\u00a0»\u00a0: participants + Cyril Zimmermann ; − Cédric O",
        "«\u00a0Visite\u00a0»\u00a0: 9\u00a0h\u00a030\u00a0– 10\u00a0h → 9\u00a0h\u00a045\u00a0– 10\u00a0h\u00a015",
        "Nouvelle étape\u00a0: «\u00a0Point presse\u00a0», 11\u00a0h\u00a0– 11\u00a0h\u00a015",
        "Cyril Zimmermann\u00a0: fonction (aucun) → «\u00a0Fondateur\u00a0»",
        "Nouvelle personne\u00a0: Olivia Grégoire",
    ]
    assert heading("fr", 2) == "Modifications depuis la révision 2"


def test_english_wording_and_details_for_diff():
    old = base("en")
    new = base("en")
    new.details.title = "Visit"
    new.details.end_date = DAY + dt.timedelta(days=1)
    new.itinerary[0].date = DAY + dt.timedelta(days=1)
    new.attendees[1].category = "host"
    lines = [describe(c, "en") for c in compare_visits(old, new)]
    assert lines == [
        "“Accueil”: Tuesday 16 March 2027 09:10–09:25 → Wednesday 17 March 2027 09:10–09:25",
        "Cyril Zimmermann: guest → host",
        "Title: “Visite” → “Visit”",
        "Dates: Tuesday 16 March 2027 → Tuesday 16 March 2027 – Wednesday 17 March 2027",
    ]
    assert heading("en", 4) == "Changes since revision 4"
