"""The pack's canvas and text objects, writing the same PDF operators as
reportlab's but with their numbers remembered.

reportlab formats every number it writes with fp_str, a pure-Python routine
of a few microseconds, and a pack writes the same few numbers over and over:
its handful of colours, font sizes, leadings, line widths and the offsets of
its table cells. A large pack called it 77,000 times (plain reportlab pouring
the same text, 20,000). Here each number is formatted once and looked up after;
the bytes written are reportlab's own, only the work of writing them changes.
Only the pack's canvas uses these classes: reportlab itself is left as it is.
"""

from __future__ import annotations

from reportlab.lib.boxstuff import aspectRatioFix
from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen import canvas as canvas_module
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject, ShapedStr

# A pack's numbers are a few thousand at most; a cap keeps an odd document from growing it for ever.
_CAP = 20000
_numbers: dict[float, str] = {}


def number(value: float) -> str:
    """fp_str of one number, formatted once."""
    text = _numbers.get(value)
    if text is None:
        if len(_numbers) >= _CAP:
            _numbers.clear()
        text = _numbers[value] = fp_str(value)
    return text


def numbers(*values: float) -> str:
    return " ".join([number(v) for v in values])


def drawable(colour) -> bool:
    """Whether the colour is a plain RGB one, whose operator is written here;
    reportlab's others (CMYK, separations, tuples, names) have ways of their own."""
    return isinstance(colour, Color) and not isinstance(colour, CMYKColor)


def _rgb(colour) -> str | None:
    """``r g b`` of a plain RGB colour, None for what reportlab must handle."""
    if not drawable(colour):
        return None
    return f"{number(colour.red)} {number(colour.green)} {number(colour.blue)}"


def keeps_alpha(canvas, colour) -> bool:
    """Whether filling with ``colour`` leaves the canvas's fill alpha as it is: a
    colour without alpha, or with the one in force. Where it would not, reportlab
    sets the alpha, which the shortcuts writing text here do not: they leave it
    to reportlab (else a translucent colour prints opaque, or an opaque one as
    translucent as what was drawn before)."""
    alpha = getattr(colour, "alpha", None)
    return alpha is None or alpha == canvas._extgstate.getValue("ca")


def colour_op(colour: Color, op: str = "rg") -> str:
    """The operator that sets a plain RGB colour for filling ("rg") or stroking ("RG")."""
    return f"{_rgb(colour)} {op}"


def text_pieces(canvas, font, text: str):
    """``text`` in ``font`` as (subset, "(...) Tj") pieces: remembered by a
    FastCanvas, worked out each time on another canvas."""
    if isinstance(canvas, FastCanvas):
        return canvas.text_pieces(font, text)
    return [(subset, f"({canvas._escape(t)}) Tj") for subset, t in font.splitString(text, canvas._doc)]


class _Colours:
    """setFillColor and setStrokeColor for plain RGB colours, as reportlab writes them."""

    def setFillColor(self, aColor, alpha=None):
        if not self._plain_colour(aColor, alpha, "_fillColorObj", " rg", self.setFillAlpha):
            super().setFillColor(aColor, alpha)

    def setStrokeColor(self, aColor, alpha=None):
        if not self._plain_colour(aColor, alpha, "_strokeColorObj", " RG", self.setStrokeAlpha):
            super().setStrokeColor(aColor, alpha)

    def _plain_colour(self, colour, alpha, attribute: str, operator: str, set_alpha) -> bool:
        """False for what reportlab must handle itself (CMYK, tuples, names...)."""
        rgb = None if self._enforceColorSpace else _rgb(colour)
        if rgb is None:
            return False
        setattr(self, attribute, colour)
        self._code.append(rgb + operator)
        if alpha is None:
            alpha = colour.alpha
        if alpha is not None:
            set_alpha(alpha)
        return True


class PackText(_Colours, PDFTextObject):
    def setTextOrigin(self, x, y):
        if not self._canvas.bottomup:
            return super().setTextOrigin(x, y)
        self._code.append(f"1 0 0 1 {number(x)} {number(y)} Tm")
        self._x0 = self._x = x
        self._y0 = self._y = y

    def _formatText(self, text):
        font = getFont(self._fontname)
        if not font._dynamicFont or (font.shapable and isinstance(text, ShapedStr)):
            return super()._formatText(text)
        # TrueType without shaping: PDFTextObject._formatText's own branch.
        canv = self._canvas
        doc = canv._doc
        out = []
        tmpl = None
        for subset, shown in canv.text_pieces(font, text):
            if subset != self._curSubset:
                if tmpl is None:
                    tmpl = f"{number(self._fontsize)} Tf {number(self._leading)} TL"
                out.append(f"{font.getSubsetInternalName(subset, doc)} {tmpl}")
                self._curSubset = subset
            out.append(shown)
        return " ".join(out)


