"""A photo that is not base64 opens (with a warning), shows as unreadable, and the pack leaves it out."""

from __future__ import annotations

from briefing.model import UnreadPhoto
from briefing.pdf import PackOptions, build_pack_bytes
from briefing.storage import load_visit


def test_the_app_and_the_pack_take_a_photo_that_is_not_base64(window, sample):
    text = sample.read_text(encoding="utf-8")
    start = text.index("    photo: !!binary |")
    end = text.index("\n  - id:", start)
    sample.write_text(text[:start] + "    photo: not*base64!" + text[end:], encoding="utf-8")
    assert window.files.open_path(sample)
    person = next(p for p in window.doc.visit.attendees if isinstance(p.photo, UnreadPhoto))
    window.checks.refresh()
    assert any("not valid base64" in e.text or person.name in e.text for e in window.checks.entries)
    editor = window.editors.editor("attendees")
    model = editor.model
    row = window.doc.visit.attendees.index(person)
    assert model.data(model.index(row, 0), 1) is not None  # a badge, not a crash
    data, _ = build_pack_bytes(load_visit(sample).visit, PackOptions())
    assert data.startswith(b"%PDF")
