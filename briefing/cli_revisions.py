"""``briefing diff OLD NEW`` and ``briefing issue FILE``: revisions on the command line.

diff words changes as the pack's changes page does (model.revisions computes
them, model.words words them) and answers 0 (no change), 1 (changes listed)
or 2 (anything else). issue records the visit's revision in its history and
saves the file as the app does (atomically, keeping ``FILE~``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

from briefing.cli_files import STDIO, CliError

SAME, CHANGED, TROUBLE = 0, 1, 2


def add_arguments(name: str, parser_class, formatter) -> argparse.ArgumentParser:
    if name == "diff":
        parser = parser_class(
            prog="briefing diff",
            formatter_class=formatter,
            description="Print what changed from OLD to NEW, one change a line, in NEW's language and\\n"
            "worded as the pack's changes page: stops added, removed, moved in time or place,\\n"
            "renamed, press access, who attends or greets, travel references; people added,\\n"
            "removed, renamed or whose role, organisation or category changed; then the\\n"
            "visit's title, principal, dates and location. Nothing when nothing changed.",
            epilog="exit status: 0 no change, 1 changes listed, 2 a file refused or missing, or bad arguments",
        )
        parser.add_argument("old", metavar="OLD", help="the earlier visit file (- for standard input)")
        parser.add_argument("new", metavar="NEW", help="the later visit file (- for standard input)")
        return parser
    parser = parser_class(
        prog="briefing issue",
        formatter_class=formatter,
        description="Issue revision N (the visit's revision): record the programme and people in\\n"
        "the history as revision N, give the visit its uid if it has none, raise the\\n"
        "revision to N + 1 and save FILE, keeping the previous version as FILE~.\\n"
        "A file open in Briefing is refused.",
        epilog="exit status: 0 issued, 1 refused, 2 bad arguments",
    )
    parser.add_argument("file", metavar="FILE", help="the visit file")
    parser.add_argument("--note", default="", help="what changed in this revision")
    parser.add_argument("--by", default="", metavar="NAME", help="who issues it")
    return parser


def run_diff(args: argparse.Namespace) -> int:
    """Exit 2 for anything but a comparison: a refused or missing file, an unexpected failure."""
    from briefing.cli import _load, _say, source_name

    if args.old == STDIO and args.new == STDIO:
        _say("only one of OLD and NEW can be read from standard input.")
        return TROUBLE
    try:
        loaded = []
        for path in (args.old, args.new):
            one = _load(path)
            if one is None:
                _say(f"{source_name(path)} is refused; nothing was compared.")
                return TROUBLE
            loaded.append(one.visit)
        from briefing.model.revisions import compare_visits
        from briefing.model.words import describe

        old, new = loaded
        names = {p.id: p.name or p.id for p in old.attendees}
        names.update({p.id: p.name or p.id for p in new.attendees})
        changes = compare_visits(old, new)
        for change in changes:
            print(describe(change, new.details.language, names))
    except CliError as error:
        _say(str(error))
        return TROUBLE
    except Exception as error:  # an unexpected failure is still no "changes listed"
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        _say(f"something went wrong ({type(error).__name__}: {error}). This is a bug in Briefing; please report it.")
        return TROUBLE
    return CHANGED if changes else SAME


def _now_in(zone_name: str) -> dt.datetime:
    """Now, as the visit's clock says it (the history's times are in the visit's zone)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return dt.datetime.now(ZoneInfo(zone_name)).replace(tzinfo=None)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.datetime.now()


def run_issue(args: argparse.Namespace) -> int:
    from briefing.cli import OK, REFUSED, _load, _say
    from briefing.cli_files import require_visit_file
    from briefing.locks import holder_of

    if args.file == STDIO:
        raise CliError("issue writes the visit file back: give its path, not - (standard input).")
    require_visit_file(args.file)
    holder = holder_of(os.path.realpath(args.file)) or holder_of(args.file)
    if holder is not None:
        raise CliError(f"{args.file} is open in Briefing ({holder.describe()}); issue it there, or close it first.")
    with open(args.file, "rb") as handle:
        text = handle.read().decode("utf-8-sig", errors="replace")
    loaded = _load(args.file)
    if loaded is None:
        _say(f"{args.file} is refused; nothing was issued.")
        return REFUSED

    from briefing.model.revisions import issue
    from briefing.storage import VisitFileError, save_visit
    from briefing.storage.comments import has_comments

    visit = loaded.visit
    revision = visit.details.revision
    issued = issue(visit, _now_in(visit.details.timezone), by=args.by, note=args.note)
    try:
        save_visit(issued, args.file)
    except VisitFileError as error:
        for problem in error.problems:
            print(" ".join(str(problem).splitlines()), file=sys.stderr)
        return REFUSED
    if has_comments(text):
        _say(f"note: the comments written by hand in {args.file} were not kept (the previous file is {args.file}~).")
    print(f"Revision {revision} issued; {args.file} is now at revision {revision + 1}.")
    return OK
