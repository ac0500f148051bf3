"""Warnings in the user's language: a template per finding code, filled from its params.

The model words its findings in English for the command line; the app words
them from ``code`` and ``params`` so that French users read French. An unknown
code falls back to the English message rather than hiding the warning.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from briefing.model import Finding, parse_path
from briefing.ui.fieldnames import field_label, field_place
from briefing.ui.models.dates import shown_params

TEMPLATES = {
    "end-before-start": QT_TRANSLATE_NOOP("Findings", "The stop “{stop}” ends ({end}) before it starts ({start})."),
    "stop-outside-dates": QT_TRANSLATE_NOOP("Findings", "The stop “{stop}” is on {date}, outside the visit's dates."),
    "unknown-attendee": QT_TRANSLATE_NOOP("Findings", "The stop “{stop}” names the person id “{id}”; nobody has it."),
    "overlap": QT_TRANSLATE_NOOP("Findings", "The stops “{other}” and “{stop}” overlap."),
    "unknown-stop": QT_TRANSLATE_NOOP(
        "Findings", "The message “{headline}” names the stop id “{id}”, but no stop has it."
    ),
    "bad-photo": QT_TRANSLATE_NOOP(
        "Findings", "The photo of {name} cannot be used. It is left out of the pack and kept in the file."
    ),
    "transfer-too-long": QT_TRANSLATE_NOOP(
        "Findings", "Only {gap} min between “{other}” and “{stop}”; the transfer takes {transfer} min."
    ),
    "unknown-greeter": QT_TRANSLATE_NOOP(
        "Findings", "The stop “{stop}” is met by the person id “{id}”; nobody has it."
    ),
    "bad-photo-data": QT_TRANSLATE_NOOP(
        "Findings",
        "The photo of {name} is damaged (not valid base64 text). It is left out of the pack and kept in the file.",
    ),
    "unknown-timezone": QT_TRANSLATE_NOOP(
        "Findings", "The time zone “{timezone}” is not known on this computer; the pack prints times without a zone."
    ),
    "second-principal": QT_TRANSLATE_NOOP(
        "Findings", "{name} is marked as the principal, but so is {other}; a visit has one principal."
    ),
    "principal-name-differs": QT_TRANSLATE_NOOP(
        "Findings",
        "The principal is “{visit}” on the Visit page but “{person}” in People. They are one person: "
        "type the right name in either and the other follows.",
    ),
    "principal-role-differs": QT_TRANSLATE_NOOP(
        "Findings",
        "The principal's role is “{visit}” on the Visit page but “{person}” in People. "
        "Type the right role in either and the other follows.",
    ),
}
MODEL_CODES = frozenset(TEMPLATES) | {"more"}
MORE = {
    "overlap": QT_TRANSLATE_NOOP("Findings", "…and {count} more overlaps."),
    "": QT_TRANSLATE_NOOP("Findings", "…and {count} more warnings like these."),
}

# What stops a save (storage's save_problems), worded from the model itself.
BLOCKING = {
    "missing-start-date": QT_TRANSLATE_NOOP("Findings", "The visit needs a first day before it can be saved."),
    "missing-start": QT_TRANSLATE_NOOP(
        "Findings", "The stop “{stop}” needs a start time before the visit can be saved."
    ),
    "duplicate-id": QT_TRANSLATE_NOOP("Findings", "The id “{id}” is used twice; each one must be different."),
    "end-before-start-date": QT_TRANSLATE_NOOP("Findings", "The visit's last day is before its first day."),
}


def describe_blocking(problem, visit) -> str:
    """A problem that stops a save, in the user's language when its kind is known."""
    path = parse_path(problem.path)
    key, params = problem.code, {}
    try:
        if problem.code == "missing" and path == ("visit", "start_date"):
            key = "missing-start-date"
        elif problem.code == "missing" and len(path) == 3 and path[0] == "itinerary" and path[2] == "start":
            stop = visit.itinerary[path[1]]
            key, params = "missing-start", {"stop": stop.title or stop.id or "?"}
        elif problem.code == "duplicate-id" and len(path) == 3:
            params = {"id": getattr(getattr(visit, str(path[0]))[path[1]], "id", "")}
    except (IndexError, AttributeError, TypeError):
        return problem.message
    template = BLOCKING.get(key)
    if template is None:
        place = field_place(path)
        if not place:
            return problem.message
        return QCoreApplication.translate("Findings", "{place}: this value cannot be saved.").format(place=place)
    return QCoreApplication.translate("Findings", template).format(**params)


def describe(code: str, params: dict, fallback: str, templates: dict = TEMPLATES) -> str:
    template = templates.get(code)
    if template is None:
        return fallback
    try:
        return QCoreApplication.translate("Findings", template).format(**shown_params(params))
    except (KeyError, IndexError, ValueError):
        return fallback


