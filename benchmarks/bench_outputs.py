"""The other outputs of the large visit, each against a plain baseline of the same content in the same run.

- the pocket card (every stop of five days, 30 a day) against plain reportlab
  pouring the same lines, one pass;
- a personal programme (the busiest person's own stops, through the pack's
  engine) against plain reportlab pouring that programme's text, hyphenated
  as the programme is;
- the calendar of the whole visit against a bare icalendar run of the same
  events (same fields, same zone);
and, as whole processes, the sample's card and one personal programme, each
under 1 s.
"""

from __future__ import annotations

import datetime as dt
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zoneinfo
from itertools import groupby
from pathlib import Path
from xml.sax.saxutils import escape

from benchmarks import Result, medians
from benchmarks.generate import large_visit
from benchmarks.plain import plain_pdf
from briefing.ical import build_calendar
from briefing.model import Visit, words
from briefing.model.people import personal_visit
from briefing.pdf import PackOptions, build_pack_bytes, labels
from briefing.pdf import fonts as pack_fonts
from briefing.pdf.card import build_card
from briefing.pdf.hyphenation import hyphenation_lang
from briefing.resources import sample_visit_path

TARGET_RATIO = 1.5
PROCESS_LIMIT_S = 1.0
ROOT = Path(__file__).resolve().parent.parent


def _plain_pdf(visit: Visit, lines: list[tuple[bool, str]], hyphenate: str = "", furniture: bool = True) -> bytes:
    """Plain reportlab, one pass: each line a paragraph in one of two styles, regular or bold.

    As honest as the outputs it is compared with: the same two embedded faces
    (the outputs print times and names in bold), the same hyphenation, and the
    same page furniture and compressed binary streams (``plain_pdf``)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    pack_fonts.register_fonts()
    lang = hyphenation_lang(hyphenate) if hyphenate else ""
    regular = ParagraphStyle(
        "plain", fontName=pack_fonts.REGULAR, fontSize=11, leading=14, hyphenationLang=lang, embeddedHyphenation=1
    )
    bold = ParagraphStyle("plain_bold", parent=regular, fontName=pack_fonts.BOLD)
    story = [
        Paragraph(escape(line).replace("\n", "<br/>"), bold if strong else regular) for strong, line in lines if line
    ]
    return plain_pdf(story, visit, furniture)


def _colon(lang: str, label: str, text: str) -> str:
    return f"{label}\u00a0: {text}" if lang == "fr" else f"{label}: {text}"


def card_lines(visit: Visit) -> list[tuple[bool, str]]:
    """What the cards print: for each day the marking, the name and the day, each stop (its
    times, title, place, press access, greeters, speaking), then the day's contacts."""
    lang = labels.language(visit.details.language)
    d = visit.details
    marking = " \u00b7 ".join(
        p for p in (d.classification, labels.word(lang, "draft") if d.status == "draft" else "") if p
    )
    names = {p.id: p.name for p in visit.attendees}
    contacts = [" \u2014 ".join(p for p in (c.name, c.role, c.phone) if p) for c in visit.contacts]
    lines: list[tuple[bool, str]] = []
    for day in sorted({visit.stop_date(s) for s in visit.itinerary}):
        lines += [(True, marking), (True, d.principal), (False, labels.long_date(lang, day))]
        for stop in (s for s in visit.ordered_stops() if visit.stop_date(s) == day):
            lines += [
                (True, words.clock(lang, stop.start)),
                (False, words.clock(lang, stop.end)),
                (True, stop.name(lang)),
                (False, stop.venue),
                (False, _colon(lang, words.label(lang, "press"), words.press(lang, stop.press))),
            ]
            if stop.met_by:
                greeters = ", ".join(names.get(i, i) for i in stop.met_by)
                lines.append((False, _colon(lang, words.label(lang, "met_by"), greeters)))
            if stop.speaks:
                lines.append((False, words.label(lang, "speaks")))
        lines += [(True, labels.word(lang, "contacts")), *((False, c) for c in contacts)]
    return lines


