"""The pack's one type family, embedded from resources/fonts so it prints the same everywhere.

Noto Sans (SIL OFL, see resources/fonts/OFL.txt) covers full Latin, typographic
quotes, €, Œ and Ł. What it cannot draw (CJK, emoji) is found by looking each
character up in the fonts' character maps, so it can be reported, not boxed.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
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


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Register the family once per process; return the code points every face can draw."""
    drawable: set[int] | None = None
    for name, filename in FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        cmap = set(pdfmetrics.getFont(name).face.charToGlyph)
        drawable = cmap if drawable is None else drawable & cmap
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    if SYMBOLS not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(SYMBOLS, str(resource("fonts", "NotoSansMono-Regular.ttf"))))
    assert drawable is not None and ord(SUBSTITUTE) in drawable
    # Control characters are never drawn, even where a font maps them to a blank
    # glyph; line breaks become markup and tabs spaces before drawing.
    controls = set(range(0x20)) | set(range(0x7F, 0xA0))
    return frozenset((drawable - controls) | {0x0A})