def describe_finding(finding: Finding) -> str:
    if finding.code == "more":  # the rest of a kind too numerous to list, counted
        from PySide6.QtCore import QLocale

        template = MORE.get(finding.params.get("code", ""), MORE[""])
        count = QLocale().toString(int(finding.params.get("count", 0)))
        return QCoreApplication.translate("Findings", template).format(count=count)
    return describe(finding.code, dict(finding.params), finding.message)


# What making the pack met (briefing.pdf.findings), worded by code.
PACK_TEMPLATES = {
    "unprintable-characters": QT_TRANSLATE_NOOP(
        "Findings",
        "Some characters cannot be printed with the pack's font ({chars}); they are shown as “{substitute}”.",
    ),
    "zone-produced-in-utc": QT_TRANSLATE_NOOP(
        "Findings", "The time zone “{zone}” is unknown on this computer; the pack gives its production time in UTC."
    ),
    "bad-photo": TEMPLATES["bad-photo"],
}


def describe_pack_warning(finding: Finding, placed: bool = False) -> str:
    """One of the pack's findings in the user's language; the English message for a code not known here.

    ``placed``: led by the field's place, for a dialog, where nothing leads to the field.
    """
    text = describe(finding.code, dict(finding.params), finding.message, PACK_TEMPLATES)
    place = field_place(tuple(finding.path)) if placed else ""
    return f"{place}: {text}" if place else text


# Why a file cannot be opened (storage's Problem codes), in the user's language.
# Codes whose English message carries more than the code say it with the field's
# name; the rest keep the English message after a translated location.
FILE_TEMPLATES = {
    "not-found": QT_TRANSLATE_NOOP("Findings", "The file does not exist."),
    "not-regular": QT_TRANSLATE_NOOP(
        "Findings", "This is not a regular file (a pipe, a device or a socket), so it is not a visit file."
    ),
    "not-utf8": QT_TRANSLATE_NOOP("Findings", "The file is not UTF-8 text. Save it as UTF-8 and try again."),
    "empty": QT_TRANSLATE_NOOP("Findings", "The file is empty."),
    "wrong-format": QT_TRANSLATE_NOOP("Findings", "This is not a Briefing visit file."),
    "newer-version": QT_TRANSLATE_NOOP(
        "Findings", "This file was written by a newer version of Briefing. Update Briefing to open it."
    ),
    "several-documents": QT_TRANSLATE_NOOP(
        "Findings", "The file holds more than one YAML document (a line with ---); a visit file holds one."
    ),
    "too-deep": QT_TRANSLATE_NOOP("Findings", "The file is nested far too deeply to be a visit file."),
    "anchor": QT_TRANSLATE_NOOP(
        "Findings", "Visit files do not allow YAML anchors and aliases; write values out in full."
    ),
    "alias": QT_TRANSLATE_NOOP(
        "Findings", "Visit files do not allow YAML anchors and aliases; write values out in full."
    ),
    "forbidden-tag": QT_TRANSLATE_NOOP("Findings", "This YAML tag is not allowed in a visit file."),
    "duplicate-key": QT_TRANSLATE_NOOP("Findings", "“{field}” is written twice in the same section; keep only one."),
    "unknown-key": QT_TRANSLATE_NOOP("Findings", "Unknown field “{field}”."),
    "missing": QT_TRANSLATE_NOOP("Findings", "The required field “{field}” is missing or has no value."),
    "bad-date": QT_TRANSLATE_NOOP(
        "Findings", "Not a valid date; the file gives dates as year-month-day, for example 2026-03-14."
    ),
    "bad-time": QT_TRANSLATE_NOOP(
        "Findings", "Not a valid time; the file gives times on the 24-hour clock, for example 09:30."
    ),
}


def describe_problem(problem) -> str:
    """One line for a refused file: where (line, field) and why, translated when the code says enough."""
    translate = QCoreApplication.translate
    path = parse_path(problem.path)
    names = [str(part) for part in path if isinstance(part, str)]
    template = FILE_TEMPLATES.get(problem.code)
    text = problem.message
    if template is not None and ("{field}" not in template or names):
        # A field the window shows is called by its label ("First day"); a key it
        # does not know (a typo) only by the key written in the file.
        field = names[-1] if names else ""
        if problem.code == "missing" and (named := re.search(r"\u201c([a-z_]+)\u201d", problem.message)):
            field = named.group(1)  # the path is the mapping the key is missing from
            if path and path[-1] == field:
                path = path[:-1]
        label = field_label(str(path[0]), field) if path and problem.code == "missing" else None
        text = translate("Findings", template).format(field=label or field)
    where = []
    if problem.line is not None:
        where.append(translate("Findings", "line {n}").format(n=problem.line))
    # The field as the window names it; key paths are left to the dialog's details.
    if problem.path and (place := field_place(path, exact=True)):
        where.append(place)
    return f"{', '.join(where)}: {text}" if where else text
