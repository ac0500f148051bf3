"""The one place that finds resources/ (fonts, icons, translations, samples).

In a checkout, resources/ sits beside the package; in an installed wheel it is
packaged as ``briefing/resources_data`` (see pyproject.toml).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache  # asked for each icon, font and translation: ~40 times before the window shows
def resources_dir() -> Path:
    for candidate in (_PACKAGE / "resources_data", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Briefing's resources folder is missing; reinstall Briefing.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def sample_visit_path() -> Path:
    return resource("samples", "sample.visit.yaml")
