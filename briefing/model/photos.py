"""Safe looks at embedded photos, with Pillow, before anything decodes them.

A small PNG can claim 144 million pixels, so the size in the header is checked
before any pixel is decoded, and results are cached by content because the
app re-checks the same photos after every edit.
"""

from __future__ import annotations

import io
import warnings
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing.model.photo_headers import known_good_size

if TYPE_CHECKING:
    from PIL import Image

# Pillow is imported by the functions that use it: most visits and the app's
# start-up never need it.

# Far above any photo a person would embed, far below what hurts memory.
MAX_PIXELS = 40_000_000
FORMATS = ("JPEG", "PNG")


@lru_cache(maxsize=512)
def photo_problem(data: bytes, decode: bool = True) -> str | None:
    """Why these bytes cannot be used as a photo, or None when they can.

    ``decode=False`` reads only the headers and the file's structure (a cut-off
    JPEG, a PNG chunk that fails its checksum) without decoding pixels: about a
    millisecond less per photo, which is most of the time to open a large file.
    """
    if isinstance(data, str):
        return "it is not valid base64 text"
    if not decode:
        size = known_good_size(data)
        if size is not None and 0 < size[0] * size[1] <= MAX_PIXELS:
            return None  # what Pillow would say, without loading it at start-up
    return _pillow_problem(data, decode)


def _pillow_problem(data: bytes, decode: bool) -> str | None:
    from PIL import Image

    try:
        with warnings.catch_warnings():
            # The size is checked below, with a clearer message than Pillow's warning.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.format not in FORMATS:
                    return f"it is a {image.format or 'unknown'} image, not JPEG or PNG"
                width, height = image.size
                if width * height > MAX_PIXELS:
                    return f"it is too large ({width}\u00d7{height} pixels)"
                if not decode:
                    return _structure_problem(image, data)
                image.draft("RGB", (256, 256))
                image.load()
    except Image.DecompressionBombError:
        return "it is too large to decode safely"
    except Exception:  # Pillow raises many kinds on damaged data
        return "it is not a readable JPEG or PNG image"
    return None


def _structure_problem(image: Image.Image, data: bytes) -> str | None:
    if image.format == "JPEG":
        # A JPEG ends with the end-of-image marker; a cut-off copy does not.
        return None if b"\xff\xd9" in data[-4096:] else "it is not a readable JPEG or PNG image"
    image.verify()  # PNG: every chunk's checksum up to the end chunk, no decompression; raises if damaged
    return None


# Photos are printed a few centimetres wide: 800 px on the long side is plenty
# and keeps a visit file with thirty portraits small enough to e-mail.
MAX_SIDE = 800
JPEG_QUALITY = 85


class PhotoError(ValueError):
    """An image file that cannot be imported as a photo; str() says why."""


def _has_transparency(image: Image.Image) -> bool:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        alpha = image.convert("RGBA").getchannel("A")
        return alpha.getextrema()[0] < 255
    return False


def prepare_photo(data: bytes, max_side: int = MAX_SIDE) -> bytes:
    """Any image Pillow reads -> the bytes to embed: upright (EXIF orientation
    applied), RGB, long side at most ``max_side``, JPEG, or PNG when it has real
    transparency. Always re-encoded, which also drops EXIF (GPS) metadata.

    Raises PhotoError with a readable reason on unreadable or oversized images.
    """
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise PhotoError(f"the image is too large ({width}\u00d7{height} pixels)")
                # Lets the JPEG decoder scale down while decoding: far less memory.
                image.draft("RGB", (max_side, max_side))
                image = ImageOps.exif_transpose(image)
                transparent = _has_transparency(image)
                if image.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
                    # 16-bit or float greys: scale to 8 bits instead of clipping to white.
                    image = image.convert("I").point(lambda v: v / 256).convert("L")
                image = image.convert("RGBA" if transparent else "RGB")
                image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
                out = io.BytesIO()
                if transparent:
                    image.save(out, "PNG", optimize=True)
                else:
                    image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
                return out.getvalue()
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PhotoError("the image is too large to decode safely") from exc
    except Exception as exc:  # Pillow raises many kinds on damaged or unknown data
        raise PhotoError("the file is not an image that can be read") from exc
