"""A file that can be read but does not hang together opens, with warnings that say where."""

from __future__ import annotations

import base64
import io
import struct
import zlib

from PIL import Image

from briefing.storage import check_warnings, dump_visit, read_visit

PROGRAMME = """\
itinerary:
  - id: a
    start: "10:00"
    end: "09:00"
    title: Backwards
  - id: b
    date: 2027-01-01
    start: "12:00"
    title: Far away
    attendees: [nobody]
  - id: c
    start: "10:00"
    title: Overlaps a
messages:
  - headline: Lost
    stop: missing
"""


def test_warnings_have_lines_and_paths(text_with):
    loaded = read_visit(text_with(PROGRAMME))
    found = [(w.line, w.path, w.code) for w in loaded.warnings]
    assert found == [
        (10, "itinerary[0].end", "end-before-start"),
        (13, "itinerary[1].date", "stop-outside-dates"),
        (16, "itinerary[1].attendees[0]", "unknown-attendee"),
        (18, "itinerary[2].start", "overlap"),
        (22, "messages[0].stop", "unknown-stop"),
    ]
    assert str(loaded.warnings[0]).startswith("line 10, itinerary[0].end: ")
    words = [
        "“Backwards” ends (09:00) before it starts (10:00)",
        "“Far away” is on 2027-01-01, outside the visit's dates",
        "names the person id “nobody”; nobody has it",
        "“Backwards” and “Overlaps a” overlap",
        "“Lost” names the stop id “missing”, but no stop has it",
    ]
    for warning, expected in zip(loaded.warnings, words, strict=True):
        assert expected in warning.message, warning


def test_warning_on_an_absent_field_points_at_its_parent(text_with):
    # The finding's path ends in a key the file has; otherwise the nearest parent's line is used.
    loaded = read_visit(text_with("itinerary:\n  - id: a\n    start: '10:00'\n    title: T\n    date: 2030-01-01\n"))
    assert [(w.line, w.path) for w in loaded.warnings] == [(11, "itinerary[0].date")]


def test_check_warnings_for_a_visit_being_edited(sample):
    sample.itinerary[0].attendees.append("ghost")
    problems = check_warnings(sample)
    assert [(p.line, p.path, p.code) for p in problems] == [(None, "itinerary[0].attendees[1]", "unknown-attendee")]


def _png(width: int, height: int) -> bytes:
    """A real 1-bit PNG of any size, built row by row so that making it needs no memory."""
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def _with_photo(text_with, data: bytes) -> str:
    encoded = base64.encodebytes(data).decode()
    block = "".join("      " + line + "\n" for line in encoded.splitlines())
    return text_with("attendees:\n  - id: p\n    name: Big\n    photo: |\n" + block)


def test_huge_image_is_a_warning(text_with):
    data = _png(12000, 12000)
    assert len(data) < 200_000
    loaded = read_visit(_with_photo(text_with, data))
    assert [(w.line, w.path, w.code) for w in loaded.warnings] == [(10, "attendees[0].photo", "bad-photo")]
    assert "too large" in loaded.warnings[0].message
    assert loaded.visit.attendees[0].photo == data  # kept untouched, so a save does not destroy it
    assert read_visit(dump_visit(loaded.visit)).visit.attendees[0].photo == data


def test_decompression_bomb_is_a_warning(text_with):
    # Past Pillow's own limit (twice MAX_IMAGE_PIXELS): Pillow refuses to even open it.
    side = 20000
    assert side * side > 2 * Image.MAX_IMAGE_PIXELS
    loaded = read_visit(_with_photo(text_with, _png(side, side)))
    assert [w.code for w in loaded.warnings] == ["bad-photo"]
    assert "too large" in loaded.warnings[0].message


def test_damaged_photos_are_warnings(text_with):
    image = Image.new("RGB", (64, 64), (200, 30, 30))
    jpeg, png = io.BytesIO(), io.BytesIO()
    image.save(jpeg, "JPEG")
    image.save(png, "PNG")
    for data in (b"not an image at all", jpeg.getvalue()[:300], png.getvalue()[:-20], b"GIF89a" + b"\x00" * 20):
        loaded = read_visit(_with_photo(text_with, data))
        assert [w.code for w in loaded.warnings] == ["bad-photo"], data[:10]
        assert "The photo of Big cannot be used" in loaded.warnings[0].message
        assert "left out of the pack and kept in the file" in loaded.warnings[0].message
        # Kept: saving writes the same bytes back, so the user can still repair it.
        assert read_visit(dump_visit(loaded.visit)).visit.attendees[0].photo == data
    for data in (jpeg.getvalue(), png.getvalue()):
        assert read_visit(_with_photo(text_with, data)).warnings == []


def test_line_of_a_path_falls_back_to_the_nearest_parent():
    from briefing.storage.convert import line_at
    from briefing.storage.tree import build

    tree, problems = build("a:\n  b:\n    - x\n    - y: 1\n")
    assert problems == []
    assert line_at(tree, ("a", "b", 1, "y")) == 4
    assert line_at(tree, ("a", "b", 1, "z")) == 4
    assert line_at(tree, ("a", "b", 7)) == 2
    assert line_at(tree, ("a", "q")) == 1
    assert line_at(tree, ()) == 1
