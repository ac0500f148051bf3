"""One small module per section of the pack; each ``build(pack)`` returns its
flowables, or an empty list when the visit has nothing for it (the section is
then left out, from the contents and the outline too)."""

from briefing.pdf.sections import (
    attendance,
    changes,
    contacts,
    glance,
    messages,
    people,
    programme,
    purpose,
    qa,
    sensitivities,
)

# In the order real briefing packs use; keys name the heading in labels.WORDS.
SECTIONS = [
    ("changes", changes),  # right after the contents: what changed since the last issue
    ("purpose", purpose),
    ("glance", glance),
    ("messages", messages),
    ("programme", programme),
    ("people", people),
    ("attendance", attendance),
    ("qa", qa),
    ("sensitivities", sensitivities),
    ("contacts", contacts),
]
# A person's own programme: where to be and when, what to say there, whom to call.
PERSONAL = ("glance", "messages", "programme", "contacts")
# These follow on the previous section's page when there is room.
SHARE_PAGE = {"sensitivities"}
