"""Paragraph styles in the language of the pack being built, for hyphenation.

reportlab hyphenates a paragraph in its style's ``hyphenationLang`` (through
pyphen). The pack's styles are one shared table; a French and an English pack
may be built at once (the app's preview runs in threads), so each thread sees
the table of the language it is building, set by ``STYLES.use(lang)``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Mapping

import pyphen
from reportlab.lib.styles import ParagraphStyle

# Pyphen's dictionaries for the pack's languages.
LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}


def hyphenation_lang(lang: str) -> str:
    name = LANGUAGES.get(lang, "")
    return name if name and pyphen.language_fallback(name) else ""


class ByLanguage(Mapping):
    """A read-only table of styles, as made for the current thread's language."""

    def __init__(self, make: Callable[[], dict[str, ParagraphStyle]]):
        self._make = make
        self._tables: dict[str, dict[str, ParagraphStyle]] = {"": make()}
        self._local = threading.local()
        self._lock = threading.Lock()

    def _table(self) -> dict[str, ParagraphStyle]:
        lang = getattr(self._local, "lang", "")
        table = self._tables.get(lang)
        if table is None:
            with self._lock:
                table = self._make()
                hy = hyphenation_lang(lang)
                for style in table.values():
                    style.hyphenationLang = hy
                    # Words with a hyphen of their own may break there too.
                    style.embeddedHyphenation = 1
                self._tables[lang] = table
        return table

    @contextlib.contextmanager
    def use(self, lang: str) -> Iterator[None]:
        saved = getattr(self._local, "lang", "")
        self._local.lang = lang
        try:
            yield
        finally:
            self._local.lang = saved

    def __getitem__(self, key: str) -> ParagraphStyle:
        return self._table()[key]

    def __iter__(self):
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())
