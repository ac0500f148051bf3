"""Short text that fits on its lines, laid out and drawn without reportlab's
markup parser and line breaker: a table's cells (a name, a phone number as a
tel: link), a stop's participants ("<b>Chloé Roux</b> — Directrice générale,
Ville", a line each, in runs of their own face, size and colour).

reportlab parses markup into fragments (an HTMLParser per paragraph), breaks
them into lines word by word, measuring each word, then draws each paragraph
through a text object of its own; for a stop's forty participants, or a
contacts table's two hundred cells, that was most of their time, spent on
lines that never wrap. Runs measures each line once and, when every line fits
the width, writes them in one text object as reportlab writes them (a line's
runs one after the other, the first baseline its largest size below the top,
the subset fonts reportlab's documented way). When a line is too long, the
same markup goes through a Para instead (line breaking, hyphenation, splitting
across pages), as it always did.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import paragraph as _rl

from briefing.pdf.operators import colour_op, drawable, keeps_alpha, number, text_pieces
from briefing.pdf.paragraph import Para, _one_line_style, drawn_as_is

# A run: its text, face, size and colour.
Run = tuple[str, str, float, object]


def _drawn_as_is(line: list[Run]) -> bool:
    """Whether reportlab would draw the line's text as it is: its words joined by
    single spaces, and any space between two runs at the start of the second."""
    text = "".join(run[0] for run in line)
    if not line or any(not run[0] or run[0][-1] in _rl._wsc for run in line):
        return False
    if not all(drawable(run[3]) for run in line):
        return False
    return drawn_as_is(text)


def _plain_link(lines: list[list[Run]]) -> bool:
    """A link around one run whose markup needs no entity: reportlab's parser
    splits "&amp;" into fragments, and boxes a link over fragments lower (Para too)."""
    return len(lines) == 1 and len(lines[0]) == 1 and not any(c in lines[0][0][0] for c in "&<>")


def _size(size: float, leading: float) -> str:
    return f"{number(size)} Tf {number(leading)} TL"


class Runs(Flowable):
    """``lines`` of runs in ``style``'s leading, or ``markup`` laid out by a Para
    when they do not fit; ``href``: the one line is a link (tel:, mailto:)."""

    def __init__(self, lines: list[list[Run]], style, markup: str, href: str | None = None):
        super().__init__()
        self.lines, self.style, self.markup, self.href = lines, style, markup, href
        self._para: Para | None = None  # the paragraph it falls back to
        self._plain = (
            bool(lines)
            and (href is None or _plain_link(lines))
            and _one_line_style(style)
            and all(_drawn_as_is(line) for line in lines)
        )
        self._widths: list[float] | None = None
        self._one_line = False
        self._inks = tuple({id(run[3]): run[3] for line in lines for run in line}.values())

    @classmethod
    def text(cls, text: str, style, markup: str, href: str | None = None) -> Runs:
        """One line of plain text in ``style``."""
        return cls([[(text, style.fontName, style.fontSize, style.textColor)]], style, markup, href)

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
        if not all(keeps_alpha(canvas, ink) for ink in self._inks):
            # Rare: the paragraph sets the alpha (it lays out the same lines).
            para = self._fallback()
            para.wrap(self.width, self.height)
            return para.drawOn(canvas, x, y, _sW)
        x = self._hAlignAdjust(x, _sW)
        base = y + self.height - max(run[2] for run in self.lines[0])
        write(canvas, x, base, self.lines, self.style.leading)
        if self.href is not None:
            # Where Para puts a one-line link (as reportlab's paragraph._do_link_line).
            size = self.lines[0][0][2]
            bottom = base - size / 8.0
            rect = (x, bottom, x + self._widths[0], bottom + self.style.leading)
            canvas.linkURL(self.href, rect, relative=1, kind="URI")


def write(canvas, x: float, base: float, lines: list[list[Run]], leading: float) -> None:
    """``lines`` of runs from the baseline ``base`` down, in one text object written
    at once, as reportlab's text object would write it (without a transform, a
    state saved and restored around it, or a number formatted twice). Their
    colours keep the fill alpha in force (operators.keeps_alpha)."""
    doc = canvas._doc
    # Within q and Q: the colour set here is not left to what is drawn next.
    code = [f"q BT 1 0 0 1 {number(x)} {number(base)} Tm"]
    colour = None
    for line in lines:
        for text, face, size, ink in line:
            if ink is not colour:
                code.append(colour_op(ink))
                colour = ink
                if getattr(ink, "alpha", None) is not None:
                    doc.ensureMinPdfVersion("transparency")  # as setFillColor does, through setFillAlpha
            font, tf = getFont(face), _size(size, leading)
            for subset, shown in text_pieces(canvas, font, text):
                code.append(f"{font.getSubsetInternalName(subset, doc)} {tf} {shown}")
        code.append("T*")
    code.append("ET Q")
    canvas._code.append(" ".join(code))
