"""Detailed programme: each stop with its time and length, venue and address,
who takes part, press arrangements, notes and the key messages tied to it.

A stop is one two-column row (time on the left, the rest on the right). Its
time, title, place, press and participants stay together; its notes and
messages may go on over the next page, under its title marked "(suite)", so
that a long stop does not leave the rest of a page blank (rows.KEEP_ROOM).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from reportlab.platypus import Flowable, Paragraph, Spacer

from briefing.model import Stop
from briefing.pdf import fonts, labels
from briefing.pdf.context import Pack
from briefing.pdf.flowables import Badge, Continued, Line
from briefing.pdf.paragraph import Para
from briefing.pdf.rows import PLAIN, Rows, Unbroken
from briefing.pdf.runs import Runs
from briefing.pdf.sections.common import BULLET, index_of
from briefing.pdf.styles import MEASURES, STYLES
from briefing.pdf.text import to_markup

LOOK = replace(PLAIN, pad_left=0, pad_top=9, pad_bottom=10, rule=0, rule_above=0.6)


def _left(pack: Pack, stop: Stop) -> list[Flowable]:
    out: list[Flowable] = [Line.styled(labels.clock(pack.lang, stop.start), STYLES["time"])]
    if stop.end:
        out.append(Line.styled(f"\u2013\u00a0{labels.clock(pack.lang, stop.end)}", STYLES["time_small"]))
    length = labels.duration(pack.lang, stop.duration_minutes())
    if length:
        out.append(Line.styled(length, STYLES["time_small"]))
    if stop.press:  # a travel leg says nothing of the press unless a travelling pool is written
        out += [Spacer(1, 6), Badge(stop.press, labels.press(pack.lang, stop.press)[0])]
    return out


def _people(pack: Pack, stop: Stop) -> list[Flowable]:
    style = STYLES["people"]
    lines, runs = [], []
    for pid in stop.attendees:
        person = pack.people.get(pid)
        if person is None or person.category == "principal":
            # The pack is the principal's: naming them at every stop is noise.
            continue
        # Named by the person's own fields, so a warning about them comes once.
        where = f"attendees[{pack.person_index[id(person)]}]"
        name = pack.writer.clean(person.name, f"{where}.name")
        bits = [
            pack.writer.clean(getattr(person, f), f"{where}.{f}")
            for f in ("role", "organisation")
            if getattr(person, f)
        ]
        rest = f" — {', '.join(bits)}" if bits else ""
        lines.append(f"<b>{to_markup(name)}</b>{to_markup(rest)}")
        line = [(name, fonts.BOLD, style.fontSize, style.textColor)]
        if rest:
            line.append((rest, style.fontName, style.fontSize, style.textColor))
        runs.append(line)
    if not lines:
        return []
    # One flowable, a line per person: far cheaper to lay out than a paragraph each.
    return [
        Line.styled(pack.word("participants").upper(), STYLES["label"]),
        Runs(runs, style, "<br/>".join(lines)),
    ]


def _logistics(pack: Pack, stop: Stop, where: str) -> list[Flowable]:
    """An event's arrival, greeters, speaking, dress and on-site contact: a line each, none when empty."""
    colon = "\u00a0: " if pack.lang == "fr" else ": "
    lines = []

    def add(key: str, markup: str, label: str = "") -> None:
        if markup:
            lines.append(f"<b>{to_markup(label or pack.word(key))}</b>{colon}{markup}")

    add("arrival", pack.writer.markup(stop.arrival, f"{where}.arrival"))
    greeters = [p.name for pid in stop.met_by if (p := pack.people.get(pid)) is not None]
    add("met_by", pack.writer.markup(", ".join(greeters), f"{where}.met_by"))
    if stop.speaks:
        label = pack.word("speaks")
        if stop.speaking_minutes:
            label += f" ({stop.speaking_minutes}\u00a0min)"
        notes = pack.writer.markup(stop.speaking_notes, f"{where}.speaking_notes")
        lines.append(f"<b>{to_markup(label)}</b>" + (f"{colon}{notes}" if notes else ""))
    add("dress", pack.writer.markup(stop.dress, f"{where}.dress"))
    add("on_site_contact", pack.writer.markup(stop.on_site_contact, f"{where}.on_site_contact"))
    if not lines:
        return []
    return [Spacer(1, 3), Para("<br/>".join(lines), STYLES["body_tight"]), Spacer(1, 2)]


