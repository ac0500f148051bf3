"""The app refuses what is not a regular file before reading it; the command line may read a pipe (issue 7 item 19)."""

from __future__ import annotations

import os
import threading

import pytest

from briefing.storage import VisitFileError, load_visit

MINIMAL = "format: briefing-visit\nversion: 1\nvisit:\n  title: Visite\n  principal: Mme X\n  start_date: 2026-03-12\n"
pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    pipe = tmp_path / "visit.visit.yaml"
    os.mkfifo(pipe)
    with pytest.raises(VisitFileError) as info:
        load_visit(pipe, regular_only=True)  # would wait for ever if it opened the pipe to read
    assert info.value.problems[0].code == "not-regular"
    assert "not a regular file" in info.value.problems[0].message


def test_a_device_is_refused(tmp_path):
    with pytest.raises(VisitFileError) as info:
        load_visit("/dev/null", regular_only=True)
    assert info.value.problems[0].code == "not-regular"


def test_a_folder_is_still_called_a_folder(tmp_path):
    with pytest.raises(VisitFileError) as info:
        load_visit(tmp_path, regular_only=True)
    assert "folder" in info.value.problems[0].message


def test_the_command_line_reads_a_pipe_on_purpose(tmp_path):
    pipe = tmp_path / "in.visit.yaml"
    os.mkfifo(pipe)

    def write():
        with open(pipe, "w", encoding="utf-8") as handle:
            handle.write(MINIMAL)

    writer = threading.Thread(target=write)
    writer.start()
    loaded = load_visit(pipe)
    writer.join(5)
    assert loaded.visit.details.title == "Visite"
