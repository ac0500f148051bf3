"""The command line: ``briefing [FILE]``, ``check``, ``export``, ``calendar``, ``diff``, ``issue`` and ``sample``.

The contract is shared/spec/command-line.md. Two rules shape this module:

- the layers below (storage, pdf, ui) are imported inside the command that
  needs them, so that ``check``, ``export`` and ``sample`` never load Qt and
  ``--help`` answers at once;
- whatever happens, the user sees a short sentence on standard error and an
  exit status (0 done, 1 refused, 2 bad arguments), never a Python traceback.
  Set BRIEFING_DEBUG=1 to get the traceback of an unexpected error.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from briefing import __version__
from briefing.cli_display import display_problem
from briefing.cli_files import (
    STDIO,
    CliError,
    UsageError,
    default_output,
    deliver,
    describe_os_error,
    is_stream,
    require_visit_file,
    writable_pdf_path,
    write_new_file,
)

OK, REFUSED, USAGE = 0, 1, 2

COMMANDS = ("check", "export", "calendar", "diff", "issue", "sample")

USAGE_TEXT = """\
briefing [FILE]
       briefing check FILE
       briefing export FILE [-o OUT.pdf] [--paper a4|letter] [--as pack|card] [--for PERSON_ID]
       briefing calendar FILE [-o OUT.ics] [--for PERSON_ID]
       briefing diff OLD NEW
       briefing issue FILE [--note TEXT] [--by NAME]
       briefing sample [-o FILE]"""

DESCRIPTION = """\
Build an official visit (programme, people, key messages, questions and
answers, sensitivities, contacts) and print its briefing pack.

