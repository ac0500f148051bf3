"""Filtering lists as people type: case- and accent-insensitive ("elisabeth"
finds "Élisabeth"), every word must match somewhere in the item's text."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QSortFilterProxyModel, Qt


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class FoldingFilter(QSortFilterProxyModel):
    """Keeps rows whose ``SearchRole`` text (else display text) holds every word typed."""

    SearchRole = Qt.ItemDataRole.UserRole + 10

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10; invalidateFilter is deprecated there
            self.beginFilterChange()
            self._words = fold(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = fold(text).split()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(row, 0, parent)
        text = index.data(self.SearchRole) or index.data(Qt.ItemDataRole.DisplayRole) or ""
        haystack = fold(str(text))
        return all(word in haystack for word in self._words)
