"""File names made from a visit file's name or a person's id: one rule for the command line and the app."""

from __future__ import annotations

import os
import re
from pathlib import Path

# Longest first: "visite.visit.yaml" loses ".visit.yaml", not only ".yaml".
VISIT_SUFFIXES = (".visit.yaml", ".visit.yml", ".yaml", ".yml")
VISIT_SUFFIX = VISIT_SUFFIXES[0]  # what Briefing gives the files it names


def is_visit_name(name: str | os.PathLike) -> bool:
    """Whether a file's name says it is a visit file (what the app accepts when one is dropped on it)."""
    return os.fspath(name).lower().endswith(VISIT_SUFFIXES)


def stem(visit_path: str | os.PathLike) -> str:
    """The file's name less ``.visit.yaml``, ``.visit.yml``, ``.yaml`` or ``.yml`` (the spec's STEM)."""
    name = Path(visit_path).name
    for suffix in VISIT_SUFFIXES:
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def file_part(text: str) -> str:
    """An id as part of a file name: anything but letters, digits, - and _ becomes _."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", text)


def output_name(stem_: str, extension: str, person_id: str | None = None, kind: str = "") -> str:
    """What is made from a visit: STEM.pdf, STEM-card.pdf, STEM-ID.pdf, STEM-ID-card.pdf, STEM.ics, STEM-ID.ics."""
    parts = [stem_]
    if person_id is not None:
        parts.append(file_part(person_id))
    if kind:
        parts.append(kind)
    return "-".join(parts) + extension
