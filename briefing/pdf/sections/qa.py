"""Questions and answers: each question with its line to take, kept together when short."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from briefing.pdf.context import Pack
from briefing.pdf.paragraph import Para
from briefing.pdf.sections.common import block, hanging
from briefing.pdf.styles import INK, STYLES


def build(pack: Pack) -> list[Flowable]:
    story: list[Flowable] = []
    q_word, a_word = pack.word("question"), pack.word("answer")
    question, answer = hanging(STYLES["question"]), hanging(STYLES["answer"], bold=True, color=INK)
    for i, item in enumerate(pack.visit.qa):
        if not (item.question.strip() or item.answer.strip()):
            continue
        flowables: list[Flowable] = []
        # "Q." and "R." hang in the margin; every line of the text starts at the indent.
        for j, piece in enumerate(pack.writer.pieces(item.question, f"qa[{i}].question")):
            flowables.append(Para(piece, question, bulletText=q_word if j == 0 else None))
        for j, piece in enumerate(pack.writer.pieces(item.answer, f"qa[{i}].answer")):
            flowables.append(Para(piece, answer, bulletText=a_word if j == 0 else None))
        flowables.append(Spacer(1, 9))
        story.append(block(pack, flowables))
    return story
