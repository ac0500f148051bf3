"""Sensitivities: topics to handle with care, one per block."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from briefing.pdf.context import Pack
from briefing.pdf.sections.common import table
from briefing.pdf.styles import ACCENT


def build(pack: Pack) -> list[Flowable]:
    rows = []
    for i, text in enumerate(pack.visit.sensitivities):
        if text and text.strip():
            rows.append([pack.fixed("!", "h3"), pack.paras(text, "body_tight", f"sensitivities[{i}]")])
    if not rows:
        return []
    return [
        table(
            rows,
            [8 * mm, pack.width - 8 * mm],
            header=False,
            extra=[
                ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (0, -1), 7),
            ],
        )
    ]
