"""Where recovery copies are kept, and whether anything is: known without loading the recovery code.

Start-up asks twice (the copies to offer back, and those of the file being
opened); on almost every start the folder is missing or empty, and the
answer is one directory read.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def may_hold_copies() -> bool:
    """False when the recovery folder is missing or empty; True otherwise (unreadable too: let the recovery code say)."""
    try:
        with os.scandir(recovery_dir()) as entries:
            return next(entries, None) is not None
    except FileNotFoundError:
        return False
    except OSError:
        return True
