"""Reading a visit asks for memory in proportion to the file, whatever the size cap."""

from __future__ import annotations

import io
import tracemalloc

from briefing.resources import sample_visit_path
from briefing.storage import load_visit, reader
from briefing.storage.reader import read_capped


def test_opening_a_visit_sets_aside_memory_for_the_file_not_for_the_largest_one_allowed():
    path = sample_visit_path()
    load_visit(path)  # modules loaded and caches filled outside the measure
    tracemalloc.start()
    try:
        load_visit(path, regular_only=True, keep_read=True)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # It was read(MAX_FILE_BYTES + 1): 200 MB set aside for a 50 kB file.
    assert peak < 50 * path.stat().st_size < reader.MAX_FILE_BYTES // 10


def test_a_file_longer_than_its_size_said_is_read_whole(monkeypatch):
    monkeypatch.setattr(reader, "READ_STEP", 7)
    data = b"title: grown since it was looked at\n" * 5
    assert read_capped(io.BytesIO(data), expected=10) == data


def test_a_stream_is_read_in_steps_up_to_one_byte_past_the_cap(monkeypatch):
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(reader, "READ_STEP", 64)
    assert read_capped(io.BytesIO(b"y" * 900)) == b"y" * 900
    assert len(read_capped(io.BytesIO(b"z" * 5000))) == 1001  # one byte more than allowed: refused
    assert len(read_capped(io.BytesIO(b"z" * 5000), expected=5000)) == 1001


class Terminal(io.RawIOBase):
    """Standard input at a terminal: Ctrl+D ends the input with one empty read,
    and a read after it waits for whatever is typed next."""

    def __init__(self, typed: bytes):
        self.reads = [typed, b""]

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        assert self.reads, "read again after Ctrl+D: `briefing check -` waits for a second one"
        chunk = self.reads.pop(0)
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_standard_input_ends_at_the_first_end_of_input_a_terminal_gives():
    typed = b"title: typed at a terminal\n"
    assert read_capped(io.BufferedReader(Terminal(typed))) == typed
    assert read_capped(io.BufferedReader(Terminal(typed)), expected=5) == typed
