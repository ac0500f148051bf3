"""What the caller may choose about a pack: paper size and the production time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER

PAPERS = {"a4": A4, "letter": LETTER}


@dataclass(frozen=True)
class PackOptions:
    paper: str = "a4"
    # When the pack was produced (printed on the cover); None means now. Tests pass
    # a fixed time so that two exports of one visit compare equal.
    produced: dt.datetime | None = None
    # A person's id: their personal programme instead of the principal's pack.
    recipient: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "paper", str(self.paper).lower())  # "A4" is a4
        if self.paper not in PAPERS:
            raise ValueError(f"Unknown paper size {self.paper!r}; use one of {', '.join(PAPERS)}.")

    @property
    def pagesize(self) -> tuple[float, float]:
        return PAPERS[self.paper]
