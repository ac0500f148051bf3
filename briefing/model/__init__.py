"""The visit as plain Python: no Qt, no reportlab, no YAML here."""

from briefing.model.checks import Finding, check_visit, format_path, parse_path
from briefing.model.visit import (
    CATEGORIES,
    KINDS,
    LANGUAGES,
    MODE_WORDS,
    MODES,
    PRESS_ACCESS,
    STATUSES,
    Contact,
    Details,
    Message,
    Person,
    Question,
    Revision,
    Stop,
    UnreadPhoto,
    Visit,
)

__all__ = [
    "CATEGORIES",
    "KINDS",
    "LANGUAGES",
    "MODES",
    "MODE_WORDS",
    "PRESS_ACCESS",
    "STATUSES",
    "Contact",
    "Details",
    "Finding",
    "Message",
    "Person",
    "Question",
    "Revision",
    "Stop",
    "UnreadPhoto",
    "Visit",
    "check_visit",
    "format_path",
    "parse_path",
]
