"""A paragraph that breaks its lines once, however many pages it runs over,
and whose plain text skips reportlab's markup parser.

reportlab's Paragraph.split hands the rest of the text to a new paragraph,
which breaks it into lines all over again on the next page: a paragraph of
N characters over P pages costs N × P, seconds for a long pasted text. The
pack used to cut long text into separate paragraphs to avoid that, which
broke paragraphs mid-sentence. Here the rest keeps the lines already broken,
and reuses them when it is laid out at the same width.

Most of a pack's paragraphs are plain text (a name, a time, a place): for
them reportlab's parser (an HTMLParser per paragraph) makes one fragment that
only the text tells from any other of the same style. Para makes it from the
style's fragment instead, a tenth of a pocket card's time.
"""

from __future__ import annotations

import copy
import threading
import weakref

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import _processed_frags, cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from briefing.pdf import breaks

breaks.install()


# Per style, the fragment the parser makes of plain text in it (styles made per
# pack, the cover title's sizes, come and go).
_fragments: weakref.WeakKeyDictionary[ParagraphStyle, object] = weakref.WeakKeyDictionary()
_fragments_lock = threading.Lock()


def plain_frags(markup: str, style: ParagraphStyle) -> list | None:
    """The fragments reportlab's parser would make of ``markup``, made without it;
    None when the markup has tags or entities, or no text, for the parser to do."""
    if "<" in markup or "&" in markup or ">" in markup:
        return None
    text = cleanBlockQuotedText(markup)  # what Paragraph does before parsing
    if not text:
        return None
    model = _fragments.get(style)
    if model is None:
        with _fragments_lock:
            _, frags, _ = ParaParser().parse("x", style)
            model = _fragments[style] = frags[0] if frags and len(frags) == 1 else False
    if model is False:  # a style whose text the parser splits: let it
        return None
    frag = copy.copy(model)
    frag.text = text
    # The parser gives each paragraph lists of its own.
    frag.link, frag.us_lines = [], []
    frags = [frag]
    textTransformFrags(frags, style)
    return frags


class Para(Paragraph):
    _lines = None  # lines broken by the paragraph this one was split from
    _lines_width = None

    def __init__(self, text, style=None, bulletText=None, frags=None, **kwargs):
        if frags is None and style is not None and isinstance(text, str):
            frags = plain_frags(text, style)
        super().__init__(text, style, bulletText, frags, **kwargs)

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
        return parts
