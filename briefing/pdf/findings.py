"""What making a pack or card met, as the model's checks report theirs: a
``Finding`` with a stable code, the field's path, params to word it with, and
an English message for the command line. The app words them from code and
params in the user's language; nobody takes the sentence apart again.
"""

from __future__ import annotations

from briefing.model import Finding, parse_path

UNPRINTABLE = "unprintable-characters"  # params: chars (the first five, quoted), substitute
ZONE_UTC = "zone-produced-in-utc"  # params: zone
BAD_PHOTO = "bad-photo"  # params: name, problem (the model's code: the same photo, found again)


def finding(code: str, where: str, message: str, **params: str) -> Finding:
    """A finding about the field at ``where`` (``attendees[3].photo``, as the sections name them)."""
    return Finding(code, parse_path(where), message, params)
