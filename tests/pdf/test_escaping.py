"""User text is printed as written: markup characters are text, never instructions."""

from __future__ import annotations

import builtins
import datetime as dt

from pdf_helpers import build

from briefing.model import Details, Message, Person, Visit
from briefing.pdf import fonts


def _visit(**details) -> Visit:
    fields = {"title": "Visite", "principal": "Cédric O", "start_date": dt.date(2027, 6, 3), **details}
    return Visit(Details(**fields))


def test_markup_in_title_prints_exactly():
    pdf = build(_visit(title="AT&T <b> & <i>co</i> a<b>c <tom@example.org>"))
    assert "AT&T <b> & <i>co</i> a<b>c <tom@example.org>" in " ".join(pdf.pages[0].split())
    assert pdf.reader.metadata.title == "AT&T <b> & <i>co</i> a<b>c <tom@example.org>"


def test_img_tag_is_text_and_reads_no_file(monkeypatch, tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not read")
    opened = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    visit = _visit(summary=f'Voir <img src="{secret}"/> et <img src="/etc/passwd"/>')
    visit.messages = [Message('<img src="/etc/passwd" width="100" height="100"/>', ["<a href='x'>lien</a>"])]
    fonts.register_fonts()  # fonts are read once per process, before the spy
    monkeypatch.setattr(builtins, "open", spy)
    pdf = build(visit)
    monkeypatch.undo()
    assert not [f for f in opened if "passwd" in f or "secret" in f]
    assert '<img src="/etc/passwd"/>' in pdf.text
    assert '<img src="/etc/passwd" width="100" height="100"/>' in pdf.text
    assert "<a href='x'>lien</a>" in pdf.text
    # No image was embedded (the draft mark is a form XObject, drawn, not an image).
    for page in pdf.reader.pages:
        xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
        assert all(x.get_object().get("/Subtype") != "/Image" for x in xobjects.values())


def test_line_breaks_the_user_typed_are_kept():
    visit = _visit(summary="Première ligne\nDeuxième ligne\n\nNouveau paragraphe")
    pdf = build(visit)
    lines = pdf.text.splitlines()
    i = lines.index("Première ligne")
    assert lines[i + 1] == "Deuxième ligne"
    assert lines[i + 2] == "Nouveau paragraphe"


def test_names_and_bios_are_escaped_too():
    visit = _visit()
    visit.attendees = [Person("p", "Dupont <Jean> & fils", bio="a < b > c &amp; d", category="host")]
    pdf = build(visit)
    assert "Dupont <Jean> & fils" in pdf.text
    assert "a < b > c &amp; d" in pdf.text
