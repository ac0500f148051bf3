"""The pack's look as data: colours, measures, paragraph and table styles.

Restrained on purpose: one family, one accent that prints as a dark grey, and
meaning carried by words and weight rather than colour, so a black-and-white
copy reads as well as the screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from briefing.pdf import fonts
from briefing.pdf.hyphenation import ByLanguage

INK = colors.HexColor("#16191D")
ACCENT = colors.HexColor("#1B3A5C")
MUTED = colors.HexColor("#5B6573")
RULE = colors.HexColor("#C5CBD3")
TINT = colors.HexColor("#EEF1F4")
PAPER = colors.white
DRAFT = colors.Color(0.55, 0.58, 0.62, alpha=0.16)


@dataclass(frozen=True)
class Measures:
    margin_left: float = 22 * mm
    margin_right: float = 22 * mm
    margin_top: float = 26 * mm
    margin_bottom: float = 24 * mm
    # Page furniture sits in the margins, this far from the paper's edge (the
    # marking's box: at least 6 mm, printers clip below about 4.2 mm).
    marking_inset: float = 7 * mm
    header_inset: float = 16 * mm
    footer_inset: float = 15 * mm
    photo_width: float = 26 * mm
    photo_height: float = 32 * mm
    time_column: float = 32 * mm  # = photo_width + gutter: one text column across sections
    gutter: float = 6 * mm


MEASURES = Measures()
# About 11 pt for reading in a moving car; tables and bios 10; nothing under 7.5.
BODY_SIZE = 11
BODY_LEADING = 15
TABLE_SIZE = 10
TABLE_LEADING = 13
LEAST_SIZE = 7.5


def _style(name: str, **kw) -> ParagraphStyle:
    base = {
        "fontName": fonts.REGULAR,
        "bulletFontName": fonts.REGULAR,
        "fontSize": BODY_SIZE,
        "leading": BODY_LEADING,
        "textColor": INK,
        "alignment": TA_LEFT,
        "splitLongWords": 1,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


def _make() -> dict[str, ParagraphStyle]:
    bold, italic = fonts.BOLD, fonts.ITALIC
    return {
        "body": _style("body", spaceAfter=5),
        "body_tight": _style("body_tight"),
        "small": _style("small", fontSize=9.5, leading=12.5, textColor=MUTED),
        "small_bold": _style("small_bold", fontName=bold, fontSize=9.5, leading=12.5),
        "label": _style(
            "label",
            fontName=bold,
            fontSize=LEAST_SIZE,
            leading=10,
            textColor=MUTED,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "bullet": _style("bullet", leftIndent=13, bulletIndent=0, spaceAfter=3),
        "objective": _style("objective", fontSize=11.5, leading=16, leftIndent=14, bulletIndent=0, spaceAfter=4),
        "h1": _style("h1", fontName=bold, fontSize=21, leading=25, textColor=ACCENT, spaceBefore=18, spaceAfter=12),
        "h2": _style(
            "h2",
            fontName=bold,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "people": _style("people", fontSize=TABLE_SIZE, leading=13.5),
        "press_line": _style("press_line", spaceBefore=4),
        "h3": _style("h3", fontName=bold, fontSize=12, leading=15.5, spaceAfter=2, keepWithNext=1),
        "lead": _style("lead", fontSize=12.5, leading=18, spaceAfter=8),
        "cell": _style("cell", fontSize=TABLE_SIZE, leading=TABLE_LEADING),
        "cell_bold": _style("cell_bold", fontName=bold, fontSize=TABLE_SIZE, leading=TABLE_LEADING),
        "cell_muted": _style("cell_muted", fontSize=TABLE_SIZE, leading=TABLE_LEADING, textColor=MUTED),
        "cell_head": _style("cell_head", fontName=bold, fontSize=LEAST_SIZE, leading=10, textColor=MUTED),
        "cell_center": _style(
            "cell_center", fontName=bold, fontSize=TABLE_SIZE, leading=TABLE_LEADING, alignment=TA_CENTER
        ),
        "grid_head": _style("grid_head", fontSize=LEAST_SIZE, leading=9.5, textColor=MUTED),
        "grid_mark": _style("grid_mark", fontName=bold, fontSize=13, leading=11, alignment=TA_CENTER, textColor=ACCENT),
        "time": _style("time", fontName=bold, fontSize=14, leading=17, textColor=ACCENT),
        "time_small": _style("time_small", fontSize=9.5, leading=12, textColor=MUTED),
        "name": _style("name", fontName=bold, fontSize=12, leading=15),
        "role": _style("role", fontSize=TABLE_SIZE, leading=TABLE_LEADING, textColor=MUTED),
        "say": _style(
            "say", fontName=italic, fontSize=TABLE_SIZE, leading=TABLE_LEADING, textColor=MUTED, spaceAfter=3
        ),
        "bio": _style("bio", fontSize=TABLE_SIZE, leading=14, spaceAfter=4),
        "question": _style("question", fontName=bold, fontSize=11, leading=15, leftIndent=18, firstLineIndent=-18),
        "answer": _style("answer", leftIndent=18, spaceAfter=2),
        "message": _style("message", fontName=bold, fontSize=12.5, leading=17, leftIndent=22, firstLineIndent=-22),
        "message_at": _style("message_at", fontSize=9.5, leading=12.5, textColor=MUTED, leftIndent=22, spaceBefore=2),
        "point": _style("point", leftIndent=34, bulletIndent=22, spaceAfter=2),
        "background": _style(
            "background", fontName=italic, leftIndent=34, bulletIndent=22, spaceAfter=2, textColor=MUTED
        ),
        "toc": _style("toc", fontSize=12, leading=15),
        "cover_eyebrow": _style("cover_eyebrow", fontName=bold, fontSize=9, leading=12, textColor=ACCENT),
        "cover_title": _style("cover_title", fontName=bold, fontSize=27, leading=33, textColor=INK, spaceAfter=12),
        "cover_principal": _style("cover_principal", fontName=bold, fontSize=13.5, leading=18, textColor=ACCENT),
        "cover_role": _style("cover_role", fontSize=11, leading=15, textColor=MUTED),
        "cover_key": _style("cover_key", fontName=bold, fontSize=7.5, leading=13, textColor=MUTED),
        "cover_value": _style("cover_value", fontSize=11, leading=14),
        "cover_summary": _style("cover_summary", fontSize=10.5, leading=15.5, textColor=INK),
        "right": _style("right", alignment=TA_RIGHT),
    }


# Hyphenated in the language of the pack being built (see hyphenation.py).
STYLES = ByLanguage(_make)