class FastCanvas(_Colours, Canvas):
    """A canvas whose text objects, colours, lines and transforms write their
    numbers through ``number``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pieces: dict[tuple[str, str], tuple[tuple[int, str], ...]] = {}

    def text_pieces(self, font, text: str) -> tuple[tuple[int, str], ...]:
        """``text`` in ``font`` as (subset, "(...) Tj") pieces, worked out once per
        document: a pack shows the same texts again and again (its marking,
        title and footer on every page, labels, names in every programme stop),
        half its texts, and mapping them to a font's subsets is a loop in Python
        per letter. Within a document a letter keeps the code it was first given."""
        key = (font.fontName, text)
        pieces = self._pieces.get(key)
        if pieces is None:
            escape = self._escape
            pieces = tuple((subset, f"({escape(t)}) Tj") for subset, t in font.splitString(text, self._doc))
            self._pieces[key] = pieces
        return pieces

    def beginText(self, x=0, y=0, direction=None):
        return PackText(self, x, y, direction=direction)

    def draw_line(self, x, y, text: str, font_name: str, size: float, leading: float, colour) -> None:
        """What saveState, setFont, setFillColor, drawString and restoreState
        write, without their work on the canvas's state, which they would leave
        as it was (the q ... Q pair restores the PDF's): a pack draws most of its
        texts so, one line each."""
        rgb = None if self._enforceColorSpace else _rgb(colour)
        alpha = getattr(colour, "alpha", None)
        font = getFont(font_name)
        if rgb is None or not self.bottomup or not font._dynamicFont or not keeps_alpha(self, colour):
            self.saveState()
            self.setFont(font_name, size, leading)
            self.setFillColor(colour)
            self.drawString(x, y, text)
            self.restoreState()
            return
        if alpha is not None:
            self._doc.ensureMinPdfVersion("transparency")  # as setFillAlpha does
        t = PackText(self, x, y)
        t._fontname, t._fontsize, t._leading = font_name, size, leading
        t.textLine(text)
        self._code.extend(("q", rgb + " rg", t.getCode(), "Q"))

    def setLineWidth(self, width):
        self._lineWidth = width
        self._code.append(number(width) + " w")

    def line(self, x1, y1, x2, y2):
        self._code.append(f"n {number(x1)} {number(y1)} m {number(x2)} {number(y2)} l S")

    def translate(self, dx, dy):
        # Canvas.transform merges a transform into one written just before: left to it.
        code = self._code
        if not canvas_module.ENABLE_TRACKING or (code and code[-1][-3:] == " cm"):
            return super().translate(dx, dy)
        a0, b0, c0, d0, e0, f0 = self._currentMatrix
        self._currentMatrix = (a0, b0, c0, d0, a0 * dx + c0 * dy + e0, b0 * dx + d0 * dy + f0)
        code.append(f"1 0 0 1 {number(dx)} {number(dy)} cm")

    def drawImage(self, image, x, y, width=None, height=None, mask=None, preserveAspectRatio=False, **kwargs):
        """Canvas.drawImage, but a JPEG known by its digest (photos.Jpeg) is named
        after it: reportlab decodes an image to name it after its pixels (and
        hashes them), only to embed the JPEG bytes as they are."""
        digest = getattr(image, "jpeg_digest", None)
        if digest is None or mask is not None or kwargs.get("showBoundary") or kwargs.get("extraReturn"):
            return super().drawImage(image, x, y, width, height, mask, preserveAspectRatio, **kwargs)
        self._currentPageHasImages = 1
        name = digest
        reg_name = self._doc.getXObjectName(name)
        found = self._doc.idToObject.get(reg_name, None)
        if not found:
            found = pdfdoc.PDFImageXObject(name, image, mask=mask)
            found.name = name
            self._setXObjects(found)
            self._doc.Reference(found, reg_name)
            self._doc.addForm(name, found)
        anchor, at_xy = kwargs.get("anchor", "c"), kwargs.get("anchorAtXY", False)
        x, y, width, height, _ = aspectRatioFix(
            preserveAspectRatio, anchor, x, y, width, height, found.width, found.height, at_xy
        )
        self.saveState()
        self.translate(x, y)
        self.scale(width, height)
        self._code.append(f"/{reg_name} Do")
        self.restoreState()
        self._formsinuse.append(name)
