"""Standard input, pipes and standard output, as the command-line spec says (issue 11 item 21)."""

from __future__ import annotations

import io
import os
import sys
import threading

import pytest

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def fifo_with(tmp_path, data: bytes):
    """A named pipe that a thread fills with ``data`` (as ``<(cat visit)`` gives one); the thread, to join."""
    pipe = tmp_path / "in"
    os.mkfifo(pipe)

    def write():
        with open(pipe, "wb") as handle:
            handle.write(data)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    return pipe, writer


@needs_fifo
def test_check_and_export_read_a_pipe(cli, sample, tmp_path):
    pipe, writer = fifo_with(tmp_path, sample.read_bytes())
    status, _out, err = cli("check", pipe)
    writer.join(10)
    assert (status, err) == (0, "")
    pipe.unlink()
    pipe, writer = fifo_with(tmp_path, sample.read_bytes())
    out = tmp_path / "p.pdf"
    status, _out, err = cli("export", pipe, "-o", out)
    writer.join(10)
    assert status == 0, err
    assert out.read_bytes().startswith(b"%PDF")


@needs_fifo
def test_export_from_a_pipe_needs_o_as_from_standard_input(cli, tmp_path):
    pipe = tmp_path / "in"
    os.mkfifo(pipe)  # nobody writes: the refusal must come before any read
    status, _out, err = cli("export", pipe)
    assert status == 2
    assert "reading the visit from a pipe needs -o" in err


@needs_fifo
def test_the_app_and_issue_still_refuse_a_pipe(cli, tmp_path):
    pipe = tmp_path / "in.visit.yaml"
    os.mkfifo(pipe)
    status, _out, err = cli("issue", pipe)
    assert status == 1 and "not a regular file" in err


def test_a_refused_visit_on_standard_input_is_called_so(cli, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"format: x\n")))
    status, _out, err = cli("export", "-", "-o", "-")
    assert status == 1
    assert err.splitlines()[-1] == "briefing: standard input is refused; no PDF was written."


def test_standard_input_has_the_file_size_cap(cli, monkeypatch):
    import briefing.storage.reader

    monkeypatch.setattr(briefing.storage.reader, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"#" * 1001)))
    status, _out, err = cli("check", "-")
    assert status == 1
    assert "standard input is far too large" in err


def test_the_calendar_does_not_repeat_a_warning_the_file_gives(cli, sample, tmp_path):
    visit = tmp_path / "v.visit.yaml"
    visit.write_bytes(sample.read_bytes().replace(b"timezone: Europe/Paris", b"timezone: Europe/Pariss"))
    status, out, err = cli("calendar", visit, "-o", tmp_path / "v.ics")
    assert status == 0, err
    about_zone = [line for line in out.splitlines() if "Europe/Pariss" in line]
    assert len(about_zone) == 1 and about_zone[0].startswith("line ")
