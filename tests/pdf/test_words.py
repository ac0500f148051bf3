"""French and English as each is printed, and content that earns its paper
(issue 8, items 5–8 and 14–19): read back from the built PDF."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re

import pdfplumber
from pdf_helpers import build


def words(pdf, page: int) -> list[dict]:
    with pdfplumber.open(io.BytesIO(pdf.data)) as doc:
        return doc.pages[page].extract_words(extra_attrs=["size", "fontname"])


def test_one_day_cover_says_date(visit):
    visit.details.end_date = visit.details.start_date
    visit.itinerary = [s for s in visit.itinerary if s.date in (None, visit.details.start_date)]
    pdf = build(visit)
    assert "DATE\n" in pdf.pages[0] + "\n" and "DATES" not in pdf.pages[0]
    visit.details.end_date = visit.details.start_date + dt.timedelta(days=1)
    assert "DATES" in build(visit).pages[0]


def test_a_long_title_keeps_the_cover_on_one_page(visit):
    short = len(build(visit).reader.pages)
    visit.details.title = "Visite du secrétaire d’État chargé du numérique et des télécommunications " * 40
    pdf = build(visit)
    assert len(pdf.reader.pages) == short
    cover = pdf.pages[0]
    # Everything the cover holds is still on it, after the shortened title.
    assert "Cédric O" in cover and "ÉDITÉ LE" in cover and "…" in cover
    assert "Sommaire" in pdf.pages[1]


def test_a_title_of_one_endless_word_is_cut_and_the_pack_is_made(visit):
    # Typing into the title without a space (as a stuck key does) once made the
    # cover impossible to lay out: the shortening kept at least one whole word.
    short = len(build(visit).reader.pages)
    visit.details.title = "abcdefghij" * 250
    pdf = build(visit)
    assert len(pdf.reader.pages) == short
    cover = "".join(pdf.pages[0].split())
    assert "abcdefghij" * 3 in cover and "…" in cover and "Cédric O" in pdf.pages[0]


def test_the_principal_is_not_listed_among_each_stops_participants(visit, pack):
    detail = "\n".join(p for p in pack.pages if "PARTICIPANTS" in p)
    assert "Olivia Grégoire — Secrétaire" in detail
    assert "Cédric O — " not in detail
    # The data is unchanged: the principal still attends every stop.
    assert all("cedric-o" in s.attendees for s in visit.itinerary)


def test_a_long_paragraph_stays_one_paragraph(visit):
    sentence = "Le cortège longe le quai et s’arrête devant l’entrée nord, où attend le préfet. "
    stop = visit.itinerary[1]
    stop.notes = sentence * 60  # about 5,000 characters, no blank line
    pdf = build(visit)
    # Pages joined as lines are: a word hyphenated across a page break is one word again.
    text = re.sub(r"(?<=\w)-\n(?=\w)", "", "\n".join(pdf.pages)).replace("\n", " ")
    assert text.count("cortège") == 60  # a page may end between two of its words
    # Read back: every line of the notes follows the one before at the same
    # leading (a cut made a new paragraph, with its space after, mid-sentence).
    vocabulary = set(sentence.split())
    gaps = set()
    for n in range(len(pdf.reader.pages)):
        lines: dict[float, list[str]] = {}
        for w in words(pdf, n):
            lines.setdefault(round(w["top"], 1), []).append(w["text"])
        tops = sorted(t for t, ws in lines.items() if len([w for w in ws if w in vocabulary]) > 3)
        gaps |= {round(b - a, 1) for a, b in itertools.pairwise(tops)}
    leading = min(gaps)
    assert all(abs(g / leading - round(g / leading)) < 0.02 for g in gaps), gaps


def test_a_very_long_paragraph_is_laid_out_in_linear_time(visit):
    import time

    stop = visit.itinerary[1]
    stop.notes = "mot " * 5_000
    start = time.perf_counter()
    build(visit)
    small = time.perf_counter() - start
    stop.notes = "mot " * 50_000
    start = time.perf_counter()
    pdf = build(visit)
    assert time.perf_counter() - start < small * 25
    assert " ".join(pdf.pages).count("mot") >= 50_000


def _lines(pdf) -> list[str]:
    return [line for page in pdf.reader.pages for line in (page.extract_text() or "").splitlines()]


def test_french_times_wording_and_spaces(visit):
    visit.itinerary[1].notes = "Trajet de 20 min vers 3 000 personnes, reprise à 11 h 30. " * 40
    pdf = build(visit)
    text = pdf.text
    assert "10 h – 11 h 15" in text and "9 h" in text and "10:00" not in text
    assert "vendredi 28 mai 2027 à 18 h 05" in pdf.pages[0]
    for words_ in ("Hors presse".upper(), "tour d’images", "Déroulé détaillé", "Autorités", "Page 2 sur"):
        assert words_ in text, words_
    assert "Officiels" not in text and "FERMÉ" not in text
    lines = _lines(pdf)
    # Narrow no-break spaces in the pack's own labels, and in the user's French.
    assert any("Prononciation\u202f: sé-drik O" in line for line in lines)
    assert any("tout le monde\u202f: c’est" in line for line in lines)
    # A number never ends a line without its unit, nor an hour without its minutes.
    ends = [line.rstrip() for line in lines if "Trajet" in line or "reprise" in line or "personnes" in line]
    assert len(ends) > 20
    assert not [line for line in ends if line.endswith((" 20", " 3", " 3 000", " 11", " 11 h", "11 h"))], ends


def test_english_quotes_and_page_numbers(visit):
    visit.details.language = "en"
    visit.itinerary[1].notes = "The head said \"it's the 'best' school\" and we don't disagree."
    pdf = build(visit)
    assert "The head said “it’s the ‘best’ school” and we don’t disagree." in pdf.text
    assert "Page 2 of" in pdf.text and "10:00–11:15" in pdf.text


def test_words_break_at_syllables_and_addresses_after_separators(visit):
    from briefing.model import Contact

    address = "jean-baptiste.delacroix-montgomery@communication.numerique.gouv.fr"
    visit.contacts.append(
        Contact(
            "Jean-Baptiste Delacroix-Montgomery",
            "Conseiller communication numérique et relations avec la presse régionale",
            "06 11 22 33 44",
            address,
        )
    )
    pdf = build(visit)
    lines = [line.strip() for line in _lines(pdf)]
    # The address, read back line by line, breaks only after "@", a dot or a slash.
    start = next(i for i, line in enumerate(lines) if line.startswith("jean-baptiste."))
    parts, i = [], start
    while "".join(parts) != address:
        parts.append(lines[i])
        i += 1
        assert len("".join(parts)) <= len(address), parts
    assert len(parts) > 1 and all(p.endswith(("@", ".", "/")) for p in parts[:-1]), parts
    # Words too long for their line break at a syllable (pyphen's), with a hyphen.
    import pyphen

    syllables = pyphen.Pyphen(lang="fr_FR")
    broken = 0
    for line, after in itertools.pairwise(lines):
        head = line.split(" ")[-1] if line else ""
        if len(head) > 2 and head.endswith("-") and head[-2].isalpha() and after[:1].islower():
            tail = after.split(" ")[0].rstrip(".,;:)")
            word = head[:-1] + tail
            if "-" in word:
                continue  # a compound's own hyphen
            assert len(head) - 1 in syllables.positions(word.strip("(« ")) or "@" in word, (line, after)
            broken += 1
    assert broken >= 3


def test_who_attends_what_numbers_stops_in_programme_order(visit, pack):
    assert "Qui participe à quoi" in pack.outline()
    first = next(n for n, p in enumerate(pack.pages) if "Qui participe à quoi\nNOM" in p)
    grid = pack.pages[first]
    # Every stop's full title, numbered in programme order (across the two days).
    stops = [s for s in visit.ordered_stops() if set(s.attendees) - {"cedric-o"}]
    legend = grid.replace("\n", " ")
    for n, stop in enumerate(stops, 1):
        assert f"{n} " in legend and stop.title in legend, stop.title
    assert [legend.index(s.title) for s in stops] == sorted(legend.index(s.title) for s in stops)
    assert "…" not in grid
    # The principal is not a row; the others are.
    assert "Olivia Grégoire" in grid and "\nCédric O\n" not in grid


def test_who_attends_what_never_leaves_a_one_column_grid(visit):
    from briefing.model import Stop

    day = visit.details.start_date
    visit.itinerary = [
        Stop(f"s{n}", date=day, start=dt.time(8 + n // 2, 30 * (n % 2)), title=f"Étape {n}", attendees=["prefet"])
        for n in range(21)
    ]
    pdf = build(visit)
    columns = []
    for n, page in enumerate(pdf.pages):
        if "Qui participe à quoi" not in page or "Sommaire" in page:
            continue
        found = words(pdf, n)
        for head in (w for w in found if w["text"] == "NOM"):
            numbers = [w for w in found if abs(w["top"] - head["top"]) < 2 and w["text"].isdigit()]
            columns.append(len(numbers))
    assert sum(columns) == 21 and len(columns) >= 2
    assert min(columns) >= 2 and max(columns) - min(columns) <= 1, columns


def test_staff_and_press_are_a_compact_list(visit):
    from briefing.pdf.labels import initials

    assert initials("Alex Sobel MP") == "AS"
    assert initials("Mme Jeanne Dupont") == "JD"
    assert initials("M. Jean-Pierre Martin") == "JM"
    assert initials("Cllr Dr Sarah Jones OBE") == "SJ"
    assert initials("Cher") == "C"
    pdf = build(visit)
    start = next(n for n, p in enumerate(pdf.pages) if "Équipe" in p and "Julien Marchand" in p)
    # One line per person: name, role and organisation, phone, on the same baseline.
    found = words(pdf, start)
    name = next(w for w in found if w["text"] == "Marchand")
    line = [w["text"] for w in found if abs(w["top"] - name["top"]) < 1.5]
    assert "Conseiller" in line and "06" in line, line
    # No initials box: no 16 pt initials "JM" anywhere on the page.
    assert not [w for w in found if w["text"] in ("JM", "ML") and w["size"] > 12]
    # The phone is a tel: link.
    links = [a.get_object().get("/A", {}).get("/URI") for a in pdf.reader.pages[start].get("/Annots", [])]
    assert "tel:0698765432" in links


def test_contacts_balanced_linked_and_on_the_first_inner_page(visit):
    from briefing.model import Contact

    visit.contacts.append(
        Contact("Camille Roux", "Cheffe de cabinet adjointe", "+33 6 00 11 22 33", "camille.roux@numerique.gouv.fr")
    )
    pdf = build(visit)
    inner = pdf.pages[1]
    assert "Sommaire" in inner and "Contacts du jour" in inner and "Camille Roux" in inner
    section = max(n for n, p in enumerate(pdf.pages) if "Camille Roux" in p)
    assert section > 1
    for n in (1, section):
        links = [a.get_object().get("/A", {}).get("/URI") for a in pdf.reader.pages[n].get("/Annots", [])]
        assert "tel:+33600112233" in links and "mailto:camille.roux@numerique.gouv.fr" in links
        # The role takes at most two lines beside its name (not three, the e-mail column half empty);
        # the e-mail one line.
        found = words(pdf, n)
        cheffe = next(w for w in found if w["text"] == "Cheffe")
        adjointe = next(w for w in found if w["text"] == "adjointe")
        assert 0 <= adjointe["top"] - cheffe["top"] < 20, (cheffe, adjointe)
        assert any(w["text"] == "camille.roux@numerique.gouv.fr" for w in found)


def test_hanging_labels_align_with_wrapped_lines(visit):
    visit.qa[0].question = "Combien l’État investit-il dans La Plateforme, et pour combien d’années, " * 2
    visit.qa[0].answer = "L’État accompagne l’école via le plan d’investissement dans les compétences. " * 3
    pdf = build(visit)
    checked = 0
    for n, page in enumerate(pdf.pages):
        if not ("Messages clés\n" in page or "Questions-réponses\nQ." in page):
            continue
        found = words(pdf, n)
        lines: dict[float, list[dict]] = {}
        for w in found:
            lines.setdefault(round(w["top"]), []).append(w)
        rows = [sorted(ws, key=lambda w: w["x0"]) for _, ws in sorted(lines.items())]
        for row, after in itertools.pairwise(rows):
            label = row[0]["text"]
            if label in ("1", "2", "Q.", "R.") and len(row) > 3 and after[0]["x0"] > row[0]["x0"] + 5:
                # The first word of the text and the wrapped line under it start together.
                assert abs(row[1]["x0"] - after[0]["x0"]) < 0.6, (row[:2], after[0])
                checked += 1
    assert checked >= 4