Without a command, opens the desktop app: with an empty visit, or with FILE."""

EPILOG = """\
commands:
  check FILE        read FILE and list its errors or warnings
  export FILE       write the briefing pack (PDF) of FILE, its pocket card, or one person's programme
  calendar FILE     write the programme (or one person's part) as an iCalendar file
  diff OLD NEW      list what changed from OLD to NEW
  issue FILE        record the revision as issued and start the next one
  sample            write the bundled sample visit, to start from

FILE may be - (standard input) for check, export, calendar and diff, and -o -
writes to standard output.

Run 'briefing COMMAND --help' for the details of a command. To open a visit
file that is named like a command, write its path: briefing ./check"""


class _Parser(argparse.ArgumentParser):
    """argparse, with a pointer to --help after a usage error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(USAGE, f"{self.prog}: {message}\nRun '{self.prog} --help' for help.\n")


def _app_parser() -> _Parser:
    parser = _Parser(
        prog="briefing",
        usage=USAGE_TEXT,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="a visit file (.visit.yaml) to open in the app")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    return parser


def _command_parser(name: str) -> _Parser:
    raw = argparse.RawDescriptionHelpFormatter
    if name == "check":
        parser = _Parser(
            prog="briefing check",
            formatter_class=raw,
            description="Read a visit file and say whether Briefing can open it.\n\n"
            "Errors (the file is refused) go to standard error, warnings (the file opens\n"
            "but something does not hang together) to standard output, one a line, each\n"
            "with its line and key path, e.g. 'line 12, itinerary[3].start: ...'.",
            epilog="exit status: 0 the file can be opened (warnings allowed), 1 it is refused, 2 bad arguments",
        )
        parser.add_argument("file", metavar="FILE", help="the visit file to check (- for standard input)")
    elif name == "export":
        parser = _Parser(
            prog="briefing export",
            formatter_class=raw,
            description="Write the briefing pack of a visit as a PDF, its pocket card (--as card),\n"
            "or one person's own programme (--for PERSON_ID).\n\n"
            "Without -o the PDF goes beside FILE, named like it: visite.visit.yaml gives\n"
            "visite.pdf (visite-card.pdf, visite-PERSON_ID.pdf, visite-PERSON_ID-card.pdf).\n"
            "An existing PDF of that name is replaced once the new one is complete; if\n"
            "anything goes wrong it is left as it was. A visit file is never replaced.",
            epilog="exit status: 0 the PDF is written, 1 the visit or the destination is refused, 2 bad arguments",
        )
        parser.add_argument("file", metavar="FILE", help="the visit file (- for standard input, with -o)")
        parser.add_argument("-o", "--output", metavar="OUT.pdf", help="where to write the PDF (- for standard output)")
        parser.add_argument(
            "--paper", choices=("a4", "letter"), default="a4", help="paper size: a4 (the default) or letter"
        )
        parser.add_argument(
            "--as",
            dest="kind",
            choices=("pack", "card"),
            default="pack",
            help="the pack (the default) or the pocket card",
        )
        parser.add_argument("--for", dest="person", metavar="PERSON_ID", help="one person's own programme or card")
    elif name == "calendar":
        parser = _Parser(
            prog="briefing calendar",
            formatter_class=raw,
            description="Write the visit's stops and travel legs (or one person's) as an iCalendar\n"
            "file that Outlook, Google Calendar and Apple Calendar import. Importing a later\n"
            "calendar of the same visit updates its events instead of adding copies.\n\n"
            "Without -o it goes beside FILE: visite.visit.yaml gives visite.ics\n"
            "(visite-PERSON_ID.ics). FILE itself is never written.",
            epilog="exit status: 0 the calendar is written, 1 the visit or the destination is refused, 2 bad arguments",
        )
        parser.add_argument("file", metavar="FILE", help="the visit file (- for standard input, with -o)")
        parser.add_argument("-o", "--output", metavar="OUT.ics", help="where to write it (- for standard output)")
        parser.add_argument("--for", dest="person", metavar="PERSON_ID", help="only this person's stops")
    elif name in ("diff", "issue"):
        from briefing.cli_revisions import add_arguments

        parser = add_arguments(name, _Parser, raw)
    else:
        parser = _Parser(
            prog="briefing sample",
            formatter_class=raw,
            description="Write the sample visit that comes with Briefing, to start from or to try\n"
            "the app: the visit of Cédric O to La Plateforme in Marseille, in French.\n\n"
            "Without -o it goes to standard output. An existing file is never replaced.",
            epilog="exit status: 0 written, 1 the file exists or cannot be written, 2 bad arguments",
        )
        parser.add_argument("-o", "--output", metavar="FILE", help="the file to create, e.g. my-visit.visit.yaml")
    return parser


def _say(message: str) -> None:
    print(f"briefing: {message}", file=sys.stderr)


def source_name(path: str) -> str:
    """FILE as messages name it: ``-`` is standard input."""
    return "standard input" if path == STDIO else path


def one_line(problem: object) -> str:
    """A problem on one line: a title quoted in a message may hold line breaks."""
    return " ".join(str(problem).splitlines())


def unreported(made_warnings: list, file_warnings: list) -> list:
    """The findings of making a pack or calendar less those about a field the file's warnings already name.

    An unusable photo or an unknown time zone is found both when the file is
    read and when the pack or calendar is made; the reader's warning has the
    line number, so it is the one kept.
    """
    named = {problem.path for problem in file_warnings if problem.path}
    return [w for w in made_warnings if not (w.path and w.where in named)]


def read_input(path: str):
    """The visit and its warnings from a file or, for ``-``, standard input; VisitFileError if refused."""
    from briefing.storage import load_visit, read_visit
    from briefing.storage.reader import MAX_FILE_BYTES, read_capped

    if path != STDIO:
        require_visit_file(path, pipes=True)
        return load_visit(path)
    data = read_capped(sys.stdin.buffer)
    if len(data) > MAX_FILE_BYTES:
        raise CliError(
            f"standard input is far too large to be a visit file (more than {MAX_FILE_BYTES // 1_000_000} MB)."
        )
    return read_visit(data, "standard input")


def _load(path: str):
    """The visit and its warnings, or None once its errors are on standard error."""
    from briefing.storage import VisitFileError

    try:
        return read_input(path)
    except VisitFileError as error:
        for problem in error.problems:
            print(one_line(problem), file=sys.stderr)
        return None
    except OSError as error:
        raise CliError(describe_os_error(path, error, "read")) from None


def _output(args: argparse.Namespace, extension: str, kind: str = "") -> str:
    """Where the made file goes: -o as given, else beside FILE; checked before any work."""
    if args.output is None and is_stream(args.file):
        where = "standard input" if args.file == STDIO else "a pipe"
        raise UsageError(f"reading the visit from {where} needs -o (a file, or - for standard output).")
    out = args.output or str(default_output(args.file, extension, args.person, kind))
    if out != STDIO:
        what, example = ("the calendar", "visit.ics") if extension == ".ics" else ("the PDF", "pack.pdf")
        writable_pdf_path(Path(out), args.file, what, example)
    return out


def _person(visit, person_id: str | None) -> None:
    """Refuse an id nobody has, naming those there are."""
    if person_id is None or visit.person(person_id) is not None:
        return
    known = ", ".join(p.id for p in visit.attendees) or "none (the visit lists nobody)"
    raise CliError(f"nobody in this visit has the id \u201c{person_id}\u201d. The ids are: {known}.")


def _report(out: str, lines: list[str], done: str) -> None:
    """Warnings and the confirmation: on standard error when standard output carries the file."""
    stream = sys.stderr if out == STDIO else sys.stdout
    for line in lines:
        print(one_line(line), file=stream)
    if out != STDIO:
        print(done)


def run_check(args: argparse.Namespace) -> int:
    loaded = _load(args.file)
    if loaded is None:
        return REFUSED
    for problem in loaded.warnings:
        print(one_line(problem))
    return OK


def run_export(args: argparse.Namespace) -> int:
    card = args.kind == "card"
    out = _output(args, ".pdf", "card" if card else "")
    loaded = _load(args.file)
    if loaded is None:
        _say(f"{source_name(args.file)} is refused; no PDF was written.")
        return REFUSED
    _person(loaded.visit, args.person)

    if card:
        from briefing.pdf.card import CardOptions, build_card

        data, pack_warnings = build_card(loaded.visit, CardOptions(paper=args.paper, person_id=args.person))
        what = "Pocket card"
    else:
        from briefing.pdf import PackOptions, build_pack_bytes

        options = PackOptions(paper=args.paper, recipient=args.person or "")
        data, pack_warnings = build_pack_bytes(loaded.visit, options)
        what = "Personal programme" if args.person else "Briefing pack"
    deliver(out, data)
    lines = [*map(str, loaded.warnings), *map(str, unreported(pack_warnings, loaded.warnings))]
    _report(out, lines, f"{what} written to {out}")
    return OK


def run_calendar(args: argparse.Namespace) -> int:
    out = _output(args, ".ics")
    loaded = _load(args.file)
    if loaded is None:
        _say(f"{source_name(args.file)} is refused; no calendar was written.")
        return REFUSED
    _person(loaded.visit, args.person)

    from briefing.ical import build_calendar

    made = build_calendar(loaded.visit, args.person)
    deliver(out, made.data)
    lines = [*map(str, loaded.warnings), *map(str, unreported(made.warnings, loaded.warnings))]
    _report(out, lines, f"Calendar written to {out} ({made.events} events)")
    return OK


def run_sample(args: argparse.Namespace) -> int:
    from briefing.resources import sample_visit_path

    try:
        data = sample_visit_path().read_bytes()
    except OSError:
        raise CliError("the sample visit is missing from this installation; reinstall Briefing.") from None
    if not args.output or args.output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return OK
    write_new_file(args.output, data)
    print(f"Sample visit written to {args.output}", file=sys.stderr)
    return OK


def run_app(args: argparse.Namespace) -> int:
    if args.file is not None:
        require_visit_file(args.file)
    problem = display_problem()
    if problem:
        raise CliError(problem)
    from briefing.ui import collector

    collector.pause()  # until the window has painted: see briefing/ui/collector.py
    try:
        try:
            # Only here: importing the app loads Qt, which the other commands never need.
            # PySide6 first, then the app's ~160 modules without PySide6 reading each source.
            from briefing.ui.pyside_imports import skip_source_reads

            skip_source_reads()
            from briefing.ui.app import run_app as start_app
        except ImportError as error:
            missing = (error.name or "").split(".")[0]
            if missing in ("PySide6", "shiboken6"):
                raise CliError("the desktop app needs PySide6, which is not installed (pip install PySide6).") from None
            raise
        return int(start_app(args.file) or 0)
    finally:
        collector.resume(freeze=False)  # no window ever painted (or the app has ended)


def _dispatch(argv: list[str]) -> int:
    if argv and argv[0] in COMMANDS:
        name = argv[0]
        parser = _command_parser(name)
        args = parser.parse_args(argv[1:])
        if name in ("diff", "issue"):
            from briefing.cli_revisions import run_diff, run_issue

            return (run_diff if name == "diff" else run_issue)(args)
        runner = {"check": run_check, "export": run_export, "calendar": run_calendar, "sample": run_sample}[name]
        try:
            return runner(args)
        except UsageError as error:
            parser.error(str(error))
    return run_app(_app_arguments(argv))


def _app_arguments(argv: list[str]) -> argparse.Namespace:
    # `briefing [FILE]`, the way the app is started, is answered without building the
    # parser: argparse translates each of its texts through gettext, which looks for
    # catalogues on disk and loads `locale` (~1.5-2 ms before the first window).
    # Anything that could be an option, or more than one argument, goes to argparse.
    if len(argv) <= 1 and not any(arg.startswith("-") for arg in argv):
        return argparse.Namespace(file=argv[0] if argv else None)
    return _app_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    _tolerant_output()
    try:
        return _dispatch(argv)
    except SystemExit as done:  # argparse: --help, --version, usage errors
        return done.code if isinstance(done.code, int) else (0 if done.code is None else USAGE)
    except CliError as error:
        _say(str(error))
        return REFUSED
    except KeyboardInterrupt:
        _say("interrupted.")
        return 130
    except BrokenPipeError:
        # The reader went away (`briefing sample | head`): stop quietly, and point
        # stdout at nothing so that the final flush at exit does not complain.
        _silence_stdout()
        return REFUSED
    except Exception as error:
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        _say(
            f"something went wrong ({type(error).__name__}: {error}). "
            "This is a bug in Briefing; please report it, with the file if you can."
        )
        return REFUSED


def _tolerant_output() -> None:
    """A terminal that cannot show “ or é gets an escape, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            if stream.errors == "strict":
                stream.reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
