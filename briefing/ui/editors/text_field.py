"""Multi-line plain text that changes only what the user changes.

``QPlainTextEdit.toPlainText()`` turns no-break spaces into spaces, U+2028 into
a line break and CRLF into LF: a summary pasted from a word processor would be
rewritten by the first key pressed in it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

_PARAGRAPH = "\u2029"  # how the text document stores a line break


def _raw_positions(value: str) -> list[int]:
    """Where each character of the document's raw text starts in ``value``
    (CRLF is one break there), then ``len(value)``."""
    starts, i = [], 0
    while i < len(value):
        starts.append(i)
        i += 2 if value.startswith("\r\n", i) else 1
    starts.append(len(value))
    return starts


def spliced(value: str, old_raw: str, new_raw: str, cursor: int | None = None) -> str:
    """``value`` with the change from ``old_raw`` to ``new_raw`` (the document's
    raw text before and after an edit) made to it, and nothing else changed.

    ``cursor`` (where the edit left the cursor) places an edit among equal
    characters: a break typed before a CRLF goes before it.
    """
    starts = _raw_positions(value)
    if len(starts) - 1 != len(old_raw):  # not the text shown: take the document's
        return new_raw.replace(_PARAGRAPH, "\n")
    limit = min(len(old_raw), len(new_raw))
    after = len(new_raw) - cursor if cursor is not None and 0 <= cursor <= len(new_raw) else limit
    tail = 0
    while tail < min(limit, after) and old_raw[-1 - tail] == new_raw[-1 - tail]:
        tail += 1
    head = 0
    while head < limit - tail and old_raw[head] == new_raw[head]:
        head += 1
    typed = new_raw[head : len(new_raw) - tail].replace(_PARAGRAPH, "\n")
    return value[: starts[head]] + typed + value[starts[len(old_raw) - tail] :]


class TextField(QPlainTextEdit):
    """Multi-line plain text that changes only what the user changes.

    ``toPlainText()`` turns no-break spaces into spaces, U+2028 into a line
    break and CRLF into LF: this field keeps the stored text and makes each
    edit of the document to it instead (see :func:`spliced`).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._value = ""
        self._raw = ""
        self._setting = False
        self.textChanged.connect(self._follow)  # first, before any reader of value()

    def value(self) -> str:
        return self._value

    def set_value(self, value: str) -> None:
        self._setting = True
        try:
            self._value = value
            self.setPlainText(value)
        finally:
            self._setting = False
        self._raw = self.document().toRawText()

    def _follow(self) -> None:
        raw = self.document().toRawText()
        if not self._setting:
            self._value = spliced(self._value, self._raw, raw, self.textCursor().position())
        self._raw = raw


def show_keeping_cursor(field: TextField, value: str) -> None:
    """Show ``value`` (an undo, another view) with the cursor where it was."""
    if not field.value():  # nothing shown yet (a visit being opened): no cursor to keep
        field.set_value(value)
        return
    pos = field.textCursor().position()
    field.set_value(value)
    cursor = field.textCursor()
    cursor.setPosition(min(pos, len(field.document().toRawText())))
    field.setTextCursor(cursor)
