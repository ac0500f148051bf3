"""Questions and answers: each question with its line to take, kept together when short."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from briefing.pdf.context import Pack
from briefing.pdf.paragraph import Para
from briefing.pdf.sections.common import block
from briefing.pdf.styles import STYLES


def build(pack: Pack) -> list[Flowable]:
    story: list[Flowable] = []
    q_word, a_word = pack.word("question"), pack.word("answer")
    for i, item in enumerate(pack.visit.qa):
        if not (item.question.strip() or item.answer.strip()):
            continue
        flowables: list[Flowable] = []
        for j, piece in enumerate(pack.writer.pieces(item.question, f"qa[{i}].question")):
            prefix = f"<font color='#1B3A5C'>{q_word}</font>\u00a0" if j == 0 else ""
            flowables.append(Para(prefix + piece, STYLES["question"]))
        for j, piece in enumerate(pack.writer.pieces(item.answer, f"qa[{i}].answer")):
            prefix = f"<b>{a_word}</b>\u00a0" if j == 0 else ""
            flowables.append(Para(prefix + piece, STYLES["answer"]))
        flowables.append(Spacer(1, 9))
        story.append(block(pack, flowables))
    return story
