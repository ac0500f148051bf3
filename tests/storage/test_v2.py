"""Format version 2: travel legs, logistics, lines to take, history; the lowest version written."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.model import Details, Message, Revision, Stop, Visit
from briefing.storage import dump_visit, load_visit, read_visit, save_visit

from .conftest import refused

HEAD = """\
format: briefing-visit
version: 2
visit:
  title: Visite
  principal: Mme X
  start_date: 2027-03-16
  revision: 3
"""

FULL = (
    HEAD
    + """\
  uid: 6f1c2b1e-0000-5000-8000-000000000000
  distribution:
    - Cabinet du ministre
    - Préfecture des Bouches-du-Rhône
itinerary:
  - id: train
    kind: travel
    start: "06:07"
    end: "09:21"
    venue: Paris Gare de Lyon
    attendees: [x]
    mode: train
    destination: Marseille Saint-Charles
    reference: TGV 6101, voiture 12
  - id: arrivee
    start: "09:45"
    end: "10:00"
    title: Arrivée
    transfer_minutes: 20
    arrival: Entrée principale
    met_by: [y]
    speaking_minutes: 0
    speaking_notes: Quelques mots
    dress: Casque fourni
    on_site_contact: M. Z, 06 00 00 00 00
attendees:
  - id: x
    name: Mme X
    category: principal
  - id: y
    name: M. Y
messages:
  - headline: Le numérique pour tous
    if_pressed:
      - Les moyens sont là.
    background:
      - Chiffres à confirmer.
history:
  - revision: 2
    issued: "2027-03-10T16:30"
    by: Pôle presse
    note: Nouvel horaire
    itinerary:
      - id: arrivee
        date: 2027-03-16
        start: "09:30"
        title: Arrivée
    attendees:
      - id: x
        name: Mme X
        category: principal
