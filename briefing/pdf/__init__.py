"""The briefing pack: a pure function from a ``briefing.model.Visit`` to PDF bytes.

reportlab only (no Qt, no YAML). ``export_pack`` writes the file atomically, so a
failed export never leaves a partial PDF nor harms an existing one.
"""

from __future__ import annotations

import os

from briefing.atomic import atomic_write
from briefing.model import Finding, Visit
from briefing.pdf.options import PAPERS, PackOptions


def build_pack_bytes(visit: Visit, options: PackOptions | None = None) -> tuple[bytes, list[Finding]]:
    """The pack as PDF bytes, and the warnings met while making it (codes in briefing.pdf.findings)."""
    from briefing.pdf.build import build_pack

    return build_pack(visit, options or PackOptions())


def export_pack(visit: Visit, out_path: str | os.PathLike, options: PackOptions | None = None) -> list[Finding]:
    """Write the pack to ``out_path`` in one step; returns the warnings."""
    data, warnings = build_pack_bytes(visit, options)
    atomic_write(out_path, data)
    return warnings


__all__ = ["PAPERS", "PackOptions", "build_pack_bytes", "export_pack"]