def _transfer(pack: Pack, stop: Stop) -> Flowable | None:
    """The thin line above an event that says how it is reached: "10 min en voiture"."""
    if stop.is_travel or (stop.transfer_minutes is None and stop.transfer_mode == "car"):
        return None
    text = labels.transfer(pack.lang, stop.transfer_minutes, stop.transfer_mode)
    return Paragraph(
        f"\u2193\u00a0{to_markup(text)}".replace("\u2193", f'<font name="{fonts.SYMBOLS}">\u2193</font>'),
        STYLES["message_at"],
    )


def _right(pack: Pack, stop: Stop, i: int) -> list[Flowable]:
    where = f"itinerary[{i}]"
    out: list[Flowable] = [Unbroken(_head(pack, stop, where), pack.height)]
    # The practical details may go on over a page with the notes.
    out += _logistics(pack, stop, where)
    if stop.notes.strip():
        out.append(Line.styled(pack.word("notes").upper(), STYLES["label"]))
        out += pack.paras(stop.notes, "body", f"{where}.notes")
    tied = pack.visit.messages_for(stop.id)
    if tied:
        out.append(Line.styled(pack.word("stop_messages").upper(), STYLES["label"]))
        for message in tied:
            k = pack.message_index[id(message)]
            for piece in pack.writer.pieces(message.headline, f"messages[{k}].headline"):
                out.append(Para(piece, STYLES["bullet"], bulletText=BULLET))
    return out


def _head(pack: Pack, stop: Stop, where: str) -> list[Flowable]:
    """What is read together, never parted across pages: how the stop is
    reached, its title, place, press, logistics and participants."""
    # The transfer that leads here, just above the event (never left alone at a page's foot).
    out: list[Flowable] = [line] if (line := _transfer(pack, stop)) is not None else []
    # Title, place and address: a line each most often, drawn without a Paragraph's work when they are.
    out += pack.line(stop.name(pack.lang), "h3", f"{where}.title")
    if stop.is_travel:
        places = " \u2192 ".join(p for p in (stop.venue, stop.destination) if p)
        for text, field in ((places, "venue"), (stop.reference, "reference")):
            if text:
                out += pack.line(text, "body_tight", f"{where}.{field}")
    elif stop.venue:
        out += pack.line(stop.venue, "body_tight", f"{where}.venue")
    if stop.address:
        out += pack.line(stop.address, "small", f"{where}.address")
    if stop.press:
        # On one line, its label before it: the badge beside the time already gives the level.
        label, style = STYLES["label"], STYLES["press_line"]
        word, press = pack.word("press").upper(), labels.press(pack.lang, stop.press)[1].capitalize()
        markup = (
            f"<font name='{label.fontName}' size='{label.fontSize}' color='#5B6573'>"
            f"{to_markup(word)}</font>\u2002{to_markup(press)}"
        )
        # As reportlab sets it: the space after the label is an ordinary one, in the access's face.
        line = [
            (word, label.fontName, label.fontSize, label.textColor),
            (f" {press}", style.fontName, style.fontSize, style.textColor),
        ]
        out.append(Runs([line], style, markup))
    out += _people(pack, stop)
    return out


def build(pack: Pack) -> list[Flowable]:
    visit = pack.visit
    stops = visit.ordered_stops()
    if not stops:
        return []
    widths = [MEASURES.time_column, pack.width - MEASURES.time_column]
    story: list[Flowable] = []
    for day, day_stops in groupby(stops, key=visit.stop_date):
        if day:
            story.append(pack.day_heading(day))
        for stop in day_stops:
            i = index_of(pack, stop)
            row = [_left(pack, stop), _right(pack, stop, i)]
            # Where the stop goes on over a page: its time, and its title marked "(suite)".
            title = pack.writer.clean(stop.name(pack.lang), f"itinerary[{i}].title")
            more = [
                Line.styled(labels.clock(pack.lang, stop.start), STYLES["time"]),
                Continued(title, pack.word("continued"), STYLES["h3"]),
            ]
            story.append(Rows([row], widths, look=LOOK, page_height=pack.height, keep=True, continued=more))
        story.append(Spacer(1, 6))
    return story
