"""The pack's one type family, embedded from resources/fonts so it prints the same everywhere.

Noto Sans (SIL OFL, see resources/fonts/OFL.txt) covers full Latin, typographic
quotes, €, Œ and Ł. What it cannot draw (CJK, emoji) is found by looking each
character up in the fonts' character maps, so it can be reported, not boxed.
"""

from __future__ import annotations

import hashlib
from contextvars import ContextVar
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from briefing.resources import resource

FAMILY = "NotoSans"
REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"
BOLD_ITALIC = "NotoSans-BoldItalic"
# Symbols the family lacks (the arrow of "9 h 30 → 9 h 45"), used by name in markup only.
SYMBOLS = "NotoSansMono"
FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}
# Drawn in place of a character no font here has: visible, and in every face.
SUBSTITUTE = "\ufffd"


# The font whose subsets are being written, for _subset_tag (None: not ours).
_writing: ContextVar[str | None] = ContextVar("briefing_font_writing", default=None)
_reportlab_tag = ttfonts.SUBSETN


def _subset_tag(n: int, *args) -> bytes:
    """The six capitals before "+" in a subset's name. reportlab derives them
    from the subset's number alone, so the first subset of every face is
    "AAAAAA+", which the PDF specification forbids (a reader may take two faces
    for one). Ours come from the face's name too: stable from one export to
    the next, different between faces."""
    name = _writing.get()
    if name is None:
        return _reportlab_tag(n, *args)
    digest = hashlib.sha256(f"{name}/{n}".encode()).digest()
    return bytes(65 + b % 26 for b in digest[:6])


class PackFont(TTFont):
    """A TrueType face whose subsets get their own tags (see _subset_tag)."""

    def addObjects(self, doc):
        token = _writing.set(self.fontName)
        try:
            super().addObjects(doc)
        finally:
            _writing.reset(token)


# reportlab looks the function up when it writes the fonts: ours answers for
# PackFont faces and hands every other face to reportlab's own.
ttfonts.SUBSETN = _subset_tag


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Register the family once per process; return the code points every face can draw."""
    drawable: set[int] | None = None
    for name, filename in FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(PackFont(name, str(resource("fonts", filename))))
        cmap = set(pdfmetrics.getFont(name).face.charToGlyph)
        drawable = cmap if drawable is None else drawable & cmap
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    if SYMBOLS not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(PackFont(SYMBOLS, str(resource("fonts", "NotoSansMono-Regular.ttf"))))
    assert drawable is not None and ord(SUBSTITUTE) in drawable
    # Control characters are never drawn, even where a font maps them to a blank
    # glyph; line breaks become markup and tabs spaces before drawing.
    controls = set(range(0x20)) | set(range(0x7F, 0xA0))
    return frozenset((drawable - controls) | {0x0A})
