"""Modules imported after PySide6 without PySide6 reading each one's source file.

Once PySide6 is loaded, its import hook (shibokensupport/feature.py, PYSIDE-2029)
reads the whole source file of every module imported afterwards, and of every
module an import statement names for the first time (typing, inspect,
datetime, yaml...), and searches it for the word "PySide6": that is how it
learns which modules may turn on its optional ``from __feature__ import
snake_case``. Briefing uses no such feature, and at start-up the ~160 files
read cost 15-20 ms of CPU before the window is shown.

skip_source_reads() gives the hook the same answer from the module's
namespace (does it hold anything of PySide6's?) instead of its text. A module
that imports PySide6 only inside its functions is then left out of feature
switching, which changes nothing while no module turns a feature on.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loading PySide6 installs the hook this works on)

_PREFIXES = ("PySide6", "shiboken6")


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module`` holds a PySide6 module, or anything defined in one."""
    try:
        if module.__name__.startswith(_PREFIXES):
            return True
        for value in list(vars(module).values()):
            name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
            if isinstance(name, str) and name.startswith(_PREFIXES):
                return True
    except Exception:  # an odd module (a lazy proxy in its namespace): an import must never fail here
        return False
    return False


def skip_source_reads() -> bool:
    """Answer PySide6's question without reading sources; says whether its hook was there to answer."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False  # another PySide6: its hook, if any, is left as it is
    feature._mod_uses_pyside = uses_pyside
    return True
