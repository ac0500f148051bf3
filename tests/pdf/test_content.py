"""The pack's content, read back from the PDF: every section, in order, with its text."""

from __future__ import annotations

from pdf_helpers import build


def test_every_section_is_there_in_order(pack):
    headings = [
        "Sommaire",
        "Objet de la visite",
        "Programme en un coup d\u2019\u0153il",
        "Messages clés",
        "Déroulé détaillé",
        "Qui est qui",
        "Qui participe à quoi",
        "Questions-réponses",
        "Points de vigilance",
        "Contacts du jour",
    ]
    positions = [pack.text.index(h, pack.text.index("Sommaire")) for h in headings]
    # The contents lists them all first; their own pages come after, in the same order.
    body = pack.text[pack.text.index("Contacts du jour") + 20 :]
    assert [body.index(h) for h in headings[1:]] == sorted(body.index(h) for h in headings[1:])
    assert positions[0] < positions[1]


def test_cover(pack, visit):
    cover = pack.pages[0]
    assert "DOSSIER DE VISITE" in cover
    assert "Visite du secrétaire d\u2019État chargé" in cover
    assert "Cédric O" in cover
    assert "Secrétaire d\u2019État chargé de la Transition numérique" in cover
    assert "du 3 au 4 juin 2027" in cover
    assert "Marseille (Bouches-du-Rhône)" in cover
    assert "Projet — révision 3" in cover
    assert "Service de presse — cabinet" in cover
    assert "vendredi 28 mai 2027 à 18 h 05" in cover


def test_purpose_messages_qa_sensitivities_contacts(pack):
    text = pack.text
    assert "3 000 personnes par an" in text
    assert "Annoncer le soutien de l\u2019État" in text
    assert "Le numérique doit embarquer tout le monde" in text
    assert "Deux alternants accueillis chez Orange" in text
    assert "Combien l\u2019État investit-il dans La Plateforme ?" in text
    assert "Q." in text and "R." in text
    assert "Grève des agents de la métropole" in text
    assert "06 98 76 54 32" in text
    assert "julien.marchand@numerique.gouv.fr" in text.replace("\n", "")


def test_programme_at_a_glance_and_detail(pack):
    glance = next(p for p in pack.pages if "Programme en un coup d\u2019\u0153il" in p and "HEURE" in p)
    assert "jeudi 3 juin 2027" in glance and "vendredi 4 juin 2027" in glance
    flat = " ".join(glance.split())  # a badge too long for its column takes two lines
    for badge in ("OUVERT", "POOL", "IMAGES", "HORS PRESSE"):
        assert badge in flat
    assert "10 h – 11 h 15" in glance
    detail = "\n".join(p for p in pack.pages if "Déroulé détaillé" in p or "PARTICIPANTS" in p)
    assert "8 rue d\u2019Hozier, 13002 Marseille" in detail
    assert "1 h 15" in detail
    assert "Olivia Grégoire — Secrétaire d\u2019État chargée" in detail
    assert "Tour des salles de projet" in detail
    assert "MESSAGES À FAIRE PASSER" in detail


def test_whos_who_by_category_with_pronunciation_and_grid(pack):
    first = next(n for n, p in enumerate(pack.pages) if "Qui est qui\nPersonnalité principale" in p)
    last = next(n for n, p in enumerate(pack.pages) if "Questions-réponses\nQ." in p)
    people = "\n".join(pack.pages[first:last])
    order = [people.index(c) for c in ("Personnalité principale", "Autorités", "Hôtes", "Partenaires")]
    assert order == sorted(order)
    assert "Prononciation : sé-drik O" in people
    assert "Né en 1982 à Lyon" in people
    assert "Qui participe à quoi" in pack.text


def test_furniture_on_every_page(pack):
    total = len(pack.pages)
    assert total >= 8
    for n, page in enumerate(pack.pages, start=1):
        assert page.count("DIFFUSION RESTREINTE") == 2, n
        assert f"Page {n} sur {total}" in page
        assert "Révision 3" in page or "révision 3" in page
        assert "PROJET" in page.upper()  # the draft mark is a shape: the footer says it
    assert all("Visite du secrétaire d\u2019État" in p for p in pack.pages)


def test_final_pack_has_no_draft_mark_and_no_marking_without_classification(visit):
    visit.details.status = "final"
    visit.details.classification = ""
    pdf = build(visit)
    assert not any("PROJET" in p for p in pdf.pages)
    assert "Version définitive" in pdf.text
    assert "DIFFUSION" not in pdf.text


def test_outline_matches_contents_and_links_point_at_pages(pack):
    outline = pack.outline()
    assert outline == [
        "Objet de la visite",
        "Programme en un coup d\u2019\u0153il",
        "Messages clés",
        "Déroulé détaillé",
        "Qui est qui",
        "Qui participe à quoi",
        "Questions-réponses",
        "Points de vigilance",
        "Contacts du jour",
    ]
    reader = pack.reader
    pages = []
    for item in reader.outline:
        page = reader.get_destination_page_number(item) + 1
        assert item.title in pack.pages[page - 1]
        pages.append(page)
    assert pages == sorted(pages) and pages[0] == 2  # the first section shares the contents page
    # The contents' numbers are drawn once layout is over: they follow the titles, in order.
    lines = pack.pages[1].splitlines()
    numbers = [line for line in lines if line.isdigit() and not line.startswith("0")]
    assert numbers[-len(pages) :] == [str(p) for p in pages]
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    # The contents' own links (the day's contacts below them link out, to tel: and mailto:).
    assert len([a for a in links if a["/Subtype"] == "/Link" and "/A" not in a]) == len(outline)


def test_metadata(pack):
    meta = pack.reader.metadata
    assert meta.title == "Visite du secrétaire d\u2019État chargé du numérique à Marseille"
    assert meta.author == "Service de presse — cabinet du secrétaire d\u2019État"
    assert "Cédric O" in meta.subject and "Dossier de visite" in meta.subject


def test_a_crowded_day_at_a_glance_goes_on_over_pages_at_full_size(visit):
    import datetime as dt

    from briefing.model import Stop

    day = visit.details.start_date
    visit.itinerary = [
        Stop(
            f"s{n}",
            day,
            dt.time(7 + n // 3, (n % 3) * 20),
            None,
            f"Séquence numéro {n} avec un titre assez long pour deux lignes peut-être",
            f"Salle {n}",
            press="pool",
        )
        for n in range(32)
    ]
    pdf = build(visit)
    reader = pdf.reader
    starts = {item.title: reader.get_destination_page_number(item) for item in reader.outline}
    # (The key messages may start on the glance's last page.)
    glance = range(starts["Programme en un coup d\u2019\u0153il"], starts["Messages clés"] + 1)
    # At full size the day goes on over the next page, under its column headings again.
    pages = [pdf.pages[n].replace("\n", " ") for n in glance]
    assert len(pages) >= 2 and "jeudi 3 juin 2027" in pages[0]
    assert all("HEURE" in page for page in pages)
    text = " ".join(pages)
    assert all(f"Séquence numéro {n} " in text for n in range(32))
