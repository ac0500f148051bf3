"""Where recovery copies are kept, known without loading the recovery code (recovery.py)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def recovery_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"


def may_hold_copies() -> bool:
    """False when the folder is missing or empty, the usual case: then no copy is waiting."""
    try:
        with os.scandir(recovery_folder()) as entries:
            return next(entries, None) is not None
    except FileNotFoundError:
        return False
    except OSError:
        return True  # unreadable: the recovery code says what is wrong
