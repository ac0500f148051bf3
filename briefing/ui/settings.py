"""Everything the app remembers between runs, declared in one place.

Preferences (language, paper) are what the user chooses in the Preferences
dialog; the rest is state the app keeps on its own (recent files, window
geometry, whether the preview is shown). QSettings takes its file from the
application's organisation and name, so tests point it at a temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from briefing.ui.private import private_file, private_folder

MAX_RECENT = 10
LANGUAGES = ("system", "fr", "en")
PAPERS = ("a4", "letter")


class Settings:
    def __init__(self, settings: QSettings | None = None):
        self._s = settings if settings is not None else QSettings()
        if settings is None:
            _make_private(self._s.fileName())

    # -- preferences -------------------------------------------------------
    def language(self) -> str:
        value = str(self._s.value("prefs/language", "system"))
        return value if value in LANGUAGES else "system"

    def set_language(self, value: str) -> None:
        self._s.setValue("prefs/language", value if value in LANGUAGES else "system")

    def paper(self) -> str:
        value = str(self._s.value("prefs/paper", "a4"))
        return value if value in PAPERS else "a4"

    def set_paper(self, value: str) -> None:
        self._s.setValue("prefs/paper", value if value in PAPERS else "a4")

    # -- state -------------------------------------------------------------
    def preview_visible(self) -> bool:
        return bool(self._s.value("state/preview_visible", True, type=bool))

    def set_preview_visible(self, visible: bool) -> None:
        self._s.setValue("state/preview_visible", bool(visible))

    def geometry(self) -> QByteArray | None:
        value = self._s.value("state/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self._s.value("state/window_state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def splitter_state(self) -> QByteArray | None:
        value = self._s.value("state/splitter")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def programme_split(self) -> QByteArray | None:
        """The programme editor's split between its table and its form."""
        value = self._s.value("programme/split")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_programme_split(self, state: QByteArray) -> None:
        self._s.setValue("programme/split", state)

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        self._s.setValue("state/geometry", geometry)
        self._s.setValue("state/window_state", state)
        self._s.setValue("state/splitter", splitter)

    def issued_by(self) -> str:
        """Who issued the last revision, offered for the next one."""
        return str(self._s.value("issue/by", "") or "")

    def set_issued_by(self, name: str) -> None:
        self._s.setValue("issue/by", name)

    def last_folder(self) -> str:
        return str(self._s.value("state/last_folder", "") or "")

    def set_last_folder(self, folder: str) -> None:
        self._s.setValue("state/last_folder", folder)

    # -- recent files ------------------------------------------------------
    def recent_files(self) -> list[str]:
        """Most recent first, as remembered.

        Not checked against the disk: on an offline network share each check
        can hang for many seconds, and the Open Recent menu asks for this list
        every time it opens. A file that has gone is dropped when chosen.
        """
        value = self._s.value("state/recent_files", [])
        if isinstance(value, str):  # QSettings gives a bare string for a one-item list
            value = [value]
        return [str(v) for v in (value or []) if v][:MAX_RECENT]

    def add_recent(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        files = [f for f in self.recent_files() if f != text]
        self._set_recent([text, *files][:MAX_RECENT])

    def remove_recent(self, path: str | Path) -> None:
        # No resolve(): the file is gone, or on a share that does not answer.
        texts = {str(path), os.path.abspath(path)}
        self._set_recent([f for f in self.recent_files() if f not in texts])

    def clear_recent(self) -> None:
        self._set_recent([])

    def _set_recent(self, files: list[str]) -> None:
        self._s.setValue("state/recent_files", files)

    def sync(self) -> None:
        self._s.sync()


def _make_private(file_name: str) -> None:
    """The settings list the full paths of recent visits: 0600 in a 0700 folder.

    The file is made before QSettings first writes it; QSettings then replaces
    it keeping its permissions.
    """
    path = Path(file_name) if file_name else None
    if path is None or not path.is_absolute():
        return  # the Windows registry, or macOS defaults: not a file of ours
    if path.parent.name == QCoreApplication.organizationName():  # our folder, not ~/.config itself
        try:
            private_folder(path.parent)
        except OSError:
            return
    private_file(path)
