"""`briefing diff` and `briefing issue`, as the command-line spec says."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

from briefing.locks import lock_path
from briefing.storage import load_visit


@pytest.fixture
def visit(tmp_path, sample) -> Path:
    path = tmp_path / "visite.visit.yaml"
    shutil.copyfile(sample, path)
    return path


def test_issue_records_the_revision_keeps_a_backup_and_says_comments_are_not_kept(cli, visit):
    before = visit.read_bytes()
    status, out, err = cli("issue", visit, "--note", "Nouvel horaire", "--by", "Pôle presse")
    assert status == 0, err
    assert "Revision 3 issued" in out and "revision 4" in out
    assert "comments" in err  # the sample starts with comments written by hand
    assert Path(f"{visit}~").read_bytes() == before
    issued = load_visit(visit).visit
    assert issued.details.revision == 4 and issued.details.uid
    assert [h.revision for h in issued.history] == [2, 3]
    assert (issued.history[-1].note, issued.history[-1].by) == ("Nouvel horaire", "Pôle presse")
    status, out, err = cli("issue", visit)
    assert status == 0 and "comments" not in err  # written by Briefing now: nothing lost
    assert load_visit(visit).visit.details.uid == issued.details.uid


def test_issue_refuses_a_file_open_in_the_app_and_standard_input(cli, visit):
    lock_path(visit).write_text(f"{os.getpid()}\n{socket.gethostname()}\nqa\n2027-03-16T09:00:00\n", encoding="utf-8")
    before = visit.read_bytes()
    status, _, err = cli("issue", visit)
    assert status == 1 and "open in Briefing" in err
    assert visit.read_bytes() == before and not Path(f"{visit}~").exists()
    status, _, err = cli("issue", "-")
    assert status == 1 and "not -" in err


def test_diff_lists_changes_in_the_new_files_language_and_says_so_by_its_status(cli, visit, tmp_path):
    later = tmp_path / "later.visit.yaml"
    text = visit.read_text(encoding="utf-8")
    text = text.replace(
        'start: "11:10"\n    end: "11:30"\n    title: Point presse conjoint',
        'start: "11:15"\n    end: "11:35"\n    title: Point presse conjoint',
    )
    later.write_text(text.replace("language: fr", "language: en"), encoding="utf-8")
    status, out, err = cli("diff", visit, later)
    assert status == 1, err
    assert out == "\u201cPoint presse conjoint\u201d: 11:10\u201311:30 \u2192 11:15\u201311:35\n"
    assert cli("diff", visit, visit)[:2] == (0, "")


def test_diff_of_a_missing_or_refused_file_is_status_2(cli, visit, tmp_path):
    status, out, err = cli("diff", visit, tmp_path / "absent.yaml")
    assert status == 2 and out == "" and "absent.yaml" in err
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: briefing-visit\nversion: 1\nvisit: {}\n", encoding="utf-8")
    assert cli("diff", bad, visit)[0] == 2
