"""Photos are embedded upright, in RGB on white, at about 300 dpi of their printed size."""

from __future__ import annotations

import io

from pdf_visits import portrait
from PIL import Image

from briefing.pdf.photos import prepare

W, H = 72, 90  # points: 1 x 1.25 inch -> 300 x 375 pixels


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_size_and_format():
    out = _open(prepare(portrait(1, size=(2400, 3000)), W, H))
    assert out.format == "JPEG" and out.mode == "RGB"
    assert out.size == (300, 375)


def test_exif_orientation_is_applied():
    # Stored sideways: red on the left half, blue on the right; EXIF says "turn 90° clockwise".
    image = Image.new("RGB", (400, 200), "blue")
    image.paste((255, 0, 0), (0, 0, 200, 200))
    exif = Image.Exif()
    exif[0x0112] = 6
    raw = io.BytesIO()
    image.save(raw, "JPEG", exif=exif)
    out = _open(prepare(raw.getvalue(), W, H))
    top, bottom = out.getpixel((150, 20)), out.getpixel((150, 355))
    assert top[0] > 200 and top[2] < 60  # red now on top
    assert bottom[2] > 200 and bottom[0] < 60


def test_cmyk_jpeg_is_converted_not_inverted():
    image = Image.new("CMYK", (300, 300), (0, 0, 0, 0))  # no ink: white
    raw = io.BytesIO()
    image.save(raw, "JPEG")
    out = _open(prepare(raw.getvalue(), W, H))
    assert out.mode == "RGB" and min(out.getpixel((10, 10))) > 240


def test_sixteen_bit_grey_keeps_its_tone():
    image = Image.new("I;16", (300, 300), 32768)  # mid grey
    raw = io.BytesIO()
    image.save(raw, "PNG")
    value = _open(prepare(raw.getvalue(), W, H)).getpixel((10, 10))
    assert all(110 < v < 145 for v in value)


def test_transparency_is_flattened_on_white():
    image = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    raw = io.BytesIO()
    image.save(raw, "PNG")
    assert min(_open(prepare(raw.getvalue(), W, H)).getpixel((10, 10))) > 245
    palette = Image.new("P", (300, 300), 0)
    palette.info["transparency"] = 0
    raw = io.BytesIO()
    palette.save(raw, "PNG", transparency=0)
    assert min(_open(prepare(raw.getvalue(), W, H)).getpixel((10, 10))) > 245


def test_every_kind_is_embedded_in_the_pack(visit):
    from pdf_helpers import build

    kinds = {
        "cmyk": portrait(1, mode="CMYK"),
        "grey16": portrait(2, fmt="PNG", mode="I;16"),
        "rgba": portrait(3, fmt="PNG", mode="RGBA"),
        "grey": portrait(4, mode="L"),
    }
    for person, photo in zip(visit.attendees, kinds.values(), strict=False):
        person.photo = photo
    for person in visit.attendees[len(kinds) :]:
        person.photo = None
    pdf = build(visit)
    assert pdf.warnings == []
    images = [img for page in pdf.reader.pages for img in page.images]
    assert len(images) == len(kinds)
    sizes = sorted(img.image.size for img in images)
    # Three needed preparing (to 300 dpi at 26 x 32 mm); the plain grey JPEG is embedded as it is.
    assert sizes == [(307, 378)] * 3 + [(480, 600)]


def test_a_plain_jpeg_of_the_right_size_is_embedded_untouched(visit):
    from pdf_helpers import build

    photo = portrait(7, size=(400, 500))
    visit.attendees = visit.attendees[:1]
    visit.attendees[0].photo = photo
    pdf = build(visit)
    images = [img for page in pdf.reader.pages for img in page.images]
    assert len(images) == 1 and images[0].image.size == (400, 500)


def test_a_huge_jpeg_is_scaled_down(visit):
    from pdf_helpers import build

    visit.attendees = visit.attendees[:1]
    visit.attendees[0].photo = portrait(7, size=(3000, 4000))
    pdf = build(visit)
    images = [img for page in pdf.reader.pages for img in page.images]
    assert images[0].image.size == (307, 378)
