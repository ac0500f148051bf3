"""Photos made ready for print: upright, RGB on white, cropped and sized for the page.

The bytes are first checked by ``briefing.model.photos.photo_problem`` (format and
pixel count read from the header, before anything is decoded). Then the image is
turned upright from its EXIF orientation, flattened on white if transparent,
brought to 8-bit RGB (CMYK and 16-bit grey included), cropped to the portrait
frame and resampled to about 300 dpi at its printed size: a 20-megapixel photo
would otherwise be embedded whole for a 3 cm square. A JPEG that needs none of
this is embedded as it is (see ``usable_as_is``), as a PDF can hold JPEG data.
"""

from __future__ import annotations

import hashlib
import io

from PIL import Image, ImageOps
from reportlab.lib.utils import ImageReader

from briefing.model.photos import photo_problem

DPI = 300
ORIENTATION = 0x0112  # the EXIF tag
POINTS_PER_INCH = 72


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        # Pillow's plain convert("L") clips 16-bit values to white; scale instead.
        image = image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if image.mode == "P":
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        image = image.convert("RGBA")
        flat = Image.new("RGB", image.size, "white")
        flat.paste(image, mask=image.getchannel("A"))
        return flat
    return image.convert("RGB")


def prepare(data: bytes, width_pt: float, height_pt: float) -> bytes:
    """JPEG bytes of the photo cropped to ``width_pt`` x ``height_pt`` at about 300 dpi."""
    target = (
        max(1, round(width_pt / POINTS_PER_INCH * DPI)),
        max(1, round(height_pt / POINTS_PER_INCH * DPI)),
    )
    with Image.open(io.BytesIO(data)) as image:
        if image.format == "JPEG":
            # Decode at reduced scale when the file is far larger than needed
            # (either side may end up as the width once the photo is turned).
            side = max(target)
            if image.mode in ("RGB", "L"):
                image.draft(image.mode, (side, side))
        image = ImageOps.exif_transpose(image)
        image = _to_rgb(image)
    # Portraits: keep the upper part, where faces are.
    image = ImageOps.fit(image, target, Image.Resampling.LANCZOS, centering=(0.5, 0.3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=86, optimize=False)
    return out.getvalue()


def usable_as_is(data: bytes, width_pt: float, height_pt: float) -> bool:
    """An upright RGB or grey JPEG of about the size needed is embedded as it is,
    without decoding it (the PDF carries JPEG data natively; the frame crops it)."""
    limit = (width_pt / POINTS_PER_INCH * DPI * 2) * (height_pt / POINTS_PER_INCH * DPI * 2)
    with Image.open(io.BytesIO(data)) as image:
        return (
            image.format == "JPEG"
            and image.mode in ("RGB", "L")
            and image.size[0] * image.size[1] <= limit
            and image.getexif().get(ORIENTATION, 1) == 1
        )


class Jpeg(ImageReader):
    """JPEG bytes to draw, known by a digest of those bytes: the pack's canvas
    (operators.FastCanvas) embeds them without decoding them first, which
    reportlab does to name an image after its pixels."""

    def __init__(self, data: bytes):
        super().__init__(io.BytesIO(data))
        self.jpeg_digest = hashlib.md5(data, usedforsecurity=False).hexdigest()


class PhotoBox:
    """Prepared photos for one pack, each made once even if it appears twice."""

    def __init__(self) -> None:
        self._done: dict[tuple[str, float, float], Jpeg | None] = {}

    def get(self, data: bytes | None, width_pt: float, height_pt: float) -> tuple[Jpeg | None, str | None]:
        """The image to draw, or None and why not."""
        if not data:
            return None, None
        problem = photo_problem(data if isinstance(data, str) else bytes(data))
        if problem:
            return None, problem
        key = (hashlib.sha1(data).hexdigest(), width_pt, height_pt)
        if key not in self._done:
            try:
                if usable_as_is(data, width_pt, height_pt):
                    self._done[key] = Jpeg(bytes(data))
                else:
                    self._done[key] = Jpeg(prepare(bytes(data), width_pt, height_pt))
            except Exception as error:  # Pillow raises many kinds on damaged data
                self._done[key] = None
                return None, f"it could not be prepared for print ({type(error).__name__})"
        return self._done[key], None
