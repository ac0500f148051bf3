"""The pack and the pocket card as the app makes them: one pair of helpers for
Print and Export (the pack, or one person's programme) and one for the card.

They run in worker threads and import the PDF layer when first called, so that
the window opens without loading reportlab. (The preview builds in a process
of its own, briefing.pdf.worker, from the same build_pack_bytes.)
"""

from __future__ import annotations


def _options(paper: str, person_id: str | None):
    from briefing.pdf import PackOptions

    return PackOptions(paper=paper, recipient=person_id or "")


def build_pack(visit, paper: str, person_id: str | None = None) -> tuple[bytes, list]:
    """The PDF's bytes and the Findings met making it: the pack, or ``person_id``'s own programme."""
    from briefing.pdf import build_pack_bytes

    return build_pack_bytes(visit, _options(paper, person_id))


def write_pack(visit, path: str, paper: str, person_id: str | None = None) -> list:
    """The pack (or a person's programme) written to ``path`` in one step; its Findings."""
    from briefing.pdf import export_pack

    return export_pack(visit, path, _options(paper, person_id))


def write_card(visit, path: str, paper: str, person_id: str | None = None) -> list:
    """The pocket card written to ``path`` in one step; its Findings."""
    from briefing.pdf.card import CardOptions, export_card

    return export_card(visit, path, CardOptions(paper=paper, person_id=person_id))
