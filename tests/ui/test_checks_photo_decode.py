"""A visit just opened shows its photos' structure checked; pixel decoding follows.

Decoding needs Pillow, which start-up does without; a photo whose structure is
sound but whose pixels cannot be decoded is still named, once the window is up.
"""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

from briefing.model import Details, Person, Visit
from briefing.model.photos import photo_problem


def undecodable_png() -> bytes:
    """Every chunk whole and its checksum right, but the image data is not deflate."""
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(out, "PNG")
    data = bytearray(out.getvalue())
    start = data.index(b"IDAT") + 4
    (length,) = struct.unpack_from(">I", data, start - 8)
    data[start : start + length] = bytes(range(length))
    data[start + length : start + length + 4] = struct.pack(
        ">I", zlib.crc32(b"IDAT" + bytes(data[start : start + length]))
    )
    return bytes(data)


def test_a_photo_that_only_decoding_finds_damaged_is_named_after_opening(make_window, qtbot):
    photo = undecodable_png()
    assert photo_problem(photo, decode=False) is None and photo_problem(photo) is not None
    window = make_window()
    visit = Visit(Details(title="T", principal="P"), attendees=[Person(id="p1", name="Ana Ruiz", photo=photo)])
    window.doc.replace(visit, None)
    photo_path = ("attendees", 0, "photo")
    assert photo_path not in [entry.path for entry in window.checks.entries]  # structure only, so far
    qtbot.waitUntil(lambda: photo_path in [entry.path for entry in window.checks.entries], timeout=3000)
