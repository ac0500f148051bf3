"""The visit as plain Python: no Qt, no reportlab, no YAML here."""

from briefing.model.checks import Finding, check_visit, format_path
from briefing.model.visit import (
    CATEGORIES,
    LANGUAGES,
    PRESS_ACCESS,
    STATUSES,
    Contact,
    Details,
    Message,
    Person,
    Question,
    Stop,
    Visit,
)

__all__ = [
    "CATEGORIES",
    "LANGUAGES",
    "PRESS_ACCESS",
    "STATUSES",
    "Contact",
    "Details",
    "Finding",
    "Message",
    "Person",
    "Question",
    "Stop",
    "Visit",
    "check_visit",
    "format_path",
]
