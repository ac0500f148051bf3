"""Sensitivities: topics to handle with care, each marked by a bar at its left."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from briefing.pdf.context import Pack
from briefing.pdf.rows import PLAIN
from briefing.pdf.sections.common import table
from briefing.pdf.styles import ACCENT

LOOK = replace(PLAIN, accent=ACCENT, pad_top=7, pad_bottom=8, pad_left=8)


def build(pack: Pack) -> list[Flowable]:
    rows = []
    for i, text in enumerate(pack.visit.sensitivities):
        if text and text.strip():
            rows.append([pack.fixed("!", "h3"), pack.paras(text, "body_tight", f"sensitivities[{i}]")])
    if not rows:
        return []
    return [table(pack, rows, [8 * mm, pack.width - 8 * mm], look=LOOK)]
