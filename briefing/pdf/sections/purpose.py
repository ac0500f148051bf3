"""Purpose: the summary, then the objectives."""

from __future__ import annotations

from reportlab.platypus import Flowable

from briefing.pdf.context import Pack
from briefing.pdf.sections.common import bullets


def build(pack: Pack) -> list[Flowable]:
    d = pack.visit.details
    objectives = [o for o in d.objectives if o and o.strip()]
    story: list[Flowable] = []
    if d.summary.strip():
        story += pack.paras(d.summary, "lead", "visit.summary")
    if objectives:
        story.append(pack.fixed(pack.word("objectives"), "h2"))
        story += bullets(pack, objectives, "visit.objectives", style="objective")
    return story
