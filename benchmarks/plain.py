"""What the plain-reportlab baselines share: one pass of a SimpleDocTemplate,
the page furniture a plain script would draw, and how their content is
compared with the output they stand for."""

from __future__ import annotations

import datetime as dt
import io

from briefing.model import Visit
from briefing.pdf import fonts as pack_fonts
from briefing.pdf import labels
from briefing.pdf.furniture import issued
from briefing.pdf.streams import binary_streams


def plain_pdf(story: list, visit: Visit, furniture: bool = True) -> bytes:
    """``story`` poured in one pass, with the running head and foot a plain
    script draws on every page (the marking top and bottom, the title, the
    revision line and the page number) unless the output has none. Compressed binary streams, as the
    outputs write them (without them plain reportlab would pay for an ASCII85
    encoder the outputs skip)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    d = visit.details
    lang = labels.language(d.language)
    marking = d.classification.upper()
    made = f"{issued(lang, d.revision, dt.datetime.now())} \u00b7 {labels.word(lang, d.status)}"
    # One pass cannot know the page count: "Page 2", not "Page 2 of 17".
    page_word = labels.word(lang, "page_of").split("{page}")[0].strip()

    def head_and_foot(canvas, doc) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFont(pack_fonts.BOLD, 8)
        canvas.drawCentredString(width / 2, height - 12 * mm, marking)
        canvas.drawCentredString(width / 2, 8 * mm, marking)
        canvas.setFont(pack_fonts.REGULAR, 8)
        canvas.drawString(doc.leftMargin, 14 * mm, d.title)
        canvas.drawString(doc.leftMargin, 11 * mm, made)
        canvas.drawRightString(width - doc.rightMargin, 14 * mm, f"{page_word} {doc.page}")
        canvas.restoreState()

    pack_fonts.register_fonts()
    out = io.BytesIO()
    with binary_streams():
        pages = {"onFirstPage": head_and_foot, "onLaterPages": head_and_foot} if furniture else {}
        SimpleDocTemplate(out, initialFontName=pack_fonts.REGULAR).build(story, **pages)
    return out.getvalue()


def word_count(data: bytes) -> int:
    """Words as a reader copies them from the PDF, a word hyphenated at a line's
    end counted once: a baseline pours the same content when its count is
    close to the output's (and not above it)."""
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return len(text.replace("-\n", "").split())
