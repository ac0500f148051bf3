"""Small builders the section modules share: tables, blocks and bulleted lists."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import quote

from reportlab.platypus import Flowable

from briefing.model import Stop
from briefing.pdf import fonts, labels
from briefing.pdf.context import Pack
from briefing.pdf.paragraph import Para
from briefing.pdf.rows import PLAIN, Look, Rows
from briefing.pdf.runs import Runs
from briefing.pdf.styles import ACCENT, STYLES
from briefing.pdf.text import escape

BULLET = "\u2013"  # an en dash: quieter than a dot, and in every face
BARE = replace(PLAIN, pad_top=0, pad_bottom=0, pad_left=0, pad_right=0, rule=0)


def table(pack: Pack, rows: list[list], widths: list[float], header: list | None = None, look: Look = PLAIN) -> Rows:
    """A pack table: header repeated on each page; a row taller than a page splits inside."""
    return Rows(rows, widths, header=header, look=look, page_height=pack.height)


def block(pack: Pack, flowables: list[Flowable], look: Look = BARE) -> Rows:
    """Flowables kept on one page unless together they are longer than a page."""
    return Rows([[flowables]], [pack.width], look=look, page_height=pack.height, keep=True)


def bullets(pack: Pack, items: list[str], where: str, style: str = "bullet") -> list[Flowable]:
    out: list[Flowable] = []
    for i, item in enumerate(items):
        pieces = pack.writer.pieces(item, f"{where}[{i}]")
        for j, piece in enumerate(pieces):
            out.append(Para(piece, STYLES[style], bulletText=BULLET if j == 0 else None))
    return out


def hanging(style, bold: bool = True, color=ACCENT):
    """``style`` with its label (a number, "Q.") hung in the left indent, so that
    the text's first and wrapped lines start at the same place."""
    indent = style.leftIndent or 18
    return style.clone(
        f"{style.name}_hanging",
        leftIndent=indent,
        firstLineIndent=0,
        bulletIndent=0,
        bulletFontName=fonts.BOLD if bold else style.fontName,
        bulletFontSize=style.fontSize,
        bulletColor=color,
    )


def phone_cell(pack: Pack, phone: str, where: str, style: str = "cell_bold") -> Flowable | None:
    """A phone number on one line, as a tel: link (a tap calls it from a tablet)."""
    phone = pack.writer.clean(phone, where).strip()
    if not phone:
        return None
    dial = "".join(c for c in phone if c.isdigit() or c == "+")
    text = phone.replace(" ", "\u00a0")
    href = f"tel:{dial}" if dial else None
    return Runs.text(text, STYLES[style], _linked(href, text), href)


def email_cell(pack: Pack, email: str, where: str, style: str = "cell") -> Flowable | None:
    """An e-mail address as a mailto: link; it breaks after @ and dots (see breaks.py)."""
    email = pack.writer.clean(email, where).strip()
    if not email:
        return None
    href = f"mailto:{quote(email, safe='@.+-_')}" if " " not in email else None
    return Runs.text(email, STYLES[style], _linked(href, email), href)


def _linked(href: str | None, text: str) -> str:
    return f'<a href="{href}">{escape(text)}</a>' if href else escape(text)


def stop_when(pack: Pack, stop: Stop) -> str:
    """``10 h – 11 h 15`` / ``10:00–11:15``, or the start alone."""
    return labels.time_range(pack.lang, stop.start, stop.end)


def index_of(pack: Pack, stop: Stop) -> int:
    """The stop's position in the file, for naming fields in warnings."""
    return pack.stop_index[id(stop)]
