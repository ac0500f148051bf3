"""Reading a built pack back with pypdf, for the pack tests."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from briefing.pdf import PackOptions, build_pack_bytes

PRODUCED = dt.datetime(2027, 5, 28, 18, 5)


class Pdf:
    """A built pack read back with pypdf: per-page text with whitespace made plain."""

    def __init__(self, data: bytes, warnings: list[str]):
        self.data, self.warnings = data, warnings
        self.reader = PdfReader(io.BytesIO(data))
        self.pages = [plain(p.extract_text() or "") for p in self.reader.pages]
        self.text = "\n".join(self.pages)

    def outline(self) -> list[str]:
        return [item.title for item in self.reader.outline]


def plain(text: str) -> str:
    """Extracted text with no-break spaces as spaces, runs of spaces as one, and
    words hyphenated at a line's end joined again (a hyphen before a capital,
    as in Provence-Alpes, is the word's own and is kept)."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    text = "\n".join(" ".join(line.split()) for line in text.splitlines())
    return _HYPHENATED.sub("", text)


_HYPHENATED = re.compile(r"(?<=[^\W\d_])-\n(?=[a-zà-ÿœ])")


def build(visit, **options) -> Pdf:
    options.setdefault("produced", PRODUCED)
    data, warnings = build_pack_bytes(visit, PackOptions(**options))
    return Pdf(data, warnings)
