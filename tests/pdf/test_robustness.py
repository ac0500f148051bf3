"""Text and photos that would crash or stall a naive export."""

from __future__ import annotations

import datetime as dt

from pdf_helpers import build
from pdf_visits import portrait

from briefing.model import Contact, Details, Person, Stop, Visit


def _visit() -> Visit:
    return Visit(Details(title="Visite", principal="Cédric O", start_date=dt.date(2027, 6, 3)))


def test_huge_note_flows_over_many_pages():
    visit = _visit()
    words = " ".join(f"mot{n}" for n in range(40_000))[:200_000]
    visit.itinerary = [Stop("s", start=dt.time(10), title="Réunion", notes=words)]
    pdf = build(visit)
    assert len(pdf.pages) > 20
    assert "mot0 mot1" in pdf.text
    # Each page the stop goes on to says so: its time, and its title marked "(suite)".
    assert sum("Réunion (suite)" in p and "10 h" in p for p in pdf.pages) >= 19
    last = words.split()[-2]
    assert last in pdf.text.replace("\n", " ")


def test_long_word_wraps_and_keeps_every_letter():
    visit = _visit()
    word = "".join(chr(ord("a") + n % 26) for n in range(600))
    visit.details.summary = f"Avant {word} après"
    assert word in "".join(build(visit).text.split())
    # A card on a page of its own (with the summary above, it would go on over
    # the next page under its name marked "(suite)": tests/pdf/test_paragraph_split.py).
    visit.details.summary = ""
    visit.attendees = [Person("p", "Nom" + "x" * 300, category="guest", bio=word)]
    assert word in "".join(build(visit).text.split())


def test_forty_paragraph_bio_and_a_row_taller_than_a_page():
    visit = _visit()
    bio = "\n\n".join(f"Paragraphe {n} : " + "une phrase de biographie assez longue. " * 12 for n in range(40))
    visit.attendees = [Person("p", "Élisabeth Fonteix", bio=bio, category="partner", photo=portrait(4))]
    visit.contacts = [Contact("Standard", "Permanence " * 900, "04 91 00 00 00")]
    pdf = build(visit)
    assert "Paragraphe 39" in pdf.text
    assert "Paragraphe 0" in pdf.text
    contacts_pages = [p for p in pdf.pages if "Permanence" in p]
    assert len(contacts_pages) >= 2


def test_cjk_and_emoji_are_reported_not_boxed():
    visit = _visit()
    visit.attendees = [Person("p", "李小龍", bio="Fan de 🚀 et de 東京 👨\u200d👩\u200d👧", category="guest")]
    visit.itinerary = [Stop(f"s{n}", start=dt.time(9 + n), title=f"Étape {n}", attendees=["p"]) for n in range(3)]
    pdf = build(visit)
    # Once per field, however many places show it (who's who, each stop, the grid).
    assert sorted(w.where for w in pdf.warnings) == ["attendees[0].bio", "attendees[0].name"]
    assert {w.code for w in pdf.warnings} == {"unprintable-characters"}
    chars = " ".join(w.params["chars"] for w in pdf.warnings)
    assert "U+674E" in chars and "U+6771" in chars
    assert "\ufffd\ufffd\ufffd" in pdf.text  # the name, substituted visibly
    assert "Fan de \ufffd et de \ufffd\ufffd" in pdf.text
    # The document's properties keep the text as written: readers show them in their own fonts.
    visit.details.title = "訪問 Marseille"
    assert build(visit).reader.metadata.title == "訪問 Marseille"


def test_the_same_unprintable_text_in_two_fields_is_reported_for_each():
    """Text is cleaned once however often it is printed; the warning still names every field."""
    visit = _visit()
    visit.attendees = [Person(f"p{n}", "李小龍", role="東京", category="guest") for n in range(2)]
    pdf = build(visit)
    for field in ("attendees[0].name", "attendees[1].name", "attendees[0].role", "attendees[1].role"):
        assert [w.code for w in pdf.warnings if w.where == field] == ["unprintable-characters"], field
    assert pdf.text.count("\ufffd\ufffd\ufffd") >= 2


def test_french_accents_euro_and_ligatures_need_no_warning():
    visit = _visit()
    visit.details.summary = "Œuvre, Łódź, 12 € et « guillemets » ‘simples’ “doubles” — Ærø ß"
    pdf = build(visit)
    assert pdf.warnings == []
    assert "Œuvre, Łódź, 12 € et « guillemets » ‘simples’ “doubles” — Ærø ß" in pdf.text


def test_bad_photo_is_left_out_with_a_warning_naming_the_person():
    visit = _visit()
    visit.attendees = [
        Person("a", "Serge Magdeleine", category="partner", photo=b"\x89PNG\r\n\x1a\nnot really"),
        Person("b", "Cyril Zimmermann", category="host", photo=portrait(3, fmt="PNG")),
    ]
    pdf = build(visit)
    assert len(pdf.warnings) == 1
    (warning,) = pdf.warnings
    assert (warning.code, warning.path, warning.params["name"]) == (
        "bad-photo",
        ("attendees", 0, "photo"),
        "Serge Magdeleine",
    )
    assert "left out" in warning.message
    assert "Serge Magdeleine" in pdf.text


def test_the_photo_warning_names_the_field_and_the_person_as_written():
    # The warning is read on a screen, not printed with the pack's font: an emoji
    # in the name stays an emoji there (the name's own warning covers the pack).
    visit = _visit()
    visit.attendees = [Person("a", "Łukasz 😀 Nowak", photo=b"\x89PNG\r\n\x1a\nnot really")]
    photo = [str(w) for w in build(visit).warnings if w.code == "bad-photo"]
    assert photo == [
        "attendees[0].photo: The photo of Łukasz 😀 Nowak cannot be used: "
        "it is not a readable JPEG or PNG image. It is left out of the pack."
    ]


def test_control_characters_are_dropped_silently():
    visit = _visit()
    visit.details.summary = "tab\there, bell\x07, nul\x00 end\r\nnext"
    pdf = build(visit)
    assert pdf.warnings == []
    assert "tab here, bell, nul end" in pdf.text


def test_an_unknown_time_zone_is_reported_and_the_pack_is_made():
    from briefing.pdf import build_pack_bytes

    visit = _visit()
    visit.details.timezone = "Europe/Pariss"
    data, warnings = build_pack_bytes(visit)  # no fixed production time: the zone is used
    assert data.startswith(b"%PDF")
    assert [str(w) for w in warnings] == [
        "visit.timezone: the time zone \u201cEurope/Pariss\u201d is unknown on this computer; "
        "the time the pack was produced is given in UTC."
    ]
    (zone,) = warnings
    assert (zone.code, zone.path, zone.params) == (
        "zone-produced-in-utc",
        ("visit", "timezone"),
        {"zone": "Europe/Pariss"},
    )
    visit.details.timezone = "America/New_York"
    assert build_pack_bytes(visit)[1] == []
