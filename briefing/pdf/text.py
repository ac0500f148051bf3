"""User text made safe for reportlab's paragraph markup.

reportlab parses a Paragraph's text as XML-ish markup: unescaped text can crash
it (``a<b>c``), drop words (``<tom@example.org>``) or read a local file
(``<img src=...>``). Every user string passes through here: it is escaped,
its line breaks become ``<br/>``, and characters the embedded fonts cannot draw
are replaced by a visible substitute and reported once per field.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.model import Finding
from briefing.pdf.findings import UNPRINTABLE, finding
from briefing.pdf.fonts import SUBSTITUTE

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# Marks that only shape their neighbours (joiners, variation selectors): dropped
# silently when the font lacks them, since the character they modify is reported.
_SHAPING = {0x200C, 0x200D, 0x2060, 0xFEFF} | set(range(0xFE00, 0xFE10))
# Characters the embedded faces lack but that have a plain stand-in, printed without a warning:
# a travel leg is named "Train Paris → Marseille", and Noto Sans has no arrows.
_STAND_INS = {0x2192: "\u2013"}
# French typography: no line may start with « : ; ! ? » nor split "3 000",
# "20 min" or "11 h 30". The narrow no-break space does not break (breaks.py).
_FR_BEFORE = re.compile(r"[ \u00a0]([:;!?»])")
_FR_AFTER = re.compile(r"«[ \u00a0]")
_FR_DIGITS = re.compile(r"(?<=\d) (?=\d{3}\b)")
# A number and the word or sign after it ("20 min", "3 000 personnes", "5 %").
_FR_UNIT = re.compile(r"(?<=\d) (?=[^\W\d_]|[%€$£])")
_FR_HOURS = re.compile(r"(?<=\d\u00a0h) (?=\d\d\b)")
_FR_SIGNS = re.compile(r"[:;!?»]")
_DIGIT = re.compile(r"\d")
# Straight quotes and apostrophes, as typed, made typographic.
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_OPEN_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[{\u2014\u2013\u201c/-]))'")
_OPEN_DOUBLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[{\u2014\u2013\u2018/-]))\"")


def french(text: str) -> str:
    """No-break spaces where French printing wants them."""
    # Each rule runs only on text that has what it looks for: most of a pack's
    # texts (names, places, roles) have none of it, and six scans each added up.
    if _FR_SIGNS.search(text):
        text = _FR_BEFORE.sub("\u202f\\1", text)
    if "«" in text:
        text = _FR_AFTER.sub("«\u202f", text)
    if _DIGIT.search(text):
        text = _FR_DIGITS.sub("\u00a0", text)
        text = _FR_UNIT.sub("\u00a0", text)
        text = _FR_HOURS.sub("\u00a0", text)
    if "'" in text:
        text = _APOSTROPHE.sub("\u2019", text)
    return text


def curly(text: str) -> str:
    """English quotes: "a 'b' c" becomes “a ‘b’ c”, don't becomes don’t."""
    if "'" in text:
        text = _APOSTROPHE.sub("\u2019", text)
        text = _OPEN_SINGLE.sub("\u2018", text).replace("'", "\u2019")
    if '"' in text:
        text = _OPEN_DOUBLE.sub("\u201c", text).replace('"', "\u201d")
    return text


class TextWriter:
    """Cleans user text for one pack and gathers the warnings it raises."""

    def __init__(self, drawable: frozenset[int], french: bool = False):
        self.drawable = drawable
        self.french = french
        self.warnings: list[Finding] = []
        self._warned: set[Finding] = set()
        self._reported: set[str] = set()  # fields already reported for characters the font lacks
        self._cleaned: dict[str, tuple[str, list[str]]] = {}

    def warn(self, warning: Finding) -> None:
        if warning not in self._warned:
            self._warned.add(warning)
            self.warnings.append(warning)

    def clean(self, text: str | None, where: str) -> str:
        """Plain text that every face can draw; warns (once per ``where``) about what it replaced."""
        if not text:
            return ""
        text = str(text)
        # A pack prints the same names, roles and places many times over: each is cleaned once.
        done = self._cleaned.get(text)
        if done is None:
            done = self._cleaned[text] = self._clean(text)
        cleaned, shown = done
        if shown and where not in self._reported:
            self._reported.add(where)
            sample = ", ".join(f"\u201c{c}\u201d (U+{ord(c):04X})" for c in shown[:5])
            more = "…" if len(shown) > 5 else ""
            self.warn(
                finding(
                    UNPRINTABLE,
                    where,
                    f"some characters cannot be printed with the pack's font ({sample}{more}); "
                    f"they are shown as \u201c{SUBSTITUTE}\u201d.",
                    chars=sample + more,
                    substitute=SUBSTITUTE,
                )
            )
        return cleaned

    def _clean(self, text: str) -> tuple[str, list[str]]:
        """The text cleaned, and the characters it shows as the substitute (sorted)."""
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = french(text) if self.french else curly(text)
        drawable = self.drawable
        missing = [c for c in set(text) if ord(c) not in drawable]
        if not missing:
            return text, []
        table: dict[int, str | None] = {}
        shown = []
        for c in missing:
            code = ord(c)
            if c == "\t" or unicodedata.category(c) == "Zs":
                table[code] = " "
            elif code in _STAND_INS and ord(_STAND_INS[code]) in drawable:
                table[code] = _STAND_INS[code]
            elif code in _SHAPING or unicodedata.category(c) in ("Cc", "Cf"):
                table[code] = None
            else:
                table[code] = SUBSTITUTE
                shown.append(c)
        return text.translate(table), sorted(shown)

    def markup(self, text: str | None, where: str) -> str:
        """One short field as paragraph markup (escaped, line breaks kept)."""
        return to_markup(self.clean(text, where))

    def pieces(self, text: str | None, where: str) -> list[str]:
        """A long field as markup: one piece per paragraph the user typed."""
        return [to_markup(p) for p in split_pieces(self.clean(text, where))]


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities (what xml.sax.saxutils.escape does: that
    module imports urllib.request, and with it http and email, a tenth of an
    export's start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def split_pieces(text: str) -> list[str]:
    """The paragraphs the user typed (separated by blank lines), each kept whole
    however long: paragraph.Para lays a long one out in linear time."""
    return [block.strip("\n") for block in _BLANK_LINE.split(text) if block.strip()]
