"""The other outputs of the large visit, each against a plain baseline of the same content in the same run.

- the pocket card (every stop of five days, 30 a day) against plain reportlab
  pouring the same lines in one style, one pass;
- a personal programme (the principal's own stops, through the pack's
  engine) against plain reportlab pouring that programme's text;
- the calendar of the whole visit against a bare icalendar run of the same
  events (same fields, same zone);
and, as whole processes, the sample's card and one personal programme, each
under 1 s.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import tempfile
import time
import zoneinfo
from pathlib import Path
from xml.sax.saxutils import escape

from benchmarks import Result, medians
from benchmarks.generate import large_visit
from briefing.ical import build_calendar
from briefing.model import Visit, words
from briefing.model.people import personal_visit
from briefing.pdf import PackOptions, build_pack_bytes
from briefing.pdf import fonts as pack_fonts
from briefing.pdf.card import build_card
from briefing.resources import sample_visit_path

TARGET_RATIO = 1.5
PROCESS_LIMIT_S = 1.0
ROOT = Path(__file__).resolve().parent.parent


def _plain_pdf(lines: list[str]) -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pack_fonts.register_fonts()
    style = ParagraphStyle("plain", fontName=pack_fonts.REGULAR, fontSize=11, leading=14)
    story = [Paragraph(escape(line).replace("\n", "<br/>"), style) for line in lines if line]
    out = io.BytesIO()
    SimpleDocTemplate(out, initialFontName=pack_fonts.REGULAR).build(story)
    return out.getvalue()


def card_lines(visit: Visit) -> list[str]:
    """What the cards print: for each day a heading, its stops, the day's contacts."""
    lang = visit.details.language
    contacts = [f"{c.name} {c.role} {c.phone}" for c in visit.contacts]
    lines = []
    for day in sorted({visit.stop_date(s) for s in visit.itinerary}):
        lines += [visit.details.classification, visit.details.principal, day.isoformat()]
        for stop in (s for s in visit.ordered_stops() if visit.stop_date(s) == day):
            lines += [
                words.span(lang, stop.start, stop.end),
                stop.name(lang),
                stop.venue,
                words.press(lang, stop.press),
            ]
        lines += contacts
    return lines


def personal_lines(visit: Visit) -> list[str]:
    """What a personal programme prints: each stop in the glance and in detail (its people with their
    role and organisation, its notes), the key messages of its stops, the contacts."""
    lang = visit.details.language
    people = {p.id: p for p in visit.attendees}
    lines = []
    for stop in visit.ordered_stops():
        when = words.span(lang, stop.start, stop.end)
        lines.append(f"{when} {stop.title} {stop.venue} {words.press(lang, stop.press)}")
        lines += [when, stop.title, stop.venue, stop.address, words.press(lang, stop.press), stop.notes]
        for pid in stop.attendees:
            if (person := people.get(pid)) is not None:
                lines.append(f"{person.name} \u2014 {person.role}, {person.organisation}")
    for message in visit.messages:
        lines += [message.headline, *message.points]
    return lines + [f"{c.name} {c.role} {c.phone} {c.email}" for c in visit.contacts]


def bare_calendar(visit: Visit) -> bytes:
    import icalendar

    zone = zoneinfo.ZoneInfo(visit.details.timezone)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//bench//")
    cal.add("version", "2.0")
    stamp = dt.datetime.now(dt.UTC)
    for stop in visit.ordered_stops():
        day = visit.stop_date(stop)
        event = icalendar.Event()
        event.add("uid", f"{stop.id}@bench")
        event.add("dtstamp", stamp)
        event.add("dtstart", dt.datetime.combine(day, stop.start, zone))
        if stop.end:
            event.add("dtend", dt.datetime.combine(day, stop.end, zone))
        event.add("summary", stop.title)
        event.add("location", f"{stop.venue}, {stop.address}")
        event.add("description", stop.notes)
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()


def _process(argv: list[str]) -> float:
    """Best of 3 wall times of a whole ``briefing`` process."""
    best = float("inf")
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "briefing", *argv, "-o", str(Path(folder) / "out.pdf")],
                check=True,
                capture_output=True,
                cwd=ROOT,
            )
            best = min(best, time.perf_counter() - start)
    return best


def run(repeats: int = 3) -> list[Result]:
    visit = large_visit()
    # The person with the most stops: the personal programme that costs the most.
    busiest = max(visit.attendees, key=lambda p: sum(p.id in s.attendees for s in visit.itinerary)).id
    mine = personal_visit(visit, busiest)
    timed = medians(
        {
            "card": lambda: build_card(visit),
            "card plain": lambda: _plain_pdf(card_lines(visit)),
            "personal": lambda: build_pack_bytes(visit, PackOptions(recipient=busiest)),
            "personal plain": lambda: _plain_pdf(personal_lines(mine)),
            "calendar": lambda: build_calendar(visit),
            "calendar bare": lambda: bare_calendar(visit),
        },
        repeats,
    )
    sample = str(sample_visit_path())
    card_process = _process(["export", sample, "--as", "card"])
    personal_process = _process(["export", sample, "--for", "thomas-regnier"])
    stops = len(visit.itinerary)
    out = [
        Result(
            name=f"pocket card, large visit ({stops} stops)",
            seconds=timed["card"],
            reference="plain reportlab, same lines",
            reference_seconds=timed["card plain"],
            target_ratio=TARGET_RATIO,
        ),
        Result(
            name=f"personal programme, large visit ({len(mine.itinerary)} stops)",
            seconds=timed["personal"],
            reference="plain reportlab, same text",
            reference_seconds=timed["personal plain"],
            target_ratio=TARGET_RATIO,
        ),
        Result(
            name=f"calendar, large visit ({stops} events)",
            seconds=timed["calendar"],
            reference="bare icalendar, same events",
            reference_seconds=timed["calendar bare"],
            target_ratio=TARGET_RATIO,
        ),
    ]
    for name, seconds in (
        ("export --as card of the sample, whole process", card_process),
        ("export --for of the sample, whole process", personal_process),
    ):
        verdict = "ok" if seconds <= PROCESS_LIMIT_S else "ABOVE LIMIT"
        out.append(Result(name=name, seconds=seconds, note=f"best of 3; limit {PROCESS_LIMIT_S:g} s: {verdict}"))
    return out


if __name__ == "__main__":
    for result in run():
        print(result)
    sys.exit(0)
