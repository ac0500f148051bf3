"""A paragraph that breaks its lines once, however many pages it runs over.

reportlab's Paragraph.split hands the rest of the text to a new paragraph,
which breaks it into lines all over again on the next page: a paragraph of
N characters over P pages costs N × P, seconds for a long pasted text. The
pack used to cut long text into separate paragraphs to avoid that, which
broke paragraphs mid-sentence. Here the rest keeps the lines already broken,
and reuses them when it is laid out at the same width.
"""

from __future__ import annotations

import copy

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import _processed_frags

from briefing.pdf import breaks

breaks.install()


class Para(Paragraph):
    _lines = None  # lines broken by the paragraph this one was split from
    _lines_width = None

    def wrap(self, availWidth, availHeight):
        style = self.style
        lines = self._lines
        if (
            lines is not None
            and availWidth == self._lines_width
            and getattr(self, "autoLeading", getattr(style, "autoLeading", "")) in ("", "off", None)
        ):
            self.width = availWidth
            self.blPara = lines
            self.height = len(lines.lines) * style.leading
            return self.width, self.height
        self._lines = None
        return super().wrap(availWidth, availHeight)

    def split(self, availWidth, availHeight):
        if not hasattr(self, "blPara") or self.width != availWidth:
            self.wrap(availWidth, availHeight)
        whole = self.blPara
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            first, rest = parts
            kept = len(first.blPara.lines)
            # The rest's lines were all "later" lines of this paragraph, and the
            # rest has no first-line indent: the same widths, so the same breaks.
            if (
                self.style.leftIndent == rest.style.leftIndent
                and not self.bulletText
                and not _processed_frags(self.frags)
            ):
                lines = copy.copy(whole)
                lines.lines = whole.lines[kept:]
                rest._lines, rest._lines_width = lines, availWidth
                # The first part keeps its lines too: broken again, a word cut
                # at a line's end (a long e-mail, a run without spaces) came out
                # on fewer lines and the rest of its letters were lost.
                head = copy.copy(whole)
                head.lines = whole.lines[:kept]
                first._lines, first._lines_width = head, availWidth
        return parts
