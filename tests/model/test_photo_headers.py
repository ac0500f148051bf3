"""The Pillow-free structure check gives Pillow's answers, on sound and damaged photos."""

import io

import pytest
from PIL import Image

from briefing.model import photos
from briefing.model.photo_headers import known_good_size
from briefing.model.photos import photo_problem, prepare_photo
from briefing.resources import sample_visit_path
from briefing.storage import load_visit


def encode(image: Image.Image, fmt: str, **kw) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **kw)
    return out.getvalue()


def sound_photos() -> list[bytes]:
    gradient = Image.linear_gradient("L").resize((300, 200)).convert("RGB")
    transparent = Image.new("RGBA", (120, 90), (10, 20, 30, 0))
    transparent.paste((200, 40, 40, 255), (10, 10, 60, 60))
    made = [
        prepare_photo(encode(gradient, "JPEG")),  # the app's own JPEG
        prepare_photo(encode(transparent, "PNG")),  # the app's own PNG
        encode(gradient, "JPEG", progressive=True),
        encode(gradient.convert("L"), "PNG"),
        encode(gradient.convert("P"), "PNG"),
        encode(gradient, "PNG", dpi=(300, 300)),
    ]
    visit = load_visit(sample_visit_path()).visit
    return made + [person.photo for person in visit.attendees if isinstance(person.photo, bytes)][:3]


def damaged(data: bytes):
    """Copies with one byte changed near either end, and cut short."""
    for position in [*range(min(len(data), 400)), *range(max(0, len(data) - 64), len(data))]:
        copy = bytearray(data)
        copy[position] ^= 0x5A
        yield bytes(copy)
    for length in range(0, len(data), max(1, len(data) // 40)):
        yield data[:length]


@pytest.mark.parametrize("index", range(9))
def test_the_answers_are_pillows_on_sound_and_damaged_photos(index):
    data = sound_photos()[index]
    assert known_good_size(data) == Image.open(io.BytesIO(data)).size  # recognised: Pillow is not needed
    recognised = 0
    for variant in [data, *damaged(data)]:
        expected = photos._pillow_problem(variant, decode=False)
        assert photo_problem.__wrapped__(variant, decode=False) == expected
        recognised += known_good_size(variant) is not None
    assert recognised  # the comparison did go through the Pillow-free path


def test_a_photo_too_large_for_the_limit_is_left_to_pillow_for_its_message():
    # A PNG that claims more pixels than allowed: only its header is real.
    huge = Image.new("L", (1, 1))
    data = bytearray(encode(huge, "PNG"))
    data[16:24] = (9000).to_bytes(4, "big") + (9000).to_bytes(4, "big")
    import zlib

    data[29:33] = (zlib.crc32(bytes(data[12:29])) & 0xFFFFFFFF).to_bytes(4, "big")
    assert known_good_size(bytes(data)) == (9000, 9000)
    assert photo_problem.__wrapped__(bytes(data), decode=False) == "it is too large (9000\u00d79000 pixels)"


def test_a_gif_is_named_by_pillow():
    data = encode(Image.new("P", (4, 4)), "GIF")
    assert known_good_size(data) is None
    assert photo_problem.__wrapped__(data, decode=False) == "it is a GIF image, not JPEG or PNG"
