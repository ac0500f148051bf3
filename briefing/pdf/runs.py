"""Lines of text in runs of their own face, size and colour, as a stop's
participants are set ("<b>Chloé Roux</b> — Directrice générale, Ville", a line
each): laid out and drawn without reportlab's markup parser and line breaker
whenever every line fits on one line of the width.

reportlab parses such markup into fragments (an HTMLParser per paragraph) and
then breaks them into lines word by word, measuring each word; for a stop's
forty participants that was a fifth of a personal programme's time, spent on
lines that never wrap. Runs measures each line once and writes the lines in
one text object, as reportlab writes them: a line's runs one after the other,
the first line's baseline its largest size below the top. When a line is too
long for its width, the same markup goes through a Para instead (line
breaking, hyphenation, splitting across pages), as it always did.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import paragraph as _rl

from briefing.pdf.paragraph import Para, _one_line_style

# A run: its text, face, size and colour.
Run = tuple[str, str, float, object]


def _drawn_as_is(line: list[Run]) -> bool:
    """Whether reportlab would draw the line's text as it is: its words joined by
    single spaces, and any space between two runs at the start of the second."""
    text = "".join(run[0] for run in line)
    if not line or any(not run[0] or run[0][-1] in _rl._wsc for run in line):
        return False
    return " ".join(_rl.split(text)) == text


class Runs(Flowable):
    def __init__(self, lines: list[list[Run]], style, markup: str):
        super().__init__()
        self.lines, self.style, self.markup = lines, style, markup
        self._para: Para | None = None  # the paragraph it falls back to
        self._plain = bool(lines) and _one_line_style(style) and all(_drawn_as_is(line) for line in lines)
        self._widths: list[float] | None = None
        self._one_line = False

    def _fallback(self) -> Para:
        if self._para is None:
            self._para = Para(self.markup, self.style)
        return self._para

    def _fits(self, width: float) -> bool:
        if not self._plain:
            return False
        if self._widths is None:
            self._widths = [sum(stringWidth(t, font, size) for t, font, size, _ in line) for line in self.lines]
        # A hair of room to spare, as Para: reportlab sums the words' widths, not the line's.
        return max(self._widths) <= width - 0.01

    def wrap(self, availWidth, availHeight):
        self._one_line = self._fits(availWidth)
        if self._one_line:
            self.width, self.height = availWidth, len(self.lines) * self.style.leading
            return self.width, self.height
        self.width, self.height = self._fallback().wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        # Rare (a stop's first lines taller than a page): the paragraph's own rules decide.
        return self._fallback().split(availWidth, availHeight)

    def drawOn(self, canvas, x, y, _sW=0):
        if not self._one_line:
            return self._fallback().drawOn(canvas, x, y, _sW)
        x = self._hAlignAdjust(x, _sW)
        first = max(size for _, _, size, _ in self.lines[0])
        canvas.saveState()
        text = canvas.beginText(x, y + self.height - first)
        leading, font, colour = self.style.leading, None, None
        for line in self.lines:
            for k, (t, face, size, ink) in enumerate(line):
                if ink is not colour:
                    text.setFillColor(ink)
                    colour = ink
                if (face, size) != font:
                    text.setFont(face, size, leading)
                    font = (face, size)
                text._textOut(t, k == len(line) - 1)
        canvas.drawText(text)
        canvas.restoreState()
