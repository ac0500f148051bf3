"""Where reportlab may break a line, adjusted for the pack's two languages.

Two changes to reportlab's paragraph module, made once on import:

- U+202F NARROW NO-BREAK SPACE is a space reportlab breaks at, which would let
  French punctuation (« Prononciation : ») start a line. Unicode says it never
  breaks: it is kept inside the word, like U+00A0.
- An e-mail address or a web address too long for its line is cut by reportlab
  at whatever letter fills the line ("…gov.u / k"), unless it has a scheme.
  Here it breaks after "@", a dot or a slash, never inside a word, and without
  a hyphen; other words go on to reportlab's own hyphenation (pyphen).
"""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph as _rl

NNBSP = "\u202f"
_BREAKING = re.compile(f"[{re.escape(_rl._wsc.replace(NNBSP, ''))}]+")
# An address: something@domain, www.…, scheme://…, or a dotted domain with a path.
ADDRESS = re.compile(
    r"^(?:[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|(?:[a-z][a-z0-9+.-]*://|www\.)\S+|[\w-]+(?:\.[\w-]+)+/\S*)$",
    re.IGNORECASE,
)
_AFTER = re.compile(r"(?<=[@./])(?=[^@./])")
_installed = False


def _split(text, delim=None, _original=_rl.split):
    if delim is None and isinstance(text, str) and NNBSP in text:
        return _BREAKING.split(text)
    return _original(text, delim)


def address_pairs(word: str) -> list[tuple[str, str]]:
    """Head and tail for each place an address may break, longest head first."""
    cuts = [m.start() for m in _AFTER.finditer(word)]
    return [(word[:i], word[i:]) for i in reversed(cuts) if 0 < i < len(word)]


def _pair(hyphenator, s, ww, newWidth, maxWidth, fontName, fontSize, uriWasteReduce, embedded, hymwl, _original=None):
    core = s.strip("<>()[]\"'\u2018\u2019\u201c\u201d,;:")
    if ADDRESS.match(core):
        w0 = newWidth - ww
        for head, tail in address_pairs(s):
            hw = stringWidth(head, fontName, fontSize)
            if w0 + hw <= maxWidth:
                return "", 0, hw, ww - hw, head, tail
        return None
    return _original(hyphenator, s, ww, newWidth, maxWidth, fontName, fontSize, uriWasteReduce, embedded, hymwl)


def install() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    _rl.split = _split
    original = _rl._hyGenPair

    def pair(*args):
        return _pair(*args, _original=original)

    _rl._hyGenPair = pair


install()
