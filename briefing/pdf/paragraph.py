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
import re
import threading
import weakref

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as _rl
from reportlab.platypus.paragraph import _processed_frags, cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from briefing.pdf import breaks

breaks.install()


# Per style, the fragments the parser makes of plain text and of a link in it
# (styles made per pack, the cover title's sizes, come and go).
_fragments: weakref.WeakKeyDictionary[ParagraphStyle, dict] = weakref.WeakKeyDictionary()
_fragments_lock = threading.Lock()
# A tel: or mailto: link around plain text, as common.phone_cell and email_cell write it.
_LINK = re.compile(r'<a href="((?:tel|mailto):[^"&<>]*)">([^&<>]*)</a>')


# Words (no spaces in them but no-break ones) parted by single spaces or
# narrow no-break spaces, with nothing around them: a text that reportlab's
# cleaning (cleanBlockQuotedText) leaves as it is, and that its line's words
# join back into. Most of a pack's texts are; checking is a regular expression,
# cleaning a few list passes in Python.
_WORD = rf"(?:[^\s{re.escape(_rl._wsc)}]|\xa0)+"
_TIDY = re.compile(rf"{_WORD}(?:[ {breaks.NNBSP}]{_WORD})*")


def tidy(text: str) -> bool:
    """Whether ``text`` is as reportlab's cleaning leaves it and its words join back into it."""
    return _TIDY.fullmatch(text) is not None


# A soft hyphen is where reportlab may break a word: it prints it (as a hyphen)
# only at the end of a line, and leaves it out elsewhere.
SHY = "\u00ad"


def drawn_as_is(text: str) -> bool:
    """Whether reportlab prints the plain text ``text``, on one line, as it is:
    its cleaning (which also strips what ``str.strip`` strips at the ends, narrow
    no-break spaces included) leaves it, and it has no soft hyphen to leave out."""
    return SHY not in text and (tidy(text) or cleanBlockQuotedText(text) == text)


def _model(style: ParagraphStyle, kind: str):
    models = _fragments.get(style)
    if models is None:
        with _fragments_lock:
            models = _fragments[style] = {}
    if kind not in models:
        _, frags, _ = ParaParser().parse('<a href="tel:0">x</a>' if kind == "link" else "x", style)
        # False: a style whose text the parser splits or marks (underlined links): let it.
        ok = frags and len(frags) == 1 and not frags[0].us_lines
        models[kind] = frags[0] if ok else False
    return models[kind]


def plain_frags(markup: str, style: ParagraphStyle) -> list | None:
    """The fragments reportlab's parser would make of ``markup``, made without it:
    for plain text, or plain text in one tel: or mailto: link; None otherwise (tags,
    entities, no text), for the parser to do."""
    if not tidy(markup):
        markup = cleanBlockQuotedText(markup)  # what Paragraph does before parsing
    href = None
    if "<" in markup or "&" in markup or ">" in markup:
        match = _LINK.fullmatch(markup)
        if match is None:
            return None
        href, markup = match.group(1).strip(), match.group(2)
    if not markup:
        return None
    model = _model(style, "plain" if href is None else "link")
    if model is False:
        return None
    # The parser gives each paragraph lists of its own. (clone, not copy.copy:
    # the same attributes, a third faster without copy's generic protocol.)
    frag = model.clone(text=markup, link=[] if href is None else [(0, href)], us_lines=[])
    frags = [frag]
    textTransformFrags(frags, style)
    return frags


def _one_line_style(style: ParagraphStyle) -> bool:
    """Whether a line of plain text in ``style`` is drawn as canvas.drawString would
    draw it: from the left edge, without indent, bullet, box or shaping."""
    return (
        rl_config.paraFontSizeHeightOffset
        and style.alignment == TA_LEFT
        and not (style.leftIndent or style.rightIndent or style.firstLineIndent)
        and not (style.backColor or style.borderWidth or getattr(style, "bulletText", None))
        and getattr(style, "autoLeading", "") in ("", "off", None)
        and not style.wordWrap
        and not getattr(style, "endDots", None)
        and not getattr(style, "shaping", 0)
    )


class Para(Paragraph):
    _lines = None  # lines broken by the paragraph this one was split from
    _lines_width = None
    # Plain text that may be laid out and drawn as one line without reportlab's
    # line breaking (see wrap), and whether it was at the last wrap.
    _plain = False
    _one_line = False

    def __init__(self, text, style=None, bulletText=None, frags=None, **kwargs):
        plain = frags is None and style is not None and isinstance(text, str)
        if plain:
            frags = plain_frags(text, style)
            plain = frags is not None
        super().__init__(text, style, bulletText, frags, **kwargs)
        if plain and not self.bulletText and _one_line_style(style):
            text = frags[0].text
            self._plain = drawn_as_is(text)

    # Paragraph.wrap breaks the text into lines (blPara) for draw and split. A
    # plain text narrower than its width is one line whatever the breaking
    # rules: it is measured once, drawn as a string, and broken into lines
    # only if something asks for them (a split).
    @property
    def blPara(self):
        lines = self.__dict__.get("_bl_para")
        if lines is None:
            if not self._one_line:
                raise AttributeError("blPara")
            Paragraph.wrap(self, self.width, 1e9)
            lines = self.__dict__["_bl_para"]
        return lines

    @blPara.setter
    def blPara(self, lines):
        self.__dict__["_bl_para"] = lines

    @blPara.deleter
    def blPara(self):  # Paragraph.split does, when nothing fits: gone until the next wrap
        self.__dict__.pop("_bl_para", None)
        self._one_line = False

    def wrap(self, availWidth, availHeight):
        style = self.style
        lines = self._lines
        self._one_line = False
        if self._plain and lines is None:
            frag = self.frags[0]
            # A hair of room to spare: reportlab sums the words' widths, not the line's.
            if stringWidth(frag.text, frag.fontName, frag.fontSize) <= availWidth - 0.01:
                self.__dict__.pop("_bl_para", None)
                self._one_line = True
                self.width, self.height = availWidth, style.leading
                return self.width, self.height
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

    def drawOn(self, canvas, x, y, _sW=0):
        if not self._one_line:
            return super().drawOn(canvas, x, y, _sW)
        # A line needs no coordinates of its own: drawn where it stands, saving a transform each.
        x = self._hAlignAdjust(x, _sW)
        frag = self.frags[0]
        line = getattr(canvas, "draw_line", None)  # the pack's canvas (operators.FastCanvas)
        if line is None or frag.link:
            canvas.saveState()
            self._draw_line(canvas, x, y)
            canvas.restoreState()
            return
        # As _draw_line places it.
        line(
            x,
            y + self.height - frag.fontSize,
            frag.text,
            frag.fontName,
            frag.fontSize,
            self.style.leading,
            frag.textColor,
        )

    def draw(self):
        if not self._one_line:
            return super().draw()
        self._draw_line(self.canv, 0, 0)

    def _draw_line(self, canvas, x: float, y: float) -> None:
        # As Paragraph.drawPara places a first line (paraFontSizeHeightOffset).
        frag = self.frags[0]
        canvas.setFont(frag.fontName, frag.fontSize, self.style.leading)
        canvas.setFillColor(frag.textColor)
        y += self.height - frag.fontSize
        canvas.drawString(x, y, frag.text)
        for _, href in frag.link:
            # Where Paragraph puts a line's link (paragraph._do_link_line).
            bottom = y - frag.fontSize / 8.0
            width = canvas.stringWidth(frag.text, frag.fontName, frag.fontSize)
            canvas.linkURL(href, (x, bottom, x + width, bottom + self.style.leading), relative=1, kind="URI")

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
