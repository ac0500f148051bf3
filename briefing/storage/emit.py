"""How one text is written in YAML so that every reader gets it back exactly.

A text is written plain when it starts with a letter and no YAML 1.1 or 1.2
reader could take it for anything else (a number, a date, yes/no, null); in
single quotes when it is one line of printable characters; as a literal
block (``|``) when it has several lines that YAML can carry exactly; and
otherwise in double quotes with escapes, the only style that can carry tabs
at line ends, ``\\r``, control characters and the Unicode line separators
(U+0085, U+2028, U+2029), which YAML would otherwise turn into line breaks.
"""

from __future__ import annotations

import re

from briefing.storage.pyyaml import yaml

# Characters that only double quotes carry exactly: not printable in YAML 1.1,
# the line breaks YAML would normalise, the byte-order mark, lone surrogates.
_NEEDS_ESCAPE = re.compile("[^\t\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# YAML 1.1 reads these as booleans or null (in any of their spellings); quote them.
_WORDS = frozenset(("y", "n", "yes", "no", "true", "false", "on", "off", "null"))
_ESCAPES = {
    "\0": "\\0",
    "\x07": "\\a",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\x0b": "\\v",
    "\x0c": "\\f",
    "\r": "\\r",
    "\x1b": "\\e",
    '"': '\\"',
    "\\": "\\\\",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
}
# What a YAML 1.2 reader takes for a number (PyYAML's resolver below covers YAML 1.1).
_YAML12_NUMBER = re.compile(
    r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
    r"|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)"
)
_DATE_LIKE = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"
_FLOW_INDICATORS = re.compile(r"[,\[\]{}:#?]")  # ":" too: "0:?" ends a flow list with a parse error
_DQ_SPECIAL = re.compile('["\\\\\t\n]|' + _NEEDS_ESCAPE.pattern)


class UnsavableText(ValueError):
    """Text holding a character no file can carry (a lone UTF-16 surrogate)."""


def _escape(match: re.Match) -> str:
    ch = match.group()
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02X}"
    if code < 0x10000:
        return f"\\u{code:04X}"
    return f"\\U{code:08X}"


def double_quoted(text: str) -> str:
    return '"' + _DQ_SPECIAL.sub(_escape, text) + '"'


def is_plain_safe(text: str) -> bool:
    """True when ``text`` can be written unquoted and read back as this same text by any YAML reader.

    It must start with a letter or digit (or ``(``, ``+``, ``«``), hold no
    ``: `` or `` #``, and be nothing that YAML 1.1 or 1.2 reads as a number,
    date, boolean or null: ``8 rue d'Hozier`` is plain, ``0612345678`` is not.
    """
    if not text or not (text[0].isalnum() or text[0] in "(+\u00ab"):
        return False
    if (
        text[-1] in " :"
        or "\n" in text
        or "\t" in text
        or ": " in text
        or " #" in text
        or text.lower() in _WORDS
        or _NEEDS_ESCAPE.search(text)
    ):
        return False
    if text[0].isalpha():
        return True  # no implicit type starts with a letter once the words above are out
    if _DATE_LIKE.match(text):
        return False  # some readers take a date followed by a time, even without seconds
    return not _YAML12_NUMBER.fullmatch(text) and _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == _STR_TAG


def flow_list(items: list[str]) -> str | None:
    """``[a, b, c]`` for short lists of plain words (the ids of a stop's attendees), else None."""
    if not items or any(not is_plain_safe(t) or _FLOW_INDICATORS.search(t) for t in items):
        return None
    text = "[" + ", ".join(items) + "]"
    return text if len(text) <= 100 else None


def _block_ok(text: str) -> bool:
    """A literal block carries the text exactly: several lines, the first not indented, no trailing blanks."""
    lines = text.split("\n")
    if not lines[0] or lines[0][0] in " \t":
        return False
    return not any(line and line[-1] in " \t" for line in lines)


def text_value(text: str, indent: str) -> str:
    """What follows ``key:`` for this text (from its leading space up to, and including, the line end).

    ``indent`` is the indentation of the key; a block's lines go two spaces deeper.
    """
    if text == "":
        return ' ""\n'
    if _SURROGATE.search(text):
        raise UnsavableText(text)
    if _NEEDS_ESCAPE.search(text):
        return " " + double_quoted(text) + "\n"
    if "\n" in text:
        if not _block_ok(text):
            return " " + double_quoted(text) + "\n"
        trailing = len(text) - len(text.rstrip("\n"))
        chomp = "-" if trailing == 0 else ("" if trailing == 1 else "+")
        lines = text.split("\n")
        if trailing:
            lines.pop()
        inner = indent + "  "
        return f" |{chomp}\n" + "".join(f"{inner}{line}\n" if line else "\n" for line in lines)
    if is_plain_safe(text):
        return f" {text}\n"
    if "\t" in text:
        return " " + double_quoted(text) + "\n"
    return " '" + text.replace("'", "''") + "'\n"