"""
)


def test_version_2_file_reads_every_new_field():
    visit = read_visit(FULL).visit
    train, arrival = visit.itinerary
    assert train.is_travel and train.mode == "train" and train.press == ""
    assert train.name("fr") == "Train Paris Gare de Lyon \u2192 Marseille Saint-Charles"
    assert train.reference == "TGV 6101, voiture 12"
    assert arrival.kind == "event" and arrival.press == "closed"
    assert (arrival.transfer_minutes, arrival.transfer_mode, arrival.speaking_minutes) == (20, "car", 0)
    assert arrival.met_by == ["y"] and arrival.speaks
    assert visit.details.distribution == ["Cabinet du ministre", "Préfecture des Bouches-du-Rhône"]
    assert visit.messages[0].if_pressed == ["Les moyens sont là."]
    (entry,) = visit.history
    assert entry.issued == dt.datetime(2027, 3, 10, 16, 30) and entry.itinerary[0].start == dt.time(9, 30)
    assert visit.issued_before() is entry


def test_file_written_by_the_app_is_rewritten_byte_identical():
    text = dump_visit(read_visit(FULL).visit)
    assert dump_visit(read_visit(text).visit) == text
    assert "version: 2\n" in text and 'issued: "2027-03-10T16:30"' in text


@pytest.mark.parametrize(
    ("extra", "path", "code", "words"),
    [
        (
            "itinerary:\n  - id: a\n    start: '09:00'\n    title: A\n    mode: car\n",
            "itinerary[0].mode",
            "wrong-kind",
            "belongs to a travel leg",
        ),
        (
            "itinerary:\n  - id: a\n    kind: travel\n    start: '09:00'\n    mode: car\n    speaking_minutes: 5\n",
            "itinerary[0].speaking_minutes",
            "wrong-kind",
            "belongs to an event",
        ),
        ("itinerary:\n  - id: a\n    kind: travel\n    start: '09:00'\n", "itinerary[0]", "missing", "mode"),
        (
            "itinerary:\n  - id: a\n    start: '09:00'\n    title: A\n    transfer_minutes: -5\n",
            "itinerary[0].transfer_minutes",
            "bad-value",
            "from 0",
        ),
        (
            "itinerary:\n  - id: a\n    kind: boat\n    start: '09:00'\n",
            "itinerary[0].kind",
            "bad-value",
            "event, travel",
        ),
    ],
)
def test_kind_errors_name_the_key_and_the_kind(extra, path, code, words):
    error = refused(HEAD + extra)
    problem = next(p for p in error.problems if p.path == path)
    assert problem.code == code and words in problem.message and problem.line and problem.line >= 8


HISTORY = HEAD + "history:\n"
ENTRY = "  - revision: {n}\n    issued: '{issued}'\n    itinerary: []\n    attendees: []\n"


@pytest.mark.parametrize(
    ("extra", "path", "code"),
    [
        (ENTRY.format(n=1, issued="2027-03-10T16:30").replace("    attendees: []\n", ""), "history[0]", "missing"),
        (ENTRY.format(n=1, issued="2027-03-10 16:30") + "    notes: x\n", "history[0].notes", "unknown-key"),
        (
            ENTRY.format(n=1, issued="2027-03-10T16:30").replace(
                "itinerary: []", "itinerary:\n      - id: a\n        start: '09:00'\n        title: A\n        notes: x"
            ),
            "history[0].itinerary[0].notes",
            "unknown-key",
        ),
        (ENTRY.format(n=3, issued="2027-03-10T16:30"), "history[0].revision", "bad-revision"),
        (
            ENTRY.format(n=1, issued="2027-03-10T16:30") + ENTRY.format(n=1, issued="2027-03-11T16:30"),
            "history[1].revision",
            "duplicate-revision",
        ),
        (ENTRY.format(n=1, issued="2027-03-10T25:30"), "history[0].issued", "bad-datetime"),
        (ENTRY.format(n=1, issued="10/03/2027"), "history[0].issued", "bad-datetime"),
        (ENTRY.format(n=1, issued="2027-03-10T16:30+01:00"), "history[0].issued", "bad-datetime"),
        (
            ENTRY.format(n=1, issued="2027-03-10T16:30").replace(
                "attendees: []", "attendees:\n      - {id: a, name: A}\n      - {id: a, name: B}"
            ),
            "history[0].attendees[1].id",
            "duplicate-id",
        ),
    ],
)
def test_history_errors_are_precise(extra, path, code):
    error = refused(HISTORY + extra)
    assert (path, code) in [(p.path, p.code) for p in error.problems]
    assert all(p.line for p in error.problems)


def test_history_seconds_and_space_are_accepted():
    visit = read_visit(HISTORY + ENTRY.format(n=2, issued="2027-03-10 16:30:05")).visit
    assert visit.history[0].issued == dt.datetime(2027, 3, 10, 16, 30, 5)
    assert 'issued: "2027-03-10T16:30:05"' in dump_visit(visit)


def base() -> Visit:
    return Visit(Details(title="T", principal="P", start_date=dt.date(2027, 3, 16)))


@pytest.mark.parametrize(
    ("change", "version"),
    [
        (lambda v: None, 1),
        (lambda v: v.itinerary.append(Stop(id="a", start=dt.time(9), title="A")), 1),
        (lambda v: v.itinerary.append(Stop(id="a", start=dt.time(9), title="A", transfer_mode="car")), 1),
        (lambda v: v.itinerary.append(Stop(id="a", start=dt.time(9), title="A", speaking_minutes=0)), 2),
        (lambda v: v.itinerary.append(Stop(id="a", kind="travel", start=dt.time(9), mode="car", press="")), 2),
        (lambda v: v.messages.append(Message(headline="H", if_pressed=["x"])), 2),
        (lambda v: v.details.distribution.append("Cabinet"), 2),
        (lambda v: setattr(v.details, "uid", "u"), 2),
        (lambda v: v.history.append(Revision(revision=1, issued=dt.datetime(2027, 3, 1, 9))), 2),
    ],
)
def test_the_lowest_version_that_holds_the_visit_is_written(change, version):
    visit = base()
    visit.details.revision = 2
    change(visit)
    text = dump_visit(visit)
    assert text.splitlines()[1] == f"version: {version}"
    assert read_visit(text).visit == visit


def test_version_1_file_with_a_v2_field_opens_with_a_warning_and_is_saved_as_version_2(tmp_path):
    text = HEAD.replace("version: 2", "version: 1") + (
        "itinerary:\n  - id: a\n    start: '09:00'\n    title: A\n    dress: Casque\n"
        "  - id: b\n    start: '10:00'\n    title: B\n    dress: Bottes\n"
    )
    path = tmp_path / "v.visit.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_visit(path)
    (warning,) = [w for w in loaded.warnings if w.code == "newer-field"]
    assert "\u201cdress\u201d" in warning.message and warning.path == "itinerary[0].dress" and warning.line == 12
    save_visit(loaded.visit, path)
    assert path.read_text(encoding="utf-8").splitlines()[1] == "version: 2"


def test_plain_version_1_file_stays_version_1(tmp_path):
    text = HEAD.replace("version: 2", "version: 1") + "itinerary:\n  - id: a\n    start: '09:00'\n    title: A\n"
    visit = read_visit(text).visit
    assert not read_visit(text).warnings
    assert dump_visit(visit).splitlines()[1] == "version: 1"


def test_travel_press_is_kept_as_written():
    legs = (
        "itinerary:\n  - id: a\n    kind: travel\n    start: '09:00'\n    mode: car\n"
        "  - id: b\n    kind: travel\n    start: '11:00'\n    mode: plane\n    press: pool\n"
    )
    visit = read_visit(HEAD + legs).visit
    assert [s.press for s in visit.itinerary] == ["", "pool"]
    text = dump_visit(visit)
    assert text.count("press:") == 1 and "press: pool" in text


def test_night_train_arrives_the_next_day_without_a_warning():
    legs = (
        "itinerary:\n  - id: nuit\n    kind: travel\n    start: '22:10'\n    end: '06:45'\n    mode: train\n"
        "    end_timezone: Europe/Rome\n"
        "  - id: diner\n    start: '21:00'\n    end: '22:00'\n    title: Dîner\n"
    )
    loaded = read_visit(HEAD + legs)
    assert loaded.visit.itinerary[0].duration_minutes() == 8 * 60 + 35
    assert loaded.visit.itinerary[0].end_timezone == "Europe/Rome"
    assert not [w for w in loaded.warnings if w.code in ("end-before-start", "overlap")]
    assert "end_timezone" in (
        refused(HEAD + legs.replace("kind: travel\n", "title: T\n").replace("    mode: train\n", "")).message
    )


def test_new_ids_avoid_the_ids_of_the_history():
    visit = read_visit(FULL).visit
    visit.itinerary = [s for s in visit.itinerary if s.id != "arrivee"]
    assert "arrivee" in visit.ids_ever_used("itinerary")
    assert "x" in visit.ids_ever_used("attendees")
