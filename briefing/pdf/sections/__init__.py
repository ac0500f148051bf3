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
# Sections follow on the page of the one before when there is room for their
# heading and a good start (build.SECTION_ROOM), so that short ones share a
# page; the changes since the last issue start a page of their own: a revised
# pack opens on them, and they are the page handed round with it.
OWN_PAGE = {"changes"}
