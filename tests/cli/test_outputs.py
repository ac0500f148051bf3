"""`export --as card`, `export --for`, `calendar`, and `-` / `-o -` for every command that reads or writes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from briefing.cli_files import default_output


@pytest.fixture
def visit(tmp_path, sample) -> Path:
    path = tmp_path / "visite.visit.yaml"
    shutil.copyfile(sample, path)
    return path


@pytest.mark.parametrize(
    ("extension", "person", "kind", "name"),
    [
        (".pdf", None, "", "visite.pdf"),
        (".pdf", None, "card", "visite-card.pdf"),
        (".pdf", "thomas-regnier", "", "visite-thomas-regnier.pdf"),
        (".pdf", "t.r/é", "card", "visite-t_r__-card.pdf"),
        (".ics", None, "", "visite.ics"),
        (".ics", "cedric-o", "", "visite-cedric-o.ics"),
    ],
)
def test_default_names_follow_the_stem_rule(extension, person, kind, name):
    assert default_output("dossiers/visite.visit.yml", extension, person, kind) == Path("dossiers") / name


def test_card_and_personal_programme_beside_the_visit(cli, visit):
    status, out, err = cli("export", visit, "--as", "card")
    assert status == 0, err
    assert visit.with_name("visite-card.pdf").read_bytes().startswith(b"%PDF")
    assert "Pocket card written to" in out
    status, out, err = cli("export", visit, "--for", "thomas-regnier", "--paper", "letter")
    assert status == 0, err
    assert visit.with_name("visite-thomas-regnier.pdf").read_bytes().startswith(b"%PDF")


def test_an_unknown_person_is_refused_with_the_known_ids(cli, visit):
    for argv in (("export", visit, "--for", "nobody"), ("calendar", visit, "--for", "nobody")):
        status, out, err = cli(*argv)
        assert status == 1 and out == ""
        assert "nobody" in err and "thomas-regnier" in err and "cedric-o" in err
    assert sorted(p.name for p in visit.parent.iterdir()) == ["visite.visit.yaml"]


def test_calendar_beside_the_visit_never_changes_it(cli, visit):
    before = visit.read_bytes()
    status, _, err = cli("calendar", visit, "--for", "olivia-gregoire")
    assert status == 0, err
    cal = icalendar.Calendar.from_ical(visit.with_name("visite-olivia-gregoire.ics").read_bytes())
    assert {str(e["summary"]) for e in cal.walk("VEVENT")} >= {"Point presse conjoint"}
    assert visit.read_bytes() == before


@pytest.mark.parametrize("argv", [("export", "-o"), ("calendar", "-o")])
def test_an_output_that_is_a_visit_file_is_refused(cli, visit, tmp_path, argv):
    other = tmp_path / "autre.yaml"
    shutil.copyfile(visit, other)
    status, _, err = cli(argv[0], visit, argv[1], other)
    assert status == 1 and "visit file" in err
    assert other.read_bytes() == visit.read_bytes()
    status, _, err = cli(argv[0], visit, argv[1], visit)
    assert status == 1 and visit.read_bytes() == other.read_bytes()


def run(argv, data: bytes | None = None, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "briefing", *map(str, argv)], input=data, capture_output=True, timeout=120, cwd=cwd
    )


def test_pipes_in_and_out(visit, sample):
    text = sample.read_bytes()
    done = run(["check", "-"], text)
    assert done.returncode == 0, done.stderr
    done = run(["export", "-", "-o", "-", "--as", "card"], text)
    assert done.returncode == 0 and done.stdout.startswith(b"%PDF") and done.stdout.rstrip().endswith(b"%%EOF")
    done = run(["calendar", "-", "-o", "-"], text)
    assert done.returncode == 0 and done.stdout.startswith(b"BEGIN:VCALENDAR")
    assert b"Calendar written" not in done.stdout
    done = run(["export", "-"], text)
    assert done.returncode == 2 and b"needs -o" in done.stderr
    sampled = subprocess.run(
        f"{sys.executable} -m briefing sample | {sys.executable} -m briefing check -", shell=True, capture_output=True
    )
    assert sampled.returncode == 0, sampled.stderr


def test_a_refused_file_on_standard_input(visit):
    done = run(["check", "-"], b"format: briefing-visit\nversion: 1\nvisit:\n  title: T\n")
    assert done.returncode == 1 and b"line 3, visit" in done.stderr and b"Traceback" not in done.stderr
