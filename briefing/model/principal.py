"""The principal is one person: the People entry whose name and role the visit repeats.

The spec's "The principal": ``visit.principal`` and ``visit.principal_role``
hold the name and role of the person with ``category: principal``. A file
edited by hand (or by an older release) can say two things; the pack would then
print one name on the cover and another in the people. Which one is right only
the user knows, so a difference is a warning, never a silent rewrite.
"""

from __future__ import annotations

from briefing.model.checks import Finding
from briefing.model.visit import Person, Visit


def principal_person(visit: Visit) -> Person | None:
    """The person with category principal (the first, when a file has two)."""
    return next((p for p in visit.attendees if p.category == "principal"), None)


def check_principal_text(visit: Visit) -> list[Finding]:
    """The visit's principal and role are those of the principal in People."""
    person = principal_person(visit)
    if person is None:
        return []
    index = visit.attendees.index(person)
    details = visit.details
    out = []
    if details.principal.strip() != person.name.strip():
        out.append(
            Finding(
                "principal-name-differs",
                ("visit", "principal"),
                f"The visit names the principal \u201c{details.principal}\u201d, but the person marked as the "
                f"principal is \u201c{person.name}\u201d (attendees[{index}]); they are one person, so say one name.",
                {"visit": details.principal, "person": person.name},
            )
        )
    if details.principal_role.strip() != person.role.strip():
        out.append(
            Finding(
                "principal-role-differs",
                ("visit", "principal_role"),
                f"The visit gives the principal {_role(details.principal_role)}, but the person marked as the "
                f"principal has {_role(person.role)} (attendees[{index}]); they are one person, so say one role.",
                {"visit": details.principal_role, "person": person.role, "name": person.name},
            )
        )
    return out


def _role(text: str) -> str:
    return f"the role \u201c{text}\u201d" if text.strip() else "no role"
