"""Safe looks at embedded photos, with Pillow, before anything decodes them.

A small PNG can claim 144 million pixels, so the size in the header is checked
before any pixel is decoded, and results are cached by content because the
app re-checks the same photos after every edit.
"""

from __future__ import annotations

import io
import warnings
from functools import lru_cache

from PIL import Image

# Far above any photo a person would embed, far below what hurts memory.
MAX_PIXELS = 40_000_000
FORMATS = ("JPEG", "PNG")


@lru_cache(maxsize=512)
def photo_problem(data: bytes) -> str | None:
    """Why these bytes cannot be used as a photo, or None when they can."""
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
                image.draft("RGB", (256, 256))
                image.load()
    except Image.DecompressionBombError:
        return "it is too large to decode safely"
    except Exception:  # Pillow raises many kinds on damaged data
        return "it is not a readable JPEG or PNG image"
    return None
