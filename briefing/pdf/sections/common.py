"""Small builders the section modules share: tables and bulleted lists."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table

from briefing.model import Stop
from briefing.pdf import labels
from briefing.pdf.context import Pack
from briefing.pdf.styles import STYLES, cell_style, table_style

BULLET = "\u2013"  # an en dash: quieter than a dot, and in every face


def table(rows: list[list], widths: list[float], header: bool = True, extra: list[tuple] | None = None) -> Table:
    """A pack table: header row repeated on each page, rows allowed to split
    inside themselves (a row taller than a page would otherwise stop the export)."""
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1, hAlign="LEFT")
    t.setStyle(cell_style(table_style(header) + (extra or [])))
    return t


def bullets(pack: Pack, items: list[str], where: str, style: str = "bullet") -> list[Flowable]:
    out: list[Flowable] = []
    for i, item in enumerate(items):
        pieces = pack.writer.pieces(item, f"{where}[{i}]")
        for j, piece in enumerate(pieces):
            out.append(Paragraph(piece, STYLES[style], bulletText=BULLET if j == 0 else None))
    return out


def stop_when(pack: Pack, stop: Stop) -> str:
    """``10:00–11:15`` or ``10:00``."""
    start, end = labels.clock(stop.start), labels.clock(stop.end)
    return f"{start}\u2013{end}" if end and start else start


def index_of(pack: Pack, stop: Stop) -> int:
    """The stop's position in the file, for naming fields in warnings."""
    return next(i for i, s in enumerate(pack.visit.itinerary) if s is stop)
