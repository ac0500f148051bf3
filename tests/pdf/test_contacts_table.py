"""What the contacts table prints, read back word by word: each contact's name,
role, phone and e-mail in its own column, every row's phone and address under
its tel: and mailto: link. The table is laid out by hand for speed; this holds
the line on what it prints."""

from __future__ import annotations

import io

import pdfplumber
from pdf_helpers import build

from briefing.model import Contact

ROLES = ("Cheffe de cabinet adjointe chargée des relations avec la presse régionale", "Chauffeur", "Préfet")


def _contacts(n: int) -> list[Contact]:
    return [
        Contact(
            f"Personne{i:02d} Nom{i:02d}",
            ROLES[i % 3],
            f"+33 6 00 11 22 {i:02d}",
            f"personne{i:02d}.nom@" + ("tres-long-service-interministeriel." if i % 5 == 0 else "") + "gouv.fr",
        )
        for i in range(30)
    ]


def test_each_contact_in_its_columns_under_its_links(visit):
    visit.contacts = _contacts(30)
    pdf = build(visit)
    seen: set[str] = set()
    with pdfplumber.open(io.BytesIO(pdf.data)) as doc:
        for page in doc.pages:
            found = page.extract_words()
            names = [w for w in found if w["text"].startswith("Personne")]
            if not names:
                continue
            links: dict[str, dict] = {}
            for h in page.hyperlinks:  # an address on two lines has a box per line: the first
                links.setdefault(h["uri"], h)
            # One left edge per column, on every page.
            for prefix in ("Personne", "+33", "personne"):
                column = {round(w["x0"], 1) for w in found if w["text"].startswith(prefix)}
                assert len(column) == 1, (prefix, column)
            for name in names:
                i = int(name["text"][8:])
                row = [w for w in found if abs(w["top"] - name["top"]) < 1]
                texts = [w["text"] for w in row]
                assert f"Nom{i:02d}" in texts and ROLES[i % 3].split()[0] in texts, texts
                # The whole number, and nothing else, under its link, on one line.
                tel = links[f"tel:+336001122{i:02d}"]
                under = [w for w in row if tel["x0"] - 0.5 <= w["x0"] and w["x1"] <= tel["x1"] + 0.5]
                assert " ".join(w["text"] for w in under) == f"+33 6 00 11 22 {i:02d}"
                assert all(tel["top"] < (w["top"] + w["bottom"]) / 2 < tel["bottom"] for w in under)
                mail = next(uri for uri in links if uri.startswith(f"mailto:personne{i:02d}."))
                first = next(w for w in row if w["text"].startswith(f"personne{i:02d}"))
                box = links[mail]
                assert (
                    abs(box["x0"] - first["x0"]) < 0.5
                    and box["top"] < (first["top"] + first["bottom"]) / 2 < box["bottom"]
                )
                seen.add(mail)
    # Every address linked in the section (and the first few again under the contents).
    assert len(seen) == 30