def personal_lines(visit: Visit, person_id: str) -> list[tuple[bool, str]]:
    """What a personal programme prints: the cover, the contents with the day's first contacts,
    each day's stops in the glance and in detail (times, length, place, press, the people with
    their role and organisation, the notes), the key messages of its stops, the contacts; with
    the headings, day headings and labels it prints them under."""
    lang = labels.language(visit.details.language)
    d = visit.details
    person = visit.person(person_id)
    people = {p.id: p for p in visit.attendees}

    def word(key: str) -> tuple[bool, str]:
        return (True, labels.word(lang, key))

    lines: list[tuple[bool, str]] = [word("personal"), (True, d.title), (True, person.name), (False, person.role)]
    lines += [(False, labels.date_range(lang, d.start_date, d.last_date)), (False, d.location), (False, d.prepared_by)]
    sections = [word(key) for key in ("glance", "programme", "contacts")]
    head = (True, " ".join(labels.word(lang, k) for k in ("name", "role", "phone", "email")))
    contacts = [(False, f"{c.name} {c.role} {c.phone} {c.email}") for c in visit.contacts]
    lines += [word("contents"), *sections, word("contacts"), head, *contacts[:8]]
    days = groupby(visit.ordered_stops(), key=visit.stop_date)
    lines.append(sections[0])
    for day, stops in days:
        lines.append((True, labels.long_date(lang, day)))
        for stop in stops:
            when = words.span(lang, stop.start, stop.end)
            lines.append((False, f"{when} {stop.title} {stop.venue} {words.press(lang, stop.press)}"))
    lines.append(sections[1])
    for day, stops in groupby(visit.ordered_stops(), key=visit.stop_date):
        lines.append((True, labels.long_date(lang, day)))
        for stop in stops:
            when = words.span(lang, stop.start, stop.end)
            lines += [(True, when), (False, labels.duration(lang, stop.duration_minutes()))]
            lines += [(True, stop.title), (False, stop.venue), (False, stop.address)]
            lines += [word("press"), (False, words.press(lang, stop.press)), word("participants")]
            for pid in stop.attendees:
                if (who := people.get(pid)) is not None:
                    lines.append((False, f"{who.name} \u2014 {who.role}, {who.organisation}"))
            lines += [word("notes"), *((False, block) for block in stop.notes.split("\n\n"))]
    for message in visit.messages:
        lines += [(True, message.headline), *((False, p) for p in message.points)]
    return [*lines, sections[2], head, *contacts]


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


def _process(argv: list[str]) -> tuple[float, float]:
    """Best of 3 wall times of a whole ``briefing`` process, and best of 3 CPU times
    (user + system), which a busy machine stretches less."""
    best, best_cpu = float("inf"), float("inf")
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(3):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "briefing", *argv, "-o", str(Path(folder) / "out.pdf")],
                check=True,
                capture_output=True,
                cwd=ROOT,
            )
            best = min(best, time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            best_cpu = min(best_cpu, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return best, best_cpu


def _cpu_timed(function, times: list[float]):
    def timed():
        start = time.process_time()
        function()
        times.append(time.process_time() - start)

    return timed


def run(repeats: int = 5) -> list[Result]:
    visit = large_visit()
    # The person with the most stops: the personal programme that costs the most.
    busiest = max(visit.attendees, key=lambda p: sum(p.id in s.attendees for s in visit.itinerary)).id
    mine = personal_visit(visit, busiest)
    functions = {
        "card": lambda: build_card(visit),
        # Each card carries its marking in its lines; a card has no running head or foot.
        "card plain": lambda: _plain_pdf(visit, card_lines(visit), furniture=False),
        "personal": lambda: build_pack_bytes(visit, PackOptions(recipient=busiest)),
        "personal plain": lambda: _plain_pdf(
            mine, personal_lines(mine, busiest), labels.language(mine.details.language)
        ),
        "calendar": lambda: build_calendar(visit),
        "calendar bare": lambda: bare_calendar(visit),
    }
    # CPU time too, as for the pack: on a shared machine it varies less than wall time.
    cpu: dict[str, list[float]] = {name: [] for name in functions}
    timed = medians({name: _cpu_timed(f, cpu[name]) for name, f in functions.items()}, repeats)
    cpu_ratio = {
        name: statistics.median(cpu[name][1:]) / statistics.median(cpu[f"{name} {base}"][1:])
        for name, base in (("card", "plain"), ("personal", "plain"), ("calendar", "bare"))
    }
    sample = str(sample_visit_path())
    card_process = _process(["export", sample, "--as", "card"])
    personal_process = _process(["export", sample, "--for", "thomas-regnier"])
    stops = len(visit.itinerary)
    out = [
        Result(
            name=f"pocket card, large visit ({stops} stops)",
            seconds=timed["card"],
            reference="plain reportlab, same lines",
            note=f"median of {repeats}; CPU-time ratio {cpu_ratio['card']:.2f}x",
            reference_seconds=timed["card plain"],
            target_ratio=TARGET_RATIO,
        ),
        Result(
            name=f"personal programme, large visit ({len(mine.itinerary)} stops)",
            seconds=timed["personal"],
            reference="plain reportlab, same text",
            note=f"median of {repeats}; CPU-time ratio {cpu_ratio['personal']:.2f}x",
            reference_seconds=timed["personal plain"],
            target_ratio=TARGET_RATIO,
        ),
        Result(
            name=f"calendar, large visit ({stops} events)",
            seconds=timed["calendar"],
            reference="bare icalendar, same events",
            note=f"median of {repeats}; CPU-time ratio {cpu_ratio['calendar']:.2f}x",
            reference_seconds=timed["calendar bare"],
            target_ratio=TARGET_RATIO,
        ),
    ]
    for name, (seconds, cpu) in (
        ("export --as card of the sample, whole process", card_process),
        ("export --for of the sample, whole process", personal_process),
    ):
        # With a limit the table prints the time against it, and "ok" or "ABOVE LIMIT".
        out.append(Result(name=name, seconds=seconds, limit=PROCESS_LIMIT_S, note=f"best of 3; CPU {cpu:.2f} s"))
    return out


if __name__ == "__main__":
    for result in run():
        print(result)
    sys.exit(0)
