"""The app's settings (full paths of recent visits) and log are readable by this user only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import QSettings

from briefing.ui.settings import Settings


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_settings_file_and_its_folder_are_private(tmp_path):
    old = os.umask(0o022)
    try:
        settings = Settings()
        settings.add_recent(tmp_path / "restricted.visit.yaml")
    finally:
        os.umask(old)
    path = Path(QSettings().fileName())
    assert path.exists()
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
