"""Photo import: scaled, upright, small, and refused cleanly when unusable."""

import io

import pytest
from PIL import Image

from briefing.model.photos import MAX_SIDE, PhotoError, photo_problem, prepare_photo


def encode(image: Image.Image, fmt: str, **kw) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **kw)
    return out.getvalue()


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_large_jpeg_is_scaled_to_the_long_side():
    data = prepare_photo(encode(Image.new("RGB", (4000, 3000), "navy"), "JPEG"))
    image = opened(data)
    assert image.format == "JPEG"
    assert image.size == (MAX_SIDE, 600)
    assert photo_problem(data) is None


def test_small_image_keeps_its_size_and_cmyk_becomes_rgb():
    image = opened(prepare_photo(encode(Image.new("CMYK", (300, 200)), "JPEG")))
    assert (image.size, image.mode) == ((300, 200), "RGB")


def test_exif_orientation_is_applied():
    source = Image.new("RGB", (400, 200), "red")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    image = opened(prepare_photo(encode(source, "JPEG", exif=exif.tobytes())))
    assert image.size == (200, 400)


def test_png_with_transparency_stays_png_and_opaque_png_becomes_jpeg():
    clear = Image.new("RGBA", (1600, 1600), (0, 0, 0, 0))
    out = opened(prepare_photo(encode(clear, "PNG")))
    assert (out.format, out.mode, out.size) == ("PNG", "RGBA", (800, 800))
    opaque = Image.new("RGBA", (100, 100), (10, 20, 30, 255))
    assert opened(prepare_photo(encode(opaque, "PNG"))).format == "JPEG"


def test_other_formats_are_converted():
    data = prepare_photo(encode(Image.new("RGB", (1000, 500), "green"), "BMP"))
    assert opened(data).size == (800, 400)


def test_sixteen_bit_grey_is_scaled_not_clipped():
    grey = Image.new("I;16", (50, 50), 32768)
    pixel = opened(prepare_photo(encode(grey, "PNG"))).getpixel((10, 10))
    assert 100 < pixel[0] < 160


@pytest.mark.parametrize("data", [b"", b"not an image", b"\x89PNG\r\n\x1a\n" + b"\0" * 40])
def test_unreadable_data_is_refused_with_a_reason(data):
    with pytest.raises(PhotoError, match="not an image"):
        prepare_photo(data)


def test_huge_dimensions_are_refused_before_decoding():
    # A tiny PNG that claims 12000 x 12000 pixels.
    data = encode(Image.new("1", (12000, 12000)), "PNG")
    assert len(data) < 100_000
    with pytest.raises(PhotoError, match="too large"):
        prepare_photo(data)
