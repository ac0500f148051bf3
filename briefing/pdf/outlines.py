"""Letters drawn as shapes, not text: the outlines of a TrueType face's glyphs,
read from its ``glyf`` table, as canvas paths.

For the draft mark: drawn as text it came first when a page was copied or
searched ("P R O J E T" before the title); a shape is seen and printed the
same and is never read as words.
"""

from __future__ import annotations

import struct
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import FILL_NON_ZERO
from reportlab.pdfgen.pathobject import PDFPathObject

# Flags of a simple glyph's points and of a composite glyph's parts (TrueType spec).
ON_CURVE, X_SHORT, Y_SHORT, REPEAT, X_SAME, Y_SAME = 1, 2, 4, 8, 16, 32
ARGS_ARE_WORDS, ARGS_ARE_XY, HAS_SCALE, MORE, HAS_XY_SCALE, HAS_2X2 = 1, 2, 8, 32, 64, 128

Contour = list[tuple[float, float, bool]]  # x, y, on the curve


def _glyph(face, gid: int, depth: int = 0) -> list[Contour]:
    data = face._ttf_data
    start = face.table["glyf"]["offset"] + face.glyphPos[gid]
    if depth > 4 or face.glyphPos[gid + 1] <= face.glyphPos[gid]:
        return []  # a space, or a composite that loops
    (count,) = struct.unpack_from(">h", data, start)
    at = start + 10
    if count < 0:
        return _composite(face, data, at, depth)
    ends = struct.unpack_from(f">{count}H", data, at)
    at += 2 * count
    (skip,) = struct.unpack_from(">H", data, at)
    at += 2 + skip
    total = ends[-1] + 1 if ends else 0
    flags: list[int] = []
    while len(flags) < total:
        flag = data[at]
        at += 1
        flags.append(flag)
        if flag & REPEAT:
            flags += [flag] * data[at]
            at += 1
    xs, at = _coordinates(data, at, flags, X_SHORT, X_SAME)
    ys, at = _coordinates(data, at, flags, Y_SHORT, Y_SAME)
    contours, first = [], 0
    for end in ends:
        contours.append([(xs[k], ys[k], bool(flags[k] & ON_CURVE)) for k in range(first, end + 1)])
        first = end + 1
    return contours


def _coordinates(data: bytes, at: int, flags: list[int], short: int, same: int) -> tuple[list[int], int]:
    out, value = [], 0
    for flag in flags:
        if flag & short:
            delta = data[at]
            at += 1
            value += delta if flag & same else -delta
        elif not flag & same:
            (delta,) = struct.unpack_from(">h", data, at)
            at += 2
            value += delta
        out.append(value)
    return out, at


def _composite(face, data: bytes, at: int, depth: int) -> list[Contour]:
    contours: list[Contour] = []
    while True:
        flags, gid = struct.unpack_from(">HH", data, at)
        at += 4
        if flags & ARGS_ARE_WORDS:
            dx, dy = struct.unpack_from(">hh", data, at)
            at += 4
        else:
            dx, dy = struct.unpack_from(">bb", data, at)
            at += 2
        a = d = 1.0
        b = c = 0.0
        if flags & HAS_SCALE:
            a = d = struct.unpack_from(">h", data, at)[0] / 16384
            at += 2
        elif flags & HAS_XY_SCALE:
            a, d = (v / 16384 for v in struct.unpack_from(">hh", data, at))
            at += 4
        elif flags & HAS_2X2:
            a, b, c, d = (v / 16384 for v in struct.unpack_from(">hhhh", data, at))
            at += 8
        if not flags & ARGS_ARE_XY:
            dx = dy = 0  # parts placed by matching points: not used by the letters drawn here
        for contour in _glyph(face, gid, depth + 1):
            contours.append([(a * x + c * y + dx, b * x + d * y + dy, on) for x, y, on in contour])
        if not flags & MORE:
            return contours


@lru_cache(maxsize=64)
def _outline(font_name: str, char: str) -> tuple[tuple[Contour, ...], float]:
    """The glyph's contours in font units, and its advance width in units of 1/1000 em."""
    face = pdfmetrics.getFont(font_name).face
    gid = face.charToGlyph.get(ord(char), 0)
    return tuple(_glyph(face, gid)), face.getCharWidth(ord(char))


def _trace(path, contour: Contour, x0: float, y0: float, scale: float) -> None:
    """One closed contour: quadratic curves as cubic ones, with the on-curve
    points TrueType leaves implicit between two off-curve points put back."""
    points = [(x0 + x * scale, y0 + y * scale, on) for x, y, on in contour]
    if not any(on for _, _, on in points):
        first = points[0]
        second = points[1 % len(points)]
        points.insert(0, ((first[0] + second[0]) / 2, (first[1] + second[1]) / 2, True))
    start = next(k for k, p in enumerate(points) if p[2])
    points = points[start:] + points[:start] + [points[start]]
    x, y = points[0][:2]
    path.moveTo(x, y)
    control = None
    for px, py, on in points[1:]:
        if on:
            if control is None:
                path.lineTo(px, py)
            else:
                _quad(path, (x, y), control, (px, py))
            x, y, control = px, py, None
        else:
            if control is not None:
                mid = ((control[0] + px) / 2, (control[1] + py) / 2)
                _quad(path, (x, y), control, mid)
                x, y = mid
            control = (px, py)
    path.close()


def _quad(path, p0, q, p2) -> None:
    path.curveTo(
        p0[0] + 2 / 3 * (q[0] - p0[0]),
        p0[1] + 2 / 3 * (q[1] - p0[1]),
        p2[0] + 2 / 3 * (q[0] - p2[0]),
        p2[1] + 2 / 3 * (q[1] - p2[1]),
        p2[0],
        p2[1],
    )


def text_width(text: str, font_name: str, size: float) -> float:
    return sum(_outline(font_name, ch)[1] for ch in text) * size / 1000


def draw_text_as_shapes(canvas, text: str, font_name: str, size: float, x: float, y: float) -> None:
    """``text`` with its baseline starting at (x, y), filled with the current fill colour."""
    # TrueType outlines are filled by the non-zero winding rule.
    canvas.drawPath(_shapes(text, font_name, size, x, y), stroke=0, fill=1, fillMode=FILL_NON_ZERO)


@lru_cache(maxsize=8)
def _shapes(text: str, font_name: str, size: float, x: float, y: float) -> PDFPathObject:
    """The path of ``text``, traced once: the draft mark is the same on every page of a pack."""
    face = pdfmetrics.getFont(font_name).face
    scale = size / face.unitsPerEm
    path = PDFPathObject()
    for ch in text:
        contours, advance = _outline(font_name, ch)
        for contour in contours:
            if contour:
                _trace(path, contour, x, y, scale)
        x += advance * size / 1000
    # Kept as one string: drawing it again only copies it into the page.
    return PDFPathObject([path.getCode()])
